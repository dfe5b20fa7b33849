"""The mock streams sequential media types: server-sent events and JSON Lines, item by item, honouring Accept
and ``Prefer: items=N``; every item fits its item schema."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest
from jsonschema import Draft202012Validator

from generator.mocking import create_app, serve_on_loopback
from generator.spec.loading import load_spec

from .conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "streaming"
CHUNK = Draft202012Validator(
    {"type": "object", "required": ["index", "delta"], "properties": {"index": {"type": "integer", "minimum": 0}}}
)


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    with serve_on_loopback(create_app(load_spec(FIXTURES / "chat.yaml"))) as url:
        yield url


@pytest.fixture(scope="module")
def origin_32() -> Iterator[str]:
    with serve_on_loopback(create_app(load_spec(FIXTURES / "logs.yaml"))) as url:
        yield url


def _events(text: str) -> list[dict[str, object]]:
    """The data of each event, parsed as JSON (the mock writes one data line per item here)."""
    blocks = [block for block in text.split("\n\n") if block.strip()]
    return [json.loads(block.removeprefix("data: ")) for block in blocks]


def test_json_is_answered_unless_the_stream_is_asked_for(origin: str) -> None:
    with httpx.Client(base_url=origin) as client:
        whole = client.post("/chat", json={"prompt": "hi"})
        streamed = client.post("/chat", json={"prompt": "hi"}, headers={"Accept": "text/event-stream"})
    assert whole.headers["content-type"] == "application/json" and "text" in whole.json()
    assert streamed.headers["content-type"].startswith("text/event-stream")
    events = _events(streamed.text)
    assert len(events) == 3 and all(CHUNK.is_valid(event) for event in events)


def test_items_arrive_one_at_a_time(origin: str) -> None:
    with (
        httpx.Client(base_url=origin) as client,
        client.stream("POST", "/chat", json={"prompt": "hi"}, headers={"Accept": "text/event-stream"}) as response,
    ):
        arrivals = []
        for _ in response.iter_raw():
            arrivals.append(time.perf_counter())
    assert len(arrivals) == 3 and arrivals[-1] - arrivals[0] >= 0.08  # spaced out, not one write


@pytest.mark.parametrize("count", [0, 1, 7])
def test_prefer_items_sets_how_many(origin: str, count: int) -> None:
    headers = {"Accept": "text/event-stream", "Prefer": f"items={count}"}
    with httpx.Client(base_url=origin) as client:
        response = client.post("/chat", json={"prompt": "hi"}, headers=headers)
    assert response.status_code == 200 and len(_events(response.text)) == count


def test_json_lines_items_are_generated_from_the_item_schema(origin_32: str) -> None:
    with httpx.Client(base_url=origin_32) as client:
        response = client.get("/logs")
    assert response.headers["content-type"].startswith("application/jsonl")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == 3
    assert all(line["level"] in ("info", "warn", "error") and isinstance(line["message"], str) for line in lines)


def test_an_event_shaped_item_schema_writes_the_event_fields(origin_32: str) -> None:
    with httpx.Client(base_url=origin_32) as client:
        response = client.get("/events", headers={"Accept": "text/event-stream"})
    blocks = [block.splitlines() for block in response.text.split("\n\n") if block.strip()]
    assert len(blocks) == 3
    assert all(any(line.startswith("data: ") for line in block) for block in blocks)
    assert not any(line.startswith('data: {"data"') for block in blocks for line in block)


def test_a_querystring_parameter_is_the_whole_query_string_validated_as_its_schema(origin_32: str) -> None:
    with httpx.Client(base_url=origin_32) as client:
        assert client.get("/logs", params={"level": "warn"}).status_code == 200
        assert client.get("/logs", params={"level": "warn", "__items": "1"}).status_code == 200  # the mock's own
        refused = client.get("/logs", params={"level": "loud"})
    assert refused.status_code in (400, 422) and "querystring /filter/level" in refused.text
