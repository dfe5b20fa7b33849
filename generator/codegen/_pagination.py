"""Paging read from a published spec's shapes, for an operation without ``x-pagination``.

An operation pages by offset when it takes both ``offset`` and ``limit`` query parameters and its one JSON 2xx
body holds one array (the items; among several, the one named like ``entries`` or ``data``) beside a field that
says whether another page follows: a ``next`` link, a ``more`` flag (PagerDuty), or a ``total`` count (Box).
It is read as the ``x-pagination`` it would have written, so the client walks the pages like those of a
transcribed spec. Page-number paging is not guessed: ``page`` alone does not say when the pages end.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..spec.loading import Operation, Spec

# The names an item list goes by, where a page holds other arrays too.
_ITEM_NAMES = frozenset({"entries", "items", "data", "results", "records"})
# The field names each kind of "another page follows" signal goes by, first found wins; next > more > total.
_SIGNALS = (
    ("next", ("next", "next_page", "next_url"), "string"),
    ("more", ("more", "has_more"), "boolean"),
    ("total", ("total", "total_count"), "integer"),
)


def inferred_pagination(spec: Spec, op: Operation) -> dict[str, str] | None:
    """The ``x-pagination`` the operation's shape implies, or None."""
    if op.method != "get" or not {"offset", "limit"} <= _query_names(spec, op):
        return None
    fields = _page_fields(spec, op)
    if fields is None:
        return None
    arrays = [name for name, schema in fields.items() if _type(spec, schema) == "array"]
    if len(arrays) > 1:  # Box's pages hold their ``order`` beside the ``entries``
        arrays = [name for name in arrays if name in _ITEM_NAMES]
    if len(arrays) != 1:
        return None
    found = {"style": "offset", "offset": "offset", "limit": "limit", "items": arrays[0]}
    for key, names, kind in _SIGNALS:
        name = next((n for n in names if n in fields and _type(spec, fields[n]) == kind), None)
        if name is not None:
            return {**found, key: name}
    return None


def _query_names(spec: Spec, op: Operation) -> set[str]:
    declared = [*(op.path_item.get("parameters") or []), *(op.data.get("parameters") or [])]
    resolved = [spec.resolve(p) for p in declared]
    return {str(p.get("name")) for p in resolved if isinstance(p, Mapping) and p.get("in") == "query"}


def _page_fields(spec: Spec, op: Operation) -> dict[str, Any] | None:
    """The properties of the one JSON 2xx body (those of its ``allOf`` parts included)."""
    bodies = []
    for status, response in (op.data.get("responses") or {}).items():
        content = (spec.resolve(response) or {}).get("content") if str(status).startswith("2") else None
        media = (content or {}).get("application/json") if isinstance(content, Mapping) else None
        if isinstance(media, Mapping) and media.get("schema") is not None:
            bodies.append(media["schema"])
    return _properties(spec, bodies[0], set()) if len(bodies) == 1 else None


def _properties(spec: Spec, schema: Any, seen: set[int]) -> dict[str, Any]:
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or id(schema) in seen:
        return {}
    seen.add(id(schema))
    found: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        found.update(_properties(spec, part, seen))
    own = schema.get("properties")
    found.update(own if isinstance(own, Mapping) else {})
    return found


def _type(spec: Spec, schema: Any) -> str | None:
    resolved = spec.resolve(schema)
    kind = resolved.get("type") if isinstance(resolved, Mapping) else None
    if isinstance(kind, list):  # ["integer", "null"]
        kind = next((k for k in kind if k != "null"), None)
    return kind if isinstance(kind, str) else None
