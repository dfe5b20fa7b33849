"""Acceptance tests of specs/innovatrics.yaml through the generated innovatrics client (issue 2).

An ``httpx.MockTransport`` records each request: the tests check the Flask-style paths, Basic credentials,
the generate-license query (``expiration_date`` as YYYY-MM-DD), the licence file download as bytes and the
plain-text error messages.
"""

from __future__ import annotations

import base64
import datetime
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs

import httpx

from .conftest import recording_transport

REPO = Path(__file__).resolve().parents[1]
CLIENT_DIR = REPO / "generated" / "innovatrics-client"
if str(CLIENT_DIR) not in sys.path:
    sys.path.insert(0, str(CLIENT_DIR))

from innovatrics_client.api.license_details import download_license  # noqa: E402
from innovatrics_client.api.licenses import generate_license  # noqa: E402
from innovatrics_client.client import Client  # noqa: E402
from innovatrics_client.types import File  # noqa: E402

BASE_URL = "https://portal.innovatrics.test"
USERNAME, PASSWORD = "customer@example.com", "portal-password"
CREDENTIALS = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
LICENSE_FILE = b"-----BEGIN LICENSE-----\n\x00\x01\xfe\xff\n-----END LICENSE-----\n"

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, seen: list[httpx.Request]) -> Client:
    return Client(
        base_url=BASE_URL,
        username=USERNAME,
        password=PASSWORD,
        httpx_args={"transport": recording_transport(handler, seen)},
    )


def test_generate_license_sends_hwid_date_and_note_as_query() -> None:
    seen: list[httpx.Request] = []
    client = _client(lambda request: httpx.Response(200, json={"id": 42, "hwid": "HW-1"}), seen)

    result = generate_license.sync(
        12, client=client, hwid="HW-1", expiration_date=datetime.date(2027, 12, 31), note="lab workstation"
    )

    assert result == {"id": 42, "hwid": "HW-1"}
    (request,) = seen
    assert (request.method, request.url.path) == ("GET", "/api/license/generate/12")
    assert parse_qs(request.url.query.decode()) == {
        "hwid": ["HW-1"],
        "expiration_date": ["2027-12-31"],
        "note": ["lab workstation"],
    }
    assert request.headers["Authorization"] == f"Basic {CREDENTIALS}"


def test_download_license_returns_the_file_bytes() -> None:
    seen: list[httpx.Request] = []
    reply = httpx.Response(200, content=LICENSE_FILE, headers={"Content-Type": "application/octet-stream"})
    client = _client(lambda request: reply, seen)

    result = download_license.sync(42, client=client)

    assert isinstance(result, File)
    assert result.payload.read() == LICENSE_FILE
    (request,) = seen
    assert (request.method, request.url.path) == ("GET", "/api/license-detail/download/42")
    assert request.headers["Authorization"] == f"Basic {CREDENTIALS}"


def test_download_license_of_someone_else_returns_the_documented_message() -> None:
    message = "You cannot download licenses you don't have!"
    client = _client(lambda request: httpx.Response(403, text=message), [])

    response = download_license.sync_detailed(43, client=client)

    assert (response.status_code, response.parsed) == (403, message)
