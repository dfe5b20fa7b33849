"""OAuth2's device authorization flow (OpenAPI 3.2 ``deviceAuthorization``, RFC 8628): the generated
``device_flow.device_token`` asks for a code, hands it over, and polls the token endpoint as the server says
(``interval``, ``slow_down``), against a loopback server; the README documents it."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generator.codegen.distribution import distribution_context
from generator.codegen.generating import render
from generator.mocking import serve_on_loopback
from generator.spec.loading import load_spec

from .conftest import FIXTURES, REPO

STREAMS = FIXTURES / "openapi32" / "streams.yaml"
DEVICE_CODE = "device-code-kept-secret"


@pytest.fixture(scope="module")
def device_flow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("device") / "streams-client"
    spec = load_spec(STREAMS)
    render(spec, root, REPO / "templates", formatted=False)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(f"{spec.package_name}.device_flow")
    finally:
        sys.path.remove(str(root))


class _Server:
    """Device endpoint, then a token endpoint answering ``answers`` in turn; keeps every token request's form."""

    def __init__(self, *answers: tuple[int, dict[str, Any]]) -> None:
        self.answers = list(answers)
        self.polls: list[dict[str, str]] = []
        self.app = Starlette(
            routes=[Route("/device", self.device, methods=["POST"]), Route("/token", self.token, methods=["POST"])]
        )

    async def device(self, request: Request) -> JSONResponse:
        form = await request.form()
        assert form["client_id"] == "cli" and form["scope"] == "chat"
        return JSONResponse(
            {
                "device_code": DEVICE_CODE,
                "user_code": "WDJB-MJHT",
                "verification_uri": "https://example.com/device",
                "expires_in": 60,
                "interval": 2,
            }
        )

    async def token(self, request: Request) -> JSONResponse:
        self.polls.append({k: str(v) for k, v in (await request.form()).items()})
        status, body = self.answers.pop(0)
        return JSONResponse(body, status_code=status)


class _Clock:
    def __init__(self) -> None:
        self.now, self.slept = 0.0, list[float]()

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _run(module: ModuleType, server: _Server, clock: _Clock, shown: list[Any]) -> str:
    with serve_on_loopback(server.app) as origin:
        token: str = module.device_token(
            "cli",
            on_code=shown.append,
            device_authorization_url=f"{origin}/device",
            token_url=f"{origin}/token",
            sleep=clock.sleep,
            clock=lambda: clock.now,
        )
    return token


def test_the_token_comes_after_pending_and_slow_down_at_the_intervals_asked(device_flow: ModuleType) -> None:
    server = _Server(
        (400, {"error": "authorization_pending"}),
        (400, {"error": "slow_down"}),
        (200, {"access_token": "tok", "token_type": "Bearer"}),
    )
    clock, shown = _Clock(), list[Any]()
    assert _run(device_flow, server, clock, shown) == "tok"
    assert clock.slept == [2, 2, 7]  # interval 2 s, then 5 s more after slow_down
    assert [code.user_code for code in shown] == ["WDJB-MJHT"] and DEVICE_CODE not in repr(shown[0])
    assert all(
        p == {"grant_type": device_flow.GRANT_TYPE, "device_code": DEVICE_CODE, "client_id": "cli"}
        for p in server.polls
    )
    assert device_flow.GRANT_TYPE == "urn:ietf:params:oauth:grant-type:device_code"


def test_a_denial_and_an_expired_code_end_the_flow_without_the_device_code(device_flow: ModuleType) -> None:
    with pytest.raises(device_flow.DeviceFlowError, match="access_denied") as denied:
        _run(device_flow, _Server((400, {"error": "access_denied"})), _Clock(), [])
    assert DEVICE_CODE not in str(denied.value)
    pending = (400, {"error": "authorization_pending"})
    with pytest.raises(device_flow.DeviceFlowError, match="expired_token"):
        _run(device_flow, _Server(*[pending] * 40), _Clock(), [])  # 60 s at 2 s each: polling stops at the expiry


def test_endpoints_on_the_default_server_follow_the_base_url_and_the_readme_says_how(tmp_path: Path) -> None:
    spec_path = tmp_path / "streams.yaml"
    spec_path.write_text(
        STREAMS.read_text().replace("https://streams.example.com/device", "https://streams.example.com/v1/device")
    )
    (flow,) = distribution_context(load_spec(spec_path))["device_flows"]
    assert (flow["scheme"], flow["device_url"], flow["token_url"]) == (
        "Device",
        "/device",
        "https://streams.example.com/token",
    )
    readme = (tmp_path / "out").joinpath("README.md")
    render(load_spec(spec_path), readme.parent, REPO / "templates", formatted=False)
    assert "device authorization flow (RFC 8628" in readme.read_text() and "device_token(" in readme.read_text()
