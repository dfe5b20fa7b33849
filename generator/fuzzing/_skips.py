"""Where one of apigen's checks does not apply, it says so: Schemathesis records a check returning None as passed."""

from __future__ import annotations

from typing import Any

from schemathesis import Case as _GenericCase
from schemathesis import CheckContext
from schemathesis.engine import Status
from schemathesis.engine.recorder import CheckNode

Case = _GenericCase[Any]


def not_applicable(ctx: CheckContext, case: Case, check: str) -> bool:
    """Record ``check`` as skipped for ``case``: returning True keeps Schemathesis from recording a pass."""
    recorder = ctx.internals.recorder
    if recorder is not None:
        recorder.record_check_node(case.id, CheckNode(name=check, status=Status.SKIP, failure_info=None))
    return True
