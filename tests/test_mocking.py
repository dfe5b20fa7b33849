"""The mock engine on small inline specs: one behaviour per test, driven in-process via httpx.ASGITransport."""

from __future__ import annotations

import asyncio
import base64
import json
import random
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator

import generator.mocking
from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.mocking._docs import downgrade_for_swagger_ui
from generator.mocking._generation import Generator, sample_pattern
from generator.mocking._protocol import HEAD_LIMIT
from generator.mocking._responses import Prefer
from generator.mocking._routing import Router
from generator.mocking._state import LruStore
from generator.spec.loading import Spec, load_spec
from generator.spec.schemas import Schemas

WIDGETS = """
openapi: 3.1.0
info: {title: Widgets, version: 1.0.0}
servers: [{url: "https://{host}/api/{version}", variables: {host: {default: x.test}, version: {default: v2}}}]
security: [{KeyInQuery: []}, {Basic: []}]
paths:
  /widgets:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 50}}
        - {name: tags, in: query, schema: {type: array, items: {type: string, enum: [a, b]}}}
        - {name: X-Trace, in: header, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Widget"}}
    post:
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: "#/components/schemas/Widget"}}
          application/x-www-form-urlencoded: {schema: {$ref: "#/components/schemas/Widget"}}
          multipart/form-data:
            schema:
              type: object
              required: [name, picture]
              properties:
                name: {type: string}
                size: {type: integer}
                picture: {type: string, format: binary}
      responses:
        "201":
          description: created
          content:
            application/json: {schema: {$ref: "#/components/schemas/Widget"}}
        "422":
          description: invalid
          content:
            application/json:
              schema:
                type: object
                required: [error]
                properties: {error: {type: object, properties: {message: {type: string}}}}
  /widgets/mine:
    get:
      security: []
      responses:
        "200": {description: "static wins over /widgets/{widget_id}", content: {text/plain: {schema: {type: string}}}}
  /widgets/{widget_id}:
    parameters: [{name: widget_id, in: path, required: true, schema: {type: integer, minimum: 1}}]
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
              examples:
                small: {value: {id: 1, name: small, size: 1}}
                big: {value: {id: 2, name: big, size: 99}}
        "404": {description: gone}
    patch:
      requestBody:
        content: {application/json: {schema: {type: object, properties: {size: {type: integer}}}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}}}}
    delete:
      security: [{Cookie: []}]
      responses:
        "204": {description: deleted}
        "403": {description: forbidden}
  /secure:
    get:
      security: [{OAuth: []}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
        "5XX":
          description: broken
          content:
            application/json: {schema: {type: object, required: [oops], properties: {oops: {type: boolean}}}}
components:
  securitySchemes:
    KeyInQuery: {type: apiKey, in: query, name: key}
    Cookie: {type: apiKey, in: cookie, name: session}
    Basic: {type: http, scheme: basic}
    OAuth: {type: oauth2, flows: {clientCredentials: {tokenUrl: /oauth/token, scopes: {}}}}
  schemas:
    Widget:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, readOnly: true, minimum: 1}
        name: {type: string, minLength: 1, maxLength: 10}
        size: {type: integer, minimum: 0, maximum: 100}
        color: {type: string, enum: [red, green], default: green}
        made: {type: string, format: date-time}
        code: {type: string, pattern: "^[A-Z]{3}-[0-9]{2}$"}
"""

KEY = {"key": MockCredentials().api_key}
TRACE = {"X-Trace": "6e54313e-2e7e-4716-b343-169441b5388c"}


def make_spec(tmp_path: Path, text: str = WIDGETS) -> Spec:
    path = tmp_path / "widgets.yaml"
    path.write_text(text)
    return load_spec(path)


class Client:
    def __init__(self, spec: Spec, **options: Any) -> None:
        self.app = create_app(spec, **{"raise_errors": True, **options})
        self._loop = asyncio.new_event_loop()
        transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=options.get("raise_errors", True))
        self._client = httpx.AsyncClient(transport=transport, base_url="http://mock/api/v2")

    def __getattr__(self, method: str) -> Any:
        def call(url: str, **kwargs: Any) -> httpx.Response:
            return self._loop.run_until_complete(self._client.request(method.upper(), url, **kwargs))

        return call

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


@pytest.fixture
def spec(tmp_path: Path) -> Spec:
    return make_spec(tmp_path)


@pytest.fixture
def client(spec: Spec) -> Iterator[Client]:
    mock = Client(spec)
    yield mock
    mock.close()


def test_public_surface_is_pinned() -> None:
    assert sorted(generator.mocking.__all__) == generator.mocking.__all__
    assert all(hasattr(generator.mocking, name) for name in generator.mocking.__all__)


def test_credentials_repr_hides_secrets() -> None:
    creds = MockCredentials(api_key="k-123", bearer_token="t-456", basic_password="p-789", client_secret="s-000")
    text = repr(creds)
    assert all(secret not in text for secret in ("k-123", "t-456", "p-789", "s-000"))
    assert "basic_user='mock-user'" in text and "client_id='mock-client-id'" in text
    assert MockCredentials() == MockCredentials()


def test_base_path_uses_server_variable_defaults(spec: Spec) -> None:
    assert spec.base_path == "/api/v2"


def test_router_prefers_static_and_specific_paths() -> None:
    router = Router("/v1", {"/a/{x}": "param", "/a/mine": "static", "/a/{x}/b": "deeper", "/a/{x}/{y}": "two"})
    assert router.match("/v1/a/mine") == ("static", {})
    assert router.match("/v1/a/7") == ("param", {"x": "7"})
    assert router.match("/v1/a/7/b") == ("deeper", {"x": "7"})
    assert router.match("/v1/a/7/c") == ("two", {"x": "7", "y": "c"})
    assert router.match("/a/7") is None


def test_router_handles_mixed_segments_backtracking_and_many_paths() -> None:
    paths: dict[str, object] = {f"/r{i}/{{id}}/items/{{item}}": i for i in range(2000)}
    paths.update({"/files/{name}.json": "json", "/files/{name}": "file", "/a/{x}/b/c": "long", "/a/mine/{y}": "mine"})
    router = Router("", paths)
    assert router.match("/r1999/5/items/6") == (1999, {"id": "5", "item": "6"})
    assert router.match("/files/report.json") == ("json", {"name": "report"})
    assert router.match("/files/report.csv") == ("file", {"name": "report.csv"})
    assert router.match("/a/mine/b/c") == ("long", {"x": "mine"})  # the literal branch fails deeper: backtrack
    assert router.match("/a/mine/7") == ("mine", {"y": "7"})
    assert router.match("/r1/5/items") is None and router.match("/r1/5/items/6/7") is None


def test_security_api_key_in_query_or_basic(client: Client) -> None:
    missing = client.get("/widgets", headers=TRACE)
    assert missing.status_code == 401
    assert 'ApiKey realm="mock", in="query", name="key"' in missing.headers["www-authenticate"]
    assert "Basic" in missing.headers["www-authenticate"]
    assert missing.headers["content-type"] == "application/problem+json"
    assert client.get("/widgets", params={"key": "nope"}, headers=TRACE).status_code == 401
    assert client.get("/widgets", params=KEY, headers=TRACE).status_code == 200
    basic = base64.b64encode(b"mock-user:mock-password").decode()
    assert client.get("/widgets", headers={**TRACE, "Authorization": f"Basic {basic}"}).status_code == 200
    assert client.get("/widgets", headers={**TRACE, "Authorization": "Basic !!"}).status_code == 401
    assert client.get("/widgets/mine").status_code == 200  # security: []


def test_wrong_credentials_give_403_when_only_403_is_declared(client: Client) -> None:
    assert client.delete("/widgets/3").status_code == 401  # missing: always 401
    assert client.delete("/widgets/3", headers={"cookie": "session=bad"}).status_code == 403
    assert client.delete("/widgets/3", headers={"cookie": "session=mock-api-key"}).status_code == 204


def test_configured_credentials_replace_defaults(spec: Spec) -> None:
    mock = Client(spec, credentials=MockCredentials(api_key="other"))
    assert mock.get("/widgets", params=KEY, headers=TRACE).status_code == 401
    assert mock.get("/widgets", params={"key": "other"}, headers=TRACE).status_code == 200
    mock.close()


def test_oauth2_client_credentials_token_route_issues_accepted_tokens(client: Client) -> None:
    assert client.get("/secure").status_code == 401
    denied = client.post(
        "/oauth/token", data={"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"}
    )
    assert denied.status_code == 401 and denied.json()["error"] == "invalid_client"
    wrong_grant = client.post("/oauth/token", data={"grant_type": "password"})
    assert wrong_grant.status_code == 400
    form = {"grant_type": "client_credentials", "client_id": "mock-client-id", "client_secret": "mock-client-secret"}
    issued = client.post("/oauth/token", data=form)
    assert issued.status_code == 200 and issued.headers["cache-control"] == "no-store"
    token = issued.json()["access_token"]
    assert client.get("/secure", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert client.get("/secure", headers={"Authorization": "Bearer mock-bearer-token"}).status_code == 200
    assert client.get("/secure", headers={"Authorization": "Bearer forged"}).status_code == 401
    by_basic = client.post("/oauth/token", json={}, auth=("mock-client-id", "mock-client-secret"))
    assert by_basic.status_code == 200 and by_basic.json()["access_token"] != token


def test_token_endpoint_declared_in_spec_is_used(tmp_path: Path) -> None:
    text = WIDGETS.replace("tokenUrl: /oauth/token", "tokenUrl: https://x.test/api/v2/widgets/mine")
    text = text.replace("  /widgets/mine:\n    get:", "  /widgets/mine:\n    post:")
    mock = Client(make_spec(tmp_path, text))
    form = {"client_id": "mock-client-id", "client_secret": "mock-client-secret"}
    issued = mock.post("/widgets/mine", json=form)
    assert issued.status_code == 200
    token = issued.json()["access_token"]
    assert mock.get("/secure", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert mock.post("/widgets/mine", json={**form, "client_secret": "no"}).status_code == 401
    mock.close()


def test_parameters_are_coerced_and_validated(client: Client) -> None:
    ok = client.get("/widgets", params={**KEY, "limit": "5", "tags": ["a", "b"]}, headers=TRACE)
    assert ok.status_code == 200
    bad = client.get("/widgets", params={**KEY, "limit": "0", "tags": ["c"]}, headers={"X-Trace": "nope"})
    assert bad.status_code == 422
    violations = {(v["location"], v["pointer"]) for v in bad.json()["violations"]}
    assert violations == {("query", "/limit"), ("query", "/tags/0"), ("header", "/X-Trace")}
    missing = client.get("/widgets", params=KEY)
    assert [v["message"] for v in missing.json()["violations"]] == ["required parameter is missing"]
    not_an_id = client.get("/widgets/abc", params=KEY)  # only 404 declared: a bad path value is "not found"
    assert not_an_id.status_code == 404 and not_an_id.content == b""
    assert json.loads(not_an_id.headers["x-mock-violations"])[0]["pointer"] == "/widget_id"


def test_declared_422_is_shaped_with_the_message(client: Client) -> None:
    response = client.post("/widgets", params=KEY, json={"id": 1, "name": ""})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
    assert "should be non-empty" in response.json()["error"]["message"]
    assert json.loads(response.headers["x-mock-violations"])[0]["pointer"] == "/name"


def test_malformed_and_unsupported_bodies(client: Client) -> None:
    malformed = client.post("/widgets", params=KEY, content=b"{", headers={"content-type": "application/json"})
    assert malformed.status_code == 422  # the operation documents 422, not 400: its declared body is shaped
    assert "not valid JSON" in malformed.json()["error"]["message"]
    unsupported = client.post("/widgets", params=KEY, content=b"x", headers={"content-type": "text/csv"})
    assert unsupported.status_code == 415
    assert client.post("/widgets", params=KEY).status_code == 422  # required body missing


def test_read_only_fields_are_not_required_in_requests(client: Client) -> None:
    created = client.post("/widgets", params=KEY, json={"name": "bolt"})
    assert created.status_code == 201
    assert created.json()["name"] == "bolt" and created.json()["id"] >= 1


def test_form_and_multipart_bodies_are_parsed_and_validated(client: Client) -> None:
    form = client.post("/widgets", params=KEY, data={"name": "nut", "size": "3"})
    assert form.status_code == 201 and form.json()["size"] == 3
    assert client.post("/widgets", params=KEY, data={"name": "nut", "size": "big"}).status_code == 422
    multipart = client.post("/widgets", params=KEY, data={"name": "img"}, files={"picture": ("p.png", b"\x89PNG")})
    assert multipart.status_code == 201, multipart.text
    no_file = client.post("/widgets", params=KEY, data={"name": "img"}, files={"other": ("p.png", b"x")})
    assert no_file.status_code == 422
    assert "picture" in no_file.json()["error"]["message"]
    broken = client.post(
        "/widgets", params=KEY, content=b"--x\r\ngarbage", headers={"content-type": "multipart/form-data; boundary=x"}
    )
    assert broken.status_code in (400, 422)


def test_create_read_merge_delete_cycle(client: Client) -> None:
    created = client.post("/widgets", params=KEY, json={"name": "gear", "size": 4}).json()
    url = f"/widgets/{created['id']}"
    assert client.get(url, params=KEY).json() == created
    merged = client.patch(url, params=KEY, json={"size": 7})
    assert merged.json() == {**created, "size": 7}
    assert client.get(url, params=KEY).json()["size"] == 7
    assert client.delete(url, headers={"cookie": "session=mock-api-key"}).status_code == 204
    assert client.get(url, params=KEY).status_code == 404
    # Gone is gone, even where PATCH declares no 404: fuzzing the mock reports that 404 as the spec's gap.
    assert client.patch(url, params=KEY, json={"size": 1}).status_code == 404
    second = client.post("/widgets", params=KEY, json={"name": "cog"}).json()
    assert second["id"] != created["id"]


def test_unknown_item_echoes_the_path_id(client: Client) -> None:
    assert client.get("/widgets/42", params=KEY).json()["id"] == 42


def test_state_is_bounded(spec: Spec) -> None:
    mock = Client(spec, capacity=3)
    ids = [mock.post("/widgets", params=KEY, json={"name": f"w{i}"}).json()["id"] for i in range(5)]
    assert mock.get(f"/widgets/{ids[0]}", params=KEY).json()["name"] != "w0"  # evicted: default body again
    assert mock.get(f"/widgets/{ids[-1]}", params=KEY).json()["name"] == "w4"
    mock.close()
    store: LruStore[int, int] = LruStore(2)
    for i in range(4):
        store.put(i, i)
    assert len(store) == 2 and 3 in store and 0 not in store


def test_prefer_selects_status_example_and_dynamic(client: Client) -> None:
    assert client.get("/widgets/5", params=KEY, headers={"Prefer": "example=big"}).json()["name"] == "big"
    assert client.get("/widgets/5", params={**KEY, "__example": "small"}).json()["name"] == "small"
    assert client.get("/widgets/5", params=KEY, headers={"Prefer": "code=404"}).status_code == 404
    broken = client.get("/secure", headers={"Authorization": "Bearer mock-bearer-token", "Prefer": "code=503"})
    assert broken.status_code == 503 and broken.json() == {"oops": True}
    assert client.get("/widgets/5", params=KEY, headers={"Prefer": "code=418"}).status_code == 400
    assert client.get("/widgets/5", params=KEY, headers={"Prefer": "example=nope"}).status_code == 400
    dynamic = client.get("/widgets", params=KEY, headers={**TRACE, "Prefer": "dynamic=true"})
    assert dynamic.status_code == 200 and isinstance(dynamic.json(), list)
    assert Prefer.parse('code=201; example="dog", dynamic=true', {}) == Prefer(201, "dog", True)


def test_methods_paths_and_head(client: Client) -> None:
    not_allowed = client.put("/widgets/3", params=KEY)
    assert not_allowed.status_code == 405
    assert not_allowed.headers["allow"] == "GET, DELETE, PATCH, HEAD, OPTIONS"
    options = client.options("/widgets")
    assert options.status_code == 204 and options.headers["allow"] == "GET, POST, HEAD, OPTIONS"
    head = client.head("/widgets/3", params=KEY)
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 0
    empty_id = client.get("/widgets/", params=KEY)  # an empty path value is validated, not unroutable
    assert empty_id.status_code == 404 and json.loads(empty_id.headers["x-mock-violations"])[0]["name"] == "widget_id"
    assert client.get("/elsewhere").json()["title"] == "Not Found"


def test_a_mock_bug_is_a_500_naming_the_operation(spec: Spec, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.mocking import _engine

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(_engine.MockEngine, "_default", broken)
    mock = Client(spec, raise_errors=False)
    response = mock.get("/widgets/mine")
    assert response.status_code == 500 and response.headers["content-type"] == "application/problem+json"
    assert "GET /widgets/mine" in response.json()["detail"]  # no operationId: method and path name it
    mock.close()
    strict = Client(spec)
    with pytest.raises(RuntimeError):
        strict.get("/widgets/mine")
    strict.close()


def test_generated_values_respect_the_schema(spec: Spec) -> None:
    schemas = Schemas(spec)
    widget = spec.at("/components/schemas/Widget")
    validator = schemas.validator("/components/schemas/Widget", "response")
    static = Generator(schemas, "response").value(widget)
    assert validator.is_valid(static) and static["color"] == "green" and static["id"] >= 1
    assert re.fullmatch(r"[A-Z]{3}-[0-9]{2}", static["code"])
    assert "id" not in Generator(schemas, "request").value(widget)  # readOnly
    for seed in range(20):
        dynamic = Generator(schemas, "response", random.Random(seed)).value(widget)
        assert validator.is_valid(dynamic), dynamic
    assert Generator(schemas, "response", random.Random(1)).value(widget) == Generator(
        schemas, "response", random.Random(1)
    ).value(widget)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [(r"^[0-9]+(\.[0-9]+)? lbs$", "0 lbs"), (r"^Bad Request: ", "Bad Request: "), (r"\d{2}-x", "00-x")],
)
def test_sample_pattern(pattern: str, expected: str) -> None:
    assert sample_pattern(pattern) == expected


def test_swagger_ui_view_is_openapi_30(spec: Spec) -> None:
    view = downgrade_for_swagger_ui(
        {
            "openapi": "3.1.0",
            "paths": {},
            "components": {
                "schemas": {
                    "A": {"type": ["string", "null"], "examples": ["x"], "exclusiveMinimum": 1},
                }
            },
        },
        "/api/v2",
    )
    assert view["openapi"] == "3.0.3" and view["servers"] == [{"url": "/api/v2", "description": "this mock"}]
    assert view["components"]["schemas"]["A"] == {
        "type": "string",
        "nullable": True,
        "example": "x",
        "minimum": 1,
        "exclusiveMinimum": True,
    }
    Draft202012Validator.check_schema(yaml.safe_load(WIDGETS)["components"]["schemas"]["Widget"])


def test_collection_lists_what_was_created_and_forgets_what_was_deleted(client: Client) -> None:
    trace = {"X-Trace": "6f1c2f0e-7d0a-4c61-9a53-0f6b2a1b2c3d"}
    documented = client.get("/widgets", params=KEY, headers=trace).json()
    gear = client.post("/widgets", params=KEY, json={"name": "gear", "size": 4}).json()
    cog = client.post("/widgets", params=KEY, json={"name": "cog"}).json()
    assert client.get("/widgets", params=KEY, headers=trace).json() == [gear, cog]
    client.delete(f"/widgets/{gear['id']}", headers={"cookie": "session=mock-api-key"})
    assert client.get("/widgets", params=KEY, headers=trace).json() == [cog]
    assert documented != [cog]


@pytest.mark.parametrize("text", ["a\x7fb", "cut off here ", " \x00é"])
def test_violation_header_values_are_sendable(text: str) -> None:
    import h11

    from generator.mocking._responses import header_safe

    value = header_safe(text)
    h11.Response(status_code=422, headers=[("x-mock-violations", value)])  # raises on an illegal value
    assert value == value.strip() and value.isascii()


def test_one_of_between_loose_objects_is_made_to_fit_one_branch_only(tmp_path: Path) -> None:
    from generator.spec.schemas import Schemas

    text = """
openapi: 3.1.0
info: {title: t, version: 1.0.0}
paths: {}
components:
  schemas:
    Result: {type: object, properties: {id: {type: string}}}
    Failure: {type: object, properties: {code: {type: integer}, message: {type: string}}}
    Either: {oneOf: [{$ref: "#/components/schemas/Result"}, {$ref: "#/components/schemas/Failure"}]}
"""
    path = tmp_path / "either.yaml"
    path.write_text(text)
    schemas = Schemas(load_spec(path))
    value = Generator(schemas, "response").value({"$ref": "#/components/schemas/Either"})
    # each branch's plain value is the other's too (no required fields, extra properties allowed)
    assert Draft202012Validator(
        {"$ref": "#/components/schemas/Failure", "components": yaml.safe_load(text)["components"]}
    ).is_valid({"id": "x"})
    assert schemas.example_fits(value, "/components/schemas/Either")


def test_one_of_branches_differing_only_in_their_item_type_are_told_apart(tmp_path: Path) -> None:
    from generator.spec.schemas import Schemas

    text = """
openapi: 3.1.0
info: {title: t, version: 1.0.0}
paths: {}
components:
  schemas:
    Sent:
      type: object
      properties: {count: {type: string}, messages: {type: array, items: {$ref: "#/components/schemas/Message"}}}
    Failed:
      type: object
      properties: {count: {type: string}, messages: {type: array, items: {$ref: "#/components/schemas/Problem"}}}
    Message: {type: object, properties: {id: {type: string}}}
    Problem: {type: object, properties: {code: {type: integer}}}
    Outcome: {oneOf: [{$ref: "#/components/schemas/Sent"}, {$ref: "#/components/schemas/Failed"}]}
"""
    path = tmp_path / "outcome.yaml"
    path.write_text(text)
    schemas = Schemas(load_spec(path))
    value = Generator(schemas, "response").value({"$ref": "#/components/schemas/Outcome"})
    assert schemas.example_fits(value, "/components/schemas/Outcome")


def test_a_malformed_multipart_header_is_answered_without_a_stray_warning(spec: Spec) -> None:
    # In a child process: pytest's own log handlers would hide what logging's last resort prints to stderr.
    script = f"""
import sys
from starlette.testclient import TestClient
from generator.spec.loading import load_spec
from generator.mocking import create_app
client = TestClient(create_app(load_spec(__import__("pathlib").Path({str(spec.path)!r}))))
body = b'--x\\r\\nContent-Disposition: form-data; name="name"\\r\\nBad\\xf3Name: 1\\r\\n\\r\\nv\\r\\n--x--\\r\\n'
response = client.post("{spec.base_path}/widgets", params={KEY!r}, content=body,
                       headers={{"content-type": "multipart/form-data; boundary=x"}})
print(response.status_code)
"""
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", script], capture_output=True, text=True, check=False)
    assert done.stdout.strip() in ("400", "422"), done.stderr
    assert "Found invalid character" not in done.stderr


RUNS = """
openapi: 3.0.3
info: {title: Runs, version: "1"}
paths:
  /runs/{run}:
    get:
      parameters:
        - {name: run, in: path, required: true, schema: {type: string, maxLength: 5000}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}
"""


def _exchange(origin: str, head: bytes) -> bytes:
    """Sends ``head`` whole over one socket and reads until the server closes: a reset raises here."""
    host, port = origin.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(head)
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    return received


def test_a_long_valid_request_line_is_served_and_a_longer_one_answered_not_reset(tmp_path: Path) -> None:
    # Stripe: a 5,000-character path parameter of four-byte characters is 60 KB percent-encoded, above uvicorn's
    # 16 KiB; past the mock's own limit the answer is a 414 the client reads, not a reset connection.
    run = quote("\U0001f600" * 5000)
    too_long = "x" * (2 * HEAD_LIMIT)
    with serve_on_loopback(create_app(make_spec(tmp_path, RUNS))) as origin:
        served = _exchange(origin, f"GET /runs/{run} HTTP/1.1\r\nHost: m\r\nConnection: close\r\n\r\n".encode())
        refused = _exchange(origin, f"GET /runs/{too_long} HTTP/1.1\r\nHost: m\r\n\r\n".encode())
    assert served.startswith(b"HTTP/1.1 200 ")
    assert refused.startswith(b"HTTP/1.1 414 ") and b"content-type: application/problem+json" in refused
    assert json.loads(refused.partition(b"\r\n\r\n")[2])["status"] == 414


def test_a_request_that_is_not_http_gets_a_problem_not_a_dropped_connection(tmp_path: Path) -> None:
    # RapidAPI's key header is named "RapidAPI.com API Key": a header name with spaces is not HTTP.
    head = b"GET /runs/1 HTTP/1.1\r\nHost: m\r\nRapidAPI.com API Key: k\r\n\r\n"
    with serve_on_loopback(create_app(make_spec(tmp_path, RUNS))) as origin:
        answer = _exchange(origin, head)
    assert answer.startswith(b"HTTP/1.1 400 ") and b"application/problem+json" in answer


def test_a_key_no_request_can_carry_is_not_demanded_and_a_sendable_one_still_is(tmp_path: Path) -> None:
    spec = make_spec(
        tmp_path,
        """
openapi: 3.0.0
info: {title: Docs, version: "1"}
security: [{Market: []}]
paths:
  /compile: {post: {responses: {"200": {description: ok}}}}
  /keyed: {get: {security: [{Market: [], Header: []}], responses: {"200": {description: ok}}}}
components:
  securitySchemes:
    Market: {type: apiKey, in: header, name: "RapidAPI.com API Key"}
    Header: {type: apiKey, in: header, name: X-RapidAPI-Key}
""",
    )
    mock = Client(spec)
    try:
        assert mock.post("http://mock/compile").status_code == 200  # RapidAPI: no client could ever send that header
        assert mock.get("http://mock/keyed").status_code == 401
        assert mock.get("http://mock/keyed", headers={"X-RapidAPI-Key": MockCredentials().api_key}).status_code == 200
    finally:
        mock.close()
