"""``stream_items_conform``: streamed items are read and checked one by one, against the mock (clean) and against
a server whose stream breaks its item schema (found, naming the item's position)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from generator.fuzzing import FuzzOptions, fuzz
from generator.fuzzing._streams import events, items
from generator.mocking import create_app
from generator.spec.loading import load_spec

from .conftest import REPO

CHAT = REPO / "tests" / "fixtures" / "streaming" / "chat.yaml"
OPTIONS = FuzzOptions(
    max_examples=5, seed=1, phases=("examples", "fuzzing"), checks=("stream_items_conform",), allow_destructive=True
)


def test_events_are_read_as_the_whatwg_standard_says() -> None:
    text = ': a comment\nevent: delta\nid: 7\ndata: {"a":\ndata: 1}\n\nretry: 10\ndata: [DONE]\n\n'
    assert list(events(text)) == [{"event": "delta", "id": "7", "data": '{"a":\n1}'}, {"retry": 10, "data": "[DONE]"}]
    assert list(items("text/event-stream", text.encode())) == [{"a": 1}]
    shaped = list(items("text/event-stream", text.encode(), event_shaped=True))
    assert shaped == [{"event": "delta", "id": "7", "data": '{"a":\n1}'}]


def test_json_lines_and_json_seq_items() -> None:
    assert list(items("application/jsonl", b'{"a":1}\n\n{"a":2}\n')) == [{"a": 1}, {"a": 2}]
    assert list(items("application/json-seq", b'\x1e{"a":1}\n\x1e"x"\n')) == [{"a": 1}, "x"]


@pytest.mark.parametrize("fixture", ["chat.yaml", "logs.yaml"])
def test_the_mocks_stream_is_clean(tmp_path: Path, fixture: str) -> None:
    spec = load_spec(CHAT.parent / fixture)
    result = fuzz(spec, create_app(spec), tmp_path, options=OPTIONS)
    assert result.cases > 0 and result.by_check().get("stream_items_conform") is None


def _bad_stream_server() -> Starlette:
    async def chat(request: Request) -> Response:
        if "text/event-stream" not in request.headers.get("accept", ""):
            return JSONResponse({"text": "hello"})

        async def events() -> AsyncIterator[bytes]:
            yield b'data: {"index": 0, "delta": "He"}\n\n'
            yield b'data: {"index": -1, "delta": "llo"}\n\n'  # minimum: 0
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return Starlette(routes=[Route("/chat", chat, methods=["POST"])])


def test_an_item_that_breaks_its_schema_is_found_with_its_position(tmp_path: Path) -> None:
    result = fuzz(load_spec(CHAT), _bad_stream_server(), tmp_path, options=OPTIONS)
    failures = result.by_check()["stream_items_conform"]
    assert failures and "Item 2 of the text/event-stream stream: index" in failures[0].message
