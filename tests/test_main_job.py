"""The main job end to end on a throwaway project: validate, generate, build, fuzz; one summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.jobs import main_job
from generator.jobs.cli import app
from generator.spec.project import Project


@pytest.mark.slow
def test_main_job_runs_every_stage_and_surfaces_fuzz_failures(tmp_project: Project) -> None:
    steps: list[tuple[str, str]] = []
    options = main_job.MainJobOptions(max_examples=3, jobs=1, workers=1, out_dir=tmp_project.root / "dist")

    job = main_job.run(tmp_project, ["petstore"], options, progress=lambda api, step: steps.append((api, step)))
    (summary,) = job.apis

    assert summary.api == "petstore" and summary.operations == 5
    assert summary.files > 10 and (tmp_project.client_dir("petstore") / "pyproject.toml").is_file()
    assert summary.wheel.startswith("petstore_client-") and summary.wheel.endswith(".whl")
    # The petstore fixture declares no 400/422: the 422s its mock must send are the spec's gaps, warned about.
    assert summary.fuzz_cases > 0 and summary.failures == 0 and summary.ok
    assert any("[undocumented-status]" in warning and "422" in warning for warning in summary.warnings)
    assert summary.fuzz_report is not None and summary.fuzz_report.is_file()
    assert ("petstore", "valid") in steps
    assert list(job.stages) == ["validate", "generate", "build", "fuzz"]
    assert summary.fuzz_log is not None and summary.fuzz_log.name == "run.log" and summary.fuzz_log.is_file()
    table = main_job.table(job)
    assert "petstore" in table and summary.wheel in table
    assert any(line.startswith("total") for line in table.splitlines())


def test_run_command_stops_on_a_broken_spec(tmp_project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    (tmp_project.specs_dir / "broken.yaml").write_text("openapi: 3.1.0\ninfo: [\n")
    result = CliRunner().invoke(app, ["run", "--no-build", "--no-fuzz"])
    assert result.exit_code == 1
    assert "broken.yaml:" in result.stderr
    assert "problem(s) in broken.yaml; nothing was generated or changed." in result.stderr
    assert not tmp_project.generated_dir.exists()


def test_run_command_without_build_and_fuzz(tmp_project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    result = CliRunner().invoke(app, ["run", "--no-build", "--no-fuzz"])
    assert result.exit_code == 0, result.output
    row = next(line.split() for line in result.stdout.splitlines() if line.startswith("petstore"))
    # api, ops, hooks, files, wheel, fuzz cases, failures, time: nothing built or fuzzed shows "-", not 0
    assert row[:2] == ["petstore", "5"] and row[4:7] == ["-", "-", "-"]


def _summary(
    api: str, seconds: float, fuzz_cases: int | None = None, failures: int | None = None
) -> main_job.ApiSummary:
    return main_job.ApiSummary(api, operations=3, seconds=seconds, fuzz_cases=fuzz_cases, failures=failures)


def test_table_total_is_wall_clock_and_says_why_rows_add_up_to_more() -> None:
    job = main_job.MainJobReport(
        [_summary("alpha", 5.0, fuzz_cases=10, failures=0), _summary("beta", 6.0, fuzz_cases=7, failures=2)],
        stages={"validate": 0.5, "generate": 2.0, "build": 4.0, "fuzz": 1.5},
    )
    lines = main_job.table(job).splitlines()
    total = next(line.split() for line in lines if line.startswith("total"))
    assert total[-3:] == ["17", "2", "8.0s"]  # 0.5 + 2 + 4 + 1.5 s of stages, not 5 + 6 s of rows
    assert "wall-clock time: validate 0.5s, generate 2.0s, build 4.0s, fuzz 1.5s." in lines[-1]


def test_table_without_fuzzing_shows_dashes_not_zeros() -> None:
    job = main_job.MainJobReport([_summary("alpha", 1.0)], stages={"validate": 0.1, "generate": 0.9})
    total = next(line.split() for line in main_job.table(job).splitlines() if line.startswith("total"))
    assert total[-3:] == ["-", "-", "1.0s"]
    assert job.ok


def test_operations_and_webhooks_are_counted_apart(repo_project: Project) -> None:
    spec = repo_project.load("mdintegrations")
    summary = main_job.ApiSummary.of(spec)
    http = sum(1 for op in spec.operations() if not op.webhook)
    assert (summary.operations, summary.webhooks) == (http, sum(1 for _ in spec.operations()) - http)
    assert summary.webhooks > 0 and summary.operations > 0


SCHEMATHESIS_LOG_TAIL = """\
==================== WARNINGS ====================

Authentication failed: 1 operation returned only 401/403 responses

401 Unauthorized (1 operation):
  - POST /v1/hubspot/auth

==================== SUMMARY ====================

Warnings:
  \x1b[33m⚠️ Authentication failed: \x1b[1m1\x1b[0m\x1b[33m operation returned only 401/403 responses\x1b[0m
  ⚠️ Missing test data: 2 operations repeatedly returned 404 responses

Test cases:
  67 generated, 67 passed
"""


def test_log_warnings_reads_the_summary_block_of_the_run_log(tmp_path: Path) -> None:
    log = tmp_path / "run.log"
    log.write_text(SCHEMATHESIS_LOG_TAIL, encoding="utf-8")
    assert main_job.log_warnings(log) == [
        "Authentication failed: 1 operation returned only 401/403 responses",
        "Missing test data: 2 operations repeatedly returned 404 responses",
    ]
    assert main_job.log_warnings(tmp_path / "absent.log") == []


def test_run_command_prints_fuzz_warnings(
    tmp_project: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log = tmp_path / "run.log"
    log.write_text(SCHEMATHESIS_LOG_TAIL, encoding="utf-8")

    def fake_run(*args: object, **kwargs: object) -> main_job.MainJobReport:
        summary = main_job.ApiSummary("petstore", 5, fuzz_cases=67, failures=0, fuzz_log=log)
        summary.warnings = main_job.log_warnings(log)
        return main_job.MainJobReport([summary], stages={"fuzz": 1.0})

    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    monkeypatch.setattr(main_job, "run", fake_run)
    result = CliRunner().invoke(app, ["run"])
    assert result.exit_code == 0, result.output
    expected = "petstore: warning: Authentication failed: 1 operation returned only 401/403 responses (details: "
    assert expected + f"{log})" in result.stderr


@pytest.mark.slow
def test_main_job_is_clean_once_the_spec_documents_its_errors(tmp_project: Project) -> None:
    spec_file = tmp_project.spec_path("petstore")
    lines = spec_file.read_text().splitlines(keepends=True)
    invalid = "        4XX:\n          description: Client error (invalid input, missing credentials).\n"
    documented = [line + invalid if line == "      responses:\n" else line for line in lines]
    assert documented != lines
    spec_file.write_text("".join(documented))
    options = main_job.MainJobOptions(build=False, max_examples=3, jobs=1, workers=1)
    (summary,) = main_job.run(tmp_project, ["petstore"], options).apis
    assert summary.fuzz_cases > 0 and summary.failures == 0 and summary.ok
