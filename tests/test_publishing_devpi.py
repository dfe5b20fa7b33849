"""``apigen publish`` against a real devpi-server on loopback: its simple pages live at ``<user>/<index>/+simple/``.

devpi accepts a re-upload of the same version on a volatile index (its default), so only apigen's own guard can
refuse it: the second publish must fail before anything reaches the index (its change serial does not move).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner, Result

from generator.jobs.cli import app
from generator.release.packaging import build_distributions
from generator.spec.project import Project

from .conftest import REPO
from .test_publishing import PASSWORD, USER, _free_port

pytestmark = pytest.mark.slow

_STARTUP_SECONDS = 60
_COMMAND_SECONDS = 60
# devpi derives its token key with argon2 at start-up (about 20 s on a shared CI core); these hidden options are
# the ones devpi's own test suite lowers. Only this throw-away server uses them.
_FAST_KEY_DERIVATION = ["--argon2-time-cost", "1", "--argon2-memory-cost", "8", "--argon2-parallelism", "1"]


@dataclass(frozen=True)
class Devpi:
    root: str  # http://127.0.0.1:<port>/
    env: dict[str, str]  # for devpi-client: its own client dir, never the user's

    def client(self, *args: str) -> None:
        run = subprocess.run(
            [_tool("devpi"), *args], env=self.env, capture_output=True, text=True, timeout=_COMMAND_SECONDS
        )
        assert run.returncode == 0, f"devpi {args[0]} failed:\n{run.stdout}\n{run.stderr}"

    def serial(self) -> int:
        """devpi's change counter: any upload moves it."""
        return int(httpx.get(f"{self.root}+api", timeout=10).headers["X-Devpi-Serial"])


def _tool(name: str) -> str:
    """A devpi console script of this interpreter's environment (the test extra installs them), PATH or not."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def _run(command: list[str], log: Path) -> None:
    with log.open("ab") as sink:
        subprocess.run(command, stdout=sink, stderr=subprocess.STDOUT, check=True, timeout=_COMMAND_SECONDS)


def _wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + _STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"devpi-server exited with {server.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}+api", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)  # poll interval while the server starts, not a synchronisation guess
    pytest.fail(f"devpi-server did not answer within {_STARTUP_SECONDS} s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def devpi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Devpi]:
    """A devpi-server on a free loopback port (offline: no root/pypi mirror), with the user USER/PASSWORD."""
    base = tmp_path_factory.mktemp("devpi")
    server_dir, log = base / "server", base / "devpi.log"
    _run(
        [_tool("devpi-init"), "--serverdir", str(server_dir), "--no-root-pypi", "--root-passwd", secrets.token_hex()],
        log,
    )
    _run([_tool("devpi-gen-secret"), "--secretfile", str(base / "secret")], log)
    port = _free_port()
    command = [_tool("devpi-server"), "--serverdir", str(server_dir), "--host", "127.0.0.1", "--port", str(port)]
    command += ["--offline-mode", "--secretfile", str(base / "secret"), *_FAST_KEY_DERIVATION]
    with log.open("ab") as sink:
        server = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    try:
        root = f"http://127.0.0.1:{port}/"
        _wait_until_up(root, server, log)
        found = Devpi(root, {**os.environ, "DEVPI_CLIENTDIR": str(base / "client")})
        found.client("use", root)
        found.client("user", "--create", USER, f"password={PASSWORD}")
        found.client("login", USER, "--password", PASSWORD)
        yield found
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


@pytest.fixture
def index(devpi: Devpi, request: pytest.FixtureRequest) -> str:
    """A fresh volatile index (devpi's default: it would accept a re-upload) of USER; its pip URL."""
    name = request.node.name.replace("_", "-")[:40]
    devpi.client("index", "--create", f"{USER}/{name}", "bases=")
    return f"{devpi.root}{USER}/{name}/+simple/"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build_distributions(Project(REPO).client_dir("provider"), out / "provider")
    return out


def _publish(index_url: str, dist: Path, password: str = PASSWORD) -> Result:
    env: dict[str, str | None] = {"APIGEN_ROOT": str(REPO), "APIGEN_INDEX_USERNAME": USER}
    env |= {"APIGEN_INDEX_PASSWORD": password, "TWINE_USERNAME": None, "TWINE_PASSWORD": None}
    return CliRunner().invoke(app, ["publish", "provider", "--index-url", index_url, "--dist", str(dist)], env=env)


def test_second_publish_is_refused_before_uploading(devpi: Devpi, index: str, dist: Path) -> None:
    first = _publish(index, dist)
    assert first.exit_code == 0, first.output
    page = httpx.get(f"{index}provider-client/", timeout=10).text
    assert "provider_client-1.0.0-py3-none-any.whl" in page and "provider_client-1.0.0.tar.gz" in page

    serial = devpi.serial()
    again = _publish(index, dist)
    assert again.exit_code == 1, again.output
    assert "already has provider-client 1.0.0 (provider); nothing was uploaded" in again.output
    assert "uploading" not in again.output
    assert devpi.serial() == serial  # nothing reached the index
    assert PASSWORD not in first.output + again.output


def test_the_upload_url_finds_the_index_too(devpi: Devpi, index: str, dist: Path) -> None:
    upload_url = index.removesuffix("+simple/")
    assert _publish(upload_url, dist).exit_code == 0
    again = _publish(upload_url, dist)
    assert again.exit_code == 1 and "nothing was uploaded" in again.output


def test_wrong_password_names_the_variables_not_the_values(devpi: Devpi, index: str, dist: Path) -> None:
    wrong = "wr0ng-" + PASSWORD
    serial = devpi.serial()
    result = _publish(index, dist, password=wrong)
    assert result.exit_code == 3, result.output
    assert "rejected the credentials from APIGEN_INDEX_USERNAME/APIGEN_INDEX_PASSWORD" in result.output
    assert "--verbose" not in result.output
    assert wrong not in result.output and PASSWORD not in result.output
    assert devpi.serial() == serial
