"""Raw responses, streamed downloads and page objects of the committed clients, against loopback servers.

Issue 17's "what the best SDKs have": ``sync_raw``/``asyncio_raw`` (the exchange beside the parsed value),
``stream``/``astream`` for binary responses (chunks, never the whole body in memory) with the file name
and media type from the headers, and ``first_page`` / ``afirst_page`` page objects.
"""

from __future__ import annotations

import asyncio
import copy
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from starlette.responses import JSONResponse, Response, StreamingResponse

from .scripted_servers import PROJECT, Seen, Servers, client_module, clients_on_path, no_sleep_client, scripted_servers

SECRET = "s3cr3t-surface-5c2d"
EMAIL = "a@example.com"


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    with scripted_servers() as running:
        yield running


@pytest.fixture(scope="module", autouse=True)
def _clients_on_path() -> Iterator[None]:
    with clients_on_path():
        yield


def _vet(servers: Servers, **kwargs: Any) -> Any:
    return no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET, **kwargs)


def _pets_page(names: list[str]) -> dict[str, Any]:
    """itmedicalvet's documented pet list, with one pet per name."""
    example: dict[str, Any] = PROJECT.load("itmedicalvet").document["paths"]["/api/v2/{app_name}/pet/list"]["get"][
        "responses"
    ]["200"]["content"]["application/json"]["examples"]["doc_example"]["value"]
    page = copy.deepcopy(example)
    pet = page["data"]["list"][0]
    page["data"]["list"] = [{**pet, "id": number, "name": name} for number, name in enumerate(names)]
    return page


# --- raw responses ------------------------------------------------------------------------------------------


def test_raw_response_carries_the_exchange_retries_and_parsed_value(servers: Servers) -> None:
    answers = iter([Response(status_code=503), Response(status_code=409)])
    servers.api.reset(lambda seen: next(answers, JSONResponse(_pets_page(["rex"]), headers={"x-request-id": "r-1"})))
    servers.api.delay = 0.05
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    with _vet(servers) as client:
        raw = list_pets.sync_raw("petcube", client=client, email=EMAIL)
    assert (raw.status_code, raw.retries_taken, raw.headers["x-request-id"]) == (200, 2, "r-1")
    assert raw.elapsed.total_seconds() >= 0.15  # three attempts of 50 ms each
    assert raw.request.url.path == "/api/v2/petcube/pet/list" and "email=a%40example.com" in str(raw.request.url)
    assert "authorization" not in raw.request.headers  # credentials went on a copy ...
    assert servers.api.seen[-1].headers["authorization"].startswith("Basic ")  # ... which the server got
    pets = raw.parse()
    assert [pet.name for pet in pets.data.list_] == ["rex"] and raw.parse() is pets
    assert SECRET not in repr(raw)


def test_raw_response_of_an_error_returns_and_parse_raises(servers: Servers) -> None:
    package = client_module("itmedicalvet")
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    servers.api.reset(lambda seen: JSONResponse({"detail": "gone"}, status_code=404))
    with _vet(servers) as client:
        raw = list_pets.sync_raw("petcube", client=client, email=EMAIL)
    assert (raw.status_code, raw.retries_taken, raw.content) == (404, 0, b'{"detail":"gone"}')
    with pytest.raises(package.NotFoundError):
        raw.parse()


def test_async_raw_response(servers: Servers) -> None:
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    answers = iter([Response(status_code=502)])
    servers.api.reset(lambda seen: next(answers, JSONResponse(_pets_page(["a", "b"]))))

    async def call() -> Any:
        async with _vet(servers) as client:
            return await list_pets.asyncio_raw("petcube", client=client, email=EMAIL)

    raw = asyncio.run(call())
    assert (raw.status_code, raw.retries_taken, len(raw.parse().data.list_)) == (200, 1, 2)


# --- streamed downloads --------------------------------------------------------------------------------------

LICENSE = bytes(range(256)) * 4096  # 1 MiB
DISPOSITION = "attachment; filename=\"fallback.lic\"; filename*=UTF-8''r%C3%A9sum%C3%A9.lic"


def _license(seen: Seen) -> Response:
    headers = {"Content-Disposition": DISPOSITION}
    return Response(LICENSE, media_type="application/octet-stream; charset=binary", headers=headers)


def _innovatrics(servers: Servers) -> Any:
    return no_sleep_client("innovatrics", servers.api_url, username="ann", password=SECRET)


def test_a_download_streams_to_a_file_named_by_the_server(servers: Servers, tmp_path: Path) -> None:
    servers.api.reset(_license)
    download_license = client_module("innovatrics", "api.license_details.download_license")
    with _innovatrics(servers) as client, download_license.stream(7, client=client) as download:
        assert (download.file_name, download.mime_type) == ("résumé.lic", "application/octet-stream")
        assert download.content_length == len(LICENSE) and download.retries_taken == 0
        written = download.write_to_file(tmp_path / str(download.file_name))
    assert written == len(LICENSE) and (tmp_path / "résumé.lic").read_bytes() == LICENSE
    assert servers.api.seen[-1].raw_path == b"/api/license-detail/download/7"


def test_the_whole_file_is_named_too(servers: Servers) -> None:
    servers.api.reset(_license)
    download_license = client_module("innovatrics", "api.license_details.download_license")
    with _innovatrics(servers) as client:
        file = download_license.sync(7, client=client)
    assert (file.file_name, file.mime_type, file.payload.read()) == ("résumé.lic", "application/octet-stream", LICENSE)


def test_a_download_arrives_while_the_server_is_still_sending(servers: Servers) -> None:
    """The first chunk reaches the caller before the server sends the rest: nothing waits for the whole body."""
    reader_has_first_chunk = threading.Event()
    server_waited: list[bool] = []

    async def body() -> AsyncIterator[bytes]:
        yield b"first chunk;"
        server_waited.append(await asyncio.to_thread(reader_has_first_chunk.wait, 5))
        yield b"the rest"

    servers.api.reset(lambda seen: StreamingResponse(body(), media_type="application/octet-stream"))
    download_license = client_module("innovatrics", "api.license_details.download_license")
    with _innovatrics(servers) as client, download_license.stream(7, client=client) as download:
        chunks = download.iter_bytes()
        first = next(chunks)
        reader_has_first_chunk.set()
        rest = b"".join(chunks)
    assert (first, rest, server_waited) == (b"first chunk;", b"the rest", [True])
    assert download.file_name is None  # no Content-Disposition


@pytest.mark.parametrize(
    ("disposition", "name"),
    [
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="C:\\\\Windows\\\\evil.exe"', "evil.exe"),
        ('attachment; filename=".."', None),
        ("inline", None),
    ],
)
def test_a_hostile_file_name_loses_its_directories(servers: Servers, disposition: str, name: str | None) -> None:
    servers.api.reset(
        lambda seen: Response(b"x", media_type="text/plain", headers={"Content-Disposition": disposition})
    )
    download_license = client_module("innovatrics", "api.license_details.download_license")
    with _innovatrics(servers) as client, download_license.stream(7, client=client) as download:
        assert (download.file_name, download.read().payload.read()) == (name, b"x")


def test_a_download_error_raises_typed_and_releases_the_connection(servers: Servers) -> None:
    package = client_module("innovatrics")
    servers.api.reset(lambda seen: Response("no such license", status_code=403, media_type="text/plain"))
    download_license = client_module("innovatrics", "api.license_details.download_license")
    with _innovatrics(servers) as client:
        with pytest.raises(package.PermissionDeniedError) as caught, download_license.stream(7, client=client):
            pytest.fail("an error status must not open a download")
        assert caught.value.body == "no such license"
        pool = client.get_httpx_client()._transport._inner._pool
        assert all(not connection.is_closed() and connection.is_idle() for connection in pool.connections)


def test_async_download_writes_to_a_file(servers: Servers, tmp_path: Path) -> None:
    servers.api.reset(_license)
    download_license = client_module("innovatrics", "api.license_details.download_license")

    async def fetch() -> tuple[str | None, int]:
        async with _innovatrics(servers) as client, download_license.astream(7, client=client) as download:
            return download.file_name, await download.write_to_file(tmp_path / "license.bin")

    assert asyncio.run(fetch()) == ("résumé.lic", len(LICENSE))
    assert (tmp_path / "license.bin").read_bytes() == LICENSE


# --- page objects ----------------------------------------------------------------------------------------------

PETS = ["a", "b", "c", "d", "e"]


def _paging(seen: Seen) -> Response:
    """Pets ``PETS`` two per page, as the page asked for (``page``, ``perPage``)."""
    query = parse_qs(seen.query)
    number, size = int(query["page"][0]), int(query["perPage"][0])
    return JSONResponse(_pets_page(PETS[(number - 1) * size : number * size]))


def test_pages_walk_one_at_a_time(servers: Servers) -> None:
    servers.api.reset(_paging)
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    with _vet(servers) as client:
        first = list_pets.first_page("petcube", client=client, email=EMAIL, per_page=2)
        assert (first.at, [pet.name for pet in first.items], first.has_next_page()) == (1, ["a", "b"], True)
        assert first.page.success is True  # the parsed body, as sync() returns it
        assert len(servers.api.seen) == 1  # one page fetched, no more
        second = first.next_page()
        assert second is not None and [pet.name for pet in second.items] == ["c", "d"]
        pages = list(first.iter_pages())
        assert [page.at for page in pages] == [1, 2, 3]
        assert pages[-1].has_next_page() is False and pages[-1].next_page() is None
        assert [pet.name for pet in first] == PETS  # iterating a page: its items, then every following page's
    assert all("pagination=1" in seen.query for seen in servers.api.seen)


def test_a_page_repeated_by_the_server_is_not_a_next_page(servers: Servers) -> None:
    servers.api.reset(lambda seen: JSONResponse(_pets_page(["same", "pets"])))  # whatever ``page`` says
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    with _vet(servers) as client:
        first = list_pets.first_page("petcube", client=client, email=EMAIL)
        assert first.has_next_page()  # a full page: it may have a successor ...
        assert first.next_page() is None  # ... but the server sent this one again
        assert len(list(first.iter_pages())) == 1


def _providers(seen: Seen) -> Response:
    """Providers 0..4, ``limit`` at a time from ``offset``, with Django REST framework's ``next`` links."""
    query = parse_qs(seen.query)
    offset, limit = int(query.get("offset", ["0"])[0]), int(query["limit"][0])
    results = [
        {"id": number, "name": f"p{number}", "queue": "q", "version": "1", "acronym": "P", "image": "i"}
        for number in range(offset, min(offset + limit, 5))
    ]
    following = offset + limit
    link = f"http://testserver/api/v2/provider/?limit={limit}&offset={following}" if following < 5 else None
    return JSONResponse({"count": 5, "next": link, "previous": None, "results": results})


def test_async_offset_pages(servers: Servers) -> None:
    servers.api.reset(_providers)
    list_providers = client_module("provider", "api.providers.list_providers")

    async def walk() -> list[tuple[int, list[str]]]:
        async with no_sleep_client("provider", servers.api_url, token=SECRET) as client:
            first = await list_providers.afirst_page(client=client, limit=2)
            following = await first.next_page()
            assert following is not None and following.at == 2
            return [(page.at, [p.name for p in page.items]) async for page in first.iter_pages()]

    assert asyncio.run(walk()) == [(0, ["p0", "p1"]), (2, ["p2", "p3"]), (4, ["p4"])]
