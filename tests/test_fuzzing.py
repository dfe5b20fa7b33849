"""Fuzzing: each spec against its own mock (in-process and over loopback), plus a deliberately broken server.

The in-process tests are the project's contract test: Schemathesis' ASGI loader, every check, positive and
negative data, then the stateful phase over links. Any failure is a disagreement between a spec and its mock.
"""

from __future__ import annotations

import base64
import json
import shutil
import threading
import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from typer.testing import CliRunner

from generator.fuzzing import (
    REDACTED,
    FuzzCredentials,
    FuzzOptions,
    Redactor,
    fuzz,
    scheme_auths,
)
from generator.fuzzing._config import auth_config, run_config, to_toml
from generator.fuzzing._results import curl
from generator.jobs.cli import app
from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.spec.loading import load_spec, parse_spec
from generator.spec.project import Project

ROOT = Path(__file__).resolve().parent.parent
APIS = ["innovatrics", "intelliprove", "itmedicalvet", "mdintegrations", "provider"]
PETSTORE = ROOT / "tests" / "fixtures" / "specs" / "petstore.yaml"
SEED = 1
# Distinct from the defaults, so a leak of exactly these values is what the report greps look for.
SECRETS = MockCredentials(
    api_key="fz-api-key-5d1e",
    bearer_token="fz-bearer-9c2a",
    basic_user="fz-user",
    basic_password="fz-password-77b0",
    client_id="fz-client",
    client_secret="fz-client-secret-1f3e",
)
FAST = settings(max_examples=3, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))


def _asgi_schema(api: str) -> Any:
    spec = Project(ROOT).load(api)
    mock_app = create_app(spec, credentials=SECRETS, seed=SEED, raise_errors=True)
    credentials = FuzzCredentials.for_mock(spec, SECRETS)
    auth = auth_config(spec, scheme_auths(spec), credentials, spec.base_path, literal=True)
    config = run_config(auth, read_only=False, stateful=True, seed=SEED, max_examples=3)
    config["generation"].update({"mode": "all", "deterministic": True})
    return schemathesis.openapi.from_asgi("/_mock/openapi.json", mock_app, config=schemathesis.Config.from_dict(config))


SCHEMAS = {api: _asgi_schema(api) for api in APIS}


# ------------------------------------------------------------------ the contract: every spec vs its mock


def _contract(api: str) -> Any:
    @SCHEMAS[api].parametrize()
    @FAST
    def test(case: Any) -> None:
        """Examples, coverage and fuzzing phases, positive and negative data, all checks."""
        case.call_and_validate()

    return test


test_innovatrics_mock_conforms = _contract("innovatrics")
test_intelliprove_mock_conforms = _contract("intelliprove")
test_itmedicalvet_mock_conforms = _contract("itmedicalvet")
test_mdintegrations_mock_conforms = _contract("mdintegrations")
test_provider_mock_conforms = _contract("provider")


@pytest.mark.parametrize("api", APIS)
def test_mock_conforms_statefully(api: str) -> None:
    """Sequences of calls along the spec's links (and inferred ones), checked after every call."""
    try:
        SCHEMAS[api].as_state_machine().run(settings=settings(FAST, stateful_step_count=6))
    except schemathesis.errors.NoLinksFound:
        pytest.skip(f"specs/{api}.yaml declares no links and none can be inferred")


# ------------------------------------------------------------------ credentials, config, redaction


def test_one_variable_per_scheme_value() -> None:
    by_api = {api: {a.name: a.variables for a in scheme_auths(Project(ROOT).load(api))} for api in APIS}
    assert by_api["intelliprove"] == {
        "ApiKeyAuth": ("APIGEN_FUZZ_INTELLIPROVE_API_KEY",),
        "BearerAuth": ("APIGEN_FUZZ_INTELLIPROVE_TOKEN",),
    }
    assert by_api["innovatrics"] == {
        "BasicAuth": ("APIGEN_FUZZ_INNOVATRICS_USERNAME", "APIGEN_FUZZ_INNOVATRICS_PASSWORD")
    }
    assert by_api["mdintegrations"]["OAuth2"] == (
        "APIGEN_FUZZ_MDINTEGRATIONS_CLIENT_ID",
        "APIGEN_FUZZ_MDINTEGRATIONS_CLIENT_SECRET",
    )
    assert by_api["provider"] == {"jwt": ("APIGEN_FUZZ_PROVIDER_TOKEN",)}


def test_scheme_name_disambiguates_two_schemes_of_one_kind() -> None:
    spec = _inline_spec(
        {
            "A": {"type": "apiKey", "in": "header", "name": "x-a"},
            "Partner": {"type": "apiKey", "in": "query", "name": "k"},
        }
    )
    assert [a.variables for a in scheme_auths(spec)] == [
        ("APIGEN_FUZZ_DEMO_A_API_KEY",),
        ("APIGEN_FUZZ_DEMO_PARTNER_API_KEY",),
    ]


def test_credentials_never_show_in_repr() -> None:
    spec = Project(ROOT).load("innovatrics")
    credentials = FuzzCredentials.from_env(
        spec, {"APIGEN_FUZZ_INNOVATRICS_USERNAME": "u", "APIGEN_FUZZ_INNOVATRICS_PASSWORD": "hunter2-secret"}
    )
    assert "hunter2" not in repr(credentials)
    basic = base64.b64encode(b"u:hunter2-secret").decode()
    assert {"hunter2-secret", basic} <= set(credentials.secrets(scheme_auths(spec)))


def test_config_file_holds_placeholders_not_values() -> None:
    spec = Project(ROOT).load("mdintegrations")
    credentials = FuzzCredentials.for_mock(spec, SECRETS)
    auth = auth_config(spec, scheme_auths(spec), credentials, "")
    text = to_toml(run_config(auth, read_only=True, stateful=False, seed=3, max_examples=2))
    assert SECRETS.client_secret not in text and SECRETS.bearer_token not in text
    parsed = tomllib.loads(text)
    token = parsed["auth"]["dynamic"]["openapi"]["OAuth2"]
    assert token["path"] == "/v1/hubspot/auth"
    assert token["payload"]["client_secret"] == "${APIGEN_FUZZ_MDINTEGRATIONS_CLIENT_SECRET}"
    assert parsed["phases"]["coverage"]["unexpected-methods"] == ["OPTIONS"]


def test_redactor_cleans_text_and_har_bodies(tmp_path: Path) -> None:
    redactor = Redactor(["s3cret-value"], ["x-partner"])
    assert redactor.text('{"access_token": "abc", "other": "s3cret-value"}') == (
        f'{{"access_token": "{REDACTED}", "other": "{REDACTED}"}}'
    )
    har = {
        "log": {
            "entries": [
                {
                    "request": {"headers": [{"name": "X-Partner", "value": "zzz"}], "queryString": []},
                    "response": {
                        "content": {"text": base64.b64encode(b"token s3cret-value").decode(), "encoding": "base64"}
                    },
                }
            ]
        }
    }
    path = tmp_path / "cassette.har"
    path.write_text(json.dumps(har))
    redactor.file(path)
    cleaned = json.loads(path.read_text())["log"]["entries"][0]
    assert cleaned["request"]["headers"][0]["value"] == REDACTED
    assert base64.b64decode(cleaned["response"]["content"]["text"]) == f"token {REDACTED}".encode()


def test_reproduction_is_a_curl_command_without_noise() -> None:
    request = {
        "method": "POST",
        "uri": "http://127.0.0.1:1/v1/pets?x=1",
        "headers": {"User-Agent": ["schemathesis"], "Content-Type": ["application/json"]},
        "body": {"$base64": base64.b64encode(b'{"name": "Rex"}').decode()},
    }
    assert curl(request) == (
        "curl -X POST -H 'Content-Type: application/json' --data-binary '{\"name\": \"Rex\"}' "
        "'http://127.0.0.1:1/v1/pets?x=1'"
    )


# ------------------------------------------------------------------ apigen fuzz, end to end


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A checkout with the five specs plus the pet store, so reports land in tmp, not in the repository."""
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copy(PETSTORE, tmp_path / "specs" / "petstore.yaml")
    return tmp_path


def _apigen(project: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(app, list(args), env={"APIGEN_ROOT": str(project), **(env or {})})


def _secret_forms(values: list[str]) -> list[str]:
    user_pass = f"{SECRETS.basic_user}:{SECRETS.basic_password}".encode()
    return [*values, base64.b64encode(user_pass).decode()]


def _assert_no_secret(folder: Path, secrets: list[str]) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        assert not [s for s in secrets if s in text], path


@pytest.mark.slow
@pytest.mark.parametrize("api", APIS)
def test_apigen_fuzz_against_each_mock_passes(project: Path, api: str) -> None:
    result = _apigen(
        project,
        "fuzz",
        api,
        "-n",
        "2",
        "--seed",
        str(SEED),
        "--mode",
        "positive",
        "--phases",
        "examples,fuzzing,stateful",
    )
    assert result.exit_code == 0, result.output
    assert "no failures" in result.output
    reports = project / "reports" / "fuzz" / api
    assert {p.name for p in reports.iterdir()} >= {"junit.xml", "cassette.har", "report.html", "run.log"}
    defaults = MockCredentials()
    _assert_no_secret(
        reports, [defaults.api_key, defaults.bearer_token, defaults.basic_password, defaults.client_secret]
    )


# ------------------------------------------------------------------ a deliberately broken server


class BrokenPetStore:
    """Serves the pet store wrongly on purpose, and counts the requests it gets by method."""

    def __init__(self) -> None:
        self.methods: Counter[str] = Counter()
        self._lock = threading.Lock()
        routes = [
            Route("/v1/pets", self.list_pets, methods=["GET", "POST"]),
            Route("/v1/pets/{pet_id}", self.get_pet, methods=["GET", "DELETE"]),
            Route("/v1/pets/{pet_id}/photo", self.photo, methods=["GET"]),
        ]
        self.app = Starlette(routes=routes)

    def _count(self, request: Request) -> None:
        with self._lock:
            self.methods[request.method] += 1

    async def list_pets(self, request: Request) -> Response:  # undocumented shape; accepts any credential
        self._count(request)
        return JSONResponse({"pets": "not a page"})

    async def get_pet(self, request: Request) -> Response:  # a server error
        self._count(request)
        return JSONResponse({"detail": "boom"}, status_code=500)

    async def photo(self, request: Request) -> Response:
        self._count(request)
        return Response(b"\x89PNG\r\n", media_type="image/png")


@pytest.mark.slow
def test_apigen_fuzz_names_each_problem_of_a_broken_server_read_only(project: Path) -> None:
    server = BrokenPetStore()
    secret = "petstore-key-4b8d"
    with serve_on_loopback(server.app) as origin:
        result = _apigen(
            project,
            "fuzz",
            "petstore",
            "--url",
            f"{origin}/v1",
            "-n",
            "3",
            "--seed",
            str(SEED),
            "--rate-limit",
            "1000/s",
            env={"APIGEN_FUZZ_PETSTORE_API_KEY": secret},
        )
    assert result.exit_code == 1, result.output
    assert "FAIL response_schema_conformance" in result.output and "GET /pets" in result.output
    assert "FAIL not_a_server_error" in result.output and "GET /pets/{pet_id}" in result.output
    assert "FAIL ignored_auth" in result.output
    assert server.methods and set(server.methods) <= {"GET", "HEAD", "OPTIONS"}, server.methods
    _assert_no_secret(project / "reports" / "fuzz" / "petstore", [secret])
    assert secret not in result.output


def test_fuzz_library_reports_failures_by_check_with_reproductions(tmp_path: Path) -> None:
    spec = load_spec(PETSTORE, "petstore")
    server = BrokenPetStore()
    credentials = FuzzCredentials({"APIGEN_FUZZ_PETSTORE_API_KEY": "lib-key-0a9c"})
    options = FuzzOptions(max_examples=2, seed=SEED, phases=("examples", "fuzzing"), checks=("not_a_server_error",))
    result = fuzz(spec, server.app, tmp_path / "reports", options=options, credentials=credentials)
    assert not result.ok
    assert set(result.by_check()) == {"not_a_server_error"}
    failure = result.by_check()["not_a_server_error"][0]
    assert failure.operation == "GET /pets/{pet_id}" and failure.status == 500
    assert failure.reproduction[-1].startswith("curl -X GET")
    assert 'id="f1"' in (tmp_path / "reports" / "report.html").read_text()
    _assert_no_secret(tmp_path / "reports", ["lib-key-0a9c"])


def _inline_spec(schemes: dict[str, Any]) -> Any:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Demo", "version": "1"},
        "paths": {},
        "components": {"securitySchemes": schemes},
    }
    return parse_spec(json.dumps(document).encode(), Path("demo.yaml"), "demo")


@pytest.fixture(autouse=True)
def _no_stray_servers() -> Iterator[None]:
    def running() -> int:
        return sum(1 for t in threading.enumerate() if t.name == "loopback-server")

    before = running()
    yield
    assert running() <= before
