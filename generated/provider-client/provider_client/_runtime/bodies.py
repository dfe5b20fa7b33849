"""Parsing a response body into the operation's type, or a typed error saying where it went wrong.

The endpoint parsers raise whatever their building blocks raise (``json.JSONDecodeError`` for a body that
is not JSON, pydantic's ``ValidationError`` for a body its model refuses, ``TypeError``/``ValueError`` for a
wrong type or enum value outside a model). :func:`parse_success` turns those into :class:`APIResponseValidationError` with the JSON
pointer of the failure; :func:`parse_detailed` gives ``None`` instead for an error status, so that
``*_detailed`` return a response whatever the status.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

import httpx
from pydantic import ValidationError

from ..errors import APIError, APIResponseValidationError
from .models import leniently

T = TypeVar("T")


def parse_success(response: httpx.Response, parse: Callable[[], T], *, lenient: bool = False) -> T:
    """``parse()``; a body that does not match the spec raises :class:`APIResponseValidationError`, unless
    ``lenient``: then a body its models refuse is parsed again with the models built unvalidated."""
    try:
        return parse()
    except APIError:
        raise
    except Exception as error:
        if lenient and isinstance(error, ValidationError):
            with leniently():
                return parse()
        pointer, reason = locate(error)
        raise APIResponseValidationError(response, pointer, reason) from error


def parse_detailed(response: httpx.Response, parse: Callable[[], T], *, lenient: bool = False) -> T | None:
    """Like :func:`parse_success` for a 2xx; for an error status, a body that does not parse is None."""
    if response.is_success:
        return parse_success(response, parse, lenient=lenient)
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
        kind = str(first.get("type", "invalid"))
        reason = "missing required field" if kind == "missing" else f"unexpected value ({kind})"
        return "/" + "/".join(_escape(str(part)) for part in first["loc"]), reason
    if isinstance(error, KeyError) and error.args:
        return f"/{_escape(str(error.args[0]))}", "missing required field"
    return "", f"unexpected value ({type(error).__name__})"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
