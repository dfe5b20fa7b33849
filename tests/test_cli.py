"""End-to-end: the ``apigen`` command line as a user drives it (exit codes, messages, files touched)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from generator.errors import (
    AlreadyPublishedError,
    GenerationError,
    PackagingError,
    Problem,
    SpecError,
    UsageError,
)
from generator.jobs import cli
from generator.jobs.cli import EXIT_CODES, app
from generator.spec.project import Project

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
    clean = runner.invoke(app, ["generate", "--check"])
    assert clean.exit_code == 0
    progress = clean.stderr.splitlines()  # not silent while it renders
    assert progress[0].startswith("checking 1 API(s)") and progress[1].startswith("  rendered   petstore")
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


def test_a_project_without_templates_gets_a_clear_error_and_keeps_generated(
    runner: CliRunner, tmp_project: Project
) -> None:
    assert runner.invoke(app, ["generate"]).exit_code == 0
    before = snapshot(tmp_project.generated_dir)
    shutil.rmtree(tmp_project.templates_dir)
    result = runner.invoke(app, ["generate", "--force"])
    assert result.exit_code == 2 and "no client templates in" in result.output
    assert "Traceback" not in result.output
    assert snapshot(tmp_project.generated_dir) == before


def test_unknown_api_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", "nosuchapi"])
    assert result.exit_code == 2
    assert "unknown API nosuchapi; known: petstore" in result.stderr


def test_bad_flag_shows_usage(runner: CliRunner) -> None:
    result = runner.invoke(app, ["generate", "--frobnicate"])
    assert result.exit_code == 2
    assert "Usage:" in result.output and "No such option" in result.output


CLICK_GROUP = typer.main.get_group(app)
COMMANDS = sorted(CLICK_GROUP.commands)


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)])
def test_every_command_has_help(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_help_shows_bracketed_text_literally(runner: CliRunner, name: str) -> None:
    """Help is plain text: "[rule]" or "[API...]" in a docstring is not swallowed as markup."""
    bracketed = re.findall(r"\[[^\]\s]+\]", CLICK_GROUP.commands[name].help or "")
    help_text = " ".join(runner.invoke(app, [name, "--help"]).output.split())
    assert all(token in help_text for token in bracketed), bracketed
    if name == "validate":
        assert "[rule]" in help_text


def test_root_help_lists_the_exit_codes(runner: CliRunner) -> None:
    help_text = " ".join(runner.invoke(app, ["--help"]).output.split())
    assert EXIT_CODES in help_text


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (SpecError([Problem(Path("specs/x.yaml"), 3, "/info", "bad")]), 1),
        (AlreadyPublishedError("x 1.0.0 is on the index"), 1),
        (UsageError("unknown API x"), 2),
        (GenerationError("generator failed"), 3),
        (PackagingError("index refused the upload"), 3),
    ],
)
def test_errors_map_to_the_documented_exit_codes(error: Exception, code: int) -> None:
    """The codes EXIT_CODES (and so --help and the README) promise for each kind of error."""
    with pytest.raises(typer.Exit) as raised:
        cli._run(lambda: (_ for _ in ()).throw(error))
    assert raised.value.exit_code == code
    assert f"{code} " in EXIT_CODES


BAD_SPEC = "openapi: 3.1.0\ninfo: [\n"


@pytest.mark.parametrize(
    ("command", "tail"),
    [
        (["validate"], "problem(s) in broken.yaml."),
        (["generate"], "problem(s) in broken.yaml; nothing was generated or changed."),
        (["mock", "broken"], "problem(s) in broken.yaml; fix the spec first (apigen validate lists every problem)."),
        (["fuzz", "broken"], "problem(s) in broken.yaml; fix the spec first (apigen validate lists every problem)."),
    ],
)
def test_bad_spec_message_fits_the_command(
    runner: CliRunner, tmp_project: Project, command: list[str], tail: str
) -> None:
    (tmp_project.specs_dir / "broken.yaml").write_text(BAD_SPEC)
    result = runner.invoke(app, command)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].endswith(tail), result.stderr


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
