"""Parsing a response body into the operation's type, or a typed error saying where it went wrong.

The endpoint parsers raise whatever their building blocks raise (``json.JSONDecodeError`` for a body that
is not JSON, ``KeyError`` for a missing required field, ``TypeError``/``ValueError`` for a wrong type or
enum value). :func:`parse_success` turns those into :class:`APIResponseValidationError` with the JSON
pointer of the failure; :func:`parse_detailed` gives ``None`` instead for an error status, so that
``*_detailed`` return a response whatever the status.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TypeVar

import httpx

from ..errors import APIError, APIResponseValidationError

T = TypeVar("T")


def parse_success(response: httpx.Response, parse: Callable[[], T]) -> T:
    """``parse()``; a body that does not match the spec raises :class:`APIResponseValidationError`."""
    try:
        return parse()
    except APIError:
        raise
    except Exception as error:
        pointer, reason = locate(error)
        raise APIResponseValidationError(response, pointer, reason) from error


def parse_detailed(response: httpx.Response, parse: Callable[[], T]) -> T | None:
    """Like :func:`parse_success` for a 2xx; for an error status, a body that does not parse is None."""
    if response.is_success:
        return parse_success(response, parse)
    try:
        return parse()
    except APIError:
        raise
    except Exception:  # an HTML error page from a proxy, say: the response is still returned
        return None


def locate(error: Exception) -> tuple[str, str]:
    """JSON pointer of the failure in the body, and what was wrong there (never a value from the body)."""
    if isinstance(error, json.JSONDecodeError):
        return "", "not valid JSON" if error.doc.strip() else "empty body"
    errors = getattr(error, "errors", None)
    if callable(errors):  # a pydantic ValidationError: it knows the location itself
        first = errors()[0]
        return "/" + "/".join(_escape(str(part)) for part in first["loc"]), str(first.get("type", "invalid"))
    objects = list(_parsed_objects(error.__traceback__))
    pointer = _pointer_of(objects[-1], objects) if objects else None
    base = pointer or ""
    if isinstance(error, KeyError) and error.args:
        return f"{base}/{_escape(str(error.args[0]))}", "missing required field"
    return base, f"unexpected value ({type(error).__name__})"


def _parsed_objects(trace: TracebackType | None) -> Iterator[object]:
    """The JSON objects being parsed, outermost first: the ``src_dict`` argument of each model's ``from_dict``."""
    while trace is not None:
        frame = trace.tb_frame
        if frame.f_code.co_name == "from_dict" and "src_dict" in frame.f_locals:
            yield frame.f_locals["src_dict"]
        trace = trace.tb_next


def _pointer_of(target: object, roots: list[object]) -> str | None:
    """Where ``target`` sits (by identity) inside the outermost of ``roots``."""
    for root in roots:
        found = _find(root, target, "")
        if found is not None:
            return found
    return None


def _find(node: object, target: object, pointer: str) -> str | None:
    if node is target:
        return pointer
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        if isinstance(child, dict | list):
            found = _find(child, target, f"{pointer}/{_escape(str(key))}")
            if found is not None:
                return found
    return None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
