"""Sessions: `nox -s run` (the main job), `nox -s tests` (what CI runs), `nox -s lint`, `nox -s bench`."""

from __future__ import annotations

import os

import nox

nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True

PYTHON = False if os.environ.get("APIGEN_NOX_NO_VENV") else None  # reuse the current interpreter when asked


def _install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


@nox.session(python=PYTHON)
def run(session: nox.Session) -> None:
    """The main job: validate every spec, generate every client, build wheels, fuzz every mock; one summary."""
    _install(session)
    session.run("apigen", "run", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite, then the drift check (generated/ must match specs/ and templates/)."""
    _install(session)
    session.run("pytest", "-p", "no:cacheprovider", *session.posargs)
    session.run("apigen", "generate", "--check")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict on our code."""
    _install(session)
    session.run("ruff", "check", "generator", "tests", "benchmarks", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "tests", "benchmarks", "noxfile.py")
    session.run("mypy")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Every benchmark; figures land in reports/bench/*.json, the table and chart in BENCHMARKS.md."""
    session.install("-e", ".[dev,bench]")
    for script in sorted(os.listdir("benchmarks")):
        if script.startswith("bench_") and script.endswith(".py"):
            session.run("python", f"benchmarks/{script}")
    session.run("python", "benchmarks/report.py")
