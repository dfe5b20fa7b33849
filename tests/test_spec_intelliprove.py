"""Acceptance tests of specs/intelliprove.yaml through the generated intelliprove client (issue 2).

An ``httpx.MockTransport`` records each request: the tests check the reconstructed paths, the ``x-api-key``
header, the action-token body and that the CE label comes back as the PNG's exact bytes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import httpx

from .conftest import recording_transport

REPO = Path(__file__).resolve().parents[1]
CLIENT_DIR = REPO / "generated" / "intelliprove-client"
if str(CLIENT_DIR) not in sys.path:
    sys.path.insert(0, str(CLIENT_DIR))

from intelliprove_client.api.auth import create_action_token  # noqa: E402
from intelliprove_client.api.regulatory import get_ce_label  # noqa: E402
from intelliprove_client.client import Client  # noqa: E402
from intelliprove_client.pydantic_models import ActionToken, ActionTokenRequest, ActionTokenRequestMeta  # noqa: E402
from intelliprove_client.types import File  # noqa: E402

BASE_URL = "https://engine.intelliprove.test"
API_KEY = "ip-test-key"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, seen: list[httpx.Request]) -> Client:
    return Client(base_url=BASE_URL, api_key=API_KEY, httpx_args={"transport": recording_transport(handler, seen)})


def test_create_action_token_sends_lifetime_and_meta_with_api_key() -> None:
    seen: list[httpx.Request] = []
    client = _client(lambda request: httpx.Response(201, json={"token": "eyJhbGciOiJIUzI1NiJ9.e30.sig"}), seen)
    meta = ActionTokenRequestMeta.model_validate({"session": "kiosk-7"})

    result = create_action_token.sync(client=client, body=ActionTokenRequest(expire_in=3600, meta=meta))

    assert isinstance(result, ActionToken)
    assert result.token == "eyJhbGciOiJIUzI1NiJ9.e30.sig"
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/v1/auth/action-token")
    assert request.headers["x-api-key"] == API_KEY
    assert "Authorization" not in request.headers
    assert json.loads(request.content) == {"expire_in": 3600, "meta": {"session": "kiosk-7"}}


def test_get_ce_label_returns_the_png_bytes() -> None:
    seen: list[httpx.Request] = []
    client = _client(lambda request: httpx.Response(200, content=PNG, headers={"Content-Type": "image/png"}), seen)

    result = get_ce_label.sync(client=client)

    assert isinstance(result, File)
    assert result.payload.read() == PNG
    (request,) = seen
    assert (request.method, request.url.path) == ("GET", "/v1/regulatory/ce-label")
    assert request.headers["x-api-key"] == API_KEY
