"""Corpus runs: how a spec nobody here wrote fares in the pipeline (``nox -s corpus`` tabulates the results).

:func:`run_spec` takes one spec file, as published, through every stage: validate, generate, install the client,
import it (pydantic models included), one call through it against the mock, then :func:`run_mock_check`.

:func:`run_mock_check` is the mock stage: start the spec's mock, then a short Schemathesis run against it
(examples and fuzzing phases, a few cases per operation) with the two checks that blame the mock:
``not_a_server_error`` and ``response_schema_conformance``.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..codegen.generating import Coverage
from ..errors import ApigenError, UsageError
from ..fuzzing import FuzzFailure, FuzzOptions, embedded_mock, fuzz
from ..spec.loading import Spec, load_spec
from ..spec.project import spec_files
from ._client_probe import credential_environment, install, probe

MOCK_CHECKS = ("not_a_server_error", "response_schema_conformance")
NOT_FUZZED = "fuzzing did not run"


@dataclass(frozen=True)
class MockCheck:
    """The mock stage of one spec: did the mock start, what did the short run find."""

    api: str
    started: bool
    operations: int = 0
    cases: int = 0
    server_errors: tuple[FuzzFailure, ...] = ()
    schema_violations: tuple[FuzzFailure, ...] = ()
    reason: str | None = None  # one line: why the mock did not start, or why the run broke

    @property
    def ran(self) -> bool:
        """Fuzzing ran test cases (it may also have reported errors on some operations)."""
        return self.started and self.cases > 0

    @property
    def ok(self) -> bool:
        return self.ran and self.reason is None and not self.server_errors and not self.schema_violations


def run_mock_check(spec: Spec, *, max_examples: int = 5, seed: int = 0) -> MockCheck:
    """Start ``spec``'s mock and fuzz it briefly; every problem is in the result, nothing is raised or printed."""
    try:
        app, credentials = embedded_mock(spec, seed)
    except Exception as exc:  # the mock must start on any valid spec: whatever stops it is the finding
        return MockCheck(spec.name, started=False, reason=f"mock did not start: {type(exc).__name__}: {exc}")
    options = FuzzOptions(
        max_examples=max_examples,
        seed=seed,
        phases=("examples", "fuzzing"),
        checks=MOCK_CHECKS,
        allow_destructive=True,  # the mock's state is its own
        stateful=False,
    )
    try:
        with tempfile.TemporaryDirectory(prefix="apigen-corpus-") as reports:
            result = fuzz(spec, app, Path(reports), options=options, credentials=credentials)
    except ApigenError as exc:
        return MockCheck(spec.name, started=True, reason=f"{NOT_FUZZED}: {_one_line(str(exc))}")
    by_check = result.by_check()
    reason = f"fuzzing broke: {_one_line(str(result.errors[0]))}" if result.errors else None
    if not result.cases:
        why = result.errors[0] if result.errors else (result.notes[0] if result.notes else "no test case was sent")
        reason = f"{NOT_FUZZED}: {_one_line(str(why))}"
    return MockCheck(
        spec.name,
        started=True,
        operations=len(result.operations_tested),
        cases=result.cases,
        server_errors=tuple(by_check.get("not_a_server_error", ())),
        schema_violations=tuple(by_check.get("response_schema_conformance", ())),
        reason=reason,
    )


# --- the whole pipeline, per spec -------------------------------------------------------------------------

STAGES = ("validate", "generate", "install", "import", "call", "mock")


@dataclass(frozen=True)
class CorpusResult:
    """How far one spec got: every stage up to ``reached`` passed; ``reason`` says why the next one did not."""

    file: Path
    openapi: str = ""
    operations: int = 0
    warnings: int = 0  # house-convention warnings
    left_out: int = 0  # pieces typed loosely (located warnings of the generator)
    coverage: Coverage | None = None  # operations generated / in the spec, success bodies typed / documented
    reached: str = ""  # the last stage that passed ("" when not even validation did)
    reason: str | None = None  # one line: file:line: pointer: reason, or what failed
    call_status: int | None = None
    callable: bool = True  # False: no operation could be called without a body or a structured argument
    called: bool = False  # a request reached the mock through the client and got a documented 2xx
    mock: MockCheck | None = None
    seconds: float = 0.0

    @property
    def generated(self) -> bool:
        return STAGES.index(self.reached) >= STAGES.index("import") if self.reached else False

    @property
    def mock_clean(self) -> bool:
        """The mock started and answered no 5xx and nothing against its schema (Schemathesis' own trouble with a
        schema, such as a regex it cannot read, is in ``reason`` but is not the mock's fault)."""
        mock = self.mock
        return mock is not None and mock.started and not (mock.server_errors or mock.schema_violations)

    @property
    def fuzzed(self) -> bool:
        return self.mock is not None and self.mock.ran

    @property
    def fuzz_complete(self) -> bool:
        """Schemathesis tested every operation it was given: no error stopped it on one."""
        return self.fuzzed and self.mock is not None and self.mock.reason is None

    @property
    def clean(self) -> bool:
        """Every stage passed: a call through the client reached the mock and got a documented 2xx, fuzzing ran
        test cases on every operation, and the mock is clean."""
        return self.reached == "mock" and self.called and self.fuzz_complete and self.mock_clean

    @property
    def verdict(self) -> str:
        """One word for the table and the progress line: ``clean``, or what kept the spec from it."""
        if self.clean:
            return "clean"
        if not self.reached:
            return "invalid"
        if self.generated and not self.callable:
            return "no-call"  # nothing callable without arguments: not a failure, not clean either
        if self.mock is not None and self.mock.started and not self.fuzzed:
            return "not-fuzzed"
        if self.reached == "mock" and self.called and self.mock_clean and not self.fuzz_complete:
            return "fuzz-error"  # Schemathesis stopped on an operation: untested, so not clean
        return "failed" if self.reached == "mock" else f"failed-{_next_stage(self.reached)}"


def default_folder(project_root: Path) -> Path:
    """Where a corpus of published specs lives unless told: ``$APIGEN_CORPUS``, else ``../shared/corpus``."""
    return Path(os.environ.get("APIGEN_CORPUS") or project_root.parent / "shared" / "corpus")


def corpus_files(folder: Path) -> list[Path]:
    """Every spec below ``folder`` (``.json``, ``.yaml``, ``.yml``; a multi-file spec by its root), stably ordered."""
    return spec_files(folder)


def shard(files: list[Path], part: str) -> list[Path]:
    """Shard ``K/N`` of ``files`` (every N-th file from the K-th, 1-based): N runners split a corpus, each file once.

    Raises :class:`UsageError` for anything but two whole numbers with 1 <= K <= N.
    """
    try:
        k, n = (int(number) for number in part.split("/"))
    except ValueError:
        raise UsageError(f"--shard takes K/N (e.g. 2/8), not {part!r}") from None
    if not 1 <= k <= n:
        raise UsageError(f"--shard {part}: K must be between 1 and N")
    return files[k - 1 :: n]


def to_json(results: list[CorpusResult], folder: Path) -> str:
    """Every result, whole: what ``merge`` reads back to tabulate shards as one run."""
    rows = [{**dataclasses.asdict(r), "file": str(r.file)} for r in results]
    return json.dumps({"folder": str(folder), "results": rows}, indent=1, default=str) + "\n"


def write_reports(target: Path, results: list[CorpusResult], folder: Path) -> None:
    """The Markdown table at ``target`` and the JSON report beside it (``.json``), which ``--merge`` reads."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(to_markdown(results, folder))
    target.with_suffix(".json").write_text(to_json(results, folder))


def merge(reports: list[Path]) -> tuple[list[CorpusResult], Path]:
    """The results of several :func:`to_json` reports (shards of one corpus), in file order, and their folder."""
    results: dict[str, CorpusResult] = {}
    folders = set()
    for report in reports:
        try:
            document = json.loads(report.read_text(encoding="utf-8"))
            folders.add(document["folder"])
            for row in document["results"]:
                results[row["file"]] = _result(row)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{report}: not a corpus report written by apigen corpus ({exc})") from exc
    folder = Path(folders.pop()) if len(folders) == 1 else Path(os.path.commonpath(sorted(folders) or ["."]))
    return [results[name] for name in sorted(results)], folder


def _result(row: dict[str, Any]) -> CorpusResult:
    mock = row.get("mock")
    if mock is not None:
        failures = {
            key: tuple(FuzzFailure(**{**f, "reproduction": tuple(f["reproduction"])}) for f in mock[key])
            for key in ("server_errors", "schema_violations")
        }
        mock = MockCheck(**{**mock, **failures})
    coverage = Coverage(**row["coverage"]) if row.get("coverage") is not None else None
    return CorpusResult(**{**row, "file": Path(row["file"]), "mock": mock, "coverage": coverage})


def run_spec(path: Path, templates_dir: Path, *, max_examples: int = 5) -> CorpusResult:
    """Take one spec file through validate -> generate -> install -> import -> call -> mock + short fuzz run."""
    started = time.perf_counter()
    try:
        result = _run_stages(path, templates_dir, max_examples)
    except Exception as exc:  # a bug of ours: one line in the table, and the other specs still run
        result = CorpusResult(path, reason=f"apigen crashed: {type(exc).__name__}: {_one_line(str(exc))}")
    return dataclasses.replace(result, seconds=time.perf_counter() - started)


def _one_line(text: str, limit: int = 300) -> str:
    """A multi-line message folded into one line of at most ``limit`` characters (one table row per spec)."""
    folded = " ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    return folded if len(folded) <= limit else folded[: limit - 3] + "..."


def _run_stages(path: Path, templates_dir: Path, max_examples: int) -> CorpusResult:
    from ..codegen.generating import render_covered
    from ..validation.rules import check

    try:
        spec = load_spec(path)
    except ApigenError as exc:
        return CorpusResult(path, reason=_first(exc))
    problems = check(spec)
    errors = [p for p in problems if not p.is_warning]
    result = CorpusResult(path, spec.openapi_version, sum(1 for _ in spec.operations()), len(problems) - len(errors))
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return dataclasses.replace(result, reason=f"{errors[0]}{more}")
    with tempfile.TemporaryDirectory(prefix="apigen-corpus-") as tmp:
        project_dir = Path(tmp) / spec.project_name
        try:
            left_out, coverage = render_covered(spec, project_dir, templates_dir)
        except ApigenError as exc:
            return dataclasses.replace(result, reached="validate", reason=_first(exc))
        result = dataclasses.replace(result, reached="generate", left_out=len(left_out), coverage=coverage)
        if error := install(project_dir, Path(tmp) / "site"):
            return dataclasses.replace(result, reason=f"{_next_stage('generate')}: {error}")
        return _call_and_fuzz(spec, Path(tmp) / "site", result, max_examples)


def run_corpus(
    files: list[Path],
    templates_dir: Path,
    *,
    max_examples: int = 5,
    jobs: int | None = None,
    progress: Callable[[int, CorpusResult], None] | None = None,
) -> list[CorpusResult]:
    """:func:`run_spec` over ``files`` in parallel processes; results in the order of ``files``."""
    workers = max(1, min(len(files), jobs or multiprocessing.cpu_count()))
    results: dict[Path, CorpusResult] = {}
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(run_spec, path, templates_dir, max_examples=max_examples) for path in files]
        for future in as_completed(futures):
            result = future.result()
            results[result.file] = result
            if progress:
                progress(len(results), result)
    return [results[path] for path in files]


def _call_and_fuzz(spec: Spec, site: Path, result: CorpusResult, max_examples: int) -> CorpusResult:
    from ..mocking import MockCredentials, create_app, serve_on_loopback

    mock = MockCredentials()
    values = {"api_key": mock.api_key, "token": mock.bearer_token, "username": mock.basic_user}
    values |= {"password": mock.basic_password, "client_id": mock.client_id, "client_secret": mock.client_secret}
    try:
        app = create_app(spec, credentials=mock)
    except Exception as exc:  # the mock must start on any valid spec: whatever stops it is the finding
        probed = probe(spec, site, None, {})
        failed = probed.error or f"mock did not start: {type(exc).__name__}: {exc}"
        return dataclasses.replace(result, reached=probed.stage, reason=failed)
    counted = _Counted(app)
    with serve_on_loopback(counted) as origin:
        environment = credential_environment(spec, values, origin)
        probed = probe(spec, site, origin + spec.base_path, environment, reached=lambda: counted.requests)
    result = dataclasses.replace(
        result, reached=probed.stage, call_status=probed.status, callable=probed.callable, called=not probed.error
    )
    if probed.error and probed.stage != "import":  # not even importable: nothing left to learn
        return dataclasses.replace(result, reason=f"{_next_stage(probed.stage)}: {probed.error}")
    # The mock stage runs even when the call failed: whether the mock holds up is a finding of its own.
    checked = run_mock_check(spec, max_examples=max_examples)
    reached = "mock" if checked.started and probed.stage == "call" else result.reached
    call_failed = f"call: {probed.error}" if probed.error else None
    why = call_failed or checked.reason or _findings(checked)
    return dataclasses.replace(result, reached=reached, mock=checked, reason=why)


class _Counted:
    """An ASGI app that counts the HTTP requests it passes to ``app``: proof that a call reached the mock."""

    def __init__(self, app: Any) -> None:
        self.app, self.requests = app, 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            self.requests += 1
        await self.app(scope, receive, send)


def _findings(checked: MockCheck) -> str | None:
    failures = [*checked.server_errors, *checked.schema_violations]
    if not failures:
        return None
    first = failures[0]
    more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
    return f"mock: {first.check} on {first.operation}: {first.title} (status {first.status}){more}"


def _next_stage(stage: str) -> str:
    return STAGES[STAGES.index(stage) + 1]


def _first(exc: ApigenError) -> str:
    problems = getattr(exc, "problems", None)
    return str(problems[0]) if problems else str(exc).strip().splitlines()[0]


def to_markdown(results: list[CorpusResult], folder: Path) -> str:
    """The corpus table: one row per spec, and the share of specs that got through each stage."""
    total = len(results) or 1
    generated = sum(r.generated for r in results)
    called = sum(r.called for r in results)
    uncallable = sum(r.generated and not r.callable for r in results)
    started = sum(r.mock is not None and r.mock.started for r in results)
    fuzzed = sum(r.fuzzed for r in results)
    complete = sum(r.fuzz_complete for r in results)
    mock_clean = sum(r.mock_clean for r in results)
    clean = sum(r.clean for r in results)
    lines = [
        f"# Corpus run: {folder}",
        "",
        f"{len(results)} specs. Client generated and imported: {generated} ({generated / total:.0%}); "
        f"a call through it got a documented 2xx from the mock: {called}; nothing callable without arguments: "
        f"{uncallable}; mock started: {started}; fuzzing ran: {fuzzed} (on every operation: {complete}); "
        f"no mock 5xx and no response-schema violation: {mock_clean} ({mock_clean / total:.0%}); "
        f"clean (all of these): {clean} ({clean / total:.0%}).",
        "",
        "| spec | OpenAPI | ops | warnings | left out | ops generated | 2xx typed | reached | verdict | call | fuzzed "
        "| mock cases | 5xx | schema | s | reason |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        m = r.mock
        cells = [r.file.name, r.openapi, str(r.operations), str(r.warnings), str(r.left_out)]
        c = r.coverage
        cells += [f"{c.operations}/{c.operations_in_spec}", f"{c.typed}/{c.documented}"] if c else ["-", "-"]
        cells.append(r.reached or "-")
        call = str(r.call_status) if r.call_status else "none callable" if r.generated and not r.callable else "-"
        ran = ("yes" if r.fuzzed else "did not run") if m is not None and m.started else "-"
        cells += [r.verdict, call, ran, str(m.cases if m else "-")]
        cells += [str(len(m.server_errors)) if m else "-", str(len(m.schema_violations)) if m else "-"]
        cells += [f"{r.seconds:.1f}", (r.reason or "").replace("|", "\\|")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
