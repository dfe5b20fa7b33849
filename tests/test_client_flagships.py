"""PagerDuty's published spec, generated once into a temporary project: every operation is a method of the
resource surface (sync, async, raw); a get, a list that walks several pages (offset/limit/``more``, paging read
from the spec's shapes: it has no ``x-pagination``) and a create work sync and async against its embedded mock;
every documented 2xx example that fits its schema round-trips through the client unchanged. Paging inferred for
Box's ``total_count`` lists too. Skipped where the shared flagship corpus is absent."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from generator import load_spec
from generator.codegen._operations import read_operations
from generator.codegen._pagination import inferred_pagination
from generator.codegen.generating import render
from generator.jobs.corpus import default_folder
from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.spec.schemas import Schemas

from .conftest import REPO

FLAGSHIP = default_folder(REPO) / "flagship"  # ../shared/corpus unless $APIGEN_CORPUS
PAGERDUTY, BOX = FLAGSHIP / "pagerduty.json", FLAGSHIP / "box.json"
pytestmark = pytest.mark.skipif(not PAGERDUTY.is_file(), reason="the shared flagship corpus is not on this machine")
SERVICES = 5  # how many services the paging layer's list holds

App = Any


def _paging(mock: App, path: str) -> App:
    """The mock, with its answers to ``GET path`` cut into pages of a list of ``SERVICES`` services: each page
    holds the mock's services renumbered by position, ``offset`` and ``limit`` echoed, ``more`` while some
    remain. (The mock answers every list with one page; a walk needs a server that pages.)"""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != path:
            return await mock(scope, receive, send)
        query = {k: v[0] for k, v in parse_qs(scope["query_string"].decode()).items()}
        offset, limit = int(query.get("offset", 0)), int(query.get("limit", 25))
        parts: list[dict[str, Any]] = []
        await mock(scope, receive, lambda message: _collect(parts, message))
        body = json.loads(b"".join(p.get("body", b"") for p in parts if p["type"] == "http.response.body"))
        template = body["services"][0]
        count = max(0, min(limit, SERVICES - offset))
        body |= {"offset": offset, "limit": limit, "more": offset + count < SERVICES}
        body["services"] = [{**template, "id": f"P{offset + i}"} for i in range(count)]
        encoded = json.dumps(body).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(encoded)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": encoded})

    return app


async def _collect(parts: list[dict[str, Any]], message: dict[str, Any]) -> None:
    parts.append(message)


@pytest.fixture(scope="module")
def pagerduty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str, str]]:
    """(package, the mock's key, its base URL) of PagerDuty's client, rendered through the real pipeline."""
    spec = load_spec(PAGERDUTY)
    folder = tmp_path_factory.mktemp("pagerduty")
    render(spec, folder, REPO / "templates", formatted=False)
    sys.path.insert(0, str(folder))
    credentials = MockCredentials()
    try:
        app = _paging(create_app(spec, credentials=credentials), "/services")
        with serve_on_loopback(app) as origin:
            yield importlib.import_module(spec.package_name), str(credentials.api_key), origin + spec.base_path
    finally:
        sys.path.remove(str(folder))


def test_every_operation_is_a_method_of_the_sync_async_and_raw_surfaces(pagerduty: tuple[Any, str, str]) -> None:
    package, key, base_url = pagerduty
    operations = read_operations(load_spec(PAGERDUTY).document)
    client, aclient = (
        package.Client(base_url=base_url, api_key=key),
        package.AsyncClient(base_url=base_url, api_key=key),
    )
    for operation in operations:
        assert callable(getattr(getattr(client, operation.group), operation.method_name))
        assert inspect.iscoroutinefunction(getattr(getattr(aclient, operation.group), operation.method_name))
        assert callable(getattr(getattr(client.with_raw_response, operation.group), operation.method_name))
    assert len(operations) == sum(1 for _ in load_spec(PAGERDUTY).operations(webhooks=False))
    assert len({(op.group, op.method_name) for op in operations}) == len(operations)


def test_get_paged_list_and_create_work_sync_and_async_against_the_mock(pagerduty: tuple[Any, str, str]) -> None:
    package, key, base_url = pagerduty
    models = importlib.import_module(f"{package.__name__}.pydantic_models")
    # The documented request example, without its support hours: the mock reads format: time as RFC 3339 does
    # (with an offset), which PagerDuty's "09:00:00" lacks.
    request = load_spec(PAGERDUTY).document["paths"]["/services"]["post"]["requestBody"]["content"]
    example = request["application/json"]["examples"]["request"]["value"]
    service = {k: v for k, v in example["service"].items() if k not in ("support_hours", "scheduled_actions")}
    service["incident_urgency_rule"] = {"type": "constant", "urgency": "high"}
    body = models.CreateServiceBody.model_validate({"service": service})
    with package.Client(base_url=base_url, api_key=key) as client:
        page = client.services.list(limit=2)
        assert [s.id for s in page.items] == ["P0", "P1"] and page.has_next_page()
        assert [s.id for s in page] == [f"P{i}" for i in range(SERVICES)]  # three requests: 2 + 2 + 1
        assert isinstance(client.services.get("PIJ90N7"), models.GetServiceResponse200)
        created = client.services.create(body=body)
        assert isinstance(created, models.CreateServiceResponse201) and created.service.name == "My Web App"

    async def main() -> tuple[list[str], Any, Any]:
        async with package.AsyncClient(base_url=base_url, api_key=key) as aclient:
            ids = [s.id async for s in await aclient.services.list(limit=3)]
            return ids, await aclient.services.get("PIJ90N7"), await aclient.services.create(body=body)

    ids, got, created = asyncio.run(main())
    assert ids == [f"P{i}" for i in range(SERVICES)]
    assert isinstance(got, models.GetServiceResponse200) and isinstance(created, models.CreateServiceResponse201)


def _round_trips(package: Any, spec_path: Path) -> tuple[int, list[str]]:
    """(examples checked, those changed): every documented JSON 2xx example of the spec that fits its schema,
    parsed by its operation as a response would be and written back out, must be the example unchanged."""
    from pydantic import BaseModel

    spec = load_spec(spec_path)
    client, schemas = package.Client(base_url="http://127.0.0.1:9"), Schemas(spec)
    checked, changed = 0, []
    for operation in read_operations(spec.document):
        module = importlib.import_module(f"{package.__name__}.api.{operation.module}.{operation.function}")
        for status, response in (operation.data.get("responses") or {}).items():
            media = (spec.resolve(response).get("content") or {}).get("application/json") or {}
            pointer = f"{operation.pointer}/responses/{status}/content/application~1json/schema"
            examples = [spec.resolve(e).get("value") for e in (media.get("examples") or {}).values()]
            for example in [*([media["example"]] if "example" in media else []), *examples]:
                if not str(status).startswith("2") or not isinstance(example, dict):
                    continue
                if not schemas.example_fits(example, pointer, "response"):
                    continue  # a vendor example its own schema refuses (validate warns of it)
                answer = httpx.Response(int(status), json=example, request=httpx.Request("GET", "http://127.0.0.1:9"))
                parsed = module._parse_success(client=client, response=answer)
                if isinstance(parsed, BaseModel):
                    checked += 1
                    if parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) != example:
                        changed.append(f"{operation.method.upper()} {operation.path} {status}")
    return checked, changed


def test_documented_examples_round_trip_through_the_client(pagerduty: tuple[Any, str, str]) -> None:
    """PagerDuty's weekly and daily ``Restriction``s included (a discriminator that selects no schema for
    ``daily_restriction``)."""
    checked, changed = _round_trips(pagerduty[0], PAGERDUTY)
    assert checked >= 300 and changed == []


# Generating each of these clients takes 15-60 s, beyond the suite's budget: run with APIGEN_ALL_FLAGSHIPS=1.
@pytest.mark.skipif(not os.environ.get("APIGEN_ALL_FLAGSHIPS"), reason="set APIGEN_ALL_FLAGSHIPS=1 (slow)")
@pytest.mark.parametrize(("name", "at_least"), [("box.json", 2), ("plaid.yaml", 300), ("digitalocean", 200)])
def test_other_flagships_documented_examples_round_trip(tmp_path: Path, name: str, at_least: int) -> None:
    spec = load_spec(FLAGSHIP / name)
    render(spec, tmp_path, REPO / "templates", formatted=False)
    sys.path.insert(0, str(tmp_path))
    try:
        checked, changed = _round_trips(importlib.import_module(spec.package_name), FLAGSHIP / name)
    finally:
        sys.path.remove(str(tmp_path))
    assert checked >= at_least and changed == []


def test_offset_paging_is_read_from_the_shapes_of_published_specs() -> None:
    pagerduty = {(op.method, op.path): op for op in load_spec(PAGERDUTY).operations()}
    assert inferred_pagination(load_spec(PAGERDUTY), pagerduty["get", "/services"]) == {
        "style": "offset",
        "offset": "offset",
        "limit": "limit",
        "items": "services",
        "more": "more",
    }
    assert inferred_pagination(load_spec(PAGERDUTY), pagerduty["get", "/services/{id}"]) is None  # no paging
    if BOX.is_file():
        box = load_spec(BOX)
        comments = next(op for op in box.operations() if (op.method, op.path) == ("get", "/files/{file_id}/comments"))
        assert inferred_pagination(box, comments) == {
            "style": "offset",
            "offset": "offset",
            "limit": "limit",
            "items": "entries",
            "total": "total_count",
        }


def test_a_page_ends_when_its_flag_says_so_or_the_total_is_reached(pagerduty: tuple[Any, str, str]) -> None:
    pagination = importlib.import_module(f"{pagerduty[0].__name__}._runtime.pagination")
    rule = pagination.Continued()
    assert rule.following(0, [1, 2], True) == 2 and rule.following(0, [1, 2], False) is None
    assert rule.following(4, [1, 2], 7) == 6 and rule.following(4, [1, 2, 3], 7) is None
    assert rule.following(4, [], True) is None and rule.following(0, [1], None) is None
