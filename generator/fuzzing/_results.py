"""Results of a run: Schemathesis' NDJSON event log and JSON verdict -> :class:`FuzzResult`.

Each failure keeps its operation, check and a minimal reproduction: the curl command of the failing request,
preceded by the requests whose responses fed it through links (stateful phase).
"""

from __future__ import annotations

import base64
import json
import re
import shlex
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problem

# Headers every Schemathesis request carries; they add nothing to a reproduction.
_NOISE_HEADERS = frozenset({"user-agent", "accept-encoding", "accept", "connection", "content-length"})
_NOISE_HEADERS |= {"x-schemathesis-testcaseid"}
_OPERATION_LABEL = re.compile(r"^[A-Z]+ /")
# Errors that only say a phase had nothing to do (no usable links): reported as notes, they fail nothing.
_NOTHING_TO_DO = frozenset({"NoLinksFound"})


@dataclass(frozen=True)
class FuzzFailure:
    """One distinct problem: which check failed on which operation, why, and how to send it again."""

    check: str
    operation: str
    code: str
    title: str
    message: str
    severity: str
    phase: str
    status: int | None
    reproduction: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.check, self.operation, self.title, self.message)


@dataclass
class Tally:
    """How often a check passed, failed, or did not apply (skipped) on one operation."""

    passed: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def not_applicable(self) -> bool:
        """The check never applied here: it neither passed nor failed, so no report may show it as a pass."""
        return not self.passed and not self.failed


@dataclass(frozen=True)
class FuzzResult:
    """What a fuzzing run tested and found; ``ok`` when nothing failed and nothing broke."""

    api: str
    base_url: str
    operations_selected: int
    operations_tested: tuple[str, ...]
    cases: int
    failures: tuple[FuzzFailure, ...]
    errors: tuple[str, ...]
    tallies: Mapping[tuple[str, str], Tally] = field(repr=False)
    checks: tuple[str, ...] = ()
    reports: Mapping[str, Path] = field(default_factory=dict)
    seed: int | None = None
    notes: tuple[str, ...] = ()
    interrupted: bool = False
    # Gaps of the spec, not failures: a status the embedded mock had to send (401 without credentials, 422 for a
    # bad body, 404 after a delete) that the operation does not document, located in the spec.
    spec_warnings: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors

    def by_check(self) -> dict[str, list[FuzzFailure]]:
        grouped: dict[str, list[FuzzFailure]] = {}
        for failure in self.failures:
            grouped.setdefault(failure.check, []).append(failure)
        return dict(sorted(grouped.items()))


@dataclass
class _Collector:
    redact: Callable[[str], str]
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    failures: dict[tuple[str, str, str, str], FuzzFailure] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    operations: set[str] = field(default_factory=set)
    checks: set[str] = field(default_factory=set)
    cases: int = 0
    selected: int = 0
    seed: int | None = None

    def event(self, kind: str, data: Mapping[str, Any]) -> None:
        if kind == "Initialize":
            self.seed = data.get("seed")
        elif kind == "LoadingFinished":
            self.selected = int(((data.get("statistic") or {}).get("operations") or {}).get("selected") or 0)
        elif kind == "ScenarioFinished":
            self.scenario(str(data.get("phase") or ""), data.get("recorder") or {})
        elif kind == "NonFatalError" and (data.get("value") or {}).get("type") in _NOTHING_TO_DO:
            message = str((data.get("value") or {}).get("message") or "").split("\n")[0]
            self.notes.append(f"stateful phase skipped: {message}")
        elif kind in ("NonFatalError", "FatalError"):
            self.errors.append(self.redact(_error_text(data)))

    def scenario(self, phase: str, recorder: Mapping[str, Any]) -> None:
        label = str(recorder.get("label") or "")
        cases: Mapping[str, Any] = recorder.get("cases") or {}
        interactions: Mapping[str, Any] = recorder.get("interactions") or {}
        if _OPERATION_LABEL.match(label):  # not "Stateful tests" and the like
            self.operations.add(label)
        self.cases += len(interactions)
        for case_id, results in (recorder.get("checks") or {}).items():
            operation = _operation(cases.get(case_id), label)
            for result in results:
                name = str(result.get("name"))
                self.checks.add(name)
                tally = self.tallies.setdefault((operation, name), Tally())
                status = result.get("status")
                if status == "skip":
                    tally.skipped += 1
                    continue
                if status != "failure":
                    tally.passed += 1
                    continue
                tally.failed += 1
                info = (result.get("failure_info") or {}).get("failure") or {}
                self.add(self._failure(name, operation, phase, info, case_id, cases, interactions))

    def _failure(
        self,
        check: str,
        operation: str,
        phase: str,
        info: Mapping[str, Any],
        case_id: str,
        cases: Mapping[str, Any],
        interactions: Mapping[str, Any],
    ) -> FuzzFailure:
        chain = _chain(case_id, cases)
        steps = tuple(self.redact(curl(interactions[c]["request"])) for c in chain if c in interactions)
        response = (interactions.get(case_id) or {}).get("response") or {}
        return FuzzFailure(
            check=check,
            operation=str(info.get("operation") or operation),
            code=str(info.get("code") or ""),
            title=self.redact(str(info.get("title") or check)),
            message=self.redact(str(info.get("message") or "")),
            severity=str(info.get("severity") or ""),
            phase=phase,
            status=response.get("status_code"),
            reproduction=steps,
        )

    def add(self, failure: FuzzFailure) -> None:
        known = self.failures.get(failure.key)
        if known is None or _size(failure) < _size(known):
            self.failures[failure.key] = failure


def _size(failure: FuzzFailure) -> int:
    return sum(len(step) for step in failure.reproduction)


def _operation(case: Any, label: str) -> str:
    value = (case or {}).get("value") or {}
    if value.get("method") and value.get("path"):
        return f"{str(value['method']).upper()} {value['path']}"
    return label


def _chain(case_id: str, cases: Mapping[str, Any]) -> list[str]:
    """The failing case, preceded by the cases whose responses it was linked from."""
    chain, seen = [case_id], {case_id}
    while True:
        transition = (cases.get(chain[0]) or {}).get("transition")
        parent = (transition or {}).get("parent_id")
        if not parent or parent in seen:
            return chain
        chain.insert(0, parent)
        seen.add(parent)


def _error_text(data: Mapping[str, Any]) -> str:
    label = data.get("label") or "run"
    value = data.get("value") or data.get("exception") or data
    if isinstance(value, Mapping):
        value = value.get("message") or value.get("title") or json.dumps(value, sort_keys=True)[:500]
    return f"{label}: {value}"


def curl(request: Mapping[str, Any]) -> str:
    """A curl command sending ``request`` (a recorded Schemathesis request) again."""
    parts = ["curl", "-X", str(request.get("method") or "GET")]
    for name, values in (request.get("headers") or {}).items():
        if name.lower() in _NOISE_HEADERS:
            continue
        for value in values if isinstance(values, list) else [values]:
            parts += ["-H", f"{name}: {value}"]
    body = _body(request.get("body"))
    if body is not None:
        parts += ["--data-binary", body]
    parts.append(str(request.get("uri") or ""))
    return " ".join(shlex.quote(part) for part in parts)


def _body(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, Mapping) and "$base64" in raw:
        data = base64.b64decode(raw["$base64"])
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return f"<{len(data)} bytes of binary data>"
    return raw if isinstance(raw, str) else json.dumps(raw)


def read_events(path: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                event = json.loads(line)
                kind = next(iter(event))
                yield kind, event[kind] or {}


def collect(
    api: str,
    base_url: str,
    events: Path,
    verdict: Path | None,
    redact: Callable[[str], str],
) -> FuzzResult:
    """Fold the event log (and the JSON verdict, when written) into one result."""
    collector = _Collector(redact)
    if events.exists():
        for kind, data in read_events(events):
            collector.event(kind, data)
    cases = collector.cases
    if verdict is not None and verdict.exists():
        document = json.loads(verdict.read_text(encoding="utf-8"))
        cases = int((document.get("test_cases") or {}).get("generated") or cases)
        collector.selected = int((document.get("operations") or {}).get("selected") or collector.selected)
        if not collector.errors and not collector.notes:  # the log names errors in detail; the verdict counts them
            collector.errors.extend(
                redact(f"{e['title']} (x{e['count']})") for e in document.get("errors") or [] if e.get("title")
            )
    failures = sorted(collector.failures.values(), key=lambda f: (f.check, f.operation, f.title, f.message))
    return FuzzResult(
        api=api,
        base_url=base_url,
        operations_selected=collector.selected,
        operations_tested=tuple(sorted(collector.operations)),
        cases=cases,
        failures=tuple(failures),
        errors=tuple(dict.fromkeys(collector.errors)),
        tallies=collector.tallies,
        checks=tuple(sorted(collector.checks)),
        seed=collector.seed,
        notes=tuple(dict.fromkeys(collector.notes)),
    )


def not_applicable(result: FuzzResult) -> dict[str, list[str]]:
    """Check -> the operations where it never applied (recorded as skipped, never passed nor failed)."""
    found: dict[str, list[str]] = {}
    for (operation, check), tally in sorted(result.tallies.items()):
        if tally.not_applicable:
            found.setdefault(check, []).append(operation)
    return found


def failure_counts(result: FuzzResult) -> Counter[str]:
    return Counter(f.check for f in result.failures)
