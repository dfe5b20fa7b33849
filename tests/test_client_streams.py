"""The clients' stream runtime (``_runtime/streams.py``): items parsed and yielded as they arrive, server-sent
events read as the WHATWG standard says, ``[DONE]`` ends a stream, the connection is closed on leaving, and an
item that breaks its schema raises ``APIResponseValidationError`` naming its position."""

from __future__ import annotations

import asyncio
import importlib
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from generator.mocking import serve_on_loopback

from .conftest import REPO


class Chunk(BaseModel):
    index: int
    delta: str


@pytest.fixture(scope="module")
def runtime() -> Iterator[ModuleType]:
    sys.path.insert(0, str(REPO / "generated" / "provider-client"))
    try:
        yield importlib.import_module("provider_client._runtime.streams")
    finally:
        sys.path.remove(str(REPO / "generated" / "provider-client"))


def _response(body: bytes, media_type: str = "text/event-stream", status: int = 200) -> httpx.Response:
    request = httpx.Request("GET", "https://api.example.com/chat")
    return httpx.Response(status, headers={"content-type": media_type}, stream=httpx.ByteStream(body), request=request)


def _stream(runtime: ModuleType, body: bytes, media_type: str = "text/event-stream") -> Any:
    return runtime.open_stream(_response(body, media_type), lambda: None, Chunk.model_validate, media_type)


def test_events_with_multi_line_data_comments_ids_and_done(runtime: ModuleType) -> None:
    body = (
        b': keep-alive\n\nevent: delta\nid: 1\nretry: 50\ndata: {"index": 0,\ndata:  "delta": "He"}\n\n'
        b'data: {"index": 1, "delta": "llo"}\r\n\r\ndata: [DONE]\n\ndata: {"index": 9, "delta": "never"}\n\n'
    )
    with _stream(runtime, body) as stream:
        assert [chunk.delta for chunk in stream] == ["He", "llo"]
    events = list(_stream(runtime, body).events())
    assert [(e.event, e.id, e.retry) for e in events] == [("delta", "1", 50), (None, "1", None)]
    assert events[0].json() == {"index": 0, "delta": "He"}


@pytest.mark.parametrize(
    ("media_type", "body"),
    [
        ("application/jsonl", b'{"index": 0, "delta": "a"}\n\n{"index": 1, "delta": "b"}\n'),
        ("application/x-ndjson", b'{"index": 0, "delta": "a"}\n{"index": 1, "delta": "b"}'),
        ("application/json-seq", b'\x1e{"index": 0, "delta": "a"}\n\x1e{"index": 1, "delta": "b"}\n'),
    ],
)
def test_json_sequences(runtime: ModuleType, media_type: str, body: bytes) -> None:
    assert [chunk.delta for chunk in _stream(runtime, body, media_type)] == ["a", "b"]


def test_an_item_that_breaks_its_schema_names_its_position(runtime: ModuleType) -> None:
    errors = importlib.import_module("provider_client.errors")
    body = b'data: {"index": 0, "delta": "a"}\n\ndata: {"index": "x", "delta": "b"}\n\n'
    with pytest.raises(errors.APIResponseValidationError) as caught:
        list(_stream(runtime, body))
    assert caught.value.pointer == "/2/index" and "item 2" in caught.value.reason


def test_an_error_status_raises_its_typed_error_before_any_item(runtime: ModuleType) -> None:
    errors = importlib.import_module("provider_client.errors")
    response = _response(b'{"detail": "no"}', "application/json", status=404)
    with pytest.raises(errors.NotFoundError):
        runtime.open_stream(response, lambda: None, Chunk.model_validate, "text/event-stream")
    assert response.is_closed


class _Paced:
    """A server that sends one event, then waits until the test has seen it before sending the next."""

    def __init__(self) -> None:
        self.first_seen = threading.Event()
        self.closed = threading.Event()

    def app(self) -> Starlette:
        async def chat(request: Request) -> Response:
            async def events() -> AsyncIterator[bytes]:
                try:
                    yield b'data: {"index": 0, "delta": "He"}\n\n'
                    while not self.first_seen.is_set():
                        await asyncio.sleep(0.01)
                    yield b'data: {"index": 1, "delta": "llo"}\n\n'
                    for index in range(2, 1000):  # far more than the client reads
                        await asyncio.sleep(0.01)
                        yield f'data: {{"index": {index}, "delta": "."}}\n\n'.encode()
                finally:
                    self.closed.set()

            return StreamingResponse(events(), media_type="text/event-stream")

        return Starlette(routes=[Route("/chat", chat)])


def test_the_first_item_arrives_while_the_server_holds_the_rest_and_breaking_closes(runtime: ModuleType) -> None:
    paced = _Paced()
    with serve_on_loopback(paced.app()) as origin, httpx.Client(base_url=origin, timeout=10) as http:
        response = http.send(http.build_request("GET", "/chat"), stream=True)
        stream = runtime.open_stream(response, lambda: None, Chunk.model_validate, "text/event-stream")
        seen = []
        for chunk in stream:
            seen.append(chunk.delta)
            paced.first_seen.set()  # the server sends item 2 only now: item 1 came on its own
            if len(seen) == 3:
                break
        assert seen == ["He", "llo", "."] and response.is_closed
        assert paced.closed.wait(5)


def test_async_streams_the_same(runtime: ModuleType) -> None:
    paced = _Paced()

    async def read(origin: str) -> list[str]:
        async with httpx.AsyncClient(base_url=origin, timeout=10) as http:
            response = await http.send(http.build_request("GET", "/chat"), stream=True)
            seen: list[str] = []
            async with await runtime.aopen_stream(
                response, lambda: None, Chunk.model_validate, "text/event-stream"
            ) as stream:
                async for chunk in stream:
                    seen.append(chunk.delta)
                    paced.first_seen.set()
                    if len(seen) == 2:
                        break
            assert response.is_closed
            return seen

    with serve_on_loopback(paced.app()) as origin:
        assert asyncio.run(read(origin)) == ["He", "llo"]
