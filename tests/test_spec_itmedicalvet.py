"""Acceptance tests of specs/itmedicalvet.yaml through the generated itmedicalvet client (issue 4).

An ``httpx.MockTransport`` records each request: the tests check the app-scoped paths, the Basic credentials,
the JSON and query parameters, and that the pet image goes out as a ``profile`` part of a multipart form.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import io
import json
import sys
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx

from .conftest import recording_transport

REPO = Path(__file__).resolve().parents[1]
CLIENT_DIR = REPO / "generated" / "itmedicalvet-client"
if str(CLIENT_DIR) not in sys.path:
    sys.path.insert(0, str(CLIENT_DIR))

from itmedicalvet_client.api.pets import add_pet, list_pets, update_pet  # noqa: E402
from itmedicalvet_client.client import Client  # noqa: E402
from itmedicalvet_client.pydantic_models import (  # noqa: E402
    AddPetRequest,
    AddPetResponse,
    ListPetsPagination,
    ListPetsResponse,
    UpdatePetMultipartRequest,
    UpdatePetResponse,
)
from itmedicalvet_client.types import File  # noqa: E402

BASE_URL = "https://vet.test"
APP = "petcube"
OWNER = "owner@example.com"
USERNAME, PASSWORD = "partner-id", "partner:secret"  # a colon in the password must survive
CREDENTIALS = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # binary on purpose: every byte value must survive

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, seen: list[httpx.Request]) -> Client:
    return Client(
        base_url=BASE_URL,
        username=USERNAME,
        password=PASSWORD,
        httpx_args={"transport": recording_transport(handler, seen)},
    )


def _envelope(message: str, data: Any) -> dict[str, Any]:
    return {"success": True, "status_code": 200, "message": [message], "data": data}


def _pet(pet_id: int, name: str) -> dict[str, Any]:
    return {"id": pet_id, "user_id": 3572, "app_id": 5, "name": name, "weight": "10 lbs", "profile": None,
            "veterians": None, "insurnaces": None, "pet_veterians": [], "pet_insurnaces": []}  # fmt: skip


def _form_parts(request: httpx.Request) -> dict[str, EmailMessage]:
    raw = b"Content-Type: " + request.headers["Content-Type"].encode() + b"\r\n\r\n" + request.content
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    assert isinstance(message, EmailMessage) and message.is_multipart()
    parts: dict[str, EmailMessage] = {}
    for part in message.iter_parts():
        assert isinstance(part, EmailMessage)
        parts[str(part.get_param("name", header="content-disposition"))] = part
    return parts


def test_add_pet_posts_json_with_basic_auth() -> None:
    seen: list[httpx.Request] = []
    reply = _envelope("Pet Added", {"email": OWNER, "pet": _pet(2087, "milo")})
    client = _client(lambda request: httpx.Response(200, json=reply), seen)
    body = AddPetRequest(email=OWNER, name="milo", age="2 years 2 months", weight="10 lbs", species="cat")

    result = add_pet.sync(APP, client=client, body=body)

    assert isinstance(result, AddPetResponse)
    assert result.success is True and result.message == ["Pet Added"]
    assert result.data.pet.id == 2087 and result.data.pet.pet_veterians == []
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", f"/api/v2/{APP}/pet/add")
    assert request.headers["Authorization"] == f"Basic {CREDENTIALS}"
    assert json.loads(request.content) == {
        "email": OWNER,
        "name": "milo",
        "age": "2 years 2 months",
        "weight": "10 lbs",
        "species": "cat",
    }


def test_list_pets_sends_email_and_page_query() -> None:
    seen: list[httpx.Request] = []
    reply = _envelope("pet list", {"list": [_pet(2086, "TestDog"), _pet(2087, "milo")]})
    client = _client(lambda request: httpx.Response(200, json=reply), seen)

    result = list_pets.sync(APP, client=client, email=OWNER, pagination=ListPetsPagination.VALUE_1, page=2, per_page=8)

    assert isinstance(result, ListPetsResponse)
    assert [pet.name for pet in result.data.list_] == ["TestDog", "milo"]
    (request,) = seen
    assert (request.method, request.url.path) == ("GET", f"/api/v2/{APP}/pet/list")
    assert parse_qs(request.url.query.decode()) == {
        "email": [OWNER],
        "pagination": ["1"],
        "page": ["2"],
        "perPage": ["8"],
    }
    assert request.headers["Authorization"] == f"Basic {CREDENTIALS}"


def test_update_pet_uploads_profile_image_as_multipart() -> None:
    seen: list[httpx.Request] = []
    reply = _envelope("Pet Updated", {"pet": {**_pet(2087, "milo"), "profile": "pets/2087.png"}})
    client = _client(lambda request: httpx.Response(200, json=reply), seen)
    image = File(payload=io.BytesIO(PNG), file_name="milo.png", mime_type="image/png")
    body = UpdatePetMultipartRequest(email=OWNER, pet_id=2087, profile=image, pet_name_="milo", pet_weight_="11 lbs")

    result = update_pet.sync(APP, client=client, body=body)

    assert isinstance(result, UpdatePetResponse)
    assert result.data.pet.profile == "pets/2087.png"
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", f"/api/v2/{APP}/pet/update")
    assert request.headers["Authorization"] == f"Basic {CREDENTIALS}"
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    parts = _form_parts(request)
    assert set(parts) == {"email", "pet_id", "profile", "pet[name]", "pet[weight]"}
    profile = parts["profile"]
    assert (profile.get_filename(), profile.get_content_type()) == ("milo.png", "image/png")
    assert profile.get_payload(decode=True) == PNG
    fields = {name: part.get_payload(decode=True) for name, part in parts.items() if name != "profile"}
    assert fields == {"email": OWNER.encode(), "pet_id": b"2087", "pet[name]": b"milo", "pet[weight]": b"11 lbs"}
