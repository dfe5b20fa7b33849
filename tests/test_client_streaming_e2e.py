"""Streaming end to end: a spec whose 200 offers JSON or server-sent events, generated into a client, against its
mock (``sync`` gets the JSON, ``stream``/``astream`` the typed events, each as it arrives); and OpenAI's published
spec, whose generated ``create_chat_completion.stream`` yields typed chunks from a loopback server."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from generator.codegen.generating import render
from generator.mocking import create_app, serve_on_loopback
from generator.spec.loading import load_spec

from .conftest import REPO

FIXTURES = REPO / "tests" / "fixtures"


def _generated(spec_path: Path, root: Path) -> ModuleType:
    spec = load_spec(spec_path)
    render(spec, root / f"{spec.name}-client", REPO / "templates", formatted=False)
    sys.path.insert(0, str(root / f"{spec.name}-client"))
    return importlib.import_module(spec.package_name)


@pytest.fixture(scope="module")
def chat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, str]]:
    root = tmp_path_factory.mktemp("chat")
    package = _generated(FIXTURES / "streaming" / "chat.yaml", root)
    try:
        with serve_on_loopback(create_app(load_spec(FIXTURES / "streaming" / "chat.yaml"))) as origin:
            yield package, origin
    finally:
        sys.path.remove(str(root / "chat-client"))


def test_sync_gets_the_json_and_stream_the_typed_events(chat: tuple[ModuleType, str]) -> None:
    package, origin = chat
    create_chat = importlib.import_module(f"{package.__name__}.api.default.create_chat")
    models = importlib.import_module(f"{package.__name__}.pydantic_models")
    body = models.CreateChatBody(prompt="hi")
    with package.Client(base_url=origin) as client:
        assert isinstance(create_chat.sync(client=client, body=body), models.Answer)
        with create_chat.stream(client=client, body=body) as chunks:
            received = list(chunks)
    assert len(received) == 3 and all(isinstance(chunk, models.Chunk) for chunk in received)


def test_the_resource_surface_streams_too(chat: tuple[ModuleType, str]) -> None:
    package, origin = chat
    models = importlib.import_module(f"{package.__name__}.pydantic_models")
    body = models.CreateChatBody(prompt="hi")
    with package.Client(base_url=origin) as client, client.streaming.default.create_chat(body=body) as chunks:
        assert [type(chunk).__name__ for chunk in chunks] == ["Chunk"] * 3

    async def read() -> list[Any]:
        async with package.AsyncClient(base_url=origin) as client:
            body = models.CreateChatBody(prompt="hi")
            async with await client.streaming.default.create_chat(body=body) as chunks:
                return [chunk async for chunk in chunks]

    assert len(asyncio.run(read())) == 3


def test_astream_yields_the_same(chat: tuple[ModuleType, str]) -> None:
    package, origin = chat
    create_chat = importlib.import_module(f"{package.__name__}.api.default.create_chat")
    models = importlib.import_module(f"{package.__name__}.pydantic_models")

    async def read() -> list[Any]:
        async with package.Client(base_url=origin) as client:
            stream = await create_chat.astream(client=client, body=models.CreateChatBody(prompt="hi"))
            async with stream as chunks:
                return [chunk async for chunk in chunks]

    assert [type(chunk).__name__ for chunk in asyncio.run(read())] == ["Chunk"] * 3


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, str]]:
    root = tmp_path_factory.mktemp("logs")
    package = _generated(FIXTURES / "streaming" / "logs.yaml", root)
    try:
        with serve_on_loopback(create_app(load_spec(FIXTURES / "streaming" / "logs.yaml"))) as origin:
            yield package, origin
    finally:
        sys.path.remove(str(root / "logs-client"))


def test_openapi_32_query_querystring_and_json_lines(logs: tuple[ModuleType, str]) -> None:
    package, origin = logs
    api = f"{package.__name__}.api.default"
    export_logs = importlib.import_module(f"{api}.export_logs")
    search_logs = importlib.import_module(f"{api}.search_logs")
    watch_events = importlib.import_module(f"{api}.watch_events")
    models = importlib.import_module(f"{package.__name__}.pydantic_models")
    with package.Client(base_url=origin) as client:
        with export_logs.stream(client=client, filter_=models.ExportLogsFilter(level="info")) as lines:
            received = list(lines)
        assert len(received) == 3 and all(line.level in ("info", "warn", "error") for line in received)
        with search_logs.stream(client=client, body=models.SearchLogsBody(text="x")) as found:  # QUERY
            assert len(list(found)) == 3
        with watch_events.stream(client=client) as events:
            assert all(isinstance(event.data, str) for event in events)  # 3.2 event-shaped items


def test_a_stream_only_operation_streams_its_items_from_the_resource_surface(logs: tuple[ModuleType, str]) -> None:
    """An operation whose only 2xx is a stream is typed and called as a stream there (not as a file download)."""
    package, origin = logs
    models = importlib.import_module(f"{package.__name__}.pydantic_models")
    with package.Client(base_url=origin) as client:
        export = client.streaming.default.export_logs
        assert "Stream[" in str(inspect.signature(export).return_annotation)
        with export() as lines, client.streaming.default.search_logs(body=models.SearchLogsBody(text="x")) as found:
            received = [*lines, *found]
        assert len(received) == 6 and all(isinstance(line, BaseModel) for line in received)  # typed items, not bytes

    async def read() -> list[Any]:
        async with (
            package.AsyncClient(base_url=origin) as client,
            await client.streaming.default.export_logs() as lines,
        ):
            return [line async for line in lines]

    assert [type(line) for line in asyncio.run(read())] == [type(received[0])] * 3


_OPENAI_CHUNK = (
    '{{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": "gpt-x", '
    '"choices": [{{"index": 0, "delta": {{"role": "assistant", "content": "{text}"}}, "finish_reason": null}}]}}'
)


def _openai_server() -> Starlette:
    async def completions(request: Request) -> Response:
        assert request.headers["accept"] == "text/event-stream"

        async def events() -> AsyncIterator[bytes]:
            for text in ("Hel", "lo"):
                yield f"data: {_OPENAI_CHUNK.format(text=text)}\n\n".encode()
                await asyncio.sleep(0.01)
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return Starlette(routes=[Route("/chat/completions", completions, methods=["POST"])])


@pytest.mark.slow
def test_openais_streaming_chat_completion_yields_typed_chunks(tmp_path: Path) -> None:
    package = _generated(FIXTURES / "vendor" / "openai" / "openapi.yaml", tmp_path)
    try:
        operation = importlib.import_module(f"{package.__name__}.api.chat.create_chat_completion")
        models = importlib.import_module(f"{package.__name__}.pydantic_models")
        request = models.CreateChatCompletionRequest.model_validate(
            {"model": "gpt-x", "messages": [{"role": "user", "content": "hi"}], "stream": True}
        )
        with (
            serve_on_loopback(_openai_server()) as origin,
            package.Client(base_url=origin, token="sk-test") as client,
            operation.stream(client=client, body=request) as chunks,
        ):
            received = list(chunks)
        assert all(isinstance(chunk, models.CreateChatCompletionStreamResponse) for chunk in received)
        assert "".join(chunk.choices[0].delta.content for chunk in received) == "Hello"
    finally:
        sys.path.remove(str(tmp_path / f"{package.__name__.removesuffix('_client')}-client"))
