"""The corpus's client probe: install, import, then a call that must reach the server and get a documented 2xx.

One test per way the probe can fail, each against a server scripted to fail that way, and the success case
against the spec's own mock.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.codegen.generating import render
from generator.jobs._client_probe import NO_PATH_OPERATION, NOTHING_CALLABLE, install, probe
from generator.jobs.corpus import run_spec
from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.spec.loading import Spec, load_spec

from .conftest import PETSTORE, REPO

Scope = MutableMapping[str, Any]
KEY = {"PETSTORE_API_KEY": MockCredentials().api_key}

POST_ONLY = """
openapi: 3.1.0
info: {title: Post Only, version: '1'}
servers: [{url: 'https://post.example.com'}]
paths:
  /messages:
    post:
      operationId: send_message
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, required: [text], properties: {text: {type: string}}}
      responses:
        '201': {description: sent}
"""
# Only a binary body: the probe sends the bytes of a value of its schema, in the client's File.
UPLOAD_ONLY = """
openapi: 3.1.0
info: {title: Upload Only, version: '1'}
servers: [{url: 'https://upload.example.com'}]
paths:
  /files:
    post:
      operationId: upload_file
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: string, contentEncoding: base64}
      responses:
        '201': {description: stored}
"""
# A body no value of its schema fits (minimum above maximum): nothing the probe can build, so nothing is callable.
UNSATISFIABLE = """
openapi: 3.1.0
info: {title: Unsatisfiable, version: '1'}
servers: [{url: 'https://unsatisfiable.example.com'}]
paths:
  /counts:
    post:
      operationId: add_count
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [count]
              properties: {count: {type: integer, minimum: 10, maximum: 5}}
      responses:
        '201': {description: added}
"""


def _installed(spec: Spec, folder: Path) -> Path:
    render(spec, folder / "project", REPO / "templates")
    site = folder / "site"
    assert install(folder / "project", site) is None
    return site


@pytest.fixture(scope="module")
def petstore() -> Spec:
    return load_spec(PETSTORE, "petstore")


@pytest.fixture(scope="module")
def site(petstore: Spec, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _installed(petstore, tmp_path_factory.mktemp("petstore"))


def _answering(status: int, body: Any = None) -> Callable[..., Awaitable[None]]:
    """A server that answers every request with ``status`` and a JSON ``body``."""

    async def app(scope: Scope, receive: Any, send: Any) -> None:
        payload = json.dumps(body if body is not None else {"detail": "scripted"}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    return app


def test_install_stage_fails_when_the_client_is_not_there(petstore: Spec, tmp_path: Path) -> None:
    probed = probe(petstore, tmp_path, None, {})
    assert probed.stage == "install" and probed.error and "petstore_client" in probed.error


def test_import_stage_fails_when_a_module_raises(petstore: Spec, tmp_path: Path) -> None:
    (tmp_path / "petstore_client").mkdir()
    (tmp_path / "petstore_client" / "__init__.py").write_text("raise RuntimeError('broken at import')\n")
    probed = probe(petstore, tmp_path, None, {})
    assert probed.stage == "install" and probed.error == "RuntimeError: broken at import"


def test_import_alone_passes(petstore: Spec, site: Path) -> None:
    assert probe(petstore, site, None, {}) == type(probe(petstore, site, None, {}))("import")


def test_call_stage_fails_on_a_server_error(petstore: Spec, site: Path) -> None:
    with serve_on_loopback(_answering(500)) as origin:
        probed = probe(petstore, site, origin + "/v1", KEY)
    assert probed.stage == "import" and probed.status == 500
    assert probed.error and "answered 500" in probed.error and "no documented 2xx" in probed.error


def test_call_stage_fails_on_an_undocumented_2xx(petstore: Spec, site: Path) -> None:
    with serve_on_loopback(_answering(203, {"data": [], "page": 1})) as origin:
        probed = probe(petstore, site, origin + "/v1", KEY)
    assert probed.stage == "import" and probed.status == 203
    assert probed.error and "does not document" in probed.error


# A client whose operation answers 2xx but hands back no body, where the spec documents JSON (an operation left
# untyped by the generator would do this): the call reached the server, but nothing typed came back.
_UNTYPED_CLIENT = {
    "__init__.py": "class Client:\n    def __enter__(self): return self\n    def __exit__(self, *a): pass\n",
    "list_pets.py": """\
import os, types, httpx
def _get_kwargs(): return {"method": "get", "url": "/pets"}
def sync_detailed(*, client):
    answer = httpx.get(os.environ["PETSTORE_BASE_URL"] + "/pets")
    return types.SimpleNamespace(status_code=answer.status_code, parsed=None)
""",
}


def test_call_stage_fails_when_a_documented_json_2xx_comes_back_untyped(petstore: Spec, tmp_path: Path) -> None:
    package = tmp_path / "petstore_client"
    package.mkdir()
    for name, text in _UNTYPED_CLIENT.items():
        (package / name).write_text(text)
    with serve_on_loopback(_answering(200, {"data": [], "page": 1})) as origin:
        probed = probe(petstore, tmp_path, origin + "/v1", KEY)
    assert probed.stage == "import" and probed.status == 200
    assert probed.error and "no typed body" in probed.error


def test_call_stage_fails_when_the_call_raises(petstore: Spec, site: Path) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    probed = probe(petstore, site, f"http://127.0.0.1:{port}/v1", KEY)
    assert probed.stage == "import" and probed.status is None
    assert probed.error and "raised" in probed.error and probed.attempts


def test_call_stage_fails_when_no_request_reached_the_server(petstore: Spec, site: Path) -> None:
    with serve_on_loopback(_answering(200, {"data": [], "page": 1})) as origin:
        probed = probe(petstore, site, origin + "/v1", KEY, reached=lambda: 0)
    assert probed.stage == "import" and probed.error and "no request reached the server" in probed.error


def test_call_stage_fails_when_no_operation_has_arguments_the_probe_can_build(tmp_path: Path) -> None:
    (tmp_path / "unsatisfiable.yaml").write_text(UNSATISFIABLE)
    spec = load_spec(tmp_path / "unsatisfiable.yaml")
    site = _installed(spec, tmp_path)
    with serve_on_loopback(_answering(201)) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.stage == "import" and not probed.callable and not probed.attempts
    assert probed.error == f"{NOTHING_CALLABLE} (first: POST /counts, whose body no value of its schema builds)"


# Adyen publishes its notifications as specs of webhooks only: there is nothing for a client to call.
WEBHOOKS_ONLY = """
openapi: 3.1.0
info: {title: Transfer Webhooks, version: '1'}
webhooks:
  transfer.created:
    post:
      operationId: transfer_created
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {id: {type: string}}}
      responses:
        '200': {description: received}
"""


def test_call_stage_says_when_a_spec_has_webhooks_and_no_path_operation(tmp_path: Path) -> None:
    (tmp_path / "webhooks.yaml").write_text(WEBHOOKS_ONLY)
    spec = load_spec(tmp_path / "webhooks.yaml")
    site = _installed(spec, tmp_path)
    with serve_on_loopback(_answering(200)) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.stage == "import" and not probed.callable
    assert probed.error == f"{NO_PATH_OPERATION} (webhooks only: 1)"


def test_call_stage_passes_with_a_documented_2xx_from_the_mock(petstore: Spec, site: Path) -> None:
    requests = []

    app = create_app(petstore, credentials=MockCredentials())

    async def counted(scope: Scope, receive: Any, send: Any) -> None:
        requests.append(scope.get("path"))
        await app(scope, receive, send)

    with serve_on_loopback(counted) as origin:
        probed = probe(petstore, site, origin + "/v1", KEY, reached=lambda: len(requests))
    assert probed.error is None and probed.stage == "call" and probed.status == 200
    assert requests and all(path.startswith("/v1/pets") for path in requests)


@pytest.mark.slow
def test_a_post_only_spec_is_clean_only_when_its_call_succeeded(tmp_path: Path) -> None:
    (tmp_path / "post_only.yaml").write_text(POST_ONLY)
    (tmp_path / "upload_only.yaml").write_text(UPLOAD_ONLY)
    (tmp_path / "unsatisfiable.yaml").write_text(UNSATISFIABLE)
    posted = run_spec(tmp_path / "post_only.yaml", REPO / "templates", max_examples=2)
    assert posted.clean and posted.called and posted.call_status == 201, posted.reason
    uploaded = run_spec(tmp_path / "upload_only.yaml", REPO / "templates", max_examples=2)
    assert uploaded.clean and uploaded.called and uploaded.call_status == 201, uploaded.reason
    unbuilt = run_spec(tmp_path / "unsatisfiable.yaml", REPO / "templates", max_examples=2)
    assert not unbuilt.clean and unbuilt.verdict == "no-call" and not unbuilt.callable
    assert unbuilt.reason and NOTHING_CALLABLE in unbuilt.reason


def _recording(status: int, seen: list[tuple[str, str, bytes]]) -> Callable[..., Awaitable[None]]:
    """A server that answers every request with ``status`` and keeps (method, Content-Type, body) of each."""
    answer = _answering(status)

    async def app(scope: Scope, receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        content_type = dict(scope["headers"]).get(b"content-type", b"").decode()
        seen.append((scope["method"], content_type, body))
        await answer(scope, receive, send)

    return app


def _post_only(media_type: str, schema: dict[str, Any], status: str = "202") -> str:
    """One POST whose required body is ``schema`` under ``media_type`` (a header parameter beside it, as in Open
    Banking's event notifications, which take a JWT)."""
    header = {"name": "x-fapi-financial-id", "in": "header", "required": True, "schema": {"type": "string"}}
    operation = {
        "operationId": "send_event",
        "parameters": [header],
        "requestBody": {"required": True, "content": {media_type: {"schema": schema}}},
        "responses": {status: {"description": "accepted"}, "422": {"description": "invalid"}},
    }
    info = {"title": "Events", "version": "1"}
    document = {"openapi": "3.0.3", "info": info, "servers": [{"url": "https://e.example.com"}]}
    return json.dumps({**document, "paths": {"/events": {"post": operation}}})


def _probed_against_the_mock(text: str, tmp_path: Path) -> Any:
    (tmp_path / "events.json").write_text(text)
    spec = load_spec(tmp_path / "events.json", "events")
    site = _installed(spec, tmp_path)
    with serve_on_loopback(create_app(spec)) as origin:
        return probe(spec, site, origin, {})


@pytest.mark.parametrize(
    ("media_type", "schema"),
    [
        ("application/jwt", {"type": "string", "format": "base64"}),  # Open Banking: the client's File
        ("text/plain", {"type": "string", "pattern": "^EV-[0-9]{4}$"}),  # a plain "1" breaks the pattern
        ("application/xml", {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}),
    ],
)
def test_a_post_only_spec_is_called_with_a_body_built_from_its_schema(
    media_type: str, schema: dict[str, Any], tmp_path: Path
) -> None:
    probed = _probed_against_the_mock(_post_only(media_type, schema), tmp_path)
    assert probed.stage == "call" and probed.error is None, (probed.error, probed.attempts)
    assert [(a.method, a.url, a.status) for a in probed.attempts] == [("post", "/events", 202)]


def test_a_binary_body_is_sent_as_the_bytes_of_its_schemas_value(tmp_path: Path) -> None:
    (tmp_path / "upload_only.yaml").write_text(UPLOAD_ONLY)
    spec = load_spec(tmp_path / "upload_only.yaml")
    site = _installed(spec, tmp_path)
    seen: list[tuple[str, str, bytes]] = []
    with serve_on_loopback(_recording(201, seen)) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.stage == "call" and probed.status == 201, probed.error
    (method, content_type, body), *_ = seen
    assert (method, content_type) == ("POST", "application/octet-stream") and body


def test_a_post_only_call_the_server_refuses_is_a_failed_call_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "post_only.yaml").write_text(POST_ONLY)
    spec = load_spec(tmp_path / "post_only.yaml")
    site = _installed(spec, tmp_path)
    seen: list[tuple[str, str, bytes]] = []
    with serve_on_loopback(_recording(422, seen)) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.stage == "import" and probed.callable and probed.status == 422
    assert probed.error == "no documented 2xx in 1 call(s); last: POST /messages answered 422"
    (_, content_type, body), *_ = seen
    assert content_type == "application/json" and set(json.loads(body)) == {"text"}


# A required query object (a model in the client, sent as its fields, or as filter[field] in style deepObject): its
# value comes from its schema, as a body's does.
STRUCTURED_QUERY = """
openapi: 3.0.3
info: {title: Filtered, version: '1'}
servers: [{url: 'https://filtered.example.com'}]
paths:
  /reports:
    get:
      operationId: list_reports
      parameters:
        - name: filter
          in: query
          required: true
          style: form
          schema:
            type: object
            required: [since]
            properties: {since: {type: string, format: date}, kind: {type: string, enum: [daily, weekly]}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
        '422': {description: invalid}
"""


@pytest.mark.parametrize("style", ["form", "deepObject"])
def test_a_structured_parameter_is_built_from_its_schemas_value(style: str, tmp_path: Path) -> None:
    (tmp_path / "filtered.yaml").write_text(STRUCTURED_QUERY.replace("style: form", f"style: {style}"))
    spec = load_spec(tmp_path / "filtered.yaml")
    site = _installed(spec, tmp_path)
    with serve_on_loopback(create_app(spec)) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.stage == "call" and probed.status == 200, (probed.error, probed.attempts)


def test_operations_that_need_no_body_are_still_tried_first(tmp_path: Path) -> None:
    document = yaml.safe_load(POST_ONLY)
    document["paths"]["/zebras"] = {"get": {"operationId": "z_list", "responses": {"200": {"description": "ok"}}}}
    (tmp_path / "mixed.yaml").write_text(yaml.safe_dump(document))
    spec = load_spec(tmp_path / "mixed.yaml")
    site = _installed(spec, tmp_path)
    seen: list[tuple[str, str, bytes]] = []
    with serve_on_loopback(_recording(404, seen)) as origin:
        probed = probe(spec, site, origin, {})
    assert [(a.method, a.url) for a in probed.attempts] == [("get", "/zebras"), ("post", "/messages")]


def _patterned_paths_first() -> str:
    """Five GETs whose path parameter "1" cannot match, named to sort before the one GET that needs nothing."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    sid = {"name": "sid", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^VA[0-9a-f]{32}$"}}
    paths: dict[str, Any] = {
        f"/a{n}/{{sid}}": {"get": {"operationId": f"a_fetch_{n}", "parameters": [sid], "responses": ok}}
        for n in range(6)
    }
    paths["/z"] = {"get": {"operationId": "z_list", "responses": ok}}
    info = {"title": "Patterned", "version": "1"}
    return json.dumps({"openapi": "3.1.0", "info": info, "servers": [{"url": "https://p.example.com"}], "paths": paths})


def test_the_call_tries_operations_without_arguments_first(tmp_path: Path) -> None:
    (tmp_path / "patterned.json").write_text(_patterned_paths_first())
    spec = load_spec(tmp_path / "patterned.json", "patterned")
    site = _installed(spec, tmp_path)
    with serve_on_loopback(create_app(spec, credentials=MockCredentials())) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.error is None and probed.stage == "call"
    assert [a.url.rsplit("/", 1)[-1] for a in probed.attempts] == ["z"]


# Azure's subscription ids: "1" is refused (422) wherever a path parameter has a pattern or a format.
PATTERNED = """
openapi: 3.0.3
info: {title: Patterned, version: '1'}
servers: [{url: 'https://patterned.example.com'}]
paths:
  /subscriptions/{subscriptionId}/owners/{owner}/days/{day}/alerts:
    get:
      operationId: list_alerts
      parameters:
        - name: subscriptionId
          in: path
          required: true
          schema: {type: string, pattern: '^[0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$'}
        - {name: day, in: path, required: true, schema: {type: string, format: date}}
        - {name: owner, in: path, required: true, schema: {type: string, format: uuid}}
        - {name: api-version, in: query, required: true, schema: {type: string, minLength: 10}}
        - {name: top, in: query, required: true, schema: {type: integer, minimum: 5}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
        '422': {description: invalid}
"""


def test_required_parameters_get_values_their_schemas_accept(tmp_path: Path) -> None:
    (tmp_path / "patterned.yaml").write_text(PATTERNED)
    spec = load_spec(tmp_path / "patterned.yaml")
    site = _installed(spec, tmp_path)
    with serve_on_loopback(create_app(spec)) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.stage == "call" and probed.status == 200, (probed.error, probed.attempts)
    (attempt,) = probed.attempts
    # the 200 says the query values passed too: "1" breaks top's minimum and api-version's minLength
    owner = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"  # typed uuid.UUID, date: parsed
    expected = f"/subscriptions/0{{8}}(-0{{4}}){{3}}-0{{12}}/owners/{owner}/days/2024-01-01/alerts"
    assert re.fullmatch(expected, attempt.url), attempt.url


# GoDaddy's aftermarket API: a required array of strings in the query, and a body that is an array of objects.
LISTS = """
openapi: 3.0.3
info: {title: Lists, version: '1'}
servers: [{url: 'https://lists.example.com'}]
paths:
  /listings:
    delete:
      operationId: remove_listings
      parameters:
        - {name: domains, in: query, required: true, style: form, explode: false,
           schema: {type: array, items: {type: string, pattern: '^[a-z]+[.]com$'}}}
      responses:
        '200': {description: removed}
        '422': {description: invalid}
  /listings/expiry:
    post:
      operationId: add_expiry_listings
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: array
              items: {type: object, required: [domain], properties: {domain: {type: string}}}
      responses:
        '200': {description: added}
        '422': {description: invalid}
"""


@pytest.mark.parametrize(("kept", "method"), [("/listings", "delete"), ("/listings/expiry", "post")])
def test_list_parameters_and_array_bodies_are_called_with_values_the_mock_accepts(
    kept: str, method: str, tmp_path: Path
) -> None:
    document = yaml.safe_load(LISTS)
    document["paths"] = {kept: document["paths"][kept]}
    (tmp_path / "lists.yaml").write_text(yaml.safe_dump(document))
    spec = load_spec(tmp_path / "lists.yaml")
    site = _installed(spec, tmp_path)
    with serve_on_loopback(create_app(spec)) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.stage == "call" and probed.callable, (probed.error, probed.attempts)
    assert [(a.method, a.status) for a in probed.attempts] == [(method, 200)]


# dodo.ac (Nookipedia): every operation requires an X-API-KEY header of format uuid, which the client types
# uuid.UUID: a keyword argument of a parsed type takes the schema's value, parsed.
UUID_HEADER = """
openapi: 3.0.0
info: {title: Keyed, version: '1'}
servers: [{url: 'https://keyed.example.com'}]
paths:
  /villagers:
    get:
      operationId: list_villagers
      parameters:
        - {name: X-API-KEY, in: header, required: true, schema: {type: string, format: uuid}}
        - {name: since, in: query, required: true, schema: {type: string, format: date}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
        '422': {description: invalid}
"""


def test_a_required_keyword_argument_of_a_parsed_type_gets_its_schemas_value(tmp_path: Path) -> None:
    (tmp_path / "keyed.yaml").write_text(UUID_HEADER)
    spec = load_spec(tmp_path / "keyed.yaml")
    site = _installed(spec, tmp_path)
    with serve_on_loopback(create_app(spec)) as origin:
        probed = probe(spec, site, origin, {})
    assert probed.stage == "call" and probed.status == 200, (probed.error, probed.attempts)
