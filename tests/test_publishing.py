from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from packaging.version import Version
from typer.testing import CliRunner, Result

from generator import PackagingError, UsageError
from generator.jobs.cli import app
from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.release import publishing
from generator.release.packaging import build_distributions, create_venv, pip_install
from generator.release.publishing import Credentials, locate_index, published_versions, redact, versions_on_page
from generator.spec.project import Project

from .conftest import REPO

USER = "ci-publisher"
PASSWORD = "s3cr#t pw/%+x"  # characters that need quoting in URLs and forms: redaction must catch every form

# One call per client, to an operation whose only inputs are simple. It goes to the project's mock server
# (generator.mocking) over a loopback port. "auth": what the operation's security needs.
CALLS: dict[str, dict[str, Any]] = {
    "innovatrics": {"module": "licenses.list_licenses", "kwargs": {}, "auth": "basic"},
    "intelliprove": {"module": "account.get_quota", "kwargs": {}, "auth": "bearer"},
    "itmedicalvet": {"module": "media.get_media_url", "kwargs": {"app_name": "demo"}, "auth": None},
    "mdintegrations": {"module": "partner_metadata.list_partner_states", "kwargs": {}, "auth": "bearer"},
    "provider": {"module": "providers.list_providers", "kwargs": {}, "auth": "bearer"},
}
PATHS = {
    "innovatrics": "/api/license/list",
    "intelliprove": "/v1/account/quota",
    "itmedicalvet": "/api/v2/demo/media-url",
    "mdintegrations": "/v1/partner/metadata/states",
    "provider": "/api/v2/provider/",
}


# --- fast: page parsing, redaction, credentials -------------------------------------------------------------


def test_versions_on_page_reads_pep503_links() -> None:
    page = """<html><body>
      <a href="/packages/demo_client-1.0.0-py3-none-any.whl#sha256=ab">demo_client-1.0.0-py3-none-any.whl</a>
      <a href="../../packages/demo-client-1.1.0rc1.tar.gz">demo-client-1.1.0rc1.tar.gz</a>
      <a href="/packages/other_client-9.0.0.tar.gz">other_client-9.0.0.tar.gz</a>
      <a href="/packages/demo_client-2.0.0-py3.11.egg">an egg: not a file we know</a>
    </body></html>"""
    assert versions_on_page(page, "Demo.Client") == {Version("1.0"), Version("1.1.0rc1")}


def test_pip_index_urls_are_used_as_given() -> None:
    pypiserver = locate_index("http://127.0.0.1:1/simple", None)
    assert (pypiserver.simple, pypiserver.upload) == ("http://127.0.0.1:1/simple/", "http://127.0.0.1:1/")
    devpi = locate_index("http://127.0.0.1:1/ci/dev/+simple/", None)
    assert (devpi.simple, devpi.upload) == ("http://127.0.0.1:1/ci/dev/+simple/", "http://127.0.0.1:1/ci/dev/")
    assert devpi.project_page("Demo_Client") == "http://127.0.0.1:1/ci/dev/+simple/demo-client/"


def _serve(monkeypatch: pytest.MonkeyPatch, answer: Any) -> list[str]:
    """Route every httpx.Client to ``answer(request)``; returns the URLs requested."""
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        response: httpx.Response = answer(request)
        return response

    monkeypatch.setattr(httpx, "Client", functools.partial(httpx.Client, transport=httpx.MockTransport(handler)))
    return requested


def test_upload_url_leads_to_the_simple_index_it_serves(monkeypatch: pytest.MonkeyPatch) -> None:
    requested = _serve(monkeypatch, lambda r: httpx.Response(200 if r.url.path == "/ci/dev/+simple/" else 404))
    index = locate_index("http://127.0.0.1:1/ci/dev", None)
    assert (index.simple, index.upload) == ("http://127.0.0.1:1/ci/dev/+simple/", "http://127.0.0.1:1/ci/dev/")
    assert requested == ["http://127.0.0.1:1/ci/dev/+simple/"]


def test_no_simple_index_under_the_url_is_a_tool_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    _serve(monkeypatch, lambda r: httpx.Response(404))
    with pytest.raises(PackagingError, match=r"no package index answers at .*\+simple/ and .*/simple/"):
        locate_index("http://127.0.0.1:1/", None)


def test_pep691_json_pages_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    files = [{"filename": "demo_client-1.2.0-py3-none-any.whl"}, {"filename": "demo_client-1.3.0.tar.gz"}]
    json_type = {"content-type": "application/vnd.pypi.simple.v1+json"}
    _serve(monkeypatch, lambda r: httpx.Response(200, json={"files": files}, headers=json_type))
    index = locate_index("http://127.0.0.1:1/simple/", None)
    assert published_versions(index, "demo-client", None) == {Version("1.2.0"), Version("1.3.0")}


def test_rejected_credentials_name_the_variables_not_the_values(monkeypatch: pytest.MonkeyPatch) -> None:
    _serve(monkeypatch, lambda r: httpx.Response(403))
    credentials = Credentials(USER, PASSWORD, "TWINE_")
    with pytest.raises(PackagingError) as caught:
        published_versions(locate_index("http://127.0.0.1:1/simple/", credentials), "demo", credentials)
    message = str(caught.value)
    assert "rejected the credentials from TWINE_USERNAME/TWINE_PASSWORD (HTTP 403)" in message
    assert PASSWORD not in message and USER not in message


def test_missing_credentials_are_reported_before_contacting_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    requested = _serve(monkeypatch, lambda r: httpx.Response(200))
    env: dict[str, str | None] = {
        "APIGEN_ROOT": str(REPO),
        "APIGEN_INDEX_USERNAME": None,
        "APIGEN_INDEX_PASSWORD": None,
    }
    env |= {"TWINE_USERNAME": USER, "TWINE_PASSWORD": None}
    result = CliRunner().invoke(app, ["publish", "--index-url", "http://127.0.0.1:1/simple/"], env=env)
    assert result.exit_code == 2, result.output
    assert "TWINE_PASSWORD not set" in result.output
    assert requested == []
    with pytest.raises(UsageError, match="APIGEN_INDEX_USERNAME and APIGEN_INDEX_PASSWORD"):
        Credentials.require({})


def test_redact_hides_every_form_of_the_password() -> None:
    credentials = Credentials(USER, PASSWORD)
    text = f"p={PASSWORD} q=s3cr%23t%20pw%2F%25%2Bx f=s3cr%23t+pw%2F%25%2Bx http://bob:hunter2@127.0.0.1/"
    assert redact(text, credentials) == "p=*** q=*** f=*** http://bob:***@127.0.0.1/"
    assert PASSWORD not in repr(credentials)


def test_credentials_prefer_apigen_variables() -> None:
    both = {"APIGEN_INDEX_USERNAME": "a", "APIGEN_INDEX_PASSWORD": "1", "TWINE_USERNAME": "t", "TWINE_PASSWORD": "2"}
    assert Credentials.from_env(both) == Credentials("a", "1")
    assert Credentials.from_env({"TWINE_USERNAME": "t", "TWINE_PASSWORD": "2"}) == Credentials("t", "2", "TWINE_")
    assert Credentials.from_env({}) is None


def test_foreign_redirect_means_unknown_and_is_not_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    def index(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/simple/demo-client/":  # same origin: followed
            return httpx.Response(301, headers={"location": "/moved/demo-client/"})
        return httpx.Response(303, headers={"location": "https://pypi.org/simple/demo-client/"})  # elsewhere: not

    requested = _serve(monkeypatch, index)
    assert published_versions(locate_index("http://127.0.0.1:9/simple/", None), "Demo_Client", None) == set()
    assert requested == ["http://127.0.0.1:9/simple/demo-client/", "http://127.0.0.1:9/moved/demo-client/"]


# --- slow: a real pypiserver on loopback ----------------------------------------------------------------------


@dataclass(frozen=True)
class Index:
    url: str
    packages: Path

    def listing(self) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(self.packages.iterdir())}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"pypiserver exited with {server.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)  # poll interval while the server binds, not a synchronisation guess
    pytest.fail(f"pypiserver did not answer within 30 s:\n{log.read_text()}")


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    """pypiserver on a free loopback port; uploads need USER/PASSWORD (htpasswd); no fallback to pypi.org."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # passlib imports the stdlib crypt module
        from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

        htpasswd = HtpasswdFile(str(tmp_path / "htpasswd"), new=True)
        htpasswd.set_password(USER, PASSWORD)
    htpasswd.save()
    packages = tmp_path / "packages"
    packages.mkdir()
    port = _free_port()
    log = tmp_path / "pypiserver.log"
    command = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
    command += ["-a", "update", "-P", str(tmp_path / "htpasswd"), "--disable-fallback", str(packages)]
    with log.open("wb") as sink:
        server = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        _wait_until_up(url, server, log)
        yield Index(url, packages)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist + wheel of all five real clients in dist/<api>/ (test_packaging covers check and verify)."""
    out = tmp_path_factory.mktemp("dist")
    project = Project(REPO)
    for api in project.api_names():
        build_distributions(project.client_dir(api), out / api)
    return out


def _publish(*args: str, password: str = PASSWORD) -> Result:
    env: dict[str, str | None] = {"APIGEN_ROOT": str(REPO), "APIGEN_INDEX_USERNAME": USER}
    env |= {"APIGEN_INDEX_PASSWORD": password, "TWINE_USERNAME": None, "TWINE_PASSWORD": None}  # None: unset
    return CliRunner().invoke(app, ["publish", *args], env=env)


@pytest.fixture(scope="module")
def targets() -> Iterator[dict[str, dict[str, Any]]]:
    """Per API: where the installed client sends its call, with which headers (see CALLS)."""
    known = MockCredentials()
    project = Project(REPO)
    with contextlib.ExitStack() as servers:
        found: dict[str, dict[str, Any]] = {}
        for api, call in CALLS.items():
            origin = servers.enter_context(serve_on_loopback(create_app(project.load(api))))
            credentials = _credentials(call["auth"], known.basic_user, known.basic_password, known.bearer_token)
            found[api] = {"base_url": origin, "credentials": credentials}
        yield found


def _credentials(kind: str | None, user: str, password: str, token: str) -> dict[str, str]:
    """Keyword arguments of the generated ``Client`` for the scheme the called operation needs."""
    if kind == "basic":
        return {"username": user, "password": password}
    if kind == "bearer":
        return {"token": token}
    return {}


@pytest.mark.slow
def test_publish_all_install_from_index_and_call(
    index: Index, dist: Path, targets: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    apis = Project(REPO).api_names()
    assert apis == sorted(CALLS)
    result = _publish("--index-url", index.url, "--dist", str(dist))
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    assert len(index.listing()) == 2 * len(apis)

    # One venv for the five installs; it sees this interpreter's httpx/attrs through the overlay, so pip needs
    # nothing but our index (which has no fallback to pypi.org); the clients themselves are not in the overlay.
    python = create_venv(tmp_path / "venv")
    projects = [f"{api}-client==1.0.0" for api in apis]
    pip_install(python, "--index-url", f"{index.url}simple/", "--quiet", *projects)

    calls = {api: {"module": call["module"], "kwargs": call["kwargs"], **targets[api]} for api, call in CALLS.items()}
    run = subprocess.run(
        [str(python), "-I", "-c", _CALL, json.dumps(calls)],
        cwd=tmp_path,  # not the repo: the clients must come from the venv
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    answers = json.loads(run.stdout)
    for api in apis:
        answer = answers[api]
        assert answer["file"].startswith(str(tmp_path / "venv")), answer
        assert answer["requests"] == [["GET", targets[api]["base_url"] + PATHS[api]]], answer
        assert answer["status"] == 200, answer
        assert answer["parsed"] not in ("NoneType", "Unset"), answer


@pytest.mark.slow
def test_republishing_is_refused_for_all_before_any_upload(index: Index, dist: Path) -> None:
    first = _publish("provider", "--index-url", index.url, "--dist", str(dist))
    assert first.exit_code == 0, first.output
    before = index.listing()
    assert sorted(before) == ["provider_client-1.0.0-py3-none-any.whl", "provider_client-1.0.0.tar.gz"]

    again = _publish("--index-url", f"{index.url}simple/", "--dist", str(dist))  # all five, provider among them
    assert again.exit_code == 1
    assert "already has provider-client 1.0.0 (provider); nothing was uploaded" in again.output
    assert "uploading" not in again.output
    assert index.listing() == before  # the four new clients were not uploaded either
    assert PASSWORD not in first.output + again.output


@pytest.mark.slow
def test_wrong_password_fails_without_showing_it(index: Index, dist: Path) -> None:
    wrong = "wr0ng-" + PASSWORD
    result = _publish("intelliprove", "--index-url", index.url, "--dist", str(dist), password=wrong)
    assert result.exit_code == 3
    assert "rejected the credentials from APIGEN_INDEX_USERNAME/APIGEN_INDEX_PASSWORD (HTTP 403)" in result.output
    assert "--verbose" not in result.output
    assert "uploaded: none; not uploaded: intelliprove" in result.output
    assert wrong not in result.output and PASSWORD not in result.output
    assert index.listing() == {}


@pytest.mark.slow
def test_password_travels_in_twine_environment_not_argv(
    index: Index, dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def spy(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.append((list(args), dict(kwargs["env"])))
        return real_run(args, **kwargs)

    monkeypatch.setattr(subprocess, "run", spy)
    publishing.publish(["intelliprove"], dist, index.url, credentials=Credentials(USER, PASSWORD))
    ((argv, env),) = seen
    assert argv[1:4] == ["-m", "twine", "upload"]
    assert not any(PASSWORD in arg or USER in arg for arg in argv)
    assert (env["TWINE_USERNAME"], env["TWINE_PASSWORD"]) == (USER, PASSWORD)
    assert sorted(index.listing()) == ["intelliprove_client-1.0.0-py3-none-any.whl", "intelliprove_client-1.0.0.tar.gz"]


def test_publishing_unbuilt_api_is_a_usage_error(tmp_path: Path) -> None:
    result = _publish("provider", "--index-url", "http://127.0.0.1:9/", "--dist", str(tmp_path))
    assert result.exit_code == 2
    assert "nothing built for provider" in result.output


def test_unreachable_index_is_a_tool_failure(dist_stub: Path) -> None:
    with pytest.raises(PackagingError, match=r"cannot read http://127\.0\.0\.1:"):
        url = f"http://127.0.0.1:{_free_port()}/"
        publishing.publish(["provider"], dist_stub, url, credentials=Credentials(USER, PASSWORD))


@pytest.fixture
def dist_stub(tmp_path: Path) -> Path:
    """Empty files with the names of a build: enough for the index lookup, which fails before any upload."""
    (tmp_path / "provider").mkdir()
    for name in ("provider_client-1.0.0.tar.gz", "provider_client-1.0.0-py3-none-any.whl"):
        (tmp_path / "provider" / name).write_bytes(b"")
    return tmp_path


# Runs in the venv: each client makes one call to its live mock.
_CALL = """
import importlib, json, sys
answers = {}
for api, call in json.loads(sys.argv[1]).items():
    package = importlib.import_module(f"{api}_client")
    operation = importlib.import_module(f"{api}_client.api.{call['module']}")
    requests = []
    def record(request, requests=requests):
        requests.append([request.method, str(request.url)])
    httpx_args = {"event_hooks": {"request": [record]}}
    client = package.Client(base_url=call["base_url"], httpx_args=httpx_args, **call["credentials"])
    response = operation.sync_detailed(client=client, **call["kwargs"])
    answers[api] = {
        "file": package.__file__,
        "requests": requests,
        "status": int(response.status_code),
        "parsed": type(response.parsed).__name__,
    }
print(json.dumps(answers))
"""
