"""What Schemathesis reads of an event stream: the schema of one event, its ``data`` a JSON text.

Before OpenAPI 3.2 (no ``itemSchema``), Schemathesis validates each server-sent event of a response as an object
(``data``, ``event``, ``id``, ``retry``) against the media type's ``schema``, and an event's ``data`` is text.
Vendors that stream write there either the schema of one event's ``data`` (HuggingFace TGI, OpenAI), which is how
apigen reads a schema without a ``data`` property (:mod:`generator.spec.sequences`), or the event's with its
``data`` typed as the JSON value it carries (Mistral); apigen's mock streams both as JSON text. So, in the copy of
the spec Schemathesis reads, the schema becomes the event's, its ``data`` a string whose JSON content has the
vendor's schema (``contentMediaType``/``contentSchema``, which Schemathesis decodes and validates). The vendor's
schema stays beside it as ``x-item-schema``, where apigen's own ``stream_items_conform`` reads it. Data that may
be plain text or JSON cannot be described so: Schemathesis then gets no schema of it and ``stream_items_conform``
checks it alone.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from ..spec.pointers import resolve_local
from ..spec.sequences import EVENT_STREAM, describes_event, essence, item_schema_key

ITEM_SCHEMA = "x-item-schema"
_UNIONS = ("oneOf", "anyOf")


def events_for_schemathesis(document: Mapping[str, Any]) -> dict[str, Any] | None:
    """A copy of ``document`` with every event-stream ``schema`` rewritten as Schemathesis must read it (see the
    module's docstring), or None when every one already fits."""
    entries = _event_stream_entries(document)
    if all(_event_schema(document, entry["schema"]) is _AS_WRITTEN for entry in entries):
        return None
    copied: dict[str, Any] = copy.deepcopy(dict(document))
    for entry in _event_stream_entries(copied):
        event = _event_schema(copied, entry["schema"])
        if event is not _AS_WRITTEN:
            entry[ITEM_SCHEMA] = entry.pop("schema")
            if event is not None:
                entry["schema"] = event
    return copied


_AS_WRITTEN: Any = object()


def _event_schema(document: Mapping[str, Any], schema: Any) -> Any:
    """The schema of one event for Schemathesis: ``_AS_WRITTEN`` when ``schema`` is that already, None when no
    schema can say what the data is."""
    resolved = resolve_local(document, schema)
    if describes_event(resolved):  # the event's fields (Mistral): its data may still be typed as a JSON value
        data = resolved["properties"]["data"]
        field = _data_field(document, data)
        if field is data:
            return _AS_WRITTEN
        event = copy.deepcopy(dict(resolved))
        event["properties"]["data"] = field if field is not None else {"type": "string"}
        return event
    field = _data_field(document, schema)
    return None if field is None else {"type": "object", "required": ["data"], "properties": {"data": field}}


def _data_field(document: Mapping[str, Any], schema: Any) -> Any:
    """The schema of an event's ``data`` field (always text) for data of ``schema``: ``schema`` itself for text,
    a JSON text of it for other values, None when it may be either."""
    types = _types(document, schema)
    if "string" in types and types <= {"string", "null"}:
        return schema
    if _may_be_text(document, schema, frozenset()):
        return None
    return {"type": "string", "contentMediaType": "application/json", "contentSchema": schema}


def _types(document: Mapping[str, Any], schema: Any) -> set[str]:
    resolved = resolve_local(document, schema)
    kind = resolved.get("type") if isinstance(resolved, Mapping) else None
    return {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else set()


def _may_be_text(document: Mapping[str, Any], schema: Any, seen: frozenset[str]) -> bool:
    """Whether a value of ``schema`` may be a string (the mock then writes it as it is, not as JSON)."""
    if not isinstance(schema, Mapping):
        return schema is not False
    reference = schema.get("$ref")
    if isinstance(reference, str):
        if reference in seen:
            return False
        target = resolve_local(document, {"$ref": reference})
        return target is not None and _may_be_text(document, target, seen | {reference})
    if "type" in schema:
        return "string" in _types(document, schema)
    if "const" in schema or "enum" in schema:
        return any(isinstance(value, str) for value in [schema.get("const"), *(schema.get("enum") or [])])
    unions = [branch for key in _UNIONS for branch in schema.get(key) or []]
    if unions:
        return any(_may_be_text(document, branch, seen) for branch in unions)
    parts = schema.get("allOf") or []
    if parts:
        return all(_may_be_text(document, part, seen) for part in parts)
    return not {"properties", "items", "required", "additionalProperties"} & set(schema)


def _event_stream_entries(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The Media Type Objects of every response (of operations, webhooks and components) for an event stream
    whose ``schema`` is the item schema."""
    found = []
    for response in _responses(document):
        content = response.get("content")
        for media_type, entry in content.items() if isinstance(content, dict) else ():
            event_stream = isinstance(entry, dict) and essence(str(media_type)) == EVENT_STREAM
            if event_stream and item_schema_key(entry, EVENT_STREAM) == "schema":
                found.append(entry)
    return found


def _responses(document: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    components = document.get("components") or {}
    yield from _dict_values(components.get("responses"))
    for section in ("paths", "webhooks"):
        for item in _dict_values(document.get(section)):
            for operation in _dict_values(item):
                yield from _dict_values(operation.get("responses"))


def _dict_values(mapping: Any) -> list[dict[str, Any]]:
    return [value for value in mapping.values() if isinstance(value, dict)] if isinstance(mapping, dict) else []
