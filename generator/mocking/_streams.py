"""Sequential media types served as streams: server-sent events, JSON Lines, NDJSON and JSON text sequences.

The schema of one item is found as :mod:`generator.spec.sequences` says. Items come from the examples (an
example that is a list is a whole stream) or are generated from the item schema; they are written one at a time,
spaced out, so a client sees the first while the server still holds the rest. ``Prefer: items=N`` (or
``?__items=N``) asks for N items, 0 for an empty stream.

An event-shaped item (see ``describes_event``) is written as its fields; any other item is the ``data`` of one
event, written as JSON unless it is a string.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.responses import StreamingResponse

from ..spec.pointers import escape_pointer_token
from ..spec.sequences import item_schema_key

DEFAULT_ITEMS = 3
MAX_ITEMS = 1000
_SSE_FIELDS = ("event", "id", "retry")


def item_schema_pointer(pointer: str, entry: Mapping[str, Any], media_type: str) -> str | None:
    """Where the schema of one item of this media type is (see :mod:`generator.spec.sequences`)."""
    key = item_schema_key(entry, media_type)
    return f"{pointer}/{escape_pointer_token(key)}" if key is not None else None


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
