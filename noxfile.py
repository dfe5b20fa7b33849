"""Sessions: `nox -s run` (the main job), `nox -s tests` (what CI runs), `nox -s lint`, `nox -s bench`,
`nox -s corpus` (real vendors' specs through the pipeline).

Each session installs only the dependency set it runs (pyproject's extras). Virtual environments are made and
filled by uv when it is installed (`pip install "nox[uv]"`: about ten times faster than pip on a fresh clone),
else by venv + pip.
"""

from __future__ import annotations

import os

import nox

nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_existing_virtualenvs = True

PYTHON = False if os.environ.get("APIGEN_NOX_NO_VENV") else None  # reuse the current interpreter when asked


def _install(session: nox.Session, extras: str = "") -> None:
    if PYTHON is False:  # APIGEN_NOX_NO_VENV: the current interpreter already holds what the session needs
        return
    session.install("-e", f".[{extras}]" if extras else ".")


@nox.session(python=PYTHON)
def run(session: nox.Session) -> None:
    """The main job: validate every spec, generate every client, build wheels, fuzz every mock; one summary."""
    _install(session)
    session.run("apigen", "run", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite on parallel workers; it includes the drift check (generated/ matches specs/ and templates/).

    ``--dist loadscope`` keeps each module on one worker, so a module's slow fixtures (built wheels, a package
    index, rendered clients) are made once. ``nox -s tests -- -n 0 tests/test_cli.py`` runs part of it serially.
    """
    _install(session, "test")
    session.run("pytest", "-p", "no:cacheprovider", "-n", "auto", "--dist", "loadscope", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict on our code."""
    _install(session, "lint")
    session.run("ruff", "check", "generator", "tests", "benchmarks", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "tests", "benchmarks", "noxfile.py")
    session.run("mypy")


@nox.session(python=PYTHON)
def corpus(session: nox.Session) -> None:
    """Every spec of a folder, as published, through the pipeline; the table lands in reports/corpus.md.

    The folder: the first argument (``nox -s corpus -- path/to/specs``), else $APIGEN_CORPUS, else ../shared/corpus.
    """
    _install(session)
    session.run("apigen", "corpus", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Every benchmark; figures land in reports/bench/*.json, the table and chart in BENCHMARKS.md."""
    _install(session, "bench")
    for script in sorted(os.listdir("benchmarks")):
        if script.startswith("bench_") and script.endswith(".py"):
            session.run("python", f"benchmarks/{script}")
    session.run("python", "benchmarks/report.py")
