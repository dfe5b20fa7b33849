"""Behaviour of generated clients: auth, retries, timeouts, errors, pagination, secret hygiene.

Two small specs are rendered once per session through the real pipeline (``generating.render``) and imported:
the petstore fixture (API key, page pagination, PNG download) and an inline one with every other kind of
security scheme, offset pagination and a multipart upload. Requests go to ``httpx.MockTransport`` handlers,
or to a closed loopback port where a real failed connect matters; time is a fake clock.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import importlib
import io
import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import load_spec
from generator.codegen.generating import render

from .conftest import PETSTORE, REPO

Handler = Callable[[httpx.Request], httpx.Response]
SECRET = "s3cr3t-value-9f2e"
OTHER_SECRET = "other-s3cr3t-4c1d"
NOW = 1_800_000_000.0
BASIC = "Basic " + base64.b64encode(f"ann:{SECRET}".encode()).decode()

AUTHSTORE = """
openapi: 3.1.0
info: {title: Auth Store, version: 2.0.0}
servers: [{url: "https://auth.example.com/api"}]
security: [{OAuth: []}]
paths:
  /things:
    get:
      operationId: list_things
      tags: [things]
      x-pagination: {style: offset, limit: limit, offset: offset, items: results, next: next}
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: offset, in: query, schema: {type: integer}}
      responses:
        "200":
          description: A page.
          content: {application/json: {schema: {$ref: "#/components/schemas/ThingPage"}}}
  /basic:
    get: {operationId: get_basic, tags: [probes], security: [{Basic: []}], responses: &ok {"204": {description: ok}}}
  /bearer: {get: {operationId: get_bearer, tags: [probes], security: [{Bearer: []}], responses: *ok}}
  /query: {get: {operationId: get_query, tags: [probes], security: [{QueryKey: []}], responses: *ok}}
  /cookie: {get: {operationId: get_cookie, tags: [probes], security: [{CookieKey: []}], responses: *ok}}
  /public: {get: {operationId: get_public, tags: [probes], security: [], responses: *ok}}
  /upload:
    post:
      operationId: upload_file
      tags: [probes]
      security: []
      requestBody:
        required: true
        content: {multipart/form-data: {schema: {$ref: "#/components/schemas/Upload"}}}
      responses: *ok
components:
  securitySchemes:
    OAuth:
      type: oauth2
      flows:
        clientCredentials: {tokenUrl: "https://auth.example.com/api/oauth/token", scopes: {read: r, write: w}}
    Basic: {type: http, scheme: basic}
    Bearer: {type: http, scheme: bearer}
    QueryKey: {type: apiKey, in: query, name: api_key}
    CookieKey: {type: apiKey, in: cookie, name: session}
  schemas:
    Thing: {type: object, required: [id], properties: {id: {type: integer}}}
    ThingPage:
      type: object
      required: [count, results]
      properties:
        count: {type: integer}
        next: {type: [string, "null"]}
        previous: {type: [string, "null"]}
        results: {type: array, items: {$ref: "#/components/schemas/Thing"}}
    Upload:
      type: object
      required: [file]
      properties: {file: {type: string, format: binary}, note: {type: string}}
"""


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Both specs rendered into one folder on ``sys.path``."""
    root = tmp_path_factory.mktemp("clients")
    authstore = root / "authstore.yaml"
    authstore.write_text(AUTHSTORE)
    templates = REPO / "templates"
    render(load_spec(PETSTORE), root / "petstore-client", templates)
    render(load_spec(authstore, "authstore"), root / "authstore-client", templates)
    sys.path[:0] = [str(root / "petstore-client"), str(root / "authstore-client")]
    yield root
    sys.path[:] = [p for p in sys.path if not p.startswith(str(root))]
    for name in [m for m in sys.modules if m.split(".")[0] in ("petstore_client", "authstore_client")]:
        del sys.modules[name]


def _module(rendered: Path, name: str) -> Any:
    for submodule in ("pydantic_models", "types"):  # so that ``package.pydantic_models.X`` works in tests
        importlib.import_module(f"{name}.{submodule}")
    module: ModuleType = importlib.import_module(name)
    return module


@pytest.fixture
def pet(rendered: Path) -> Any:
    return _module(rendered, "petstore_client")


@pytest.fixture
def auth(rendered: Path) -> Any:
    return _module(rendered, "authstore_client")


_LAZY_MODELS_PROBE = """
import sys
import petstore_client
loaded = sorted(name for name in sys.modules if name.startswith("petstore_client.pydantic_models"))
import petstore_client.pydantic_models as models
pet = models.NewPet(name="Rex")
try:
    models.Nope
except AttributeError:
    missing = True
print(loaded, "petstore_client.pydantic_models" in sys.modules, "NewPet" in dir(models), missing, type(pet).__name__)
"""


def test_models_are_imported_on_first_use(rendered: Path) -> None:
    # a fresh interpreter: the other tests here have imported models already
    env = {**os.environ, "PYTHONPATH": str(rendered / "petstore-client")}
    probe = subprocess.run([sys.executable, "-c", _LAZY_MODELS_PROBE], env=env, capture_output=True, text=True)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["[]", "True", "True", "True", "NewPet"]


@dataclass
class FakeClock:
    """A clock whose sleeps only advance time, recording each one."""

    now: float = NOW
    sleeps: list[float] = field(default_factory=list)

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class Recorder:
    """A MockTransport handler replaying ``replies`` in order (the last repeats), recording requests."""

    replies: list[httpx.Response | Exception | Handler]
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):  # a fresh copy: httpx binds a response to the client that read it
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)


def make_client(package: Any, handler: Handler, clock: FakeClock | None = None, /, **kwargs: Any) -> Any:
    clock = clock or FakeClock()
    fake = package.Clock(now=clock.time, sleep=clock.sleep, async_sleep=clock.async_sleep, jitter=lambda: 0.0)
    return package.Client(clock=fake, httpx_args={"transport": httpx.MockTransport(handler)}, **kwargs)


def api(package: Any, tag: str, operation: str) -> Any:
    return importlib.import_module(f"{package.__name__}.api.{tag}.{operation}")


def pet_json(pet_id: int = 1) -> dict[str, Any]:
    return {"id": pet_id, "name": "Rex"}


# --- defaults: timeouts, User-Agent, credentials from the environment ---------------------------------------


def test_timeouts_are_on_by_default_and_overridable_per_call(pet: Any) -> None:
    recorder = Recorder([httpx.Response(200, json=pet_json())])
    client = make_client(pet, recorder, api_key=SECRET)
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    get_pet = api(pet, "pets", "get_pet")
    get_pet.sync(1, client=client)
    get_pet.sync(1, client=client, timeout=2.5)
    get_pet.sync(1, client=client.with_options(timeout=httpx.Timeout(9.0, connect=1.0)))
    timeouts = [r.extensions["timeout"] for r in recorder.requests]
    assert timeouts[0] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert timeouts[1] == dict.fromkeys(("connect", "read", "write", "pool"), 2.5)
    assert timeouts[2]["connect"] == 1.0 and timeouts[2]["read"] == 9.0


def test_user_agent_and_credentials_from_the_environment(pet: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETSTORE_API_KEY", SECRET)
    monkeypatch.setenv("PETSTORE_BASE_URL", "https://staging.example.com/v9")
    recorder = Recorder([httpx.Response(200, json=pet_json())])
    api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder))
    (request,) = recorder.requests
    assert request.headers["user-agent"] == "petstore-client/1.0.0"
    assert request.headers["x-api-key"] == SECRET
    assert str(request.url) == "https://staging.example.com/v9/pets/1"


# --- retries ----------------------------------------------------------------------------------------------


def test_retries_5xx_with_exponential_backoff(pet: Any) -> None:
    clock = FakeClock()
    recorder = Recorder([httpx.Response(503), httpx.Response(502), httpx.Response(200, json=pet_json())])
    pet_ = api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder, clock, api_key=SECRET))
    assert pet_.name == "Rex"
    assert len(recorder.requests) == 3
    assert clock.sleeps == [0.5, 1.0]


def test_jitter_shortens_the_backoff_by_at_most_a_quarter(pet: Any) -> None:
    policy = pet.client.RetryPolicy()
    assert [policy.backoff(n, 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.backoff(1, 0.999) == pytest.approx(0.75, abs=0.001)


def test_retry_budget_is_configurable_and_then_the_error_raises(pet: Any) -> None:
    recorder = Recorder([httpx.Response(500, json={"message": "down"})])
    client = make_client(pet, recorder, api_key=SECRET, max_retries=4)
    get_pet = api(pet, "pets", "get_pet")
    with pytest.raises(pet.InternalServerError):
        get_pet.sync(1, client=client)
    assert len(recorder.requests) == 5
    with pytest.raises(pet.InternalServerError):
        get_pet.sync(1, client=client, max_retries=0)
    assert len(recorder.requests) == 6


@pytest.mark.parametrize("status", [408, 409, 429])
def test_retries_408_409_and_429_but_not_other_4xx(pet: Any, status: int) -> None:
    recorder = Recorder([httpx.Response(status), httpx.Response(200, json=pet_json())])
    api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder, api_key=SECRET))
    assert len(recorder.requests) == 2
    assert "x-retry-count" not in recorder.requests[0].headers
    assert recorder.requests[1].headers["x-retry-count"] == "1"
    bad = Recorder([httpx.Response(400), httpx.Response(200, json=pet_json())])
    with pytest.raises(pet.BadRequestError):
        api(pet, "pets", "get_pet").sync(1, client=make_client(pet, bad, api_key=SECRET))
    assert len(bad.requests) == 1


@pytest.mark.parametrize(
    ("status", "verdict", "attempts"),
    [(400, "true", 2), (503, "false", 1), (409, "false", 1), (503, "TRUE", 2)],
)
def test_x_should_retry_overrides_the_status(pet: Any, status: int, verdict: str, attempts: int) -> None:
    recorder = Recorder(
        [httpx.Response(status, headers={"x-should-retry": verdict}), httpx.Response(200, json=pet_json())]
    )
    try:
        api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder, api_key=SECRET))
    except pet.APIStatusError as error:
        assert attempts == 1 and error.status_code == status
    assert len(recorder.requests) == attempts


def test_x_should_retry_true_repeats_even_a_post(pet: Any) -> None:
    recorder = Recorder([httpx.Response(503, headers={"x-should-retry": "true"}), httpx.Response(201, json=pet_json())])
    created = api(pet, "pets", "create_pet").sync(
        client=make_client(pet, recorder, api_key=SECRET), body=pet.pydantic_models.NewPet(name="Rex")
    )
    assert created.id == 1 and len(recorder.requests) == 2
    assert recorder.requests[1].headers["x-retry-count"] == "1"


def test_retry_after_seconds_is_obeyed(pet: Any) -> None:
    clock = FakeClock()
    recorder = Recorder([httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json=pet_json())])
    api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder, clock, api_key=SECRET))
    assert clock.sleeps == [3.0]


def test_retry_after_http_date_is_obeyed(pet: Any) -> None:
    clock = FakeClock()
    when = email.utils.formatdate(NOW + 7, usegmt=True)
    recorder = Recorder([httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=pet_json())])
    api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder, clock, api_key=SECRET))
    assert clock.sleeps == [7.0]


def test_a_retry_after_beyond_patience_raises_at_once(pet: Any) -> None:
    clock = FakeClock()
    recorder = Recorder([httpx.Response(429, headers={"Retry-After": "3600"})])
    with pytest.raises(pet.RateLimitError):
        api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder, clock, api_key=SECRET))
    assert len(recorder.requests) == 1 and clock.sleeps == []


def test_post_is_not_retried_once_sent(pet: Any) -> None:
    create_pet = api(pet, "pets", "create_pet")
    body = pet.pydantic_models.NewPet(name="Rex")
    for failure in (httpx.Response(503), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset")):
        recorder = Recorder([failure, httpx.Response(201, json=pet_json())])
        with pytest.raises((pet.InternalServerError, pet.APIConnectionError)):
            create_pet.sync(client=make_client(pet, recorder, api_key=SECRET), body=body)
        assert len(recorder.requests) == 1, failure


def test_post_is_retried_when_the_connection_failed_before_sending(pet: Any) -> None:
    recorder = Recorder(
        [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.Response(201, json=pet_json())]
    )
    client = make_client(pet, recorder, api_key=SECRET)
    created = api(pet, "pets", "create_pet").sync(client=client, body=pet.pydantic_models.NewPet(name="Rex"))
    assert created.id == 1 and len(recorder.requests) == 3
    assert [json.loads(r.content) for r in recorder.requests] == [{"name": "Rex"}] * 3


def test_post_retries_on_status_when_the_caller_opts_in(pet: Any) -> None:
    recorder = Recorder([httpx.Response(503), httpx.Response(201, json=pet_json())])
    client = make_client(pet, recorder, api_key=SECRET).with_options(retry_non_idempotent=True)
    api(pet, "pets", "create_pet").sync(client=client, body=pet.pydantic_models.NewPet(name="Rex"))
    assert len(recorder.requests) == 2


def test_every_attempt_of_a_retried_post_carries_the_same_idempotency_key(pet: Any) -> None:
    recorder = Recorder([httpx.Response(503), httpx.Response(201, json=pet_json())] * 2)
    client = make_client(pet, recorder, api_key=SECRET).with_options(retry_non_idempotent=True)
    create_pet = api(pet, "pets", "create_pet")
    create_pet.sync(client=client, body=pet.pydantic_models.NewPet(name="Rex"))
    create_pet.sync(client=client, body=pet.pydantic_models.NewPet(name="Rex"))
    keys = [request.headers.get("idempotency-key") for request in recorder.requests]
    assert keys[0] and keys[0] == keys[1] and keys[2] == keys[3] and keys[0] != keys[2]


def test_a_call_can_bring_its_own_idempotency_key_and_the_header_is_configurable(pet: Any) -> None:
    recorder = Recorder([httpx.Response(503), httpx.Response(201, json=pet_json())])
    client = make_client(pet, recorder, api_key=SECRET, retry_non_idempotent=True, idempotency_header="X-Request-Key")
    client.request("POST", "/pets", json={"name": "Rex"}, idempotency_key="order-42")
    assert [request.headers.get("x-request-key") for request in recorder.requests] == ["order-42", "order-42"]
    assert "idempotency-key" not in recorder.requests[0].headers


def test_a_foreign_httpx_client_is_refused_with_how_to_configure_instead(pet: Any) -> None:
    client = make_client(pet, Recorder([]), api_key=SECRET)
    with pytest.raises(pet.errors.ConfigurationError, match="httpx_args"):
        client.set_httpx_client(httpx.Client())
    with pytest.raises(pet.errors.ConfigurationError, match="httpx_args"):
        client.set_async_httpx_client(httpx.AsyncClient())


def test_a_post_that_will_not_be_resent_carries_no_idempotency_key(pet: Any) -> None:
    recorder = Recorder([httpx.Response(201, json=pet_json())])
    api(pet, "pets", "create_pet").sync(
        client=make_client(pet, recorder, api_key=SECRET), body=pet.pydantic_models.NewPet(name="Rex")
    )
    assert "idempotency-key" not in recorder.requests[0].headers


def test_idempotent_requests_retry_read_errors(pet: Any) -> None:
    recorder = Recorder([httpx.ReadError("reset"), httpx.Response(200, json=pet_json())])
    api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder, api_key=SECRET))
    assert len(recorder.requests) == 2


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens once the socket is closed: connecting is refused


def test_a_refused_connection_is_retried_then_raises_connection_error(pet: Any) -> None:
    clock = FakeClock()
    fake = pet.Clock(now=clock.time, sleep=clock.sleep, jitter=lambda: 0.0)
    client = pet.Client(base_url=f"http://127.0.0.1:{_closed_port()}", api_key=SECRET, clock=fake)
    with client, pytest.raises(pet.APIConnectionError) as caught:
        api(pet, "pets", "create_pet").sync(client=client, body=pet.pydantic_models.NewPet(name="Rex"))
    assert clock.sleeps == [0.5, 1.0]  # a POST, yet retried: nothing was sent
    assert not isinstance(caught.value, pet.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_timeouts_raise_api_timeout_error(pet: Any) -> None:
    recorder = Recorder([httpx.ReadTimeout("slow")])
    with pytest.raises(pet.APITimeoutError, match="timed out: GET /v1/pets/1"):
        api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder, api_key=SECRET))
    assert len(recorder.requests) == 3


def test_async_retries_use_the_async_sleep(pet: Any) -> None:
    clock = FakeClock()
    recorder = Recorder([httpx.Response(500), httpx.Response(200, json=pet_json())])

    async def call() -> Any:
        async with make_client(pet, recorder, clock, api_key=SECRET) as client:
            return await api(pet, "pets", "get_pet").asyncio(1, client=client)

    assert asyncio.run(call()).id == 1
    assert clock.sleeps == [0.5]


# --- errors -----------------------------------------------------------------------------------------------

STATUS_ERRORS = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (503, "InternalServerError"),
    (418, "APIStatusError"),
]


@pytest.mark.parametrize(("status", "name"), STATUS_ERRORS)
def test_each_status_maps_to_its_exception(pet: Any, status: int, name: str) -> None:
    reply = httpx.Response(status, json={"message": "no", "detail": 1}, headers={"x-request-id": "req-42"})
    client = make_client(pet, Recorder([reply]), api_key=SECRET, max_retries=0)
    with pytest.raises(pet.APIStatusError) as caught:
        api(pet, "pets", "get_pet").sync(1, client=client)
    error = caught.value
    assert type(error).__name__ == name and isinstance(error, pet.APIError)
    assert error.status_code == status and error.request_id == "req-42"
    assert error.headers["x-request-id"] == "req-42"
    if status in (401, 404):  # documented for get_pet with the Error model: the body is typed
        assert isinstance(error.body, pet.pydantic_models.Error) and error.body.message == "no"
    else:
        assert error.body == {"message": "no", "detail": 1}
    assert str(error) == f"{status} {reply.reason_phrase}: GET /v1/pets/1 (request id req-42)"


def test_error_bodies_that_do_not_parse_are_kept_raw(pet: Any) -> None:
    reply = httpx.Response(404, text="gone", headers={"request-id": "abc"})
    with pytest.raises(pet.NotFoundError) as caught:
        api(pet, "pets", "get_pet").sync(1, client=make_client(pet, Recorder([reply]), api_key=SECRET))
    assert caught.value.body == "gone" and caught.value.request_id == "abc"


def test_detailed_variants_return_error_responses(pet: Any) -> None:
    reply = httpx.Response(404, json={"message": "no such pet"})
    response = api(pet, "pets", "get_pet").sync_detailed(1, client=make_client(pet, Recorder([reply]), api_key=SECRET))
    assert response.status_code == 404
    assert isinstance(response.parsed, pet.pydantic_models.Error)


def test_an_undocumented_success_status_raises(pet: Any) -> None:
    with pytest.raises(pet.UnexpectedStatus):
        api(pet, "pets", "get_pet").sync(1, client=make_client(pet, Recorder([httpx.Response(202)]), api_key=SECRET))


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (520, "InternalServerError"),  # a proxy's: no HTTPStatus member
        (599, "InternalServerError"),
        (418, "APIStatusError"),
        (103, "APIStatusError"),  # an informational status as the final answer
        (304, "APIStatusError"),
        (299, "UnexpectedStatusError"),  # a success the spec does not document
    ],
)
def test_any_status_ends_in_the_error_tree(pet: Any, status: int, kind: str) -> None:
    client = make_client(pet, Recorder([httpx.Response(status, text="odd")] * 3), max_retries=0, api_key=SECRET)
    with pytest.raises(getattr(pet, kind)) as caught:
        api(pet, "pets", "get_pet").sync(1, client=client)
    assert isinstance(caught.value, pet.APIStatusError) and caught.value.status_code == status
    assert pet.UnexpectedStatus is pet.UnexpectedStatusError


@pytest.mark.parametrize("status", [520, 299, 418, 103])
def test_detailed_variants_take_any_status(pet: Any, status: int) -> None:
    client = make_client(pet, Recorder([httpx.Response(status, text="odd")]), max_retries=0, api_key=SECRET)
    response = api(pet, "pets", "get_pet").sync_detailed(1, client=client)
    assert response.status_code == status and response.content == b"odd"
    strict = make_client(
        pet, Recorder([httpx.Response(status)]), max_retries=0, api_key=SECRET, raise_on_unexpected_status=True
    )
    with pytest.raises(pet.UnexpectedStatusError) as caught:
        api(pet, "pets", "get_pet").sync_detailed(1, client=strict)
    assert caught.value.status_code == status


def test_missing_credentials_raise_before_sending(pet: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PETSTORE_API_KEY", raising=False)
    recorder = Recorder([httpx.Response(200, json=pet_json())])
    with pytest.raises(pet.MissingCredentialsError, match="PETSTORE_API_KEY"):
        api(pet, "pets", "get_pet").sync(1, client=make_client(pet, recorder))
    assert recorder.requests == []


# --- pagination -------------------------------------------------------------------------------------------


def _pet_pages(sizes: list[int]) -> Handler:
    def reply(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        first = sum(sizes[: number - 1])
        items = [pet_json(first + i) for i in range(sizes[number - 1] if number <= len(sizes) else 0)]
        return httpx.Response(200, json={"data": items, "page": number})

    return reply


def test_page_pagination_walks_every_page_once(pet: Any) -> None:
    recorder = Recorder([_pet_pages([20, 20, 7])])
    client = make_client(pet, recorder, api_key=SECRET)
    pets = list(api(pet, "pets", "list_pets").iterate(client=client))
    assert [p.id for p in pets] == list(range(47))
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "3"]


def test_page_pagination_stops_on_an_empty_page_and_honours_the_start(pet: Any) -> None:
    recorder = Recorder([_pet_pages([5, 5, 5])])
    client = make_client(pet, recorder, api_key=SECRET)
    pets = list(api(pet, "pets", "list_pets").iterate(client=client, page=2, per_page=5))
    assert len(pets) == 10
    assert [r.url.params["page"] for r in recorder.requests] == ["2", "3", "4"]


def test_async_page_pagination(pet: Any) -> None:
    recorder = Recorder([_pet_pages([20, 3])])

    async def walk() -> list[Any]:
        async with make_client(pet, recorder, api_key=SECRET) as client:
            return [p async for p in api(pet, "pets", "list_pets").aiterate(client=client)]

    assert len(asyncio.run(walk())) == 23
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2"]


def _thing_pages(total: int) -> Handler:
    def reply(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params.get("offset", 0)), int(request.url.params.get("limit", 10))
        following = offset + limit
        link = f"https://auth.example.com/api/things?limit={limit}&offset={following}" if following < total else None
        results = [{"id": i} for i in range(offset, min(following, total))]
        return httpx.Response(200, json={"count": total, "next": link, "previous": None, "results": results})

    return reply


def _token_then(handler: Handler) -> Handler:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/oauth/token":
            return httpx.Response(200, json={"access_token": "tok", "expires_in": 3600})
        return handler(request)

    return reply


def test_offset_pagination_follows_next_links_once_each(auth: Any) -> None:
    recorder = Recorder([_token_then(_thing_pages(25))])
    client = make_client(auth, recorder, client_id="id", client_secret=SECRET)
    things = list(api(auth, "things", "list_things").iterate(client=client, limit=10))
    assert [t.id for t in things] == list(range(25))
    offsets = [r.url.params.get("offset") for r in recorder.requests if r.url.path == "/api/things"]
    assert offsets == ["0", "10", "20"]


def test_async_offset_pagination(auth: Any) -> None:
    recorder = Recorder([_token_then(_thing_pages(12))])

    async def walk() -> list[Any]:
        async with make_client(auth, recorder, client_id="id", client_secret=SECRET) as client:
            return [t async for t in api(auth, "things", "list_things").aiterate(client=client, limit=5, offset=2)]

    assert [t.id for t in asyncio.run(walk())] == list(range(2, 12))


# --- auth schemes -----------------------------------------------------------------------------------------


def test_oauth2_token_is_fetched_once_and_reused(auth: Any) -> None:
    recorder = Recorder([_token_then(_thing_pages(3))])
    client = make_client(auth, recorder, client_id="my-id", client_secret=SECRET)
    list_things = api(auth, "things", "list_things")
    list_things.sync(client=client)
    list_things.sync(client=client)
    token, *calls = recorder.requests
    assert token.method == "POST" and str(token.url) == "https://auth.example.com/api/oauth/token"
    assert dict(httpx.QueryParams(token.content.decode())) == {
        "grant_type": "client_credentials",
        "client_id": "my-id",
        "client_secret": SECRET,
        "scope": "read write",
    }
    assert [c.headers["authorization"] for c in calls] == ["Bearer tok", "Bearer tok"]


def test_oauth2_token_follows_a_custom_base_url(auth: Any) -> None:
    recorder = Recorder([_token_then(_thing_pages(1))])
    client = make_client(
        auth, recorder, client_id="id", client_secret=SECRET, base_url="https://sandbox.example.com/api"
    )
    api(auth, "things", "list_things").sync(client=client)
    assert str(recorder.requests[0].url) == "https://sandbox.example.com/api/oauth/token"


def test_oauth2_token_url_can_be_replaced_by_argument_or_environment(
    auth: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder([_token_then(_thing_pages(1))])
    client = make_client(
        auth, recorder, client_id="id", client_secret=SECRET, token_url="https://idp.example/api/oauth/token"
    )
    api(auth, "things", "list_things").sync(client=client)
    assert str(recorder.requests[0].url) == "https://idp.example/api/oauth/token"
    monkeypatch.setenv("AUTHSTORE_TOKEN_URL", "https://sandbox-idp.example/api/oauth/token")
    recorder = Recorder([_token_then(_thing_pages(1))])
    api(auth, "things", "list_things").sync(client=make_client(auth, recorder, client_id="id", client_secret=SECRET))
    assert str(recorder.requests[0].url) == "https://sandbox-idp.example/api/oauth/token"


def _issuing_tokens(accept: Callable[[str], bool]) -> Handler:
    issued: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/oauth/token":
            issued.append(f"tok{len(issued) + 1}")
            return httpx.Response(200, json={"access_token": issued[-1], "expires_in": 600})
        if not accept(request.headers["authorization"]):
            return httpx.Response(401, json={"message": "expired"})
        return _thing_pages(1)(request)

    return reply


def test_oauth2_token_is_refreshed_after_expiry(auth: Any) -> None:
    clock = FakeClock()
    recorder = Recorder([_issuing_tokens(lambda header: True)])
    client = make_client(auth, recorder, clock, client_id="id", client_secret=SECRET)
    list_things = api(auth, "things", "list_things")
    list_things.sync(client=client)
    clock.now += 500  # before expiry (600 s, renewed 30 s early)
    list_things.sync(client=client)
    clock.now += 100
    list_things.sync(client=client)
    paths = [r.url.path for r in recorder.requests]
    assert paths == ["/api/oauth/token", "/api/things", "/api/things", "/api/oauth/token", "/api/things"]
    assert recorder.requests[-1].headers["authorization"] == "Bearer tok2"


def test_oauth2_token_is_refreshed_once_after_a_401(auth: Any) -> None:
    recorder = Recorder([_issuing_tokens(lambda header: header != "Bearer tok1")])
    client = make_client(auth, recorder, client_id="id", client_secret=SECRET)
    api(auth, "things", "list_things").sync(client=client)
    paths = [r.url.path for r in recorder.requests]
    assert paths == ["/api/oauth/token", "/api/things", "/api/oauth/token", "/api/things"]

    rejecting = Recorder([_issuing_tokens(lambda header: False)])
    client = make_client(auth, rejecting, client_id="id", client_secret=SECRET)
    with pytest.raises(auth.AuthenticationError):
        api(auth, "things", "list_things").sync(client=client)
    assert len(rejecting.requests) == 4  # token, call, new token, call: no loop


def test_a_failing_token_endpoint_raises_its_status_error(auth: Any) -> None:
    recorder = Recorder([httpx.Response(401, json={"error": "invalid_client"})])
    client = make_client(auth, recorder, client_id="id", client_secret=SECRET)
    with pytest.raises(auth.AuthenticationError) as caught:
        api(auth, "things", "list_things").sync(client=client)
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("operation", "credentials", "check"),
    [
        ("get_basic", {"username": "ann", "password": SECRET}, lambda r: r.headers["authorization"] == BASIC),
        ("get_bearer", {"token": SECRET}, lambda r: r.headers["authorization"] == f"Bearer {SECRET}"),
        (
            "get_bearer",
            {"token": SECRET, "token_prefix": "JWT"},
            lambda r: r.headers["authorization"] == f"JWT {SECRET}",
        ),
        ("get_query", {"api_key": SECRET}, lambda r: r.url.params["api_key"] == SECRET),
        ("get_cookie", {"api_key": SECRET}, lambda r: r.headers["cookie"] == f"session={SECRET}"),
        (
            "get_public",
            {"api_key": SECRET, "token": SECRET},
            lambda r: "authorization" not in r.headers and "api_key" not in r.url.params,
        ),
    ],
)
def test_each_scheme_puts_credentials_where_the_spec_says(
    auth: Any, operation: str, credentials: dict[str, str], check: Callable[[httpx.Request], bool]
) -> None:
    recorder = Recorder([httpx.Response(204)])
    assert api(auth, "probes", operation).sync(client=make_client(auth, recorder, **credentials)) is None
    assert check(recorder.requests[0])


def test_multipart_upload_sends_the_file(auth: Any) -> None:
    recorder = Recorder([httpx.Response(204)])
    upload = auth.types.File(payload=io.BytesIO(b"PNG-bytes"), file_name="a.png", mime_type="image/png")
    body = auth.pydantic_models.Upload(file=upload, note="hi")
    api(auth, "probes", "upload_file").sync(client=make_client(auth, recorder), body=body)
    (request,) = recorder.requests
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'filename="a.png"' in request.content and b"PNG-bytes" in request.content and b"hi" in request.content


def test_binary_download_returns_the_bytes(pet: Any) -> None:
    recorder = Recorder([httpx.Response(200, content=b"\x89PNG\r\n", headers={"content-type": "image/png"})])
    photo = api(pet, "pets", "get_pet_photo").sync(1, client=make_client(pet, recorder, api_key=SECRET))
    assert photo.payload.read() == b"\x89PNG\r\n"


# --- lifecycle and secret hygiene -------------------------------------------------------------------------


def test_context_managers_close_the_httpx_clients(pet: Any) -> None:
    client = make_client(pet, Recorder([httpx.Response(200, json=pet_json())]), api_key=SECRET)
    with client:
        inner = client.get_httpx_client()
        api(pet, "pets", "get_pet").sync(1, client=client)
    assert inner.is_closed

    async def use() -> httpx.AsyncClient:
        async with client:
            inner: httpx.AsyncClient = client.get_async_httpx_client()
            await api(pet, "pets", "get_pet").asyncio(1, client=client)
            return inner

    assert asyncio.run(use()).is_closed


def test_secrets_stay_out_of_reprs_logs_and_messages(auth: Any, pet: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder([httpx.Response(500, json={"message": "boom"})])
    extra = {"X-Api-Key": SECRET}  # a credential the caller put in a plain header is redacted too
    client = make_client(auth, recorder, api_key=SECRET, token=OTHER_SECRET, password=SECRET, headers=extra)
    with pytest.raises(auth.InternalServerError) as status_error:
        api(auth, "probes", "get_query").sync(client=client)
    with pytest.raises(auth.APIConnectionError) as connection_error:
        api(auth, "probes", "get_bearer").sync(
            client=make_client(auth, Recorder([httpx.ConnectError("x")]), token=OTHER_SECRET)
        )
    pet_client = make_client(pet, Recorder([httpx.Response(200, json=pet_json())]), api_key=SECRET)
    api(pet, "pets", "get_pet").sync(1, client=pet_client)
    shown = [repr(client), repr(pet_client), repr(client._pipeline._auth), repr(client._pipeline._auth._credentials)]
    shown += [str(status_error.value), str(connection_error.value), caplog.text]
    shown += [repr(record.args) for record in caplog.records]
    assert "Request: GET https://auth.example.com/api/query" in caplog.text  # the request was logged ...
    assert "Retrying GET /api/query" in caplog.text
    assert "[redacted]" in caplog.text
    for text in shown:  # ... but never a credential
        assert SECRET not in text and OTHER_SECRET not in text
    assert recorder.requests[0].url.params["api_key"] == SECRET  # it was sent, though


def test_readme_documents_the_environment(rendered: Path) -> None:
    readme = (rendered / "authstore-client" / "README.md").read_text()
    for variable in ("AUTHSTORE_BASE_URL", "AUTHSTORE_API_KEY", "AUTHSTORE_TOKEN", "AUTHSTORE_USERNAME"):
        assert variable in readme
    assert "AUTHSTORE_CLIENT_ID" in readme and "AUTHSTORE_CLIENT_SECRET" in readme
    assert "`client.things.list` (offset pagination)" in readme


# --- typed usage of the real generated clients -------------------------------------------------------------


@pytest.mark.slow
def test_usage_examples_are_mypy_strict_clean(tmp_path: Path) -> None:
    examples = sorted((REPO / "examples").glob("*_usage.py"))
    assert len(examples) == 5
    clients = [str(REPO / "generated" / f"{e.name.removesuffix('_usage.py')}-client") for e in examples]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *map(str, examples)],
        env={**os.environ, "MYPYPATH": os.pathsep.join(clients)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
