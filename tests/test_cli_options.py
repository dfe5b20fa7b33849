"""Every numeric option of every ``apigen`` command takes what its help promises, down to the tools it calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import typer
from schemathesis.cli.commands import run as schemathesis_run
from typer.testing import CliRunner

from generator.fuzzing import _run
from generator.jobs.cli import app
from generator.spec.project import Project

# Typer builds its command tree with its own copy of click: the tree is walked by duck typing.
ROOT: Any = typer.main.get_command(app)
NUMBER_TYPES = {"int", "integer", "float"}


def _numeric_options() -> Iterator[tuple[str, Any, Any]]:
    for name, command in sorted(ROOT.commands.items()):
        for param in command.params:
            if param.param_type_name == "option" and param.type.name.split()[0] in NUMBER_TYPES:
                yield name, command, param


def _values(option: Any) -> list[str]:
    """A whole and (for a float) a fractional value inside the option's range: what a user reading --help types."""
    kind = option.type
    low = getattr(kind, "min", None)
    high = getattr(kind, "max", None)
    candidates = [300.0, 2.5] if kind.name.startswith("float") else [300.0]
    values = []
    for value in candidates:
        if low is not None:
            value = max(value, float(low) + (0.5 if getattr(kind, "min_open", False) else 0))
        if high is not None:
            value = min(value, float(high))
        values.append(str(int(value)) if value == int(value) else str(value))
    return values


def _required_arguments(command: Any) -> list[str]:
    return ["petstore" for p in command.params if p.param_type_name == "argument" and p.required]


CASES = [
    pytest.param(name, option.opts[0], value, id=f"{name} {option.opts[0]} {value}")
    for name, command, option in _numeric_options()
    for value in _values(option)
]


def test_the_walk_finds_the_numeric_options() -> None:
    found = {(name, flag) for name, flag, _ in (case.values for case in CASES)}
    assert {("fuzz", "--max-time"), ("fuzz", "--request-timeout"), ("mock", "--port"), ("corpus", "--jobs")} <= found


@pytest.mark.parametrize(("name", "flag", "value"), CASES)
def test_numeric_option_parses(name: str, flag: str, value: str) -> None:
    command = ROOT.commands[name]
    context = command.make_context(name, [*_required_arguments(command), flag, value])
    assert context.params  # parsed without a usage error


# --rate-limit is a number per unit: its help's own examples go through as well.
FUZZ_CASES = [case for case in CASES if case.values[0] == "fuzz"] + [
    pytest.param("fuzz", "--rate-limit", value, id=f"fuzz --rate-limit {value}") for value in ("10/s", "100/m")
]


@pytest.mark.parametrize(("name", "flag", "value"), FUZZ_CASES)
def test_fuzz_option_is_accepted_by_schemathesis(
    name: str, flag: str, value: str, tmp_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The value travels through apigen into the Schemathesis command line, which must accept it too."""
    seen: list[list[str]] = []

    def parse_only(command: list[str], *args: object) -> tuple[int, str, bool]:
        argv = command[command.index("run") + 1 :]
        try:
            schemathesis_run.make_context("run", argv)
        except click.UsageError as exc:
            return 2, exc.format_message(), False
        seen.append(argv)
        return 3, "stopped by the test after parsing", False

    monkeypatch.setattr(_run, "_execute", parse_only)
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    result = CliRunner().invoke(app, [name, "petstore", flag, value])
    assert result.exit_code != 2, result.output
    assert seen, result.output


def test_fractional_max_time_is_rounded_up_for_schemathesis(tmp_path: Path) -> None:
    options = _run.FuzzOptions(max_time=2.5)
    reports = {kind: tmp_path / kind for kind in ("junit", "har")}
    spec_file, url = tmp_path / "spec.yaml", "http://127.0.0.1:1"
    command = _run._command(tmp_path, spec_file, url, options, reports, tmp_path, tmp_path)
    assert command[command.index("--max-time") + 1] == "3"
