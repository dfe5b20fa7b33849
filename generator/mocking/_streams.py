"""Sequential media types served as streams: server-sent events, JSON Lines, NDJSON and JSON text sequences.

The schema of one item is the media type's ``itemSchema`` (OpenAPI 3.2) or, for ``text/event-stream`` in a 3.1
document, its ``schema`` (vendors such as OpenAI describe one event that way). Items come from the examples (an
example that is a list is a whole stream) or are generated from the item schema; they are written one at a time,
spaced out, so a client sees the first while the server still holds the rest. ``Prefer: items=N`` (or
``?__items=N``) asks for N items, 0 for an empty stream.

An item schema of ``text/event-stream`` that is an object with a ``data`` property describes the event itself
(``event``, ``data``, ``id``, ``retry``: the 3.2 form); any other describes the ``data`` of one event, written as
JSON unless it is a string.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.responses import StreamingResponse

SEQUENTIAL_MEDIA_TYPES = frozenset(
    {"text/event-stream", "application/jsonl", "application/x-ndjson", "application/json-seq", "multipart/mixed"}
)
DEFAULT_ITEMS = 3
MAX_ITEMS = 1000
_SSE_FIELDS = ("event", "id", "retry")


def is_sequential(media_type: str) -> bool:
    return media_type.split(";", 1)[0].strip().lower() in SEQUENTIAL_MEDIA_TYPES


def item_schema_pointer(pointer: str, entry: Mapping[str, Any], media_type: str) -> str | None:
    """Where the schema of one item of this media type is: ``itemSchema``, else an event stream's ``schema``."""
    if "itemSchema" in entry:
        return f"{pointer}/itemSchema"
    if media_type.split(";", 1)[0].strip().lower() == "text/event-stream" and "schema" in entry:
        return f"{pointer}/schema"
    return None


@dataclass(frozen=True)
class Stream:
    """How one sequential body is written: its items and the pause between them."""

    media_type: str
    items: Sequence[Any]
    event_shaped: bool = False  # an SSE item schema that describes the event (data, event, id, retry)
    interval: float = 0.05

    def frames(self, count: int | None = None) -> list[bytes]:
        items = list(self.items)
        wanted = DEFAULT_ITEMS if count is None else min(count, MAX_ITEMS)
        chosen = [items[i % len(items)] for i in range(wanted)] if items else []
        return [self._frame(item) for item in chosen]

    def _frame(self, item: Any) -> bytes:
        essence = self.media_type.split(";", 1)[0].strip().lower()
        if essence == "text/event-stream":
            return _event(item, self.event_shaped)
        if essence == "application/json-seq":
            return b"\x1e" + _json(item) + b"\n"
        if essence == "multipart/mixed":
            return b"--apigen-mock\r\nContent-Type: application/json\r\n\r\n" + _json(item) + b"\r\n"
        return _json(item) + b"\n"

    def response(self, status: int, headers: Mapping[str, str], count: int | None) -> StreamingResponse:
        frames = self.frames(count)
        if self.media_type.split(";", 1)[0].strip().lower() == "multipart/mixed":
            frames.append(b"--apigen-mock--\r\n")
        media_type = self.media_type
        if media_type.startswith("multipart/mixed") and "boundary=" not in media_type:
            media_type = "multipart/mixed; boundary=apigen-mock"
        return StreamingResponse(
            _spaced(frames, self.interval), status_code=status, headers=dict(headers), media_type=media_type
        )


def stream_items(examples: Mapping[str, Any], generated: Sequence[Any]) -> list[Any]:
    """The items a stream repeats: an example that is a list is a whole stream; other examples are items."""
    for value in examples.values():
        if isinstance(value, list) and value:
            return list(value)
    return list(examples.values()) or list(generated)


def describes_event(schema: Any) -> bool:
    properties = schema.get("properties") if isinstance(schema, Mapping) else None
    return isinstance(properties, Mapping) and "data" in properties


def _event(item: Any, event_shaped: bool) -> bytes:
    lines = []
    if event_shaped and isinstance(item, Mapping):
        lines += [f"{name}: {item[name]}" for name in _SSE_FIELDS if name in item and item[name] is not None]
        data = item.get("data", "")
    else:
        data = item
    text = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    lines += [f"data: {line}" for line in text.split("\n")]
    return ("\n".join(lines) + "\n\n").encode()


def _json(item: Any) -> bytes:
    return json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode()


async def _spaced(frames: list[bytes], interval: float) -> AsyncIterator[bytes]:
    for index, frame in enumerate(frames):
        if index:
            await asyncio.sleep(interval)
        yield frame
