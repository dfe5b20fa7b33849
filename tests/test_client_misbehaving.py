"""The committed clients against real loopback servers that misbehave on purpose.

Two scripted servers run for the whole module: ``api`` (the client's base URL) and ``elsewhere`` (another
port, so another origin). Each test scripts their answers and reads what they received, raw path and
headers included. Regression tests for issue 17's security and correctness bugs, retries and OAuth2.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.responses import JSONResponse, RedirectResponse, Response

from .scripted_servers import (
    PROJECT,
    Script,
    Seen,
    Servers,
    client_module,
    clients_on_path,
    no_sleep_client,
    scripted_servers,
)

SECRET = "s3cr3t-misbehaving-7e1a"


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    with scripted_servers() as running:
        yield running


@pytest.fixture(scope="module", autouse=True)
def _clients_on_path() -> Iterator[None]:
    with clients_on_path():
        yield


def token_or(then: Script) -> Script:
    """Answer mdintegrations' token endpoint with a token, anything else with ``then``."""

    def script(seen: Seen) -> Response:
        if seen.raw_path.endswith(b"/v1/hubspot/auth"):
            return JSONResponse({"access_token": "issued-token", "token_type": "Bearer", "expires_in": 3600})
        return then(seen)

    return script


# --- credentials never follow a redirect to another origin -------------------------------------------------

CREDENTIALS = {
    "intelliprove-api-key": ("intelliprove", {"api_key": SECRET}, (("ApiKeyAuth",),)),
    "intelliprove-bearer": ("intelliprove", {"token": SECRET}, (("BearerAuth",),)),
    "innovatrics-basic": ("innovatrics", {"username": "ann", "password": SECRET}, (("BasicAuth",),)),
    "mdintegrations-oauth2": ("mdintegrations", {"client_id": "id", "client_secret": SECRET}, (("OAuth2",),)),
}


@pytest.mark.parametrize("case", sorted(CREDENTIALS))
def test_credentials_do_not_follow_a_redirect_to_another_host(servers: Servers, case: str) -> None:
    api, credentials, security = CREDENTIALS[case]
    servers.api.reset(token_or(lambda seen: RedirectResponse(servers.elsewhere_url + "/landing", status_code=302)))
    servers.elsewhere.reset(lambda seen: JSONResponse({}))
    extra = {"X-Api-Key": SECRET, "Cookie": f"session={SECRET}"}  # secrets the caller put in plain headers
    client = no_sleep_client(api, servers.api_url, follow_redirects=True, headers=extra, **credentials)
    with client:
        assert client.request("GET", "/start", security=security).status_code == 200
    (arrived,) = servers.elsewhere.seen
    assert arrived.raw_path == b"/landing"
    assert not any(SECRET in value or "issued-token" in value for value in arrived.headers.values())
    assert "authorization" not in arrived.headers
    signed = servers.api.seen[-1]  # ... while the API itself did get them
    assert any(SECRET in value or "issued-token" in value for value in signed.headers.values())


def test_credentials_follow_a_redirect_within_the_api(servers: Servers) -> None:
    def script(seen: Seen) -> Response:
        return RedirectResponse("/moved", status_code=302) if seen.raw_path == b"/start" else JSONResponse({})

    servers.api.reset(script)
    with no_sleep_client("intelliprove", servers.api_url, follow_redirects=True, api_key=SECRET) as client:
        client.request("GET", "/start", security=(("ApiKeyAuth",),))
    assert [seen.headers.get("x-api-key") for seen in servers.api.seen] == [SECRET, SECRET]


# --- path parameters stay in their segment ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "raw_path"),
    [
        ("..", b"/api/v2/%2E%2E/pet/list"),
        (".", b"/api/v2/%2E/pet/list"),
        ("a/../b", b"/api/v2/a%2F..%2Fb/pet/list"),
        ("x?y#z", b"/api/v2/x%3Fy%23z/pet/list"),
    ],
)
def test_path_parameters_are_one_encoded_segment(servers: Servers, value: str, raw_path: bytes) -> None:
    servers.api.reset(lambda seen: JSONResponse(_pets_example()))
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    with no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET) as client:
        list_pets.sync(value, client=client, email="a@example.com")
    assert servers.api.seen[-1].raw_path == raw_path


def test_an_empty_path_parameter_is_refused_before_sending(servers: Servers) -> None:
    servers.api.reset(lambda seen: JSONResponse({}))
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    client = no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET)
    with client, pytest.raises(ValueError, match="app_name"):
        list_pets.sync("", client=client, email="a@example.com")
    assert servers.api.seen == []


# --- pagination against a server that ignores the page asked for ----------------------------------------


def test_page_iteration_sends_the_switch_and_stops_on_a_repeated_page(servers: Servers) -> None:
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    example = _pets_example()
    servers.api.reset(lambda seen: JSONResponse(example))  # the same page, whatever ``page`` says
    with no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET) as client:
        pets = list(list_pets.iterate("petcube", client=client, email="a@example.com"))
    assert len(pets) == len(example["data"]["list"])
    assert len(servers.api.seen) == 2  # the second page equalled the first: stop
    assert all("pagination=1" in seen.query for seen in servers.api.seen)
    assert ["page=1" in servers.api.seen[0].query, "page=2" in servers.api.seen[1].query] == [True, True]


def test_body_page_iteration_sends_the_switch_in_the_body(servers: Servers) -> None:
    list_users = client_module("itmedicalvet", "api.reports.list_web_app_users")
    page = {"success": True, "status_code": 200, "message": [], "data": [_user(1), _user(2)]}
    servers.api.reset(lambda seen: JSONResponse(page))

    async def walk() -> list[Any]:
        async with no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET) as client:
            return [user async for user in list_users.aiterate("petcube", client=client)]

    assert len(asyncio.run(walk())) == 2
    bodies = [json.loads(seen.body) for seen in servers.api.seen]
    assert [(body["pagination"], body["page"]) for body in bodies] == [(1, 1), (1, 2)]


def _pets_example() -> dict[str, Any]:
    example: dict[str, Any] = PROJECT.load("itmedicalvet").document["paths"]["/api/v2/{app_name}/pet/list"]["get"][
        "responses"
    ]["200"]["content"]["application/json"]["examples"]["doc_example"]["value"]
    return example


def _user(number: int) -> dict[str, Any]:
    schema = PROJECT.load("itmedicalvet").document["components"]["schemas"]["WebAppUser"]
    user = {name: None for name in schema.get("required", [])}
    return {**user, "first_name": f"u{number}", "email": f"u{number}@example.com"}


# --- bodies that are not what the spec says ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "pointer", "reason"),
    [
        (b"", "", "empty body"),
        (b"<html>upstream down</html>", "", "not valid JSON"),
        (json.dumps({"success": True, "status_code": 200, "message": []}).encode(), "/data", "missing required field"),
    ],
)
def test_a_bad_success_body_raises_a_typed_validation_error(
    servers: Servers, content: bytes, pointer: str, reason: str
) -> None:
    package = client_module("itmedicalvet")
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    servers.api.reset(lambda seen: Response(content, status_code=200, media_type="application/json"))
    with no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET) as client:
        for call in (list_pets.sync, list_pets.sync_detailed):
            with pytest.raises(package.APIResponseValidationError) as caught:
                call("petcube", client=client, email="a@example.com")
            error = caught.value
            assert (error.status_code, error.body, error.pointer, error.reason) == (200, content, pointer, reason)
            assert isinstance(error, package.APIError)


def test_the_pointer_names_a_nested_missing_field(servers: Servers) -> None:
    package = client_module("itmedicalvet")
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    body = _pets_example()
    required = PROJECT.load("itmedicalvet").document["components"]["schemas"]["Pet"]["required"]
    del body["data"]["list"][0][required[0]]
    servers.api.reset(lambda seen: JSONResponse(body))
    client = no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET)
    with client, pytest.raises(package.APIResponseValidationError) as caught:
        list_pets.sync("petcube", client=client, email="a@example.com")
    assert caught.value.pointer == f"/data/list/0/{required[0]}"


def test_detailed_returns_an_html_error_page(servers: Servers) -> None:
    package = client_module("itmedicalvet")
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    servers.api.reset(lambda seen: Response(b"<html>Bad gateway</html>", status_code=404, media_type="text/html"))
    with no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET, max_retries=0) as client:
        response = list_pets.sync_detailed("petcube", client=client, email="a@example.com")
        assert (response.status_code, response.parsed, response.content) == (404, None, b"<html>Bad gateway</html>")
        with pytest.raises(package.NotFoundError) as caught:
            list_pets.sync("petcube", client=client, email="a@example.com")
    assert caught.value.body == "<html>Bad gateway</html>"


# --- headers, configuration ---------------------------------------------------------------------------------


def test_accept_names_what_the_operation_produces(servers: Servers) -> None:
    servers.api.reset(lambda seen: JSONResponse(_pets_example()))
    list_pets = client_module("itmedicalvet", "api.pets.list_pets")
    with no_sleep_client("itmedicalvet", servers.api_url, username="u", password=SECRET) as client:
        list_pets.sync("petcube", client=client, email="a@example.com")
    assert servers.api.seen[0].headers["accept"] == "application/json"


@pytest.mark.parametrize("base_url", [None, "/", "ftp://example.com"])
def test_a_missing_base_url_is_a_configuration_error(base_url: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROVIDER_BASE_URL", raising=False)
    package = client_module("provider")
    with pytest.raises(package.ConfigurationError, match="PROVIDER_BASE_URL"):
        package.Client(base_url=base_url)


def test_retried_requests_carry_the_retry_count(servers: Servers) -> None:
    answers = iter([Response(status_code=409), Response(status_code=503), JSONResponse({})])
    servers.api.reset(lambda seen: next(answers))
    with no_sleep_client("intelliprove", servers.api_url, api_key=SECRET) as client:
        assert client.request("GET", "/x", security=(("ApiKeyAuth",),)).status_code == 200
    assert [seen.headers.get("x-retry-count") for seen in servers.api.seen] == [None, "1", "2"]


# --- OAuth2: one token fetch for many first calls; the token endpoint retried -------------------------------

OAUTH = (("OAuth2",),)


def _counting_tokens(servers: Servers) -> None:
    servers.api.reset(token_or(lambda seen: JSONResponse({})))
    servers.api.delay = 0.05  # slow token endpoint: every caller arrives while the first fetch is in flight


def _token_requests(servers: Servers) -> int:
    return sum(seen.raw_path.endswith(b"/v1/hubspot/auth") for seen in servers.api.seen)


def test_concurrent_threads_share_one_token_fetch(servers: Servers) -> None:
    _counting_tokens(servers)
    with no_sleep_client("mdintegrations", servers.api_url, client_id="id", client_secret=SECRET) as client:
        barrier = threading.Barrier(8)

        def call() -> int:
            barrier.wait()
            status: int = client.request("GET", "/x", security=OAUTH).status_code
            return status

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
    assert _token_requests(servers) == 1
    calls = [seen for seen in servers.api.seen if seen.raw_path == b"/x"]
    assert len(calls) == 8 and {seen.headers["authorization"] for seen in calls} == {"Bearer issued-token"}


def test_concurrent_tasks_share_one_token_fetch(servers: Servers) -> None:
    _counting_tokens(servers)

    async def calls() -> list[int]:
        async with no_sleep_client("mdintegrations", servers.api_url, client_id="id", client_secret=SECRET) as c:
            responses = await asyncio.gather(*(c.arequest("GET", "/x", security=OAUTH) for _ in range(8)))
        return [response.status_code for response in responses]

    started = time.perf_counter()
    assert asyncio.run(calls()) == [200] * 8
    assert _token_requests(servers) == 1
    assert time.perf_counter() - started < 5


def test_a_failed_token_fetch_fails_every_waiting_call(servers: Servers) -> None:
    servers.api.reset(lambda seen: JSONResponse({"error": "invalid_client"}, status_code=401))
    servers.api.delay = 0.05
    package = client_module("mdintegrations")

    async def calls() -> list[BaseException | httpx.Response]:
        async with no_sleep_client("mdintegrations", servers.api_url, client_id="id", client_secret=SECRET) as c:
            outcomes: list[BaseException | httpx.Response] = await asyncio.gather(
                *(c.arequest("GET", "/x", security=OAUTH) for _ in range(4)), return_exceptions=True
            )
        return outcomes

    outcomes = asyncio.run(calls())
    assert all(isinstance(outcome, package.AuthenticationError) for outcome in outcomes)
    assert _token_requests(servers) == 1 and all(SECRET not in str(outcome) for outcome in outcomes)


def test_token_endpoint_5xx_is_retried(servers: Servers) -> None:
    answers = iter([Response(status_code=503), Response(status_code=502)])

    def script(seen: Seen) -> Response:
        if seen.raw_path.endswith(b"/v1/hubspot/auth"):
            return next(answers, JSONResponse({"access_token": "issued-token", "expires_in": 60}))
        return JSONResponse({})

    servers.api.reset(script)
    with no_sleep_client("mdintegrations", servers.api_url, client_id="id", client_secret=SECRET) as client:
        assert client.request("GET", "/x", security=OAUTH).status_code == 200
    assert [seen.raw_path for seen in servers.api.seen].count(b"/v1/hubspot/auth") == 3
    assert servers.api.seen[-1].headers["authorization"] == "Bearer issued-token"


class _RefusingOnce(httpx.HTTPTransport):
    """A real transport whose first token request fails to connect."""

    refused = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v1/hubspot/auth") and not self.refused:
            self.refused = True
            raise httpx.ConnectError("refused", request=request)
        return super().handle_request(request)


def test_token_endpoint_connection_errors_are_retried(servers: Servers) -> None:
    servers.api.reset(token_or(lambda seen: JSONResponse({})))
    transport = _RefusingOnce()
    client = no_sleep_client(
        "mdintegrations", servers.api_url, client_id="id", client_secret=SECRET, httpx_args={"transport": transport}
    )
    with client:
        assert client.request("GET", "/x", security=OAUTH).status_code == 200
    assert transport.refused and _token_requests(servers) == 1


# --- webhooks -------------------------------------------------------------------------------------------------

WEBHOOK_SECRET = "whsec-misbehaving-1"


def _signed(body: bytes, secret: str = WEBHOOK_SECRET) -> dict[str, str]:
    return {"Signature": hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()}


def _webhook_examples() -> list[tuple[str, bytes]]:
    spec = PROJECT.load("mdintegrations")
    found = []
    for name, item in spec.document["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        example = next(iter(media["examples"].values()))["value"]
        found.append((name, json.dumps(example).encode()))
    return found


def test_every_webhook_unwraps_to_its_typed_event() -> None:
    webhooks = client_module("mdintegrations", "webhooks")
    examples = _webhook_examples()
    assert len(examples) == 6
    for name, body in examples:
        event = webhooks.unwrap(body, _signed(body), secret=WEBHOOK_SECRET)
        assert type(event) is webhooks.EVENTS[name].__self__  # the model of that event_type
        assert str(event.event_type) == name
        assert webhooks.unwrap(body, {"signature": _signed(body)["Signature"].upper()}, WEBHOOK_SECRET) == event


@pytest.mark.parametrize(
    ("headers", "body", "message"),
    [
        ({}, None, "no Signature header"),
        ({"Signature": "0" * 64}, None, "does not match"),
        (_signed(b"{}", "other-secret"), b"{}", "does not match"),
        ("tampered", None, "does not match"),
        (_signed(b'{"event_type": "case_exploded"}'), b'{"event_type": "case_exploded"}', "Unknown webhook event"),
        (_signed(b"not json"), b"not json", "not JSON"),
        (_signed(b'{"event_type": "case_waiting"}'), b'{"event_type": "case_waiting"}', "not what the spec"),
    ],
)
def test_webhooks_refuse_what_they_cannot_trust(headers: Any, body: bytes | None, message: str) -> None:
    webhooks = client_module("mdintegrations", "webhooks")
    package = client_module("mdintegrations")
    genuine = _webhook_examples()[0][1]
    if headers == "tampered":
        headers, body = _signed(genuine), genuine.replace(b"case", b"CASE", 1)
    with pytest.raises(package.errors.WebhookVerificationError, match=message) as caught:
        webhooks.unwrap(body if body is not None else genuine, headers, secret=WEBHOOK_SECRET)
    assert WEBHOOK_SECRET not in str(caught.value)
