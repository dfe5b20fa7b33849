"""The main job end to end on a throwaway project: validate, generate, build, fuzz; one summary."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from generator import main_job
from generator.cli import app
from generator.project import Project


@pytest.mark.slow
def test_main_job_runs_every_stage_and_surfaces_fuzz_failures(tmp_project: Project) -> None:
    steps: list[tuple[str, str]] = []
    options = main_job.MainJobOptions(max_examples=3, jobs=1, workers=1, out_dir=tmp_project.root / "dist")

    (summary,) = main_job.run(tmp_project, ["petstore"], options, progress=lambda api, step: steps.append((api, step)))

    assert summary.api == "petstore" and summary.operations == 5
    assert summary.files > 10 and (tmp_project.client_dir("petstore") / "pyproject.toml").is_file()
    assert summary.wheel.startswith("petstore_client-") and summary.wheel.endswith(".whl")
    # The petstore fixture declares no 400/422, so fuzzing its mock finds the undocumented 422s.
    assert summary.fuzz_cases > 0 and summary.failures >= 1 and not summary.ok
    assert summary.fuzz_report is not None and summary.fuzz_report.is_file()
    assert ("petstore", "valid") in steps
    table = main_job.table([summary])
    assert "petstore" in table and summary.wheel in table and table.splitlines()[-1].startswith("total")


def test_run_command_stops_on_a_broken_spec(tmp_project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    (tmp_project.specs_dir / "broken.yaml").write_text("openapi: 3.1.0\ninfo: [\n")
    result = CliRunner().invoke(app, ["run", "--no-build", "--no-fuzz"])
    assert result.exit_code == 1
    assert "broken.yaml:" in result.stderr
    assert not tmp_project.generated_dir.exists()


def test_run_command_without_build_and_fuzz(tmp_project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    result = CliRunner().invoke(app, ["run", "--no-build", "--no-fuzz"])
    assert result.exit_code == 0, result.output
    assert "petstore" in result.stdout and "total" in result.stdout


@pytest.mark.slow
def test_main_job_is_clean_once_the_spec_documents_its_errors(tmp_project: Project) -> None:
    spec_file = tmp_project.spec_path("petstore")
    lines = spec_file.read_text().splitlines(keepends=True)
    invalid = "        4XX:\n          description: Client error (invalid input, missing credentials).\n"
    documented = [line + invalid if line == "      responses:\n" else line for line in lines]
    assert documented != lines
    spec_file.write_text("".join(documented))
    options = main_job.MainJobOptions(build=False, max_examples=3, jobs=1, workers=1)
    (summary,) = main_job.run(tmp_project, ["petstore"], options)
    assert summary.fuzz_cases > 0 and summary.failures == 0 and summary.ok
