"""Corpus runs: how a spec nobody here wrote fares in the pipeline (``nox -s corpus`` tabulates the results).

:func:`run_mock_check` is the mock stage: start the spec's mock, then a short Schemathesis run against it
(examples and fuzzing phases, a few cases per operation) with the two checks that blame the mock:
``not_a_server_error`` and ``response_schema_conformance``.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ._errors import ApigenError
from .fuzzing import FuzzFailure, FuzzOptions, embedded_mock, fuzz
from .loading import Spec

MOCK_CHECKS = ("not_a_server_error", "response_schema_conformance")


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
    def ok(self) -> bool:
        return self.started and self.reason is None and not self.server_errors and not self.schema_violations


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
        return MockCheck(spec.name, started=True, reason=f"fuzzing did not run: {exc}")
    by_check = result.by_check()
    return MockCheck(
        spec.name,
        started=True,
        operations=len(result.operations_tested),
        cases=result.cases,
        server_errors=tuple(by_check.get("not_a_server_error", ())),
        schema_violations=tuple(by_check.get("response_schema_conformance", ())),
        reason=f"fuzzing broke: {result.errors[0]}" if result.errors else None,
    )
