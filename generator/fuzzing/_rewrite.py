"""Send the real request for an operation Schemathesis sees as a synthetic POST (see ``_exposed``).

Every request of a run, whoever builds it (a phase, a check that sends a probe, a curl reproduction), is serialized
by the transport's ``serialize_case``; wrapping it once, when the schema is loaded, is the one place where the
method and path of a synthetic POST become the real ones (``QUERY /logs``). The case itself is left as generated,
so Schemathesis validates the response against the operation it generated for.

The real path's ``Allow`` header rightly lists the exposed methods, which the view declares on the synthetic path;
they are taken out of it before the checks read it (``allow_header_conformance`` then judges the other methods).

Registered with ``@schemathesis.hook`` (imported by ``_consistency``, the module Schemathesis loads).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import schemathesis
from schemathesis import Case as _GenericCase

from ..spec.openapi31_view import exposed_operations

Case = _GenericCase[Any]
_WRAPPED = "_apigen_rewrites_methods"
_exposed_on: dict[str, set[str]] = {}  # real path -> the exposed methods it answers (lowercase)


@schemathesis.hook
def after_load_schema(context: Any, schema: Any) -> None:
    exposed = exposed_operations(schema.raw_schema)
    for method, path in exposed.values():
        _exposed_on.setdefault(path, set()).add(method.lower())
    transport = schema.transport
    if exposed and not getattr(transport, _WRAPPED, False):
        transport.serialize_case = _rewriting(transport.serialize_case, exposed)
        setattr(transport, _WRAPPED, True)


@schemathesis.hook
def after_call(context: Any, case: Case, response: Any) -> None:
    methods = _exposed_on.get(case.operation.path)
    allow = response.headers.get("allow") if methods else None
    if allow:
        response.headers["allow"] = [without_methods(", ".join(allow), methods or set())]


def without_methods(allow: str, methods: set[str]) -> str:
    """An ``Allow`` value without ``methods`` (compared case-blind)."""
    return ", ".join(m.strip() for m in allow.split(",") if m.strip() and m.strip().lower() not in methods)


def _rewriting(
    serialize: Callable[..., dict[str, Any]], exposed: dict[str, tuple[str, str]]
) -> Callable[..., dict[str, Any]]:
    @functools.wraps(serialize)
    def serialize_case(case: Case, **kwargs: Any) -> dict[str, Any]:
        return rewritten(serialize(case, **kwargs), case.method, case.operation.path, exposed)

    return serialize_case


def rewritten(data: dict[str, Any], method: str, path: str, exposed: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """The serialized request with the real method and path when it is a synthetic operation's POST.

    Another method on a synthetic path (an undeclared-method probe) is left alone: the run's settings send none.
    """
    if path not in exposed or method.upper() != "POST" or "url" not in data:
        return data
    real_method, real_path = exposed[path]
    prefix = path[: len(path) - len(real_path)]
    parts = urlsplit(str(data["url"]))
    return {**data, "method": real_method, "url": urlunsplit(parts._replace(path=parts.path.replace(prefix, "", 1)))}
