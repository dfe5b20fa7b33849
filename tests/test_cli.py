"""End-to-end: the ``apigen`` command line as a user drives it (exit codes, messages, files touched)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.project import Project

from .conftest import FIXTURES, petstore_project, snapshot

BROKEN = FIXTURES / "broken"
EXPECTED = json.loads((BROKEN / "expected.json").read_text())


@pytest.fixture(scope="module")
def petstore_generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/ of the petstore project, rendered once for the module."""
    root = petstore_project(tmp_path_factory.mktemp("once")).root
    result = CliRunner().invoke(app, ["generate"], env={"APIGEN_ROOT": str(root)})
    assert result.exit_code == 0, result.output
    return root / "generated"


@pytest.fixture
def runner(tmp_project: Project, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    return CliRunner()


def test_validate_ok(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert "ok  petstore" in result.output


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_broken_spec_is_rejected_and_generated_untouched(
    runner: CliRunner, tmp_project: Project, petstore_generated: Path, case: str
) -> None:
    shutil.copytree(petstore_generated, tmp_project.generated_dir)
    before = snapshot(tmp_project.generated_dir)
    shutil.copy(BROKEN / f"{case}.yaml", tmp_project.specs_dir / "broken.yaml")

    result = runner.invoke(app, ["generate"])

    expected = EXPECTED[case]
    assert result.exit_code == 1, result.output
    first = next(line for line in result.stderr.splitlines() if "broken.yaml" in line)
    assert f"broken.yaml:{expected['line']}: " in first
    assert expected["pointer"] in first and expected["message"] in first
    assert "nothing was generated or changed" in result.stderr
    assert snapshot(tmp_project.generated_dir) == before


def test_generate_check_reports_drift_then_passes(runner: CliRunner, tmp_project: Project) -> None:
    assert runner.invoke(app, ["generate"]).exit_code == 0
    assert runner.invoke(app, ["generate", "--check"]).exit_code == 0
    readme = tmp_project.client_dir("petstore") / "README.md"
    readme.write_text("hand edited\n")

    result = runner.invoke(app, ["generate", "--check"])

    assert result.exit_code == 1
    assert "petstore: changed: README.md" in result.stderr
    assert readme.read_text() == "hand edited\n"  # --check never writes


def test_generate_shows_progress_and_caches(runner: CliRunner) -> None:
    first = runner.invoke(app, ["generate"])
    second = runner.invoke(app, ["generate"])
    assert "generated  petstore" in first.stderr
    assert "unchanged  petstore" in second.stderr


def test_unknown_api_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", "nosuchapi"])
    assert result.exit_code == 2
    assert "unknown API nosuchapi; known: petstore" in result.stderr


def test_bad_flag_shows_usage(runner: CliRunner) -> None:
    result = runner.invoke(app, ["generate", "--frobnicate"])
    assert result.exit_code == 2
    assert "Usage:" in result.output and "No such option" in result.output


@pytest.mark.parametrize("command", [[], ["validate"], ["generate"]])
def test_every_command_has_help(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_python_dash_m_entry_point(tmp_project: Project) -> None:
    env = {"APIGEN_ROOT": str(tmp_project.root), "PATH": str(Path(sys.executable).parent)}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "ok  petstore" in result.stdout


def test_version_flag(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("apigen 0.")


@pytest.mark.slow
def test_mock_command_serves_the_api_and_its_docs(tmp_project: Project) -> None:
    import socket
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {"APIGEN_ROOT": str(tmp_project.root), "PATH": str(Path(sys.executable).parent)}
    command = [sys.executable, "-m", "generator", "mock", "petstore", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                docs = httpx.get(f"{base}/docs", follow_redirects=True)
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        else:
            pytest.fail("apigen mock did not start")
        assert docs.status_code == 200 and "swagger" in docs.text.lower()
        assert httpx.get(f"{base}/v1/pets").status_code == 401
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in output


def test_mock_command_rejects_unknown_api(runner: CliRunner) -> None:
    result = runner.invoke(app, ["mock", "nosuchapi"])
    assert result.exit_code == 2
    assert "unknown API nosuchapi" in result.stderr
