"""The mock engine against every spec in specs/ (and the petstore fixture), in-process and once over uvicorn.

Requests are built from the specs themselves (documented examples, else schema-generated values) and
every answer is checked against the spec's own response schema with an independent validator.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from generator.mocking import DOCS_PREFIX, MockCredentials, create_app, serve_on_loopback
from generator.mocking._generation import Generator
from generator.spec.json_schema import FORMAT_CHECKER, schema_ref, spec_registry
from generator.spec.loading import Operation, Spec, escape_pointer_token, load_spec
from generator.spec.project import Project
from generator.spec.schemas import Schemas

from .conftest import PETSTORE, REPO

API_NAMES = [*Project(REPO).api_names(), "petstore"]
CREDENTIALS = MockCredentials()


def load(api: str) -> Spec:
    return load_spec(PETSTORE) if api == "petstore" else Project(REPO).load(api)


class Mock:
    """A synchronous client over ``httpx.ASGITransport``: no socket, app exceptions propagate."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.app = create_app(spec, raise_errors=True)
        self.base = self.app.state.base_path
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://mock")

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


@pytest.fixture(scope="module", params=API_NAMES)
def mock(request: pytest.FixtureRequest) -> Iterator[Mock]:
    client = Mock(load(request.param))
    yield client
    client.close()


# ---------------------------------------------------------------- building requests from the spec


@dataclass
class Call:
    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    cookies: dict[str, str]
    kwargs: dict[str, Any]
    path_values: dict[str, str]

    def send(self, mock: Mock, **overrides: Any) -> httpx.Response:
        headers = {**self.headers, **overrides.pop("headers", {})}
        params = overrides.pop("params", self.params)
        kwargs = {**self.kwargs, **overrides}
        if self.cookies:
            headers["cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return mock.request(self.method, self.url, params=params, headers=headers, **kwargs)


def operations(spec: Spec) -> list[Operation]:
    return list(spec.operations(webhooks=False))


def parameters(spec: Spec, op: Operation) -> dict[tuple[str, str], Mapping[str, Any]]:
    found = {}
    for owner in (op.path_item, op.data):
        for raw in owner.get("parameters") or []:
            param = spec.resolve(raw)
            found[(param["in"], param["name"])] = param
    return found


def sample_value(spec: Spec, holder: Mapping[str, Any]) -> Any:
    if "example" in holder:
        return holder["example"]
    examples = holder.get("examples") or {}
    for example in examples.values():
        resolved = spec.resolve(example)
        if isinstance(resolved, Mapping) and "value" in resolved:
            return resolved["value"]
    return Generator(Schemas(spec), "request").value(holder.get("schema", {}))


def as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(as_text(v) for v in value)
    return str(value)


def security_for(spec: Spec, op: Operation) -> list[Mapping[str, Any]]:
    requirements = op.data.get("security", spec.document.get("security")) or []
    if not requirements or any(not r for r in requirements):
        return []
    schemes = spec.document["components"]["securitySchemes"]
    return [spec.resolve(schemes[name]) for name in requirements[0]]


def credentials_for(
    schemes: list[Mapping[str, Any]], *, wrong: bool = False
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    headers: dict[str, str] = {}
    params: dict[str, str] = {}
    cookies: dict[str, str] = {}
    suffix = "-wrong" if wrong else ""
    for scheme in schemes:
        if scheme["type"] == "apiKey":
            target = {"header": headers, "query": params, "cookie": cookies}[scheme["in"]]
            target[scheme["name"]] = CREDENTIALS.api_key + suffix
        elif scheme["type"] == "http" and scheme["scheme"].lower() == "basic":
            pair = f"{CREDENTIALS.basic_user}:{CREDENTIALS.basic_password}{suffix}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
        else:
            headers["Authorization"] = f"Bearer {CREDENTIALS.bearer_token}{suffix}"
    return headers, params, cookies


def token_paths(mock: Mock) -> set[str]:
    return set(mock.app.state.token_paths)


def build(mock: Mock, op: Operation, *, authenticated: bool = True, path_values: Mapping[str, str] = {}) -> Call:
    spec = mock.spec
    path, params, headers, cookies, used = op.path, {}, {}, {}, {}
    for (location, name), param in parameters(spec, op).items():
        if location == "path":
            used[name] = path_values.get(name) or as_text(sample_value(spec, param))
            path = path.replace(f"{{{name}}}", used[name])
        elif param.get("required"):
            value = sample_value(spec, param)
            target = {"query": params, "header": headers, "cookie": cookies}[location]
            target[name] = value if location == "query" and isinstance(value, list) else as_text(value)
    if authenticated:
        auth_headers, auth_params, auth_cookies = credentials_for(security_for(spec, op))
        headers.update(auth_headers)
        params.update(auth_params)
        cookies.update(auth_cookies)
    kwargs: dict[str, Any] = {}
    body = spec.resolve(op.data.get("requestBody") or {})
    content = body.get("content") or {}
    if content:
        media_type = "application/json" if "application/json" in content else next(iter(content))
        value = sample_value(spec, spec.resolve(content[media_type]))
        if mock.base + op.path in token_paths(mock) and isinstance(value, dict):
            value = {**value, "client_id": CREDENTIALS.client_id, "client_secret": CREDENTIALS.client_secret}
        if "json" in media_type:
            kwargs["json"] = value
        elif media_type == "application/x-www-form-urlencoded":
            kwargs["data"] = {k: as_text(v) for k, v in value.items()}
        elif media_type.startswith("multipart/"):
            kwargs["data"] = {k: as_text(v) for k, v in value.items() if v != ""}
            kwargs["files"] = {"_unused": ("x.bin", b"x")}
        else:
            kwargs["content"] = value if isinstance(value, bytes) else str(value).encode()
            headers["content-type"] = media_type
    return Call(op.method.upper(), mock.base + path, params, headers, cookies, kwargs, used)


# ---------------------------------------------------------------- checking responses against the spec


def declared_response(spec: Spec, op: Operation, status: int) -> tuple[str, Mapping[str, Any]]:
    responses = op.data["responses"]
    key = next(k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses)
    pointer, node = f"{op.pointer}/responses/{escape_pointer_token(key)}", responses[key]
    while "$ref" in node:
        pointer = node["$ref"][1:]
        node = spec.at(pointer)
    return pointer, node


def assert_conforms(spec: Spec, op: Operation, response: httpx.Response) -> None:
    """Status declared, media type declared, body valid against the declared schema (formats included)."""
    pointer, declared = declared_response(spec, op, response.status_code)
    content = declared.get("content") or {}
    if not content:
        assert response.content == b"", response.content[:200]
        return
    media_type = response.headers["content-type"].split(";")[0].strip()
    assert media_type in content, f"{media_type} not in {list(content)}"
    if "schema" not in content[media_type]:
        return
    schema = schema_ref(f"{pointer}/content/{escape_pointer_token(media_type)}/schema")
    validator = Draft202012Validator(schema, registry=spec_registry(spec), format_checker=FORMAT_CHECKER)
    if "json" in media_type:
        body: Any = response.json()
    elif media_type.startswith("text/"):
        body = response.text
    else:
        assert response.content, "binary body is empty"
        return
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, f"{op.method.upper()} {op.path} -> {response.status_code}: {errors}"


def success_status(op: Operation) -> int:
    codes = sorted(int(c) for c in op.data["responses"] if str(c).isdigit() and str(c).startswith("2"))
    return codes[0] if codes else 200


# ---------------------------------------------------------------- tests


def test_every_operation_answers_its_documented_success(mock: Mock) -> None:
    for op in sorted(operations(mock.spec), key=lambda op: op.method == "delete"):  # deleted items answer 404
        response = build(mock, op).send(mock)
        assert response.status_code == success_status(op), (op.method, op.path, response.text[:300])
        if mock.base + op.path in token_paths(mock):
            assert response.json()["access_token"]
            continue
        assert_conforms(mock.spec, op, response)


def test_every_declared_response_is_selectable_with_prefer(mock: Mock) -> None:
    for op in operations(mock.spec):
        call = build(mock, op)
        for code in op.data["responses"]:
            status = int(str(code).upper().replace("XX", "00")) if code != "default" else 418
            response = call.send(mock, headers={"Prefer": f"code={status}"})
            if mock.base + op.path in token_paths(mock):
                break
            assert response.status_code == status, (op.path, code, response.text[:200])
            assert_conforms(mock.spec, op, response)


def test_named_examples_and_dynamic_bodies_conform(mock: Mock) -> None:
    for op in operations(mock.spec):
        if mock.base + op.path in token_paths(mock):
            continue
        call = build(mock, op)
        status = success_status(op)
        _, declared = declared_response(mock.spec, op, status)
        for media in (declared.get("content") or {}).values():
            for name in media.get("examples") or {}:
                response = call.send(mock, headers={"Prefer": f"code={status}, example={name}"})
                assert response.status_code == status
                assert_conforms(mock.spec, op, response)
        response = call.send(mock, headers={"Prefer": "dynamic=true"})
        assert_conforms(mock.spec, op, response)


def test_missing_and_wrong_credentials_are_rejected(mock: Mock) -> None:
    secured = [op for op in operations(mock.spec) if security_for(mock.spec, op)]
    assert secured or mock.spec.name == "none"
    for op in secured:
        anonymous = build(mock, op, authenticated=False)
        missing = anonymous.send(mock)
        assert missing.status_code == 401, (op.path, missing.text[:200])
        assert missing.headers["www-authenticate"]
        assert_conforms(mock.spec, op, missing) if "401" in op.data["responses"] else None
        headers, params, cookies = credentials_for(security_for(mock.spec, op), wrong=True)
        anonymous.headers.update(headers)
        anonymous.params.update(params)
        anonymous.cookies.update(cookies)
        wrong = anonymous.send(mock)
        codes = {str(c) for c in op.data["responses"]}
        expected = 403 if "403" in codes and "401" not in codes else 401
        assert wrong.status_code == expected, (op.path, wrong.text[:200])


def test_invalid_bodies_and_parameters_are_rejected_with_pointers(mock: Mock) -> None:
    checked = 0
    for op in operations(mock.spec):
        call = build(mock, op)
        codes = {str(c) for c in op.data["responses"]}
        expected = 422 if "422" in codes or "400" not in codes else 400
        if "json" in call.kwargs:
            malformed = call.send(
                mock, json=None, content=b'{"unterminated": ', headers={"content-type": "application/json"}
            )
            assert malformed.status_code == 400, (op.path, malformed.text[:200])
            if "400" not in codes:
                assert malformed.headers["content-type"] == "application/problem+json"
            invalid = call.send(mock, json=None, content=b"[[1]]", headers={"content-type": "application/json"})
            assert invalid.status_code == expected, (op.path, invalid.text[:200])
            _assert_violations(invalid, "body")
            checked += 1
        for (location, name), param in parameters(mock.spec, op).items():
            schema = mock.spec.resolve(param.get("schema") or {})
            if location == "query" and schema.get("type") in ("integer", "number"):
                bad = call.send(mock, params={**call.params, name: "not-a-number"})
                assert bad.status_code == expected, (op.path, name, bad.text[:200])
                _assert_violations(bad, "query", f"/{name}")
                checked += 1
    assert checked or mock.spec.name in ("innovatrics", "intelliprove")


def _assert_violations(response: httpx.Response, location: str, pointer: str | None = None) -> None:
    if response.headers["content-type"] == "application/problem+json":
        violations = response.json()["violations"]
    else:
        violations = json.loads(response.headers["x-mock-violations"])
    assert violations and all(v["location"] == location and v["message"] for v in violations)
    if pointer is not None:
        assert any(v["pointer"] == pointer for v in violations), violations


def test_undeclared_method_is_405_with_allow(mock: Mock) -> None:
    for path, item in mock.spec.document["paths"].items():
        declared = {
            m.upper() for m in item if m in ("get", "put", "post", "delete", "patch", "options", "head", "trace")
        }
        missing = next(m for m in ("PUT", "PATCH", "DELETE", "POST", "TRACE") if m not in declared)
        response = mock.request(missing, mock.base + path.replace("{", "x").replace("}", ""))
        assert response.status_code == 405, (path, missing)
        assert set(response.headers["allow"].split(", ")) >= declared


def test_unknown_path_is_404_problem(mock: Mock) -> None:
    response = mock.request("GET", f"{mock.base}/surely/not/a/path/of/the/spec")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 404


def test_docs_and_spec_are_served_with_local_assets(mock: Mock) -> None:
    page = mock.request("GET", f"{DOCS_PREFIX}/docs")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert f'src="{DOCS_PREFIX}/assets/swagger-ui-bundle.js"' in page.text
    assert "//cdn" not in page.text and "unpkg" not in page.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-standalone-preset.js"):
        assert mock.request("GET", f"{DOCS_PREFIX}/assets/{asset}").status_code == 200
    assert mock.request("GET", f"{DOCS_PREFIX}/openapi.yaml").content == mock.spec.source
    assert mock.request("GET", f"{DOCS_PREFIX}/openapi.json").json() == mock.spec.document
    ui = mock.request("GET", f"{DOCS_PREFIX}/openapi-ui.json").json()
    assert ui["openapi"] == "3.0.3" and ui["paths"].keys() == mock.spec.document["paths"].keys()
    redirect = mock.request("GET", "/docs")
    assert redirect.status_code == 307 and redirect.headers["location"] == f"{DOCS_PREFIX}/docs"


# ---------------------------------------------------------------- state: create, read back, delete


@dataclass(frozen=True)
class Crud:
    create: Operation
    read: Operation
    delete: Operation | None
    item_param: str
    id_pointer: str


def crud_workflows(spec: Spec) -> list[Crud]:
    """POST collection + item operations linked by the create response's OpenAPI links."""
    ops = operations(spec)
    by_id = {op.operation_id: op for op in ops}
    found = []
    for create in (op for op in ops if op.method == "post"):
        status = str(success_status(create))
        response = spec.resolve(create.data["responses"].get(status) or {})
        if not response.get("content"):
            continue
        for link in (response.get("links") or {}).values():
            target = by_id.get(link.get("operationId"))
            if target is None or target.method != "get" or not target.path.startswith(create.path.rstrip("/")):
                continue
            item_param = target.path.rstrip("/").rsplit("/", 1)[-1].strip("{}")
            expression = str((link.get("parameters") or {}).get(item_param, ""))
            if not expression.startswith("$response.body#/"):
                continue
            delete = next((op for op in ops if op.path == target.path and op.method == "delete"), None)
            found.append(Crud(create, target, delete, item_param, expression.split("#", 1)[1]))
            break
    return found


def test_created_resources_are_read_back_and_deleted(mock: Mock) -> None:
    workflows = crud_workflows(mock.spec)
    if mock.spec.name in ("provider", "petstore"):
        assert workflows
    for crud in workflows:
        call = build(mock, crud.create)
        created = call.send(mock)
        assert created.status_code == success_status(crud.create), created.text[:300]
        assert_conforms(mock.spec, crud.create, created)
        resource_id = as_text(created.json()[crud.id_pointer.strip("/")])
        path_values = {**call.path_values, crud.item_param: resource_id}
        read_call = build(mock, crud.read, path_values=path_values)
        read = read_call.send(mock)
        assert read.status_code == 200
        assert_conforms(mock.spec, crud.read, read)
        if read.content:
            assert read.json() == created.json()
        if crud.delete is None:
            continue
        delete_call = build(mock, crud.delete, path_values=path_values)
        assert delete_call.send(mock).status_code == success_status(crud.delete)
        assert read_call.send(mock).status_code == 404
        assert delete_call.send(mock).status_code == 404


# ---------------------------------------------------------------- once over a real server


@pytest.fixture
def live_server() -> Iterator[str]:
    """uvicorn on 127.0.0.1 (a free port) in a thread, stopped after the test."""
    with serve_on_loopback(create_app(load("petstore"))) as origin:
        yield origin


@pytest.mark.slow
def test_over_uvicorn(live_server: str) -> None:
    with httpx.Client(base_url=live_server, timeout=10) as client:
        assert client.get("/v1/pets").status_code == 401
        listed = client.get("/v1/pets", headers={"x-api-key": CREDENTIALS.api_key})
        assert listed.status_code == 200 and listed.json()["data"]
        created = client.post("/v1/pets", json={"name": "Ada"}, headers={"x-api-key": CREDENTIALS.api_key})
        assert created.status_code == 201
        pet = client.get(f"/v1/pets/{created.json()['id']}", headers={"x-api-key": CREDENTIALS.api_key})
        assert pet.json()["name"] == "Ada"
        assert client.get(f"{DOCS_PREFIX}/docs").status_code == 200
        assert client.get(f"{DOCS_PREFIX}/assets/swagger-ui-bundle.js").status_code == 200
