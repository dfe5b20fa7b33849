"""The ``apigen`` command line: a thin layer that parses flags, calls the library and maps errors to exit codes.

Exit codes: 0 success, 1 the input is bad (invalid spec, drift, fuzz failures, breaking change),
2 usage error (unknown API or flag), 3 a tool failed (generator, build, index).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, TypeVar

import typer

from ._errors import ApigenError, GenerationError, PackagingError, SpecError, UsageError
from .loading import Spec
from .project import Project

app = typer.Typer(
    name="apigen",
    help="Spec-first API client toolkit: validate OpenAPI specs, generate typed clients, mock and fuzz them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

ApiArgs = Annotated[list[str] | None, typer.Argument(help="API names (spec file stems in specs/); default: all.")]
T = TypeVar("T")


def _err(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def _errors_to_exit_codes() -> Iterator[None]:
    try:
        yield
    except SpecError as exc:
        for problem in exc.problems:
            _err(str(problem))
        _err(f"{len(exc.problems)} problem(s); nothing was generated or changed.")
        raise typer.Exit(1) from exc
    except UsageError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from exc
    except (GenerationError, PackagingError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(3) from exc
    except ApigenError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from exc


def load_valid_specs(project: Project, apis: list[str] | None) -> list[Spec]:
    """Load and validate the selected specs, collecting every problem of every file before failing."""
    from .validation import check

    specs, problems = [], []
    for api in project.select(apis):
        try:
            spec = project.load(api)
        except SpecError as exc:
            problems.extend(exc.problems)
            continue
        found = check(spec)
        problems.extend(found)
        if not found:
            specs.append(spec)
    if problems:
        raise SpecError(problems)
    return specs


def _run(func: Callable[[], T]) -> T:
    with _errors_to_exit_codes():
        return func()


@app.command()
def validate(apis: ApiArgs = None) -> None:
    """Validate specs: OpenAPI 3.1 structure plus the project's rules (specs/CONVENTIONS.md).

    Prints one line per problem (file:line: JSON pointer: [rule] message) and exits 1 on any problem.
    """
    project = _run(Project.discover)
    specs = _run(lambda: load_valid_specs(project, apis))
    for spec in specs:
        ops = sum(1 for _ in spec.operations())
        typer.echo(f"ok  {spec.name:<16} {spec.path.relative_to(project.root)}  ({ops} operations, v{spec.version})")


@app.command()
def generate(
    apis: ApiArgs = None,
    check: Annotated[bool, typer.Option("--check", help="Do not write; exit 1 listing files that differ.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Regenerate even when inputs are unchanged.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Parallel workers (default: CPUs).")] = None,
) -> None:
    """Validate, then generate generated/<api>-client/ for each API (client + pydantic models + packaging).

    Output is deterministic and swapped in atomically: a failure leaves generated/ untouched.
    Unchanged inputs are skipped (content-hash cache) unless --force.
    """
    from . import generating

    project = _run(Project.discover)
    specs = _run(lambda: load_valid_specs(project, apis))
    if check:
        drifts = _run(lambda: generating.check(project, specs, jobs=jobs))
        for drift in drifts:
            _err(str(drift))
        if drifts:
            _err(f"generated/ is out of sync with specs/ and templates/ ({len(drifts)} file(s)); run: apigen generate")
            raise typer.Exit(1)
        typer.echo(f"generated/ is in sync for {len(specs)} API(s)")
        return
    started = time.perf_counter()

    def report(outcome: generating.Outcome) -> None:
        detail = f"{outcome.seconds:.2f}s" if outcome.status == "generated" else "cached"
        _err(f"  {outcome.status:<10} {outcome.api:<16} {outcome.files:>4} files  {detail}")

    _err(f"generating {len(specs)} API(s) ...")
    _run(lambda: generating.generate(project, specs, force=force, jobs=jobs, progress=report))
    _err(f"done in {time.perf_counter() - started:.2f}s")


def main() -> None:
    app(prog_name="apigen")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
