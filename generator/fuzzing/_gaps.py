"""Against the embedded mock, tell the spec's gaps from failures.

The mock must reject a request without credentials (401), with a bad body or parameter (400, 422), for a
resource it does not hold or has deleted (404), with a media type it cannot read (415) or answer (406), or an
undeclared method (405), whether the operation documents that status or not. Schemathesis'
``status_code_conformance`` then fails, but the server did what it had to: the spec is what lacks the status.
Such a failure becomes one warning per operation and status, located at the operation's ``responses``. Against
a real deployment (``--url``) nothing is moved: there, an undocumented status is the server's to explain.
"""

from __future__ import annotations

import dataclasses

from ..errors import Problem
from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token
from ._results import FuzzFailure, FuzzResult

# Statuses the mock sends of its own accord, and why.
MOCK_MUST = {
    400: "a request it cannot read",
    401: "a request without valid credentials",
    403: "credentials it does not accept",
    404: "a resource it does not hold (unknown or deleted)",
    405: "a method the path does not declare",
    406: "an Accept header it cannot answer",
    415: "a body media type the operation does not accept",
    422: "a request that breaks the spec's schemas",
}
_CHECK = "status_code_conformance"


def separate_spec_gaps(spec: Spec, result: FuzzResult) -> FuzzResult:
    """``result`` with the mock's mandatory, undocumented statuses moved from failures to spec warnings."""
    gaps = [f for f in result.failures if _is_gap(f)]
    if not gaps:
        return result
    warnings = {_warning(spec, f) for f in gaps}
    kept = tuple(f for f in result.failures if not _is_gap(f))
    ordered = tuple(sorted(warnings, key=lambda p: (p.pointer, p.message)))
    still_failing = {(f.operation, f.check) for f in kept}
    tallies = dict(result.tallies)
    for key, tally in result.tallies.items():
        if key[1] == _CHECK and tally.failed and key not in still_failing:  # what failed was the spec's gap
            tallies[key] = dataclasses.replace(tally, passed=tally.passed + tally.failed, failed=0)
    return dataclasses.replace(result, failures=kept, tallies=tallies, spec_warnings=(*result.spec_warnings, *ordered))


def _is_gap(failure: FuzzFailure) -> bool:
    return failure.check == _CHECK and failure.status in MOCK_MUST


def _warning(spec: Spec, failure: FuzzFailure) -> Problem:
    method, _, path = failure.operation.partition(" ")
    pointer = f"/paths/{escape_pointer_token(path)}/{method.lower()}/responses"
    status = int(failure.status or 0)
    message = (
        f"{failure.operation}: the mock must answer {status} to {MOCK_MUST[status]}, and the operation documents "
        f"no {status} response (nor {str(status)[0]}XX or default)"
    )
    return Problem(spec.path, spec.line_of(pointer), pointer, message, rule="undocumented-status", severity="warning")
