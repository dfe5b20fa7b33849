"""Progress of a running fuzzing run, read from the NDJSON event log Schemathesis appends (and flushes) as it goes.

Also the up-front estimate: how long a rate limit alone makes the run, so a user is told before waiting.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_OPERATION_LABEL = re.compile(r"^[A-Z]+ /")
_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*/\s*([smhd])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# Cases per operation beyond --max-examples: the examples and coverage phases add a few dozen on a typical
# operation (boundary values, missing fields, undeclared methods): 25 on provider read-only, ~75 on mdintegrations.
_FIXED_CASES_PER_OPERATION = 50


@dataclass(frozen=True)
class Progress:
    phase: str
    operations_done: int
    operations_total: int
    cases: int
    failures: int
    elapsed: float
    rate_limit: str | None

    def line(self) -> str:
        minutes, seconds = divmod(int(self.elapsed), 60)
        limit = f", rate limit {self.rate_limit}" if self.rate_limit else ""
        return (
            f"  [{self.phase or 'starting'}] {self.operations_done}/{self.operations_total} operation(s), "
            f"{self.cases} case(s), {self.failures} failure(s), {minutes}:{seconds:02d} elapsed{limit}"
        )


class EventTail:
    """The complete lines appended to the event log since the last read."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._offset = 0

    def read(self) -> Iterator[tuple[str, Mapping[str, Any]]]:
        if not self._path.exists():
            return
        with self._path.open("rb") as stream:
            stream.seek(self._offset)
            data = stream.read()
        complete = data[: data.rfind(b"\n") + 1]
        self._offset += len(complete)
        for line in complete.decode("utf-8", errors="replace").splitlines():
            if line.strip():
                event = json.loads(line)
                kind = next(iter(event))
                yield kind, event[kind] or {}


@dataclass
class ProgressTracker:
    rate_limit: str | None
    started: float = field(default_factory=time.monotonic)
    phase: str = ""
    total: int = 0
    cases: int = 0
    failures: int = 0
    done: set[str] = field(default_factory=set)

    def feed(self, kind: str, data: Mapping[str, Any]) -> None:
        if kind == "LoadingFinished":
            self.total = int(((data.get("statistic") or {}).get("operations") or {}).get("selected") or 0)
        elif kind == "SuiteStarted":
            self.phase, self.done = str(data.get("phase") or ""), set()
        elif kind == "ScenarioFinished":
            recorder = data.get("recorder") or {}
            label = str(recorder.get("label") or "")
            if _OPERATION_LABEL.match(label):
                self.done.add(label)
            self.cases += len(recorder.get("interactions") or {})
            self.failures += sum(
                1
                for results in (recorder.get("checks") or {}).values()
                for r in results
                if r.get("status") == "failure"
            )

    def snapshot(self) -> Progress:
        elapsed = time.monotonic() - self.started
        return Progress(self.phase, len(self.done), self.total, self.cases, self.failures, elapsed, self.rate_limit)


def per_second(rate_limit: str | None) -> float | None:
    """``10/s`` -> 10.0, ``100/m`` -> 1.67; None when unlimited or unreadable."""
    match = _RATE.match(rate_limit or "")
    return float(match.group(1)) / _SECONDS[match.group(2)] if match else None


def estimated_seconds(operations: int, max_examples: int, phases: tuple[str, ...], rate_limit: str | None) -> float:
    """A floor on the run's duration imposed by the rate limit alone (0 when unlimited)."""
    rate = per_second(rate_limit)
    if not rate or operations == 0:
        return 0.0
    per_operation = max_examples * ("fuzzing" in phases) + _FIXED_CASES_PER_OPERATION * (
        "coverage" in phases or "examples" in phases
    )
    stateful = max_examples * 5 if "stateful" in phases else 0
    return (operations * per_operation + stateful) / rate
