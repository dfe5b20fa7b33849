"""What ``apigen mock`` tells its user: one access-log line per request, the credentials the API uses, a busy port."""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from typer.testing import CliRunner

import generator.mocking
from generator.jobs.cli import app
from generator.mocking import create_app, credentials_used
from generator.spec.loading import Spec, load_spec, parse_spec
from generator.spec.project import Project

from .conftest import FIXTURES


def request(spec: Spec, method: str, url: str, **kwargs: Any) -> httpx.Response:
    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(spec, raise_errors=True))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(send())


def test_each_request_is_logged_with_status_operation_and_reason(caplog: pytest.LogCaptureFixture) -> None:
    spec = load_spec(FIXTURES / "mock" / "ref_chains.yaml")
    with caplog.at_level(logging.INFO, logger="generator.mocking.access"):
        request(spec, "GET", "/pets", params={"page": "2"})
        request(spec, "POST", "/pets", json={"name": ""})
        request(spec, "POST", "/pets", content=b"{", headers={"content-type": "application/json"})
        request(spec, "DELETE", "/pets")
        request(spec, "GET", "/nowhere")
    lines = [record.getMessage() for record in caplog.records if record.name == "generator.mocking.access"]
    assert lines[0] == "GET /pets?page=2 -> 200 list_pets"
    assert lines[1].startswith("POST /pets -> 422 create_pet: body /name: ") and "non-empty" in lines[1]
    assert lines[2].startswith("POST /pets -> 422 create_pet: request body is not valid JSON")
    assert lines[3] == "DELETE /pets -> 405 -: DELETE is not declared for /pets; allowed: GET, POST, HEAD, OPTIONS."
    assert lines[4] == "GET /nowhere -> 404 -: No operation of the spec matches the path /nowhere."


def test_denied_requests_say_which_credentials_were_wrong(caplog: pytest.LogCaptureFixture) -> None:
    spec = spec_with({"Key": {"type": "apiKey", "in": "header", "name": "x-key"}}, [{"Key": []}])
    with caplog.at_level(logging.INFO, logger="generator.mocking.access"):
        request(spec, "GET", "/things")
        request(spec, "GET", "/things", headers={"x-key": "nope"})
    assert [r.getMessage() for r in caplog.records] == [
        "GET /things -> 401 list_things: credentials missing",
        "GET /things -> 401 list_things: credentials wrong",
    ]
    assert "nope" not in caplog.text


def test_credentials_in_the_query_are_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    spec = spec_with({"Key": {"type": "apiKey", "in": "query", "name": "k"}}, [{"Key": []}])
    with caplog.at_level(logging.INFO, logger="generator.mocking.access"):
        request(spec, "GET", "/things", params={"k": "mock-api-key", "page": "2", "access_token": "t0k3n"})
    assert caplog.records[0].getMessage() == "GET /things?k=***&page=2&access_token=*** -> 200 list_things"


def test_an_invalid_password_field_is_not_quoted_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    schema = {"type": "object", "properties": {"user": {"type": "integer"}, "password": {"minLength": 12}}}
    operation = {
        "operationId": "login",
        "requestBody": {"content": {"application/json": {"schema": schema}}},
        "responses": {"200": {"description": "ok"}},
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Login", "version": "1"},
        "paths": {"/login": {"post": operation}},
    }
    spec = parse_spec(yaml.safe_dump(document).encode(), Path("login.yaml"))
    with caplog.at_level(logging.INFO, logger="generator.mocking.access"):
        request(spec, "POST", "/login", json={"user": "ada-lovelace", "password": "hunter2"})
    line = caplog.records[0].getMessage()
    assert "body /user: 'ada-lovelace' is not of type 'integer'" in line  # ordinary values help debugging
    assert "body /password: invalid value (not logged)" in line and "hunter2" not in line


def spec_with(schemes: dict[str, Any], security: list[dict[str, list[str]]]) -> Spec:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1.0.0"},
        "security": security,
        "paths": {"/things": {"get": {"operationId": "list_things", "responses": {"200": {"description": "ok"}}}}},
        "components": {"securitySchemes": schemes},
    }
    return parse_spec(yaml.safe_dump(document).encode(), Path("things.yaml"))


OAUTH = {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "/token", "scopes": {}}}}


@pytest.mark.parametrize(
    ("schemes", "security", "expected"),
    [
        ({"Key": {"type": "apiKey", "in": "query", "name": "k"}}, [], ()),
        ({"Key": {"type": "apiKey", "in": "query", "name": "k"}}, [{"Key": []}], ("api_key",)),
        (
            {"Basic": {"type": "http", "scheme": "basic"}, "Key": {"type": "apiKey"}},
            [{"Basic": []}],
            ("basic_user", "basic_password"),
        ),
        ({"OAuth": OAUTH}, [{"OAuth": []}], ("bearer_token", "client_id", "client_secret")),
        (
            {"Jwt": {"type": "http", "scheme": "bearer"}, "Tls": {"type": "mutualTLS"}},
            [{"Jwt": [], "Tls": []}],
            ("bearer_token",),
        ),
    ],
    ids=["declared-not-used", "api-key", "basic-only", "oauth2-client-credentials", "bearer-and-mtls"],
)
def test_credentials_used_are_those_of_required_schemes(
    schemes: dict[str, Any], security: list[dict[str, list[str]]], expected: tuple[str, ...]
) -> None:
    assert credentials_used(spec_with(schemes, security)) == expected


@pytest.fixture
def runner(tmp_project: Project, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    return CliRunner()


def test_mock_prints_only_the_credentials_the_api_uses(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    served: dict[str, Any] = {}

    def fake_serve(spec: Spec, **options: Any) -> None:
        served.update(options, spec=spec)
        options["sock"].close()

    monkeypatch.setattr(generator.mocking, "serve", fake_serve)
    with socket.socket() as probe:  # a port free a moment ago: the command binds it itself
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = runner.invoke(app, ["mock", "petstore", "--port", str(port)])
    assert result.exit_code == 0, result.output
    assert "  api_key: mock-api-key" in result.stderr  # the petstore's only scheme is an API key
    for unused in ("bearer_token", "basic_user", "basic_password", "client_id", "client_secret"):
        assert unused not in result.stderr
    assert served["spec"].name == "petstore"


def test_mock_on_a_busy_port_says_so_first_and_names_the_flag(runner: CliRunner) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["mock", "petstore", "--port", str(port)])
    assert result.exit_code == 2
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr and "--port" in result.stderr
    assert "mock of" not in result.output and "api_key" not in result.output  # no banner, no credentials


def test_mock_names_the_documented_examples_it_does_not_serve(
    runner: CliRunner, tmp_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_project.root / "specs" / "unfit.yaml").write_text((FIXTURES / "mock" / "invalid_examples.yaml").read_text())
    monkeypatch.setattr(generator.mocking, "serve", lambda spec, **options: options["sock"].close())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = runner.invoke(app, ["mock", "unfit", "--port", str(port)])
    assert result.exit_code == 0, result.output
    assert "3 documented response example(s) break their schema" in result.stderr
    assert "unfit.yaml:15: /paths/~1items/get/responses/200/content/application~1json/example: [unfit-example]" in (
        result.stderr
    )
