"""The main job in one call: validate every spec, generate every client, build the wheels, fuzz every mock.

Each stage runs for all APIs before the next starts, so a bad spec stops everything before any output changes
(the same all-or-nothing rule as ``apigen generate``). Fuzzing runs against each API's embedded mock; its
reports land in ``reports/fuzz/<api>/``. The result is one :class:`ApiSummary` per API.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .loading import Spec
from .project import Project

Progress = Callable[[str, str], None]


@dataclass
class ApiSummary:
    api: str
    operations: int
    files: int = 0
    wheel: str = "-"
    fuzz_cases: int = 0
    failures: int = 0
    seconds: float = 0.0
    fuzz_report: Path | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failures == 0 and not self.problems


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
) -> list[ApiSummary]:
    """Run every stage for ``apis``; raises the pipeline's errors (bad spec, failed build) as they happen."""
    from .validation import load_valid

    options = options or MainJobOptions()
    report = progress or (lambda api, step: None)
    specs = load_valid(project, apis)
    summaries = {spec.name: ApiSummary(spec.name, sum(1 for _ in spec.operations())) for spec in specs}
    for spec in specs:
        report(spec.name, "valid")
    _generate(project, specs, summaries, options, report)
    if options.build:
        _build(project, specs, summaries, options, report)
    if options.fuzz:
        for spec in specs:
            _fuzz(project, spec, summaries[spec.name], options, report)
    return [summaries[spec.name] for spec in specs]


def _generate(
    project: Project, specs: list[Spec], summaries: dict[str, ApiSummary], options: MainJobOptions, report: Progress
) -> None:
    from . import generating

    for outcome in generating.generate(project, specs, jobs=options.jobs):
        summary = summaries[outcome.api]
        summary.files, summary.seconds = outcome.files, summary.seconds + outcome.seconds
        report(outcome.api, f"{outcome.status} ({outcome.files} files)")


def _build(
    project: Project, specs: list[Spec], summaries: dict[str, ApiSummary], options: MainJobOptions, report: Progress
) -> None:
    from . import packaging

    out_dir = options.out_dir or project.root / "dist"
    outcomes = packaging.build_all(project, [spec.name for spec in specs], out_dir, jobs=options.jobs, progress=report)
    for outcome in outcomes:
        summary = summaries[outcome.api]
        summary.wheel, summary.seconds = outcome.artifacts.wheel.name, summary.seconds + outcome.seconds


def _fuzz(project: Project, spec: Spec, summary: ApiSummary, options: MainJobOptions, report: Progress) -> None:
    from . import fuzzing

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
    summary.seconds += time.perf_counter() - started
    report(spec.name, f"fuzzed: {result.cases} cases, {len(result.failures)} failure(s)")


def table(summaries: list[ApiSummary]) -> str:
    """The summary as a fixed-width text table, one row per API plus a total."""
    header = f"{'API':<16} {'ops':>4} {'files':>6}  {'wheel':<46} {'fuzz cases':>10} {'failures':>8} {'time':>7}"
    rows = [header, "-" * len(header)]
    for s in summaries:
        rows.append(
            f"{s.api:<16} {s.operations:>4} {s.files:>6}  {s.wheel:<46} {s.fuzz_cases:>10} {s.failures:>8} "
            f"{s.seconds:>6.1f}s"
        )
    total = sum(s.seconds for s in summaries)
    rows.append(
        f"{'total':<16} {sum(s.operations for s in summaries):>4} {sum(s.files for s in summaries):>6}  "
        f"{'':<46} {sum(s.fuzz_cases for s in summaries):>10} {sum(s.failures for s in summaries):>8} "
        f"{total:>6.1f}s"
    )
    return "\n".join(rows) + "\n"
