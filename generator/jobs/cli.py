"""The ``apigen`` command line: a thin layer that parses flags, calls the library and maps errors to exit codes.

The exit codes (:data:`EXIT_CODES`) are shown by ``apigen --help`` and quoted by the README.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from ..errors import ApigenError, GenerationError, PackagingError, Problem, SpecError, UsageError
from ..spec.loading import Spec
from ..spec.project import Project

if TYPE_CHECKING:
    from ..codegen.generating import Progress

EXIT_CODES = (
    "Exit codes: 0 success; 1 the input is bad (invalid spec, drift, fuzz failures, breaking change, "
    "already published); 2 usage error (unknown API, flag or file); 3 a tool or service failed "
    "(generator, build, package index)."
)

app = typer.Typer(
    name="apigen",
    help="Spec-first API client toolkit: validate OpenAPI specs, generate typed clients, mock and fuzz them.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Help texts are plain text: with rich markup, "[rule]" in a docstring would vanish as a style tag.
    rich_markup_mode=None,
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


# What a command says after listing a spec's problems: the consequence, or the next step.
NOTHING_CHANGED = "nothing was generated or changed"
FIX_SPEC_FIRST = "fix the spec first (apigen validate lists every problem)"


@contextmanager
def _errors_to_exit_codes(after_bad_spec: str) -> Iterator[None]:
    try:
        yield
    except SpecError as exc:
        for problem in exc.problems:
            _err(str(problem))
        files = ", ".join(sorted({problem.file.name for problem in exc.problems}))
        _err(f"{len(exc.problems)} problem(s) in {files}" + (f"; {after_bad_spec}." if after_bad_spec else "."))
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


def load_valid_specs(project: Project, apis: list[str] | None, *, list_warnings: bool = False) -> list[Spec]:
    """Load and validate; warnings are listed (``validate``) or counted per spec (every other command)."""
    from ..validation.rules import load_valid

    warnings: list[Problem] = []
    specs = load_valid(project, project.select(apis), on_warning=warnings.append)
    _report_warnings(project, warnings, list_warnings=list_warnings)
    return specs


def _report_warnings(project: Project, warnings: list[Problem], *, list_warnings: bool = False) -> None:
    if list_warnings:
        for warning in warnings:
            _err(str(warning))
        return
    for path, count in sorted(Counter(warning.file for warning in warnings).items()):
        _err(f"{_relative(project, path)}: {count} warning(s) (house conventions); list them: apigen validate")


def _passed(project: Project, problems: list[Problem]) -> None:
    """Raise on the errors among ``problems``, else count the warnings."""
    errors = [problem for problem in problems if not problem.is_warning]
    if errors:
        raise SpecError(errors)
    _report_warnings(project, problems)


def _relative(project: Project, path: Path) -> Path:
    return path.relative_to(project.root) if path.is_relative_to(project.root) else path


def _run(func: Callable[[], T], *, after_bad_spec: str = FIX_SPEC_FIRST) -> T:
    with _errors_to_exit_codes(after_bad_spec):
        return func()


@app.command()
def validate(apis: ApiArgs = None) -> None:
    """Validate specs (OpenAPI 3.0 or 3.1, YAML or JSON): OpenAPI validity plus the house conventions.

    Prints one line per problem (file:line: JSON pointer: [rule] message) and exits 1 on any error. The house
    conventions (specs/CONVENTIONS.md) are errors only for specs with `x-apigen-strict: true`, else warnings.
    """
    project = _run(Project.discover)
    specs = _run(lambda: load_valid_specs(project, apis, list_warnings=True), after_bad_spec="")
    for spec in specs:
        ops = sum(1 for _ in spec.operations(webhooks=False))
        hooks = sum(1 for _ in spec.operations()) - ops
        detail = f"{ops} operations" + (f", {hooks} webhooks" if hooks else "")
        origin = "" if spec.openapi_version.startswith("3.1") else f", OpenAPI {spec.openapi_version} read as 3.1"
        mode = "strict" if spec.strict else "conventions as warnings"
        where = _relative(project, spec.path)
        typer.echo(f"ok  {spec.name:<16} {where}  ({detail}, version {spec.version}, {mode}{origin})")


DocsDirOption = Annotated[
    Path | None,
    typer.Option(
        "--docs-dir", envvar="APIGEN_DOCS_DIR", help="Vendor docs folder (default: vendor-docs/ of the repository)."
    ),
]


@app.command()
def coverage(
    apis: ApiArgs = None,
    docs_dir: DocsDirOption = None,
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
    from ..codegen import generating

    project = _run(Project.discover)
    names = _run(lambda: project.select(apis))
    # Unchanged clients were validated when they were generated; skip parsing them at all (fast no-op).
    fresh = [] if check or force else generating.up_to_date(project, names)
    stale = [name for name in names if name not in fresh]
    if check:
        _check_generated(project, _run(lambda: load_valid_specs(project, stale)) if stale else [], jobs)
        return
    specs = _run(lambda: _load_all(project, stale), after_bad_spec=NOTHING_CHANGED) if stale else []
    started = time.perf_counter()

    def report(outcome: generating.Outcome) -> None:
        detail = f"{outcome.seconds:.2f}s" if outcome.status == "generated" else "cached"
        left_out = f", {len(outcome.skipped)} part(s) typed loosely:" if outcome.skipped else ""
        _err(f"  {outcome.status:<10} {outcome.api:<16} {outcome.files:>4} files  {detail}{left_out}")
        for problem in outcome.skipped:
            _err(f"    {problem}")
        if outcome.coverage is not None:
            _err(f"    coverage: {outcome.coverage}")

    _err(f"generating {len(names)} API(s) ...")
    for api in fresh:
        report(generating.Outcome(api, "unchanged", generating.file_count(project, api), 0.0))
    if specs:
        _run(
            lambda: _generate_checked(project, specs, force=force, jobs=jobs, report=report),
            after_bad_spec=NOTHING_CHANGED,
        )
    _err(f"done in {time.perf_counter() - started:.2f}s")


def _load_all(project: Project, apis: list[str]) -> list[Spec]:
    from ..validation.rules import load_all

    return load_all(project, apis)


def _generate_checked(project: Project, specs: list[Spec], *, force: bool, jobs: int | None, report: Progress) -> None:
    """Generate ``specs`` while they are validated beside the rendering: nothing is swapped into generated/
    unless they pass, and a spec's errors explain a failed rendering first."""
    from ..codegen import generating
    from ..validation.rules import checking

    with checking(specs, project.cache_dir) as problems:
        try:
            generating.generate(
                project, specs, force=force, jobs=jobs, progress=report, gate=lambda: _passed(project, problems())
            )
        except Exception:  # an invalid spec may break the rendering in any way
            _passed(project, problems())
            raise


def _check_generated(project: Project, specs: list[Spec], jobs: int | None) -> None:
    """``generate --check``: render afresh and exit 1 listing what differs; progress on stderr as APIs render."""
    from ..codegen import generating

    started = time.perf_counter()
    _err(f"checking {len(specs)} API(s): rendering afresh, then comparing with generated/ ...")

    def rendered(api: str, seconds: float) -> None:
        _err(f"  rendered   {api:<16} {seconds:.2f}s")

    drifts = _run(lambda: generating.check(project, specs, jobs=jobs, rendered=rendered))
    _err(f"compared in {time.perf_counter() - started:.2f}s")
    for drift in drifts:
        _err(str(drift))
    if drifts:
        _err(f"generated/ is out of sync with specs/ and templates/ ({len(drifts)} file(s)); run: apigen generate")
        raise typer.Exit(1)
    typer.echo(f"generated/ is in sync for {len(specs)} API(s)")


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
    from ..release import packaging

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
        str,
        typer.Option(
            "--index-url",
            help="The index URL pip uses (.../simple/; devpi: .../<user>/<index>/+simple/) or the upload URL.",
        ),
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
    from ..release import publishing

    project = _run(Project.discover)
    names = _run(lambda: project.select(apis))
    credentials = _run(publishing.Credentials.require)  # before anything contacts the index
    _run(
        lambda: publishing.publish(
            names,
            dist or project.root / "dist",
            index_url,
            repository_url=repository_url,
            credentials=credentials,
            progress=_step,
        )
    )
    where = publishing.redact(index_url, credentials)
    typer.echo(f"published {len(names)} client(s) to {where}")


ApiArg = Annotated[str, typer.Argument(help="API name (spec file stem in specs/).")]


@app.command("diff")
def diff_command(
    targets: Annotated[
        list[str],
        typer.Argument(help="API name (spec file stem in specs/), or two spec files OLD NEW.", metavar="API | OLD NEW"),
    ],
    base: Annotated[
        str | None, typer.Option("--base", help="Git ref to compare with (default: the last tag <api>-v<version>).")
    ] = None,
    output: Annotated[str, typer.Option("--format", help="text, markdown or json.")] = "text",
) -> None:
    """Classify every change of specs/<api>.yaml since a git ref, or from spec file OLD to NEW, as breaking,
    non-breaking or info.

    Rule ids follow oasdiff (api-removed-without-deprecation, new-required-request-parameter ...). Without --base
    it compares with the last release tag; with no release tag yet it exits 2 (pass --base, e.g. --base HEAD).
    Two files (apigen diff OLD.json NEW.json) need no project or git. Exit 1 when a change is breaking.
    """
    from .. import diffing
    from ..release import releasing

    if output not in diffing.FORMATS:
        raise typer.BadParameter(f"unknown format {output!r}; use text, markdown or json", param_hint="--format")
    if len(targets) not in (1, 2) or (len(targets) == 2 and base is not None):
        raise typer.BadParameter("pass one API name (with --base REF at will) or two spec files OLD NEW")
    if len(targets) == 2:
        report = _run(lambda: diffing.compare_files(Path(targets[0]), Path(targets[1])))
    else:
        project = _run(Project.discover)
        _run(lambda: project.select(targets))
        report = _run(lambda: releasing.compare(project, targets[0], base))
    typer.echo(diffing.render(report, output), nl=False)
    if report.summary["breaking"]:
        raise typer.Exit(1)


@app.command()
def release(
    api: ApiArg,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and show the changelog entry; change nothing.")
    ] = False,
) -> None:
    """Release specs/<api>.yaml: check info.version against the changes since the last tag <api>-v<version>,
    write changelogs/<api>.md and create the annotated tag <api>-v<version> (never pushed).

    Refuses (exit 1) a breaking change without a major bump, a new feature without at least a minor bump, or an
    unchanged version; the message names the changes and the version to use. The first release may use any version.
    """
    from datetime import date

    from ..release import releasing

    project = _run(Project.discover)
    _run(lambda: load_valid_specs(project, [api]))
    plan = _run(lambda: releasing.plan_release(project, api, dry_run=dry_run))
    first = plan.previous is None
    _err(f"{api}: {'first release' if first else f'last release {plan.previous}'}, info.version {plan.version}")
    if not first:
        _err(f"  changes: {plan.report.summary}; required bump: {plan.required_bump}")
    for note in plan.notes:
        _err(f"  note: {note}")
    if not plan.allowed:
        for problem in plan.problems:
            _err(f"refused: {problem}")
        raise typer.Exit(1)
    if dry_run:
        typer.echo(releasing.changelog_entry(plan, date.today()), nl=False)
        _err(f"dry run: would write {releasing.changelog_path(project, api)} and tag {plan.tag}")
        return
    path = _run(lambda: releasing.release(project, plan))
    typer.echo(
        f"released {plan.tag}: wrote {path.relative_to(project.root)}; commit it, then: git push origin {plan.tag}"
    )


def _secret_option(flag: str, env: str, what: str) -> object:
    return typer.Option(flag, envvar=env, show_default=False, help=f"{what} the mock accepts.")


@app.command()
def mock(
    api: ApiArg,
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")] = 4010,
    host: Annotated[str, typer.Option("--host", help="Interface to bind (loopback by default).")] = "127.0.0.1",
    seed: Annotated[int, typer.Option("--seed", help="Seed for generated bodies, ids and tokens.")] = 0,
    api_key: Annotated[str | None, _secret_option("--api-key", "APIGEN_MOCK_API_KEY", "apiKey value")] = None,
    bearer_token: Annotated[
        str | None, _secret_option("--bearer-token", "APIGEN_MOCK_BEARER_TOKEN", "Bearer token")
    ] = None,
    basic_user: Annotated[
        str | None, _secret_option("--basic-user", "APIGEN_MOCK_BASIC_USER", "HTTP Basic user")
    ] = None,
    basic_password: Annotated[
        str | None, _secret_option("--basic-password", "APIGEN_MOCK_BASIC_PASSWORD", "HTTP Basic password")
    ] = None,
    client_id: Annotated[str | None, _secret_option("--client-id", "APIGEN_MOCK_CLIENT_ID", "OAuth2 client_id")] = None,
    client_secret: Annotated[
        str | None, _secret_option("--client-secret", "APIGEN_MOCK_CLIENT_SECRET", "OAuth2 client_secret")
    ] = None,
) -> None:
    """Serve a validating, stateful mock of specs/<api>.yaml (Swagger UI at /_mock/docs) until Ctrl-C.

    Requests are validated against the spec, security is enforced with mock credentials (those of the
    schemes the API uses are printed at start-up; override with the flags or APIGEN_MOCK_* variables),
    responses are the documented examples or schema-generated, and POST/PUT/PATCH/DELETE change an
    in-memory store. Each request is logged on one line: method, path, status, operation, why rejected.
    """
    from dataclasses import replace

    from ..mocking import DOCS_PREFIX, MockCredentials, credentials_used, listen, serve

    project = _run(Project.discover)
    (spec,) = _run(lambda: load_valid_specs(project, [api]))
    listener = _run(lambda: listen(host, port))  # a busy port is said before any banner
    given = {
        "api_key": api_key,
        "bearer_token": bearer_token,
        "basic_user": basic_user,
        "basic_password": basic_password,
        "client_id": client_id,
        "client_secret": client_secret,
    }
    credentials = replace(MockCredentials(), **{k: v for k, v in given.items() if v is not None})
    origin = f"http://{host}:{port}"
    _err(f"mock of {spec.title} {spec.version}: {origin}{spec.base_path or '/'}")
    _err(f"  docs: {origin}{DOCS_PREFIX}/docs   spec: {origin}{DOCS_PREFIX}/openapi.yaml")
    for name in credentials_used(spec) or ("no security scheme",):
        shown = getattr(credentials, name, "") if given.get(name) is None else "(as given)"
        _err(f"  {name}: {shown}" if shown else f"  {name}")
    _say_unfit_examples(spec)
    serve(spec, credentials=credentials, seed=seed, sock=listener)


_UNFIT_SHOWN = 5  # warnings listed at start-up; the rest are counted


def _say_unfit_examples(spec: Spec) -> None:
    from ..mocking import unfit_examples

    unfit = unfit_examples(spec)
    if unfit:
        _err(f"  {len(unfit)} documented response example(s) break their schema; generated bodies are served there:")
    for warning in unfit[:_UNFIT_SHOWN]:
        _err(f"    {warning}")
    if len(unfit) > _UNFIT_SHOWN:
        _err(f"    ... and {len(unfit) - _UNFIT_SHOWN} more")


@app.command()
def fuzz(
    api: Annotated[str, typer.Argument(help="API name (spec file stem in specs/).")],
    url: Annotated[
        str | None, typer.Option("--url", help="Base URL of a real deployment (default: the embedded mock).")
    ] = None,
    allow_destructive: Annotated[
        bool, typer.Option("--allow-destructive", help="Also send POST/PUT/PATCH/DELETE (always on for the mock).")
    ] = False,
    rate_limit: Annotated[
        str | None, typer.Option("--rate-limit", help="e.g. 10/s, 100/m (default: 10/s for --url, none for the mock).")
    ] = None,
    max_examples: Annotated[int, typer.Option("--max-examples", "-n", min=1, help="Examples per operation.")] = 20,
    seed: Annotated[int | None, typer.Option("--seed", help="Seed for a reproducible run.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64, help="Concurrent workers.")] = 1,
    checks: Annotated[str, typer.Option("--checks", "-c", help="Comma-separated Schemathesis checks.")] = "all",
    mode: Annotated[str, typer.Option("--mode", "-m", help="positive, negative or all (generated data).")] = "all",
    stateful: Annotated[bool, typer.Option("--stateful/--no-stateful", help="Follow links between operations.")] = True,
    phases: Annotated[
        str, typer.Option("--phases", help="Comma-separated: examples,coverage,fuzzing,stateful (default: all).")
    ] = "examples,coverage,fuzzing,stateful",
    max_response_time: Annotated[
        int | None,
        typer.Option("--max-response-time", min=1, help="Slowest acceptable response, ms (default: 2000 for --url)."),
    ] = None,
    request_timeout: Annotated[
        float, typer.Option("--request-timeout", min=0.1, help="Seconds before a request is abandoned.")
    ] = 10.0,
    max_time: Annotated[
        float | None, typer.Option("--max-time", min=1, help="Stop after this many seconds, with partial reports.")
    ] = None,
    operations: Annotated[
        str, typer.Option("--operation", help="Comma-separated operationIds to fuzz (default: all).")
    ] = "",
    config: Annotated[
        Path | None, typer.Option("--config", help="Your schemathesis.toml; apigen's settings are merged over it.")
    ] = None,
) -> None:
    """Fuzz an API with Schemathesis: every check, positive and negative data, stateful sequences via links.

    Without --url, the embedded mock of the API is started on 127.0.0.1 (destructive methods allowed: it is
    ours). With --url only GET/HEAD/OPTIONS are sent unless --allow-destructive. Credentials come only from
    environment variables, one per security scheme value: APIGEN_FUZZ_<API>_API_KEY, _TOKEN,
    _USERNAME + _PASSWORD, or _CLIENT_ID + _CLIENT_SECRET (oauth2 client credentials: a token is fetched
    from the spec's tokenUrl and refreshed); the scheme name is inserted (APIGEN_FUZZ_<API>_<SCHEME>_TOKEN)
    when two schemes need the same kind. Reports (JUnit XML, HAR cassette, HTML, log), with every credential
    redacted, go to reports/fuzz/<api>/. Exits 1 when any check failed.
    """
    import os

    from .. import fuzzing

    project = _run(Project.discover)
    (spec,) = _run(lambda: load_valid_specs(project, [api]))
    name = spec.name
    if workers > 1 and (3, 11) <= sys.version_info[:3] < (3, 11, 8):
        # CPython gh-106905: threads parsing at once fail with "AST constructor recursion depth mismatch"
        _err("warning: on Python before 3.11.8, Schemathesis' workers can stop operations with CPython bug")
        _err("  gh-106905 ('AST constructor recursion depth mismatch'); use --workers 1 or a newer Python")
    options = _run(
        lambda: fuzzing.FuzzOptions(
            max_examples=max_examples,
            seed=seed,
            workers=workers,
            checks=tuple(c.strip() for c in checks.split(",") if c.strip() and c.strip() != "all"),
            mode=mode,
            stateful=stateful,
            phases=tuple(p.strip() for p in phases.split(",") if p.strip()),
            allow_destructive=allow_destructive or url is None,
            rate_limit=rate_limit or ("10/s" if url is not None else None),
            max_response_time_ms=max_response_time or (2000 if url is not None else None),
            request_timeout=request_timeout,
            max_time=max_time,
            operation_ids=tuple(o.strip() for o in operations.split(",") if o.strip()),
            config_file=config,
        )
    )
    report_dir = fuzzing.report_dir_for(project.reports_dir, name)
    if url is None:
        target, credentials = fuzzing.embedded_mock(spec, seed or 0)
        _err(f"fuzzing {name} against its embedded mock ...")
    else:
        credentials = fuzzing.FuzzCredentials.from_env(spec, os.environ)
        target = url
        for scheme, variables, ready in fuzzing.schemes_summary(spec, credentials):
            _err(f"  {scheme:<20} {'set' if ready else 'not set'}: {' + '.join(variables)}")
        _err(f"fuzzing {name} at {url} ({'all methods' if allow_destructive else 'read-only'}) ...")
    seconds = fuzzing.estimate(spec, options)
    if seconds >= 60:
        _err(f"  the rate limit {options.rate_limit} makes this run take at least ~{seconds / 60:.0f} min")

    def progress(now: fuzzing.Progress) -> None:
        _err(now.line())

    result = _run(
        lambda: fuzzing.fuzz(spec, target, report_dir, options=options, credentials=credentials, on_progress=progress)
    )
    typer.echo(fuzzing.summary(result, root=project.root))
    if result.interrupted:
        raise typer.Exit(130)
    if not result.ok:
        raise typer.Exit(1)


@app.command()
def corpus(
    folder: Annotated[
        Path | None,
        typer.Argument(help="Folder of specs, searched recursively (default: $APIGEN_CORPUS or ../shared/corpus)."),
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Markdown table (default: reports/corpus.md).")] = None,
    max_examples: Annotated[int, typer.Option("--max-examples", min=1, help="Fuzz examples per operation.")] = 5,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Specs in parallel (default: CPUs).")] = None,
    shard: Annotated[
        str | None, typer.Option("--shard", help="K/N: only every N-th spec from the K-th (one CI runner of N).")
    ] = None,
    merge: Annotated[
        list[Path] | None,
        typer.Option("--merge", help="Tabulate these JSON reports of shards as one run (no spec is run)."),
    ] = None,
) -> None:
    """Take every spec of a folder, as published, through the pipeline and tabulate how far each got.

    Stages: validate -> generate -> install -> import (pydantic models included) -> one call against the mock ->
    a short Schemathesis run on the mock (not_a_server_error, response_schema_conformance). Nothing is written
    to specs/ or generated/. Every spec that stops gets one line: file, line, JSON pointer and reason.
    """
    import os

    from . import corpus as corpus_run

    project = _run(Project.discover)
    target = out or project.reports_dir / "corpus.md"
    if merge:
        merged, source = _run(lambda: corpus_run.merge(merge))
        corpus_run.write_reports(target, merged, source)
        typer.echo(corpus_run.to_markdown(merged, source).split("\n\n")[1])
        return
    source = folder or corpus_run.default_folder(project.root)
    if not source.is_dir():
        _err(f"error: no corpus folder {source}; pass FOLDER or set APIGEN_CORPUS")
        raise typer.Exit(2)
    files = corpus_run.corpus_files(source)
    if shard is not None:
        files = _run(lambda: corpus_run.shard(files, shard))
    _err(f"corpus: {len(files)} spec(s) from {source}, {jobs or os.cpu_count()} at a time; table: {target}")
    started = time.perf_counter()

    def report(done: int, result: corpus_run.CorpusResult) -> None:
        detail = f": {result.reason}" if result.reason else ""
        _err(f"  [{done}/{len(files)}] {result.file.name:<44} {result.verdict:<10} {result.seconds:5.1f}s{detail}")

    results = corpus_run.run_corpus(files, project.templates_dir, max_examples=max_examples, jobs=jobs, progress=report)
    corpus_run.write_reports(target, results, source)
    typer.echo(corpus_run.to_markdown(results, source).split("\n\n")[1])
    _err(f"done in {time.perf_counter() - started:.0f}s; table written to {target} (and {target.with_suffix('.json')})")


@app.command("run")
def run_main_job(
    apis: ApiArgs = None,
    build: Annotated[bool, typer.Option("--build/--no-build", help="Build and check the wheels.")] = True,
    fuzz: Annotated[bool, typer.Option("--fuzz/--no-fuzz", help="Fuzz each API's embedded mock.")] = True,
    max_examples: Annotated[int, typer.Option("--max-examples", min=1, help="Fuzz examples per operation.")] = 10,
    seed: Annotated[int, typer.Option("--seed", help="Seed for mocks and fuzzing (same seed, same run).")] = 0,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Parallel workers (default: CPUs).")] = None,
) -> None:
    """The main job: validate every spec, generate clients and models, build wheels, fuzz each mock; one summary.

    Exit 1 when a spec is invalid or fuzzing found failures (reports: reports/fuzz/<api>/report.html).
    """
    from . import main_job

    project = _run(Project.discover)
    names = _run(lambda: project.select(apis))
    options = main_job.MainJobOptions(build=build, fuzz=fuzz, max_examples=max_examples, seed=seed, jobs=jobs)
    started = time.perf_counter()
    _err(f"main job for {len(names)} API(s): validate, generate{', build' if build else ''}{', fuzz' if fuzz else ''}")
    job = _run(lambda: main_job.run(project, names, options, progress=_step), after_bad_spec=NOTHING_CHANGED)
    typer.echo("")
    typer.echo(main_job.table(job), nl=False)
    for summary in job.apis:
        for problem in summary.problems:
            _err(f"{summary.api}: {problem}")
        for warning in summary.warnings:
            _err(f"{summary.api}: warning: {warning} (details: {summary.fuzz_log})")
        if summary.fuzz_report and not summary.ok:
            _err(f"{summary.api}: fuzz report: {summary.fuzz_report}")
    typer.echo(f"done in {time.perf_counter() - started:.1f}s")
    if not job.ok:
        raise typer.Exit(1)


DOCS_EXIT_CODES = (
    "Exit codes: 0 every page is unchanged (304, or the same text); 1 a doc changed (the report names the "
    "sections and their operations); 2 usage error (unknown API, no url: in its docs.yaml); 3 a page could "
    "not be fetched (one line per page: URL and reason)."
)
docs_app = typer.Typer(
    name="docs",
    help="Vendor docs: fetch the pages specs/<api>.docs.yaml names (url:) and say what changed.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(docs_app)


@docs_app.command("pull", epilog=DOCS_EXIT_CODES)
def docs_pull(
    apis: Annotated[
        list[str] | None,
        typer.Argument(help="API names (spec file stems); default: every API whose docs.yaml has url:."),
    ] = None,
    write: Annotated[
        bool, typer.Option("--write", help="Write a changed page's text to the docs folder (and the pull state).")
    ] = False,
    docs_dir: DocsDirOption = None,
    output: Annotated[str, typer.Option("--format", help="text, markdown (a pull-request body) or json.")] = "text",
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds per attempt.")] = 20.0,
    retries: Annotated[int, typer.Option("--retries", min=0, max=10, help="Attempts after the first.")] = 2,
) -> None:
    """Fetch each vendor page (conditional GET: ETag / If-Modified-Since), turn it into the plain text kept in
    vendor-docs/ and compare it with that file section by section.

    Reports per API: unchanged, or the sections added, removed and changed (by heading, with a short diff excerpt)
    and the operations they document (specs/<api>.docs.yaml: each operation's heading). Nothing is written
    without --write; after a pull with --write, apigen coverage lists the operations in the changed sections
    until the doc's hash is recorded again (apigen coverage --record).
    """
    import functools

    from ..errors import FetchError
    from . import doc_coverage
    from . import docs_pull as pulling

    if output not in pulling.FORMATS:
        raise typer.BadParameter(f"unknown format {output!r}; use text, markdown or json", param_hint="--format")
    project = _run(Project.discover)
    specs = [_run(functools.partial(project.load, name)) for name in _run(lambda: project.select(apis))]
    chosen = specs if apis else [spec for spec in specs if _run(functools.partial(pulling.has_url, spec))]
    if not chosen:
        _err("no specs/<api>.docs.yaml names a url: nothing to pull")
        return
    folder = docs_dir or doc_coverage.default_docs_dir(project.root)
    options = pulling.PullOptions(write=write, timeout=timeout, retries=retries)
    results, unreachable = [], 0
    for spec in chosen:
        with _errors_to_exit_codes(FIX_SPEC_FIRST):
            try:
                result = pulling.pull(spec, folder, options)
            except FetchError as exc:  # one line, and the other pages are still pulled
                _err(f"error: {spec.name}: cannot fetch {exc}")
                unreachable += 1
                continue
        results.append(result)
        verdict = f"{len(result.changes)} section(s) changed" if result.changed else "unchanged"
        _err(f"  {spec.name:<16} {verdict}{'; written' if result.written else ''}")
    if results:
        typer.echo(pulling.render(results, output), nl=False)
    if unreachable:
        raise typer.Exit(3)
    if any(result.changed for result in results):
        raise typer.Exit(1)


def main() -> None:
    app(prog_name="apigen")


if __name__ == "__main__":  # pragma: no cover
    main()
