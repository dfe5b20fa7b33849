"""The CI workflow files (GitHub Actions, GitLab CI) against check-jsonschema's vendored schemas, offline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.main import get_command

from generator.jobs.cli import app

from .conftest import REPO

GITHUB = sorted((REPO / ".github" / "workflows").glob("*.yml"))
GITLAB = REPO / ".gitlab-ci.yml"
RELEASE_SCRIPT = REPO / ".ci" / "release-changed-specs"
# Every proxy points at a closed loopback port: a schema fetched from the network would fail the check.
OFFLINE = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}


def check_jsonschema(schema: str, path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env={**os.environ, **OFFLINE})


def test_there_are_both_workflows() -> None:
    assert {path.name for path in GITHUB} == {"docs-pull.yml", "release.yml"}
    assert GITLAB.is_file()


@pytest.mark.parametrize("path", GITHUB, ids=lambda path: path.name)
def test_github_workflow_is_valid(path: Path) -> None:
    result = check_jsonschema("vendor.github-workflows", path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gitlab_ci_is_valid() -> None:
    result = check_jsonschema("vendor.gitlab-ci", GITLAB)
    assert result.returncode == 0, result.stdout + result.stderr


def test_broken_github_workflow_fails(tmp_path: Path) -> None:
    broken = tmp_path / "release.yml"
    broken.write_text((REPO / ".github" / "workflows" / "release.yml").read_text().replace("runs-on:", "runs_on:"))
    result = check_jsonschema("vendor.github-workflows", broken)
    assert result.returncode == 1
    assert "$.jobs.release" in result.stdout


def test_broken_gitlab_ci_fails(tmp_path: Path) -> None:
    """The mistake the schema caught while this file was written: an unquoted ': ' turns a command into a mapping."""
    broken = tmp_path / ".gitlab-ci.yml"
    text = GITLAB.read_text()
    assert "'git diff --cached --quiet || git commit -m \"Release: " in text
    broken.write_text(
        text.replace(
            "'git diff --cached --quiet || git commit -m \"Release: ",
            'git diff --cached --quiet || git commit -m "Release: ',
        ).replace("[skip ci]\"'", '[skip ci]"')
    )
    result = check_jsonschema("vendor.gitlab-ci", broken)
    assert result.returncode == 1
    assert "$.release.script" in result.stdout


def _commands(text: str) -> set[tuple[str, ...]]:
    """Each ``apigen <command>`` (``apigen docs pull``: a group and its command) the text runs; comments skipped."""
    found = set()
    for line in text.splitlines():
        code = re.sub(r"(^|\s)#.*", "", line)
        for match in re.finditer(r"\"\$\{apigen\[@\]\}\" ([a-z]+)|(?:^|[\s;|&{(])apigen ([a-z]+)(?: ([a-z]+))?", code):
            words = tuple(word for word in match.groups() if word)
            found.add(words[:2] if words[0] == "docs" else words[:1])
    return found


def test_workflows_run_only_commands_apigen_has() -> None:
    cli: Any = get_command(app)
    known = {(name,) for name in cli.commands} | {("docs", name) for name in cli.commands["docs"].commands}
    used = set().union(*(_commands(path.read_text()) for path in [*GITHUB, GITLAB, RELEASE_SCRIPT]))
    assert {("docs", "pull"), ("coverage",), ("generate",), ("diff",), ("release",), ("build",), ("publish",)} <= used
    assert used <= known


def test_secrets_reach_steps_only_through_the_environment() -> None:
    """A secret on a command line can end up in a log; apigen reads the index credentials from the environment."""
    for path in GITHUB:
        for job in yaml.safe_load(path.read_text())["jobs"].values():
            for step in job["steps"]:
                assert "secrets." not in step.get("run", ""), (path.name, step.get("name"))
    release = yaml.safe_load((REPO / ".github" / "workflows" / "release.yml").read_text())
    (step,) = [step for step in release["jobs"]["release"]["steps"] if "release-changed-specs" in step.get("run", "")]
    assert set(step["env"]) >= {"APIGEN_INDEX_URL", "APIGEN_INDEX_USERNAME", "APIGEN_INDEX_PASSWORD"}


def test_the_release_script_is_valid_bash() -> None:
    assert os.access(RELEASE_SCRIPT, os.X_OK)
    subprocess.run(["bash", "-n", str(RELEASE_SCRIPT)], check=True)
