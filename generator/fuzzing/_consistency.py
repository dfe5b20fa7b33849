"""apigen's own Schemathesis checks: what a read shows after a create, an update or a delete.

Registered with ``@schemathesis.check`` like Schemathesis' built-in checks, so they run in every phase
(examples, coverage, fuzzing and the stateful walks over links) and are reported, selected and excluded by
name like them:

- ``created_resource_readable``: after a 2xx create, a read of the returned id answers 2xx and repeats the
  fields that were sent;
- ``update_visible_on_read``: after a 2xx update (PUT / PATCH on the item), a read repeats the fields sent;
- ``deleted_resource_gone``: after a 2xx delete, a read of that id answers 404 or 410 (when the read declares
  a response that can say so: else the contract leaves it no way to);
- ``crud_walk``: once per resource, right after a successful create, the short walk update -> read ->
  delete -> read on *that* id (a stateful phase seldom chains them on one id); each update is the documented
  example, changed where it would write back a value the item already holds. Only with destructive
  methods allowed; each failure names the operation that misbehaved.

Schemathesis imports this module in its own process (``SCHEMATHESIS_HOOKS``); the spec comes from
``APIGEN_FUZZ_CRUD_SPEC``. The extra requests reuse the checked case's credentials and the run's transport
settings, are recorded in the scenario (so reports and reproductions show them) and are capped per
operation, because the run's rate limiter does not see them.
"""

from __future__ import annotations

import functools
import os
import threading
from collections import Counter
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import Case as _GenericCase
from schemathesis import CheckContext, Response

# Failure is what built-in checks raise; it lets a walk name the operation that misbehaved, not the create.
from schemathesis.core.failures import Failure

from ..spec.loading import Spec, load_spec
from ..spec.resources import Role
from . import _rewrite, _streams  # noqa: F401  (register the method rewrite and stream_items_conform)
from ._crud import (
    SPEC_VARIABLE,
    UPDATE_KINDS,
    WALK_VARIABLE,
    CrudPlan,
    crud_plan,
    expected_fields,
    mismatches,
    resource_id,
)
from ._serializers import register_missing
from ._skips import not_applicable

CHECKS = (
    "created_resource_readable",
    "update_visible_on_read",
    "deleted_resource_gone",
    "crud_walk",
    "stream_items_conform",
)
GONE = (404, 410)
READS_PER_OPERATION = 3
WALKS_PER_RESOURCE = 1


class _Budget:
    """How many extra requests each check may still spend, per key; shared by the run's worker threads."""

    def __init__(self) -> None:
        self._spent: Counter[Hashable] = Counter()
        self._lock = threading.Lock()

    def take(self, key: Hashable, limit: int) -> bool:
        with self._lock:
            if self._spent[key] >= limit:
                return False
            self._spent[key] += 1
            return True


_budget = _Budget()
Case = _GenericCase[Any]


def _spec() -> Spec | None:
    path = os.environ.get(SPEC_VARIABLE)
    return _load(path) if path else None


@functools.cache
def _load(path: str) -> Spec:
    return load_spec(Path(path))


@functools.cache
def _plan() -> CrudPlan | None:
    spec = _spec()
    return crud_plan(spec) if spec is not None else None


def _register_serializers() -> None:
    """Serializers for the spec's media types Schemathesis has none for (this module is the run's hooks)."""
    spec = _spec()
    if spec is not None:
        register_missing(spec)


_register_serializers()


def _role(case: Case, response: Response, kinds: tuple[str, ...]) -> tuple[CrudPlan, Role] | None:
    """The plan and the case's role when the case succeeded at one of ``kinds``.

    A case may be sent with another method than its operation's (the coverage phase tries undeclared ones,
    such as OPTIONS, on every path): it then played no role, whatever it answered.
    """
    plan = _plan()
    if plan is None or not 200 <= response.status_code < 300 or case.method.upper() != case.operation.method.upper():
        return None
    role = plan.role(case.operation.method, case.operation.path)
    return (plan, role) if role is not None and role.kind in kinds else None


@schemathesis.check
def created_resource_readable(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    found = _role(case, response, ("create",))
    if found is None:
        return not_applicable(ctx, case, "created_resource_readable")
    plan, role = found
    read, params = plan.operation(role, "read"), _item_params(case, role, response)
    if read is None or params is None or not _budget.take(("read", case.operation.label), READS_PER_OPERATION):
        return not_applicable(ctx, case, "created_resource_readable")
    probe, answer = _send(ctx, case, read, params)
    _expect_written(case, case, response, probe, answer, "Created")
    return None


@schemathesis.check
def update_visible_on_read(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    found = _role(case, response, UPDATE_KINDS)
    if found is None:
        return not_applicable(ctx, case, "update_visible_on_read")
    plan, role = found
    read = plan.operation(role, "read")
    if read is None or not _budget.take(("read", case.operation.label), READS_PER_OPERATION):
        return not_applicable(ctx, case, "update_visible_on_read")
    probe, answer = _send(ctx, case, read, dict(case.path_parameters or {}))
    _expect_written(case, case, response, probe, answer, "Updated")
    return None


@schemathesis.check
def deleted_resource_gone(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    found = _role(case, response, ("delete",))
    if found is None:
        return not_applicable(ctx, case, "deleted_resource_gone")
    plan, role = found
    read = plan.operation(role, "read")
    if read is None or read not in plan.can_say_gone:
        return not_applicable(ctx, case, "deleted_resource_gone")
    if not _budget.take(("read", case.operation.label), READS_PER_OPERATION):
        return not_applicable(ctx, case, "deleted_resource_gone")
    _expect_gone(ctx, plan, case, case, response, read)
    return None


@schemathesis.check
def crud_walk(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    found = _role(case, response, ("create",)) if os.environ.get(WALK_VARIABLE) == "1" else None
    if found is None:
        return not_applicable(ctx, case, "crud_walk")
    plan, role = found
    params, read = _item_params(case, role, response), plan.operation(role, "read")
    if params is None or read is None or not _budget.take(("walk", role.item.template), WALKS_PER_RESOURCE):
        return not_applicable(ctx, case, "crud_walk")
    _walk_updates(ctx, plan, role, case, params, read, _json(response))
    delete = plan.operation(role, "delete")
    if delete is not None:
        gone, deleted = _send(ctx, case, delete, params)
        if 200 <= deleted.status_code < 300:
            _expect_gone(ctx, plan, case, gone, deleted, read)
    return None


def _walk_updates(
    ctx: CheckContext,
    plan: CrudPlan,
    role: Role,
    parent: Case,
    params: Mapping[str, Any],
    read: tuple[str, str],
    current: Any,
) -> None:
    """Each update the item has (replace, then merge), each followed by a read that must show it.

    ``current`` follows the item as read back, so each update writes values the item does not hold yet.
    """
    for kind in UPDATE_KINDS:
        target = plan.operation(role, kind)
        body = plan.update_body(target, role, current) if target else None
        if target is None or body is None:
            continue
        update, updated = _send(ctx, parent, target, params, body)
        if 200 <= updated.status_code < 300:
            probe, answer = _send(ctx, parent, read, params)
            _expect_written(update, update, updated, probe, answer, "Updated")
            current = _json(answer)


def _item_params(case: Case, role: Role, response: Response) -> dict[str, Any] | None:
    ident = resource_id(role, _json(response))
    return None if ident is None else {**(case.path_parameters or {}), role.item.param: ident}


def _expect_gone(
    ctx: CheckContext, plan: CrudPlan, parent: Case, delete: Case, deleted: Response, read: tuple[str, str]
) -> None:
    if read not in plan.can_say_gone:  # the read's contract leaves it no way to say "gone"
        return
    probe, answer = _send(ctx, parent, read, dict(delete.path_parameters or {}))
    if answer.status_code not in GONE:
        _fail(
            delete,
            "Deleted resource is still readable",
            f"{_said(probe, answer)} after {_said(delete, deleted)}; expected 404 or 410",
        )


def _expect_written(blame: Case, write: Case, written: Response, read: Case, answer: Response, what: str) -> None:
    """The same rule after a create and after an update: the read answers 2xx and shows what was written."""
    if not 200 <= answer.status_code < 300:
        _fail(blame, f"{what} resource is not readable", f"{_said(read, answer)} right after {_said(write, written)}")
    _compare(blame, write, written, read, answer)


def _compare(blame: Case, write: Case, written: Response, read: Case, answer: Response) -> None:
    expected = expected_fields(write.body, _json(written))
    plan = _plan()
    read_key = (read.operation.method.lower(), read.operation.path)
    if plan is not None:
        expected = plan.readable((write.operation.method.lower(), write.operation.path), read_key, expected)
    problems = mismatches(expected, _json(answer), object_read=plan is not None and plan.reads_object(read_key))
    if problems:
        details = "\n".join(f"  {p}" for p in problems)
        _fail(
            blame,
            "Read does not show what was written",
            f"{_said(read, answer)} after {_said(write, written)}:\n{details}",
        )


def _send(
    ctx: CheckContext, parent: Case, target: tuple[str, str], params: Mapping[str, Any], body: Any = None
) -> tuple[Case, Response]:
    """Send one request to ``target`` with the parent's credentials; record it as the parent's child."""
    operation = parent.operation.schema[target[1]][target[0].upper()]
    extra: dict[str, Any] = {} if body is None else {"body": body[1], "media_type": body[0]}
    headers = {**_declared_headers(parent, operation), **_credential_headers(parent)}
    probe = operation.Case(path_parameters=dict(params), headers=headers, **extra)
    probe.query.update(_credential_query(parent))
    ctx.internals.record_case(parent_id=parent.id, case=probe)
    response = operation.schema.transport.send(probe, **dict(ctx.internals.transport_kwargs or {}))
    ctx.internals.record_response(case_id=probe.id, response=response)
    return probe, response


def _schemes(case: Case) -> list[Mapping[str, Any]]:
    components = case.operation.schema.raw_schema.get("components") or {}
    return [s for s in (components.get("securitySchemes") or {}).values() if isinstance(s, Mapping)]


def _credential_headers(case: Case) -> dict[str, Any]:
    names = {"authorization"} | {
        str(s.get("name", "")).lower() for s in _schemes(case) if s.get("type") == "apiKey" and s.get("in") == "header"
    }
    return {k: v for k, v in (case.headers or {}).items() if k.lower() in names}


def _declared_headers(case: Case, target: Any) -> dict[str, Any]:
    """The parent's values of the header parameters ``target`` declares too (PagerDuty's ``X-EARLY-ACCESS``): a
    read without a header its operation requires is refused, and would pass for a lost resource."""
    declared = {str(parameter.name).lower() for parameter in target.headers.items}
    return {k: v for k, v in (case.headers or {}).items() if k.lower() in declared}


def _credential_query(case: Case) -> dict[str, Any]:
    names = {str(s.get("name")) for s in _schemes(case) if s.get("type") == "apiKey" and s.get("in") == "query"}
    return {k: v for k, v in (case.query or {}).items() if k in names}


def _json(response: Response) -> Any:
    try:
        return response.json()
    except Exception:
        return None


def _said(case: Case, response: Response) -> str:
    return f"{case.method.upper()} {case.formatted_path} answered {response.status_code}"


def _fail(case: Case, title: str, message: str) -> None:
    raise Failure(operation=case.operation.label, title=title, message=message)
