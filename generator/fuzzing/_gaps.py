"""Against the embedded mock, tell the spec's gaps from failures.

The mock must reject a request without credentials (401), with a bad body or parameter (400, 422), for a
resource it does not hold or has deleted (404), with a media type it cannot read (415) or answer (406), or an
undeclared method (405), whether the operation documents that status or not. Schemathesis'
``status_code_conformance`` then fails, but the server did what it had to: the spec is what lacks the status.
Such a failure becomes one warning per operation and status, located at the operation's ``responses``.

Path keys that differ only by a ``#fragment`` or ``?query`` (Box's ``/shared_items#folders``, AWS's
``/?Action=X``) name operations no request can tell apart: the mock answers the first declared, so what fails
on the others is the spec's ambiguity, one warning per shadowed operation; and the ``Allow`` header of such a
path lists the methods of every key, which Schemathesis compares with one key's. A response check failing on a
``oneOf`` that lists one schema twice is a warning at that ``oneOf`` (see :mod:`._overlaps`), and so is a body
sent as valid that breaks only a ``oneOf`` by matching several of its branches (see :mod:`._ambiguous_bodies`).
Against a real deployment (``--url``) nothing is moved: there, an undocumented status is the server's to explain.
"""

from __future__ import annotations

import dataclasses
import re

from ..errors import Problem
from ..spec.loading import Spec, request_path
from ..spec.pointers import escape_pointer_token
from ._ambiguous_bodies import AmbiguousBodies
from ._forbidden_required import forbidden_required_warning
from ._overlaps import same_branches_warning
from ._results import FuzzFailure, FuzzResult

# Statuses the mock sends of its own accord, and why.
MOCK_MUST = {
    400: "a request it cannot read",
    401: "a request without valid credentials",
    403: "credentials it does not accept",
    404: "a resource it does not hold (unknown or deleted)",
    405: "a method the path does not declare",
    406: "an Accept header it cannot answer",
    414: "a request line longer than it reads (4 MiB)",
    415: "a body media type the operation does not accept",
    422: "a request that breaks the spec's schemas",
    431: "request headers longer than it reads (4 MiB)",
}
_CHECK = "status_code_conformance"
# OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be ignored"; Schemathesis still
# sends invalid values for it and expects a rejection no server owes.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_CONTENT_TYPE = re.compile(r"Content-Type: ([^'\";\s]+)", re.IGNORECASE)
_COMPONENT = re.compile(r"Invalid component:(.*)", re.DOTALL)
_NAMED = re.compile(r"parameter `([^`]+)` in header|/properties/([A-Za-z-]+)|\(was ([^)]*)\)")


def separate_spec_gaps(spec: Spec, result: FuzzResult) -> FuzzResult:
    """``result`` with the mock's mandatory, undocumented statuses and the failures of operations the mock
    cannot route to (shadowed) moved from failures to spec warnings."""
    shadowed = _shadowed(spec)
    split = _split_paths(spec)
    overlaps = {f: warning for f in result.failures if (warning := same_branches_warning(spec, f)) is not None}
    overlaps |= {f: warning for f in result.failures if (warning := forbidden_required_warning(spec, f)) is not None}
    overlaps |= {f: _split_warning(spec, f, split) for f in result.failures if _split_allow(f, split)}
    overlaps |= {f: _text_body_warning(spec, f) for f in result.failures if _typed_wrong_as_text(spec, f)}
    ambiguous = AmbiguousBodies(spec)
    overlaps |= {f: warning for f in result.failures if f not in overlaps and (warning := ambiguous.warning(f))}
    gaps = [
        f
        for f in result.failures
        if _is_gap(f) or f.operation in shadowed or _ignored_header(f) or _bodiless(f) or f in overlaps
    ]
    if not gaps:
        return result
    warnings = {overlaps.get(f) or _warning_for(spec, f, shadowed) for f in gaps}
    kept = tuple(f for f in result.failures if f not in gaps)
    ordered = tuple(sorted(warnings, key=lambda p: (p.pointer, p.message)))
    still_failing = {(f.operation, f.check) for f in kept}
    tallies = dict(result.tallies)
    for key, tally in result.tallies.items():
        if tally.failed and key not in still_failing:  # what failed was the spec's gap
            tallies[key] = dataclasses.replace(tally, passed=tally.passed + tally.failed, failed=0)
    return dataclasses.replace(result, failures=kept, tallies=tallies, spec_warnings=(*result.spec_warnings, *ordered))


def _path_pointer(failure: FuzzFailure) -> str:
    return f"/paths/{escape_pointer_token(failure.operation.partition(' ')[2])}"


def _operation_pointer(failure: FuzzFailure) -> str:
    return f"{_path_pointer(failure)}/{failure.operation.partition(' ')[0].lower()}"


def _spec_warning(spec: Spec, pointer: str, message: str, rule: str) -> Problem:
    return Problem(spec.path, spec.line_of(pointer), pointer, message, rule=rule, severity="warning")


def _bodiless(failure: FuzzFailure) -> bool:
    """A 204/304 the spec gives a body: HTTP forbids one, so the mock sends none and the check cannot parse it."""
    return failure.check == "response_schema_conformance" and failure.status in (204, 304)


def _bodiless_warning(spec: Spec, failure: FuzzFailure) -> Problem:
    pointer = f"{_operation_pointer(failure)}/responses/{failure.status}"
    message = f"{failure.operation}: documents a body for {failure.status}, which HTTP forbids; the mock sends none"
    return _spec_warning(spec, pointer, message, "bodiless-status")


def _warning_for(spec: Spec, failure: FuzzFailure, shadowed: dict[str, str]) -> Problem:
    if _bodiless(failure):
        return _bodiless_warning(spec, failure)
    if failure.operation in shadowed:
        return _shadow_warning(spec, failure, shadowed[failure.operation])
    if _ignored_header(failure):
        return _ignored_header_warning(spec, failure)
    return _warning(spec, failure)


def _ignored_header(failure: FuzzFailure) -> bool:
    """A negative case whose only invalid part is a header OpenAPI tells servers to ignore."""
    found = _COMPONENT.search(failure.message)
    if failure.check != "negative_data_rejection" or found is None:
        return False
    component = found.group(1)
    if "header" not in component or any(f"{where}:" in component for where in ("query", "path", "body", "cookie")):
        return False
    names = {n.strip().lower() for match in _NAMED.findall(component) for part in match for n in part.split(",")}
    names.discard("")
    return bool(names) and names <= _IGNORED_HEADERS


def _ignored_header_warning(spec: Spec, failure: FuzzFailure) -> Problem:
    pointer = _operation_pointer(failure) + "/parameters"
    message = (
        f"{failure.operation}: declares a header parameter Accept, Content-Type or Authorization, which OpenAPI "
        "says to ignore; the mock ignores it, so an invalid value there is accepted"
    )
    return _spec_warning(spec, pointer, message, "ignored-parameter")


def _is_gap(failure: FuzzFailure) -> bool:
    return failure.check == _CHECK and failure.status in MOCK_MUST


def _warning(spec: Spec, failure: FuzzFailure) -> Problem:
    pointer = _operation_pointer(failure) + "/responses"
    status = int(failure.status or 0)
    message = (
        f"{failure.operation}: the mock must answer {status} to {MOCK_MUST[status]}, and the operation documents "
        f"no {status} response (nor {str(status)[0]}XX or default)"
    )
    return _spec_warning(spec, pointer, message, "undocumented-status")


def _shadowed(spec: Spec) -> dict[str, str]:
    """Operation label -> the label of the operation the mock answers in its place (same method and request path)."""
    first: dict[tuple[str, str], str] = {}
    shadowed = {}
    for op in spec.operations(webhooks=False):
        label = f"{op.method.upper()} {op.path}"
        answered_by = first.setdefault((op.method, request_path(op.path)), label)
        if answered_by != label:
            shadowed[label] = answered_by
    return shadowed


def _typed_wrong_as_text(spec: Spec, failure: FuzzFailure) -> bool:
    """A negative case whose only fault is the body's JSON type, sent as a text media type (PagerDuty's text/csv
    uploads): on the wire it is text like any other, so nothing was invalid."""
    if failure.check != "negative_data_rejection" or "in body - incorrect type" not in failure.message:
        return False
    sent = {match.lower() for line in failure.reproduction for match in _CONTENT_TYPE.findall(line)}
    return bool(sent) and all(media_type.startswith("text/") for media_type in sent)


def _text_body_warning(spec: Spec, failure: FuzzFailure) -> Problem:
    pointer = _operation_pointer(failure) + "/requestBody"
    message = (
        f"{failure.operation}: a body of the wrong JSON type sent as a text media type is valid text on the wire; "
        "the spec's schema for that media type cannot be broken so"
    )
    return _spec_warning(spec, pointer, message, "untyped-body")


def _split_paths(spec: Spec) -> dict[str, list[str]]:
    """Operation label -> the path keys of its request path, where there are several (Box's ``/schema`` beside
    ``/schema#add``): one resource whose methods the spec spreads over keys."""
    keys: dict[str, list[str]] = {}
    for op in spec.operations(webhooks=False):
        paths = keys.setdefault(request_path(op.path), [])
        if op.path not in paths:
            paths.append(op.path)
    return {
        f"{op.method.upper()} {op.path}": keys[request_path(op.path)]
        for op in spec.operations(webhooks=False)
        if len(keys[request_path(op.path)]) > 1
    }


def _split_allow(failure: FuzzFailure, split: dict[str, list[str]]) -> bool:
    return failure.check == "allow_header_conformance" and failure.operation in split


def _split_warning(spec: Spec, failure: FuzzFailure, split: dict[str, list[str]]) -> Problem:
    pointer = _path_pointer(failure)
    keys = ", ".join(split[failure.operation])
    message = (
        f"{failure.operation}: the path keys {keys} are one request path, so its Allow header lists the methods "
        "of all of them, not those of one key"
    )
    return _spec_warning(spec, pointer, message, "ambiguous-operation")


def _shadow_warning(spec: Spec, failure: FuzzFailure, answered_by: str) -> Problem:
    pointer = _operation_pointer(failure)
    message = (
        f"{failure.operation}: no request can tell it from {answered_by} (the path keys differ only by a "
        f"#fragment or ?query), so the mock answers as {answered_by} and checks fail here"
    )
    return _spec_warning(spec, pointer, message, "ambiguous-operation")
