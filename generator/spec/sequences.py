"""Sequential media types: responses whose body is a stream of items (OpenAPI 3.2 "sequential media types").

The schema of one item is the media type's ``itemSchema`` (3.2; ``x-item-schema`` in the 3.1 view tools read)
or, for ``text/event-stream`` in a 3.1 document, its ``schema`` (vendors such as OpenAI describe one event that
way). An event-stream item schema that is an object with a ``data`` property describes the event itself
(``event``, ``data``, ``id``, ``retry``: the 3.2 form); any other describes the ``data`` of one event.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SEQUENTIAL_MEDIA_TYPES = frozenset(
    {"text/event-stream", "application/jsonl", "application/x-ndjson", "application/json-seq", "multipart/mixed"}
)
EVENT_STREAM = "text/event-stream"
_ITEM_SCHEMA_KEYS = ("itemSchema", "x-item-schema")


def essence(media_type: str) -> str:
    """``media_type`` without its parameters, lowercased."""
    return media_type.split(";", 1)[0].strip().lower()


def is_sequential(media_type: str) -> bool:
    return essence(media_type) in SEQUENTIAL_MEDIA_TYPES


def item_schema_key(entry: Mapping[str, Any], media_type: str) -> str | None:
    """The key of the Media Type Object ``entry`` that holds the schema of one item, if it has one."""
    for key in _ITEM_SCHEMA_KEYS:
        if key in entry:
            return key
    return "schema" if essence(media_type) == EVENT_STREAM and "schema" in entry else None


def describes_event(schema: Any) -> bool:
    """An event-stream item schema that describes the event (its fields) rather than the event's data."""
    properties = schema.get("properties") if isinstance(schema, Mapping) else None
    return isinstance(properties, Mapping) and "data" in properties
