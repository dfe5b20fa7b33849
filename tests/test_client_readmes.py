"""Every ``python`` block of every generated client's README runs, as written, against that API's mock.

The blocks of one README run in order in one namespace (later blocks use the ``client`` of earlier ones),
with the base URL and the mock's credentials in the environment, as the README tells its readers to do.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.spec.project import Project

from .conftest import REPO

PROJECT = Project(REPO)
APIS = PROJECT.api_names()
FENCED_PYTHON = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(markdown: str) -> list[str]:
    return [match.group(1) for match in FENCED_PYTHON.finditer(markdown)]


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, str]]:
    """Every API's mock on 127.0.0.1: API name -> base URL (origin plus the spec's base path)."""
    with ExitStack() as servers:
        urls = {}
        for api in APIS:
            spec = PROJECT.load(api)
            origin = servers.enter_context(serve_on_loopback(create_app(spec)))
            urls[api] = origin + spec.base_path
        yield urls


@pytest.fixture(scope="module", autouse=True)
def _clients_on_path() -> Iterator[None]:
    dirs = [str(PROJECT.client_dir(api)) for api in APIS]
    sys.path[:0] = dirs
    yield
    for entry in dirs:
        sys.path.remove(entry)


def _environment(api: str, base_url: str) -> dict[str, str]:
    mock = MockCredentials()
    prefix = api.upper()
    values = {
        "BASE_URL": base_url,
        "API_KEY": mock.api_key,
        "TOKEN": mock.bearer_token,
        "USERNAME": mock.basic_user,
        "PASSWORD": mock.basic_password,
        "CLIENT_ID": mock.client_id,
        "CLIENT_SECRET": mock.client_secret,
    }
    return {f"{prefix}_{name}": value for name, value in values.items()}


def test_every_readme_has_examples() -> None:
    for api in APIS:
        blocks = python_blocks((PROJECT.client_dir(api) / "README.md").read_text())
        assert len(blocks) >= 5, api  # use, timeouts, retries, errors, async at least


@pytest.mark.parametrize("api", APIS)
def test_readme_examples_run_against_the_mock(
    api: str, mocks: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in _environment(api, mocks[api]).items():
        monkeypatch.setenv(name, value)
    namespace: dict[str, object] = {"__name__": f"readme_{api}"}
    for number, block in enumerate(python_blocks((PROJECT.client_dir(api) / "README.md").read_text()), 1):
        try:
            exec(compile(block, f"{api}-client/README.md block {number}", "exec"), namespace)
        except Exception as error:
            pytest.fail(f"{api} README block {number} failed: {error!r}\n{block}")
    assert "result" in namespace  # the first example did call the API
    capsys.readouterr()
