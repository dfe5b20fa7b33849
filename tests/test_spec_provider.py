"""Acceptance tests of specs/provider.yaml through the generated provider client (issue 3).

The client talks to an ``httpx.MockTransport`` that records each request, so every test checks what actually
went over the wire: method, path, query, JWT header and JSON body.
"""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

from .conftest import recording_transport

REPO = Path(__file__).resolve().parents[1]
CLIENT_DIR = REPO / "generated" / "provider-client"
if str(CLIENT_DIR) not in sys.path:
    sys.path.insert(0, str(CLIENT_DIR))

from provider_client.api.provider_enrolments import create_provider_enrolment  # noqa: E402
from provider_client.api.providers import list_providers  # noqa: E402
from provider_client.client import Client  # noqa: E402
from provider_client.pydantic_models import (  # noqa: E402
    PaginatedProviderList,
    ProviderEnrolment,
    ProviderEnrolmentRequest,
)

BASE_URL = "http://provider.test"
TOKEN = "header.payload.signature"
LEARNER_ID = uuid.UUID("2df776db-09df-4cb9-a2af-db56cada6cb7")
TASK_ID = uuid.UUID("736fde4d-9029-4915-8189-01353d6982cb")

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, seen: list[httpx.Request]) -> Client:
    return Client(base_url=BASE_URL, token=TOKEN, httpx_args={"transport": recording_transport(handler, seen)})


def _provider(number: int) -> dict[str, object]:
    return {
        "id": number,
        "name": f"provider {number}",
        "queue": "face",
        "version": "1.0",
        "acronym": f"P{number}",
        "image": "registry.example/provider:1.0",
        "service_port": 8080,
        "enabled": True,
    }


def _query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode())


def test_list_providers_walks_two_pages_via_next_offset() -> None:
    pages = {
        "0": {"count": 3, "next": f"{BASE_URL}/api/v2/provider/?limit=2&offset=2", "previous": None,
              "results": [_provider(1), _provider(2)]},
        "2": {"count": 3, "next": None, "previous": f"{BASE_URL}/api/v2/provider/?limit=2",
              "results": [_provider(3)]},
    }  # fmt: skip

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[_query(request)["offset"][0]])

    seen: list[httpx.Request] = []
    client = _client(handler, seen)
    names: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = list_providers.sync(client=client, search="face", ordering="name", limit=2, offset=offset)
        assert isinstance(page, PaginatedProviderList)
        names += [provider.name for provider in page.results]
        next_url = str(page.next) if page.next is not None else None
        offset = int(parse_qs(urlsplit(next_url).query)["offset"][0]) if next_url else None

    assert names == ["provider 1", "provider 2", "provider 3"]
    assert [(r.method, r.url.path) for r in seen] == [("GET", "/api/v2/provider/")] * 2
    assert [_query(r) for r in seen] == [
        {"search": ["face"], "ordering": ["name"], "limit": ["2"], "offset": ["0"]},
        {"search": ["face"], "ordering": ["name"], "limit": ["2"], "offset": ["2"]},
    ]
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in seen)


def test_create_provider_enrolment_posts_the_write_shape() -> None:
    created = {
        "id": 11,
        "learner_id": str(LEARNER_ID),
        "task_id": str(TASK_ID),
        "model": "https://storage.example/models/11",
        "is_locked": False,
        "model_upload_url": "https://storage.example/upload/11",
        "percentage": 0,
        "can_analyse": False,
        "model_total_samples": 0,
        "used_samples": [],
    }
    seen: list[httpx.Request] = []
    client = _client(lambda request: httpx.Response(201, json=created), seen)
    body = ProviderEnrolmentRequest(learner_id=LEARNER_ID, task_id=TASK_ID, used_samples=[4, 5])

    response = create_provider_enrolment.sync_detailed("7", client=client, body=body)

    assert response.status_code == 201
    assert isinstance(response.parsed, ProviderEnrolment)
    assert response.parsed.learner_id == LEARNER_ID
    assert response.parsed.id == 11
    (request,) = seen
    assert (request.method, request.url.path, request.url.query) == ("POST", "/api/v2/provider/7/enrolment/", b"")
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "learner_id": str(LEARNER_ID),
        "task_id": str(TASK_ID),
        "percentage": 0.0,
        "can_analyse": False,
        "used_samples": [4, 5],
    }
