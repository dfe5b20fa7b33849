"""Running Schemathesis against a base URL or an ASGI app, and turning its output into reports.

Schemathesis is driven through its command line (``python -m schemathesis.cli run``) in a subprocess: the CLI
and its config file are the documented, versioned interface, while the engine behind them
(``schemathesis.engine``) is neither exported nor documented. An ASGI app is served on 127.0.0.1 for the run.
The config file holds ``${VARIABLE}`` placeholders only; credential values reach the subprocess through its
environment, never its arguments.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .._errors import ApigenError, UsageError
from ..loading import Spec
from ._config import SAFE_METHODS, auth_config, run_config, to_toml
from ._credentials import FuzzCredentials, scheme_auths
from ._redaction import Redactor
from ._report import write_html
from ._results import FuzzResult, collect

MODES = ("positive", "negative", "all")
PHASES = ("examples", "coverage", "fuzzing", "stateful")
REPORT_FILES = {"junit": "junit.xml", "har": "cassette.har", "html": "report.html", "log": "run.log"}


@dataclass(frozen=True)
class FuzzOptions:
    """How hard and how far to fuzz. ``checks`` empty = every Schemathesis check."""

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
    extra_args: tuple[str, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise UsageError(f"unknown mode {self.mode!r}; use one of {', '.join(MODES)}")
        unknown = [p for p in self.phases if p not in PHASES]
        if unknown or not self.phases:
            raise UsageError(f"unknown phase(s) {', '.join(unknown) or '(none)'}; use some of {', '.join(PHASES)}")
        if self.max_examples < 1 or self.workers < 1:
            raise UsageError("--max-examples and --workers must be at least 1")


def fuzz(
    spec: Spec,
    target: str | Any,
    report_dir: Path,
    *,
    options: FuzzOptions | None = None,
    credentials: FuzzCredentials | None = None,
) -> FuzzResult:
    """Fuzz ``spec`` against ``target`` (a base URL, or an ASGI app served on loopback for the run).

    Reports (JUnit XML, HAR cassette, HTML, the redacted run log) go to ``report_dir``; every credential is
    redacted from them. Raises :class:`UsageError` when Schemathesis rejects the options.
    """
    options = options or FuzzOptions()
    credentials = credentials or FuzzCredentials()
    if isinstance(target, str):
        return _fuzz_url(spec, target.rstrip("/"), report_dir, options, credentials)
    from ..mocking import serve_on_loopback  # only an in-process target needs the mock's server stack

    with serve_on_loopback(target) as origin:
        return _fuzz_url(spec, origin + spec.base_path, report_dir, options, credentials)


def embedded_mock(spec: Spec, seed: int = 0) -> tuple[Any, FuzzCredentials]:
    """The API's own mock (an ASGI app) and the credentials it accepts: the target when there is no URL."""
    from ..mocking import MockCredentials, create_app

    mock = MockCredentials()
    return create_app(spec, credentials=mock, seed=seed), FuzzCredentials.for_mock(spec, mock)


def _fuzz_url(
    spec: Spec, base_url: str, report_dir: Path, options: FuzzOptions, credentials: FuzzCredentials
) -> FuzzResult:
    auths = scheme_auths(spec)
    names = [n for a in auths for n in (a.header, a.query) if n]
    redactor = Redactor(credentials.secrets(auths), names)
    if not options.allow_destructive and not any(op.method.upper() in SAFE_METHODS for op in spec.operations()):
        raise UsageError(f"{spec.name} has no GET/HEAD/OPTIONS operation to fuzz read-only; see --allow-destructive")
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
        )
        (work / "schemathesis.toml").write_text(to_toml(config), encoding="utf-8")
        spec_file = work / f"spec{spec.path.suffix or '.yaml'}"
        spec_file.write_bytes(spec.source)
        events, verdict = work / "events.ndjson", work / "verdict.json"
        command = _command(work, spec_file, base_url, options, reports, events, verdict)
        env = {**os.environ, **credentials.values, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, check=False)
        output = redactor.text(done.stdout + done.stderr)
        reports["log"].write_text(output, encoding="utf-8")
        if done.returncode not in (0, 1) or (done.returncode == 1 and not events.exists()):
            _raise_for(done.returncode, output)
        result = collect(spec.name, base_url, events, verdict, redactor.text)
    result = replace(result, reports={k: v for k, v in reports.items() if k != "html" and v.exists()})
    for kind in ("junit", "har"):
        if reports[kind].exists():
            redactor.file(reports[kind])
    write_html(result, reports["html"])
    redactor.tree(report_dir)
    return replace(result, reports={k: v for k, v in reports.items() if v.exists()})


def _command(
    work: Path,
    spec_file: Path,
    base_url: str,
    options: FuzzOptions,
    reports: Mapping[str, Path],
    events: Path,
    verdict: Path,
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
    if not options.allow_destructive:
        for method in SAFE_METHODS:
            command += ["--include-method", method]
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
