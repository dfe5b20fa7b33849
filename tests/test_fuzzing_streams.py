"""``stream_items_conform``: streamed items are read and checked one by one, against the mock (clean) and against
a server whose stream breaks its item schema (found, naming the item's position)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

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


# HuggingFace TGI's /generate_stream: the only 2xx is an event stream whose `schema` is that of one event's data.
TOKENS = """\
openapi: 3.0.3
info: {title: Tokens, version: 1.0.0}
paths:
  /generate_stream:
    post:
      operationId: generate_stream
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [inputs]
              properties:
                inputs: {type: string}
      responses:
        "200":
          description: One token per event.
          content:
            text/event-stream:
              schema: {$ref: "#/components/schemas/StreamResponse"}
components:
  schemas:
    StreamResponse:
      type: object
      required: [index, token]
      properties:
        index: {type: integer, minimum: 0}
        token: {type: string}
"""
SCHEMA_CHECKS = FuzzOptions(
    max_examples=3,
    seed=1,
    phases=("examples", "fuzzing"),
    checks=("response_schema_conformance",),
    allow_destructive=True,
)


# Mistral's workflow events: the schema is the event's, its `data` typed as the JSON value it carries.
EVENTS = TOKENS.replace(
    'schema: {$ref: "#/components/schemas/StreamResponse"}',
    'schema: {type: object, properties: {event: {type: string}, data: {$ref: "#/components/schemas/StreamResponse"}}}',
)
GOOD_FRAMES = (b'data: {"index": 0, "token": "He"}\n\n', b'data: {"index": 1, "token": "llo"}\n\n')
BAD_FRAMES = (b'data: {"index": 0, "token": "He"}\n\n', b'data: {"index": -1, "token": "llo"}\n\n')


def _written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tokens.yaml"
    path.write_text(text)
    return path


def _token_server(*frames: bytes) -> Starlette:
    async def generate(request: Request) -> Response:
        async def stream() -> AsyncIterator[bytes]:
            for frame in frames:
                yield frame

        return StreamingResponse(stream(), media_type="text/event-stream")

    return Starlette(routes=[Route("/generate_stream", generate, methods=["POST"])])


@pytest.mark.parametrize("text", [TOKENS, EVENTS], ids=["data-schema", "event-schema"])
def test_schemathesis_reads_an_event_streams_data_as_the_json_it_carries(tmp_path: Path, text: str) -> None:
    spec = load_spec(_written(tmp_path, text))
    clean = fuzz(spec, create_app(spec), tmp_path / "mock", options=SCHEMA_CHECKS)
    assert clean.cases > 0 and not clean.errors and clean.by_check() == {}
    assert fuzz(spec, _token_server(*GOOD_FRAMES), tmp_path / "good", options=SCHEMA_CHECKS).by_check() == {}
    found = fuzz(spec, _token_server(*BAD_FRAMES), tmp_path / "bad", options=SCHEMA_CHECKS).by_check()
    failures = found["response_schema_conformance"]
    assert failures and "-1" in failures[0].message


@pytest.mark.parametrize("text", [TOKENS, EVENTS], ids=["data-schema", "event-schema"])
def test_apigens_own_stream_check_reads_the_data_as_the_json_it_carries(tmp_path: Path, text: str) -> None:
    spec = load_spec(_written(tmp_path, text))
    assert fuzz(spec, create_app(spec), tmp_path / "mock", options=OPTIONS).by_check() == {}
    result = fuzz(spec, _token_server(*BAD_FRAMES), tmp_path / "bad", options=OPTIONS)
    failures = result.by_check()["stream_items_conform"]
    assert (
        failures and "Item 2 of the text/event-stream stream" in failures[0].message and "index" in failures[0].message
    )


def _stream_response(schema: dict[str, Any]) -> dict[str, Any]:
    content = {"text/event-stream": {"schema": schema}, "application/json": {"schema": {"type": "object"}}}
    return {"paths": {"/s": {"get": {"responses": {"200": {"description": "s", "content": content}}}}}}


def _event_stream_entry(document: dict[str, Any]) -> Any:
    return document["paths"]["/s"]["get"]["responses"]["200"]["content"]["text/event-stream"]


_OBJECTS = {"oneOf": [{"properties": {"a": {}}}, {"type": "array"}]}


def _json_text(schema: Any) -> dict[str, Any]:
    return {"type": "string", "contentMediaType": "application/json", "contentSchema": schema}


@pytest.mark.parametrize(
    ("data", "event_data"),
    [
        ({"type": "object"}, _json_text({"type": "object"})),
        (_OBJECTS, _json_text(_OBJECTS)),  # neither branch is text: the mock sends JSON
        ({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["a"]}),  # text is sent as it is
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, None),  # text or JSON: no schema says which
    ],
)
def test_event_stream_data_schemas_become_event_schemas_for_schemathesis(data: Any, event_data: Any) -> None:
    from generator.fuzzing._event_streams import events_for_schemathesis

    document = _stream_response(data)
    rewritten = events_for_schemathesis(document)
    assert rewritten is not None and _event_stream_entry(document) == {"schema": data}  # the original is untouched
    entry = _event_stream_entry(rewritten)
    assert entry["x-item-schema"] == data  # where stream_items_conform reads it
    if event_data is None:
        assert "schema" not in entry
    else:
        assert entry["schema"] == {"type": "object", "required": ["data"], "properties": {"data": event_data}}
    json_entry = rewritten["paths"]["/s"]["get"]["responses"]["200"]["content"]["application/json"]
    assert json_entry == {"schema": {"type": "object"}}


def test_an_event_schema_with_text_data_is_left_as_it_is() -> None:
    from generator.fuzzing._event_streams import events_for_schemathesis

    event = {"type": "object", "properties": {"event": {"type": "string"}, "data": {"type": "string"}}}
    assert events_for_schemathesis(_stream_response(event)) is None
    assert events_for_schemathesis({"paths": {}}) is None


def test_an_event_schema_whose_data_is_a_json_value_gets_its_data_as_json_text() -> None:
    # Mistral's workflow events: {event, data: {$ref: StreamEventSsePayload}, id, retry}; data is text on the wire.
    from generator.fuzzing._event_streams import events_for_schemathesis

    payload = {"$ref": "#/components/schemas/Payload"}
    event = {"type": "object", "properties": {"event": {"type": "string"}, "data": payload}}
    rewritten = events_for_schemathesis(_stream_response(event))
    assert rewritten is not None
    entry = _event_stream_entry(rewritten)
    assert entry["x-item-schema"] == event
    assert entry["schema"]["properties"] == {"event": {"type": "string"}, "data": _json_text(payload)}
