"""The committed clients in generated/: in sync with specs/ and templates/, importable, ruff- and mypy-clean."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.codegen import generating
from generator.spec.project import Project

from .conftest import REPO

PROJECT = Project(REPO)
APIS = PROJECT.api_names()


@pytest.fixture(scope="module", autouse=True)
def _clients_on_path() -> Iterator[None]:
    dirs = [str(PROJECT.client_dir(api)) for api in APIS]
    sys.path[:0] = dirs
    yield
    for entry in dirs:
        sys.path.remove(entry)


def test_every_spec_has_a_committed_client() -> None:
    assert APIS, "no specs found"
    for api in APIS:
        assert (PROJECT.client_dir(api) / "pyproject.toml").is_file(), f"run: apigen generate {api}"


def test_generated_is_in_sync_with_specs_and_templates() -> None:
    specs = [PROJECT.load(api) for api in APIS]
    drifts = generating.check(PROJECT, specs)
    assert drifts == [], "generated/ is stale; run `apigen generate`:\n" + "\n".join(map(str, drifts))


@pytest.mark.parametrize("api", APIS)
def test_client_imports_and_exposes_typed_surface(api: str) -> None:
    package = importlib.import_module(f"{api}_client")
    assert (Path(package.__file__ or "").parent / "py.typed").is_file()
    client = package.Client(base_url="http://127.0.0.1:9")
    assert client is not None
    models = importlib.import_module(f"{api}_client.pydantic_models")
    assert any(isinstance(v, type) and hasattr(v, "model_validate") for v in vars(models).values())


def _run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=PROJECT.generated_dir, capture_output=True, text=True)


def test_generated_clients_pass_mypy_strict() -> None:
    packages = [f"{api}-client/{api}_client" for api in APIS]
    result = _run_tool("mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", *packages)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_clients_pass_ruff() -> None:
    result = _run_tool("ruff", "check", "--no-cache", *[f"{api}-client" for api in APIS])
    assert result.returncode == 0, result.stdout + result.stderr
    result = _run_tool("ruff", "format", "--check", "--no-cache", *[f"{api}-client" for api in APIS])
    assert result.returncode == 0, result.stdout + result.stderr
