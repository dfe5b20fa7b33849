"""Running Schemathesis against a base URL or an ASGI app, and turning its output into reports.

Schemathesis is driven through its command line (``python -m schemathesis.cli run``) in a subprocess: the CLI
and its config file are the documented, versioned interface, while the engine behind them
(``schemathesis.engine``) is neither exported nor documented. An ASGI app is served on 127.0.0.1 for the run.
The config file holds ``${VARIABLE}`` placeholders only; credential values reach the subprocess through its
environment, never its arguments.
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import ApigenError, UsageError
from ..spec.loading import Spec
from ..spec.openapi31_view import exposed_operations, openapi31_view, source_for_tools
from ._config import SAFE_METHODS, auth_config, merged, run_config, to_toml, user_config
from ._credentials import FuzzCredentials, scheme_auths
from ._crud import SPEC_VARIABLE, WALK_VARIABLE
from ._event_streams import events_for_schemathesis
from ._exempt import with_exemptions_spelled_out
from ._exposed import Exposed, operation_configs, relabel, safe_paths
from ._file_choices import with_files_for_file_choices
from ._format_types import with_formats_per_type
from ._gaps import separate_spec_gaps
from ._header_examples import without_unsendable_header_examples
from ._junit import write_junit
from ._patterns import portable_document
from ._progress import EventTail, Progress, ProgressTracker, estimated_seconds
from ._query_json import with_json_query_objects
from ._redaction import Redactor
from ._report import write_html
from ._results import FuzzResult, collect
from ._scope import Scope, plan_scope
from ._tags import without_contradicting_discriminators

MODES = ("positive", "negative", "all")
PHASES = ("examples", "coverage", "fuzzing", "stateful")
REPORT_FILES = {"junit": "junit.xml", "har": "cassette.har", "html": "report.html", "log": "run.log"}
PROGRESS_EVERY = 5.0  # seconds between progress reports
_POLL = 0.25
_GRACE = 15.0  # seconds Schemathesis gets to write its reports after an interrupt, or past --max-time

ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class FuzzOptions:
    """How hard and how far to fuzz. ``checks`` empty = every Schemathesis check plus apigen's own."""

    max_examples: int = 20
    seed: int | None = None
    workers: int = 1
    checks: tuple[str, ...] = ()
    exclude_checks: tuple[str, ...] = ()
    mode: str = "all"
    stateful: bool = True
    phases: tuple[str, ...] = PHASES
    allow_destructive: bool = False
    rate_limit: str | None = None
    request_timeout: float = 10.0
    max_response_time_ms: int | None = None
    max_time: float | None = None
    operation_ids: tuple[str, ...] = ()
    config_file: Path | None = None
    extra_args: tuple[str, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise UsageError(f"unknown mode {self.mode!r}; use one of {', '.join(MODES)}")
        unknown = [p for p in self.phases if p not in PHASES]
        if unknown or not self.phases:
            raise UsageError(f"unknown phase(s) {', '.join(unknown) or '(none)'}; use some of {', '.join(PHASES)}")
        if self.max_examples < 1 or self.workers < 1:
            raise UsageError("--max-examples and --workers must be at least 1")
        if self.request_timeout <= 0 or (self.max_response_time_ms is not None and self.max_response_time_ms <= 0):
            raise UsageError("--request-timeout and --max-response-time must be positive")


def fuzz(
    spec: Spec,
    target: str | Any,
    report_dir: Path,
    *,
    options: FuzzOptions | None = None,
    credentials: FuzzCredentials | None = None,
    on_progress: ProgressCallback | None = None,
) -> FuzzResult:
    """Fuzz ``spec`` against ``target`` (a base URL, or an ASGI app served on loopback for the run).

    Reports (JUnit XML, HAR cassette, HTML, the redacted run log) go to ``report_dir``; every credential is
    redacted from them. ``on_progress`` is called every few seconds while Schemathesis runs. Ctrl-C ends the
    run early: the result then has ``interrupted`` set and the reports hold what was found so far. Raises
    :class:`UsageError` when Schemathesis rejects the options.
    """
    options = options or FuzzOptions()
    credentials = credentials or FuzzCredentials()
    if isinstance(target, str):
        return _fuzz_url(spec, target.rstrip("/"), report_dir, options, credentials, on_progress)
    from ..mocking import serve_on_loopback  # only an in-process target needs the mock's server stack

    with serve_on_loopback(target) as origin:
        return _fuzz_url(spec, origin + spec.base_path, report_dir, options, credentials, on_progress, mock=True)


def embedded_mock(spec: Spec, seed: int = 0) -> tuple[Any, FuzzCredentials]:
    """The API's own mock (an ASGI app) and the credentials it accepts: the target when there is no URL."""
    from ..mocking import MockCredentials, create_app

    mock = MockCredentials()
    return create_app(spec, credentials=mock, seed=seed), FuzzCredentials.for_mock(spec, mock)


def scope_of(spec: Spec, options: FuzzOptions) -> Scope:
    """The operations a run will fuzz and whether it walks links (read-only mode drops unsafe links)."""
    return plan_scope(
        spec,
        read_only=not options.allow_destructive,
        stateful=options.stateful and "stateful" in options.phases,
        operation_ids=options.operation_ids,
    )


def estimate(spec: Spec, options: FuzzOptions) -> float:
    """Seconds the rate limit alone imposes on the run (0 when unlimited): worth saying before a long run."""
    return estimated_seconds(
        scope_of(spec, options).operations, options.max_examples, options.phases, options.rate_limit
    )


def _fuzz_url(
    spec: Spec,
    base_url: str,
    report_dir: Path,
    options: FuzzOptions,
    credentials: FuzzCredentials,
    on_progress: ProgressCallback | None,
    *,
    mock: bool = False,
) -> FuzzResult:
    auths = scheme_auths(spec)
    names = [n for a in auths for n in (a.header, a.query) if n]
    redactor = Redactor(credentials.secrets(auths), names)
    scope = scope_of(spec, options)
    if scope.operations == 0:
        return FuzzResult(spec.name, base_url, 0, (), 0, (), (), {}, notes=scope.notes)
    # Schemathesis ORs its include filters, so a read-only selection of operationIds is narrowed here.
    options = replace(options, stateful=scope.stateful, operation_ids=scope.operation_ids)
    report_dir.mkdir(parents=True, exist_ok=True)
    reports = {kind: report_dir / name for kind, name in REPORT_FILES.items()}
    for path in reports.values():
        path.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="apigen-fuzz-") as tmp:
        work = Path(tmp)
        auth = auth_config(spec, auths, credentials, urlsplit(base_url).path.rstrip("/"))
        config = run_config(
            auth,
            read_only=not options.allow_destructive,
            stateful=options.stateful,
            seed=options.seed,
            max_examples=options.max_examples,
            infer_links=not scope.declares_links,
        )
        exposed = exposed_operations(openapi31_view(spec.document, expose_methods=True))
        if options.config_file is not None:
            config = merged(user_config(options.config_file), config)
        config = _with_exposed(config, exposed, read_only=not options.allow_destructive)
        (work / "schemathesis.toml").write_text(to_toml(config), encoding="utf-8")
        spec_file = work / f"spec{spec.path.suffix or '.yaml'}"
        source, pattern_notes = _schemathesis_source(spec)
        spec_file.write_bytes(source)
        events, verdict = work / "events.ndjson", work / "verdict.json"
        command = _command(work, spec_file, base_url, options, reports, events, verdict, safe_paths(exposed))
        env = {**os.environ, **credentials.values, **_hooks_env(spec_file, options)}
        returncode, output, interrupted = _execute(command, work, env, events, options, on_progress)
        output = redactor.text(output)
        reports["log"].write_text(output, encoding="utf-8")
        if not interrupted and (returncode not in (0, 1) or (returncode == 1 and not events.exists())):
            _raise_for(returncode, output)
        result = relabel(collect(spec.name, base_url, events, verdict, redactor.text), exposed)
    notes = tuple(dict.fromkeys((*scope.notes, *pattern_notes, *result.notes)))
    result = replace(result, notes=notes, interrupted=interrupted)
    if mock:
        result = separate_spec_gaps(spec, result)
    _finish_reports(result, reports, redactor)
    return replace(result, reports={k: v for k, v in reports.items() if v.exists()})


def _schemathesis_source(spec: Spec) -> tuple[bytes, list[str]]:
    """The spec as Schemathesis reads it, and one located note per change: what we read (bundled, repaired, 3.2
    in its 3.1 view with QUERY exposed), where the spec's own would stop or mislead it (see :func:`_tool_copy`),
    event streams as Schemathesis reads them."""
    portable, pattern_notes = _tool_copy(spec)
    streams = events_for_schemathesis(portable if portable is not None else spec.document)
    document = streams if streams is not None else portable
    if document is None:  # QUERY and additional methods exposed as POSTs Schemathesis can call
        return source_for_tools(spec, expose_methods=True), pattern_notes
    # JSON is YAML too, whatever the file's suffix
    view = openapi31_view(document, expose_methods=True)
    return json.dumps(view, ensure_ascii=False).encode(), pattern_notes


def _with_exposed(config: dict[str, Any], exposed: Exposed, *, read_only: bool) -> dict[str, Any]:
    """The config with the settings of the exposed operations added to the user's per-operation ones."""
    if not exposed:
        return config
    operations = list(config.get("operations") or [])
    return {**config, "operations": [*operations, *operation_configs(exposed, read_only=read_only)]}


def _tool_copy(spec: Spec) -> tuple[dict[str, Any] | None, list[str]]:
    """The document Schemathesis reads where the spec's own would stop or mislead it (None: the spec's own), and
    one located note per change: patterns in Python's syntax, self-contradicting discriminators left out, query
    arrays of objects as JSON, readOnly / writeOnly flags repeated where an allOf part requires the property, a
    choice of a file or a text value sent as a file, a format beside a list of types as one branch per type, header
    examples no request can carry left out."""
    document, notes = portable_document(spec)
    rewrites = (
        without_contradicting_discriminators,
        with_json_query_objects,
        with_exemptions_spelled_out,
        with_files_for_file_choices,
        with_formats_per_type,
        without_unsendable_header_examples,
    )
    for rewrite in rewrites:
        document, more = rewrite(spec, document)
        notes += more
    return document, notes


def _hooks_env(spec_file: Path, options: FuzzOptions) -> dict[str, str]:
    """How the Schemathesis process finds apigen's checks, the spec they read, and whether walks may write."""
    return {
        "SCHEMATHESIS_HOOKS": "generator.fuzzing._consistency",
        SPEC_VARIABLE: str(spec_file),
        WALK_VARIABLE: "1" if options.allow_destructive else "0",
        "NO_COLOR": "1",
        "PYTHONIOENCODING": "utf-8",
    }


def _execute(
    command: list[str],
    work: Path,
    env: Mapping[str, str],
    events: Path,
    options: FuzzOptions,
    on_progress: ProgressCallback | None,
) -> tuple[int, str, bool]:
    """Run Schemathesis, reporting progress; on Ctrl-C (or past --max-time) let it write reports, then stop it."""
    log = work / "schemathesis.out"
    tracker, tail = ProgressTracker(options.rate_limit), EventTail(events)
    deadline = None if options.max_time is None else time.monotonic() + options.max_time + _GRACE
    interrupted = False
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(command, cwd=work, env=dict(env), stdout=out, stderr=subprocess.STDOUT, text=True)
        try:
            _watch(process, tail, tracker, deadline, on_progress)
        except (KeyboardInterrupt, TimeoutError):
            interrupted = True
            _stop(process)
    return process.returncode, log.read_text(encoding="utf-8", errors="replace"), interrupted


def _watch(
    process: subprocess.Popen[str],
    tail: EventTail,
    tracker: ProgressTracker,
    deadline: float | None,
    on_progress: ProgressCallback | None,
) -> None:
    reported = time.monotonic()
    while process.poll() is None:
        time.sleep(_POLL)
        for kind, data in tail.read():
            tracker.feed(kind, data)
        now = time.monotonic()
        if deadline is not None and now > deadline:
            raise TimeoutError
        if on_progress is not None and now - reported >= PROGRESS_EVERY:
            reported = now
            on_progress(tracker.snapshot())


def _stop(process: subprocess.Popen[str]) -> None:
    """SIGINT first (Schemathesis then finishes its reports), then a hard kill if it does not exit in time."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=_GRACE)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    except KeyboardInterrupt:  # a second Ctrl-C: stop waiting
        process.kill()
        process.wait()


def _finish_reports(result: FuzzResult, reports: Mapping[str, Path], redactor: Redactor) -> None:
    """Redact what Schemathesis wrote; replace what an interrupted run left empty or half-written."""
    har = reports["har"]
    if har.exists() and not _is_json(har):
        har.unlink()
    write_junit(result, reports["junit"])
    for kind in ("junit", "har"):
        if reports[kind].exists():
            redactor.file(reports[kind])
    write_html(result, reports["html"])
    redactor.tree(reports["html"].parent)


def _is_json(path: Path) -> bool:
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return False
    return True


def _command(
    work: Path,
    spec_file: Path,
    base_url: str,
    options: FuzzOptions,
    reports: Mapping[str, Path],
    events: Path,
    verdict: Path,
    safe_paths: Sequence[str] = (),
) -> list[str]:
    phases = [p for p in options.phases if options.stateful or p != "stateful"]
    command = [sys.executable, "-m", "schemathesis.cli", "--no-color", "--config-file", str(work / "schemathesis.toml")]
    command += ["run", str(spec_file), "--url", base_url, "--mode", options.mode, "--phases", ",".join(phases)]
    command += ["--checks", ",".join(options.checks) or "all", "--max-examples", str(options.max_examples)]
    command += ["--workers", str(options.workers), "--request-timeout", str(options.request_timeout)]
    command += ["--report", "junit,har,ndjson,json", "--report-junit-path", str(reports["junit"])]
    command += ["--report-har-path", str(reports["har"]), "--report-ndjson-path", str(events)]
    command += ["--report-json-path", str(verdict), "--generation-database", "none"]
    if options.exclude_checks:
        command += ["--exclude-checks", ",".join(options.exclude_checks)]
    if options.seed is not None:
        command += ["--seed", str(options.seed)]
    if options.rate_limit:
        command += ["--rate-limit", options.rate_limit]
    if options.max_response_time_ms is not None:
        command += ["--max-response-time", str(options.max_response_time_ms / 1000)]
    if options.max_time is not None:
        # Schemathesis takes whole seconds; our own deadline (``_execute``) keeps the fraction.
        command += ["--max-time", str(math.ceil(options.max_time))]
    for operation_id in options.operation_ids:
        command += ["--include-operation-id", operation_id]
    if not options.allow_destructive and not options.operation_ids:
        for method in SAFE_METHODS:
            command += ["--include-method", method]
        for path in safe_paths:  # Schemathesis ORs its include filters: these add the exposed QUERY operations
            command += ["--include-path", path]
    return command + list(options.extra_args)


def _raise_for(returncode: int, output: str) -> None:
    tail = "\n".join(line for line in output.strip().splitlines()[-12:] if line.strip())
    if returncode == 2:
        raise UsageError(f"Schemathesis rejected the run:\n{tail}")
    raise ApigenError(f"Schemathesis failed (exit {returncode}):\n{tail}")


def report_dir_for(reports_root: Path, api: str) -> Path:
    return reports_root / "fuzz" / api


def schemes_summary(spec: Spec, credentials: FuzzCredentials) -> Sequence[tuple[str, tuple[str, ...], bool]]:
    """(scheme, its variables, all set?) for every fuzzable scheme: what ``apigen fuzz`` can tell the user."""
    return [(a.name, a.variables, credentials.complete(a)) for a in scheme_auths(spec)]
