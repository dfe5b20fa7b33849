"""The ``apigen`` command line: a thin layer that parses flags, calls the library and maps errors to exit codes.

Exit codes: 0 success, 1 the input is bad (invalid spec, drift, fuzz failures, breaking change),
2 usage error (unknown API or flag), 3 a tool failed (generator, build, index).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
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


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"apigen {version('apigen')}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Spec-first API client toolkit: validate OpenAPI specs, generate typed clients, mock and fuzz them."""


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
def coverage(
    apis: ApiArgs = None,
    docs_dir: Annotated[
        Path | None,
        typer.Option(
            "--docs-dir", envvar="APIGEN_DOCS_DIR", help="Vendor docs folder (default: ../shared/vendor-docs)."
        ),
    ] = None,
    output: Annotated[str, typer.Option("--format", help="text, markdown or json.")] = "text",
    record: Annotated[
        bool, typer.Option("--record", help="Store each doc file's current sha256 in specs/<api>.docs.yaml.")
    ] = False,
) -> None:
    """Show what each spec holds of its vendor doc: documented operations, parameters, examples, x-doc-notes.

    Compares specs/<api>.docs.yaml (the operations the vendor documents) with the spec and with the doc file as it
    is now: a changed doc, a title that moved or vanished, an operation missing from the spec. Exit 1 when a
    documented operation is missing from the spec or gone from the doc.
    """
    import functools
    import json

    from . import doc_coverage

    if output not in ("text", "markdown", "json"):
        raise typer.BadParameter(f"unknown format {output!r}; use text, markdown or json", param_hint="--format")
    project = _run(Project.discover)
    folder = docs_dir or doc_coverage.default_docs_dir(project.root)
    specs = _run(lambda: load_valid_specs(project, apis))
    if record:
        for spec in specs:
            digest = _run(functools.partial(doc_coverage.record_doc_hash, spec, folder))
            _err(f"  {spec.name:<16} recorded sha256 {digest[:12]}...")
    results = [_run(functools.partial(doc_coverage.measure, spec, folder)) for spec in specs]
    if output == "json":
        typer.echo(json.dumps(doc_coverage.as_rows(results), indent=2))
    else:
        typer.echo(
            doc_coverage.to_markdown(results) if output == "markdown" else doc_coverage.to_text(results), nl=False
        )
    if not all(result.complete for result in results):
        raise typer.Exit(1)


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
    names = _run(lambda: project.select(apis))
    # Unchanged clients were validated when they were generated; skip parsing them at all (fast no-op).
    fresh = [] if check or force else generating.up_to_date(project, names)
    stale = [name for name in names if name not in fresh]
    specs = _run(lambda: load_valid_specs(project, stale)) if stale else []
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

    _err(f"generating {len(names)} API(s) ...")
    for api in fresh:
        report(generating.Outcome(api, "unchanged", generating.file_count(project, api), 0.0))
    _run(lambda: generating.generate(project, specs, force=force, jobs=jobs, progress=report))
    _err(f"done in {time.perf_counter() - started:.2f}s")


def _step(api: str, step: str) -> None:
    _err(f"  {api:<16} {step}")


@app.command()
def build(
    apis: ApiArgs = None,
    out: Annotated[Path | None, typer.Option("--out", help="Files go to OUT/<api>/ (default: dist).")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Parallel builds (default: CPUs).")] = None,
) -> None:
    """Build sdist + wheel of each generated client, twine check --strict them, install each into a fresh venv.

    Reproducible: archive timestamps come from SOURCE_DATE_EPOCH (default 315532800 = 1980-01-01).
    Building the same client twice gives byte-identical files.
    OUT/<api>/ is replaced only when every step passed.
    """
    from . import packaging

    project = _run(Project.discover)
    names = _run(lambda: project.select(apis))
    out_dir = out or project.root / "dist"
    started = time.perf_counter()
    _err(f"building {len(names)} client(s) into {out_dir} ...")
    _run(lambda: packaging.build_all(project, names, out_dir, jobs=jobs, progress=_step))
    _err(f"done in {time.perf_counter() - started:.2f}s")


@app.command()
def publish(
    index_url: Annotated[
        str, typer.Option("--index-url", help="Index base URL (its PEP 503 pages are at URL/simple/<project>/).")
    ],
    apis: ApiArgs = None,
    repository_url: Annotated[
        str | None, typer.Option("--repository-url", help="Upload endpoint for twine (default: --index-url).")
    ] = None,
    dist: Annotated[Path | None, typer.Option("--dist", help="Folder apigen build wrote to (default: dist).")] = None,
) -> None:
    """Upload built clients (DIST/<api>/) to an internal index with twine.

    Credentials come only from the environment: APIGEN_INDEX_USERNAME/_PASSWORD, else TWINE_USERNAME/_PASSWORD.
    They are never printed nor put on a command line.
    Refuses (exit 1, nothing uploaded) when the index already has the version of ANY requested client.
    """
    from . import publishing

    project = _run(Project.discover)
    names = _run(lambda: project.select(apis))
    credentials = publishing.Credentials.from_env()
    _run(
        lambda: publishing.publish(
            project,
            names,
            dist or project.root / "dist",
            index_url,
            repository_url=repository_url,
            credentials=credentials,
            progress=_step,
        )
    )
    where = publishing.redact(publishing.index_root(index_url), credentials)
    typer.echo(f"published {len(names)} client(s) to {where}")


def main() -> None:
    app(prog_name="apigen")


if __name__ == "__main__":  # pragma: no cover
    main()
