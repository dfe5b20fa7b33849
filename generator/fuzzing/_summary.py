"""The human summary of a run: what was tested, failures by check, and where the server and spec disagree."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..errors import Problem
from ._results import FuzzResult, not_applicable

# Checks whose failure means the server's behaviour and the spec's description differ.
SPEC_MISMATCH = frozenset(
    {
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "positive_data_acceptance",
        "missing_required_header",
        "unsupported_method",
        "allow_header_conformance",
    }
)
_KINDS = {
    "not_a_server_error": "server error",
    "ignored_auth": "security",
    "object_level_authorization": "security",
    "use_after_free": "resource lifecycle",
    "ensure_resource_availability": "resource lifecycle",
    "created_resource_readable": "resource lifecycle",
    "update_visible_on_read": "resource lifecycle",
    "deleted_resource_gone": "resource lifecycle",
    "crud_walk": "resource lifecycle",
    "max_response_time": "latency",
}


def kind_of(check: str) -> str:
    return "server and spec disagree" if check in SPEC_MISMATCH else _KINDS.get(check, "other")


def summary(result: FuzzResult, *, root: Path | None = None, examples: int = 1) -> str:
    """Plain text; ``examples`` reproductions are shown per check (the HTML report has them all)."""
    lines = [
        f"fuzzed {result.api} at {result.base_url}: {len(result.operations_tested)}/{result.operations_selected} "
        f"operation(s), {result.cases} case(s), seed {result.seed}"
    ]
    if result.interrupted:
        lines.append("INTERRUPTED: the results below are partial")
    lines.extend(f"note: {note}" for note in result.notes)
    if result.ok:
        lines.append("no failures")
    for check, operations in not_applicable(result).items():
        lines.append(f"n/a  {check}: not applicable (skipped) on {len(operations)} operation(s)")
    for check, failures in result.by_check().items():
        operations = sorted({f.operation for f in failures})
        lines.append(f"FAIL {check} [{kind_of(check)}]: {len(failures)} on {', '.join(operations)}")
        for failure in failures[:examples]:
            lines.append(f"  {failure.operation} -> {failure.status}: {failure.title}")
            lines.extend(f"    {line}" for line in failure.message.splitlines()[:6])
            lines.extend(f"    $ {step}" for step in failure.reproduction)
    mismatched = sorted({f.operation for f in result.failures if f.check in SPEC_MISMATCH})
    if mismatched:
        lines.append(f"server and spec disagree on {len(mismatched)} operation(s): {', '.join(mismatched)}")
    lines.extend(f"ERROR {error}" for error in result.errors)
    if result.spec_warnings:
        lines.append(f"spec warnings ({len(result.spec_warnings)}): gaps of the spec the mock showed, not failures")
        lines.extend(f"  {_shown(warning, root)}" for warning in result.spec_warnings)
    for kind, path in sorted(result.reports.items()):
        shown = path.relative_to(root) if root is not None and path.is_relative_to(root) else path
        lines.append(f"{kind:<6} {shown}")
    return "\n".join(lines)


def _shown(warning: Problem, root: Path | None) -> str:
    if root is not None and warning.file.is_relative_to(root):
        warning = dataclasses.replace(warning, file=warning.file.relative_to(root))
    return str(warning)
