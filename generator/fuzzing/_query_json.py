"""Query parameters holding objects in an array, sent as JSON in the copy of the spec Schemathesis reads.

OpenAPI defines no serialization for an object inside an array parameter (``style: form`` covers arrays of
scalars); Schemathesis then writes each object as Python's ``repr`` (``{'scope': 'enterprise'}``), which no
server can read. Vendors that take such parameters take JSON (Box's ``mdfilters=[{"scope": ...}]``), which the
mock reads; in Schemathesis' copy such a parameter becomes ``content: application/json``, with one located note.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import node_at
from ._tool_copy import located, parameter_objects, writable


def with_json_query_objects(spec: Spec, document: dict[str, Any] | None) -> tuple[dict[str, Any] | None, list[str]]:
    """``document`` (None: the spec's own) with every query array of objects sent as JSON (None when nothing
    changed), and one note per parameter: ``file:line: pointer: ...``."""
    found = [
        (pointer, str(node["name"]))
        for pointer, node in parameter_objects(spec.document)
        if _is_query_array_of_objects(spec, node)
    ]
    if not found:
        return document, []
    changed = writable(spec, document)
    notes = []
    for pointer, name in found:
        parameter = node_at(changed, pointer)
        schema = parameter.pop("schema")
        for key in ("style", "explode"):
            parameter.pop(key, None)
        parameter["content"] = {"application/json": {"schema": schema}}
        where = located(spec, pointer)
        notes.append(
            f"{where}: query parameter {name!r} holds objects in an array, which OpenAPI gives no form; sent as JSON"
        )
    return changed, notes


def _is_query_array_of_objects(spec: Spec, node: Mapping[str, Any]) -> bool:
    if node.get("in") != "query" or not isinstance(node.get("name"), str) or node.get("style", "form") != "form":
        return False
    schema = spec.resolve(node.get("schema"))
    items = spec.resolve(schema.get("items")) if isinstance(schema, Mapping) else None
    return isinstance(items, Mapping) and (items.get("type") == "object" or "properties" in items)
