"""The main job in one call: validate every spec, generate every client, build the wheels, fuzz every mock.

Each stage runs for all APIs before the next starts, so a bad spec stops everything before any output changes
(the same all-or-nothing rule as ``apigen generate``). Fuzzing runs against each API's embedded mock; its
reports land in ``reports/fuzz/<api>/``. The result is one :class:`ApiSummary` per API.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..spec.loading import Spec
from ..spec.project import Project

Progress = Callable[[str, str], None]


@dataclass
class ApiSummary:
    api: str
    operations: int  # HTTP operations: what the client calls and fuzzing sends
    webhooks: int = 0  # documented callbacks: in the client's models, never fuzzed
    files: int = 0
    wheel: str = "-"
    fuzz_cases: int | None = None  # None: not fuzzed
    failures: int | None = None
    seconds: float = 0.0  # work done for this API; generation and builds overlap with other APIs'
    fuzz_report: Path | None = None
    fuzz_log: Path | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # Schemathesis' warnings: reported, not failing

    @classmethod
    def of(cls, spec: Spec) -> ApiSummary:
        webhooks = sum(1 for op in spec.operations() if op.webhook)
        return cls(spec.name, sum(1 for _ in spec.operations(webhooks=False)), webhooks)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.problems


@dataclass
class MainJobReport:
    """One summary per API, and the wall-clock seconds of each stage (their sum is the job's duration)."""

    apis: list[ApiSummary]
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(summary.ok for summary in self.apis)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stages[stage] = time.perf_counter() - started


@dataclass(frozen=True)
class MainJobOptions:
    build: bool = True
    fuzz: bool = True
    max_examples: int = 10
    seed: int = 0
    workers: int = 2
    # Schemathesis' coverage phase alone takes minutes on the larger specs; `apigen fuzz` runs it, the
    # main job keeps to the phases that finish in seconds per API.
    phases: tuple[str, ...] = ("examples", "fuzzing", "stateful")
    jobs: int | None = None
    out_dir: Path | None = None


def run(
    project: Project, apis: list[str], options: MainJobOptions | None = None, progress: Progress | None = None
) -> MainJobReport:
    """Run every stage for ``apis``; raises the pipeline's errors (bad spec, failed build) as they happen."""
    from ..validation.rules import load_valid

    options = options or MainJobOptions()
    report = progress or (lambda api, step: None)
    job = MainJobReport([])
    with job.timed("validate"):
        specs = load_valid(project, apis)
    summaries = {spec.name: ApiSummary.of(spec) for spec in specs}
    job.apis = list(summaries.values())
    for spec in specs:
        report(spec.name, "valid")
    with job.timed("generate"):
        _generate(project, specs, summaries, options, report)
    if options.build:
        with job.timed("build"):
            _build(project, specs, summaries, options, report)
    if options.fuzz:
        with job.timed("fuzz"):
            for spec in specs:
                _fuzz(project, spec, summaries[spec.name], options, report)
    return job


def _generate(
    project: Project, specs: list[Spec], summaries: dict[str, ApiSummary], options: MainJobOptions, report: Progress
) -> None:
    from ..codegen import generating

    for outcome in generating.generate(project, specs, jobs=options.jobs):
        summary = summaries[outcome.api]
        summary.files, summary.seconds = outcome.files, summary.seconds + outcome.seconds
        report(outcome.api, f"{outcome.status} ({outcome.files} files)")


def _build(
    project: Project, specs: list[Spec], summaries: dict[str, ApiSummary], options: MainJobOptions, report: Progress
) -> None:
    from ..release import packaging

    out_dir = options.out_dir or project.root / "dist"
    outcomes = packaging.build_all(project, [spec.name for spec in specs], out_dir, jobs=options.jobs, progress=report)
    for outcome in outcomes:
        summary = summaries[outcome.api]
        summary.wheel, summary.seconds = outcome.artifacts.wheel.name, summary.seconds + outcome.seconds


def _fuzz(project: Project, spec: Spec, summary: ApiSummary, options: MainJobOptions, report: Progress) -> None:
    from .. import fuzzing

    started = time.perf_counter()
    report(spec.name, f"fuzzing its mock ({options.max_examples} examples per operation)")
    mock, credentials = fuzzing.embedded_mock(spec, options.seed)
    result = fuzzing.fuzz(
        spec,
        mock,
        fuzzing.report_dir_for(project.reports_dir, spec.name),
        options=fuzzing.FuzzOptions(
            max_examples=options.max_examples,
            seed=options.seed,
            workers=options.workers,
            phases=options.phases,
            allow_destructive=True,
        ),
        credentials=credentials,
    )
    summary.fuzz_cases, summary.failures = result.cases, len(result.failures)
    summary.problems.extend(result.errors)
    summary.fuzz_report = result.reports.get("html")
    summary.fuzz_log = result.reports.get("log")
    summary.warnings.extend(log_warnings(summary.fuzz_log) if summary.fuzz_log else [])
    summary.warnings.extend(str(warning) for warning in result.spec_warnings)  # the spec's gaps the mock showed
    summary.seconds += time.perf_counter() - started
    report(spec.name, f"fuzzed: {result.cases} cases, {len(result.failures)} failure(s)")


# Schemathesis' run log ends with a summary whose "Warnings:" block has one line per kind of warning,
# e.g. "⚠️ Authentication failed: 1 operation returned only 401/403 responses".
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_WARNING = re.compile(r"^\s*⚠️?\s*(?P<text>\S.*?)\s*$")


def log_warnings(log: Path) -> list[str]:
    """The warning lines of the summary at the end of Schemathesis' run log (``run.log``), in order."""
    try:
        lines = _ANSI.sub("", log.read_text(encoding="utf-8", errors="replace")).splitlines()
    except OSError:
        return []
    found: list[str] = []
    in_block = False
    for line in lines:
        if line.strip() == "Warnings:":
            in_block, found = True, []  # the last block is the summary's
        elif in_block and "⚠" in line and (match := _WARNING.match(line)):
            found.append(match["text"])
        elif in_block and not line.strip():
            in_block = False
    return found


_COLUMNS = (
    f"{'API':<16} {'ops':>4} {'hooks':>5} {'files':>6}  {'wheel':<46} {'fuzz cases':>10} {'failures':>8} {'time':>7}"
)


def table(job: MainJobReport) -> str:
    """The summary as a fixed-width text table: one row per API, a total row, and where the time went."""
    rows = [_COLUMNS, "-" * len(_COLUMNS)]
    apis = job.apis
    for s in apis:
        rows.append(
            f"{s.api:<16} {s.operations:>4} {s.webhooks:>5} {s.files:>6}  {s.wheel:<46} {_count(s.fuzz_cases):>10} "
            f"{_count(s.failures):>8} {s.seconds:>6.1f}s"
        )
    fuzzed = [s for s in apis if s.fuzz_cases is not None]
    cases = _count(sum(s.fuzz_cases or 0 for s in fuzzed) if fuzzed else None)
    failures = _count(sum(s.failures or 0 for s in fuzzed) if fuzzed else None)
    rows.append(
        f"{'total':<16} {sum(s.operations for s in apis):>4} {sum(s.webhooks for s in apis):>5} "
        f"{sum(s.files for s in apis):>6}  {'':<46} {cases:>10} {failures:>8} {sum(job.stages.values()):>6.1f}s"
    )
    stages = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in job.stages.items())
    rows += [
        "",
        "ops: HTTP operations (fuzzed); hooks: webhooks (models only). fuzz cases/failures '-': not fuzzed.",
        "time per API: its own work; APIs are generated and built in parallel, so the rows add up to more than",
        f"the total, which is wall-clock time: {stages}.",
    ]
    return "\n".join(rows) + "\n"


def _count(value: int | None) -> str:
    return "-" if value is None else str(value)
