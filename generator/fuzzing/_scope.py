"""What a run will exercise before it starts: the operations selected and whether stateful walks can run.

In read-only mode a link whose source or target needs POST / PUT / PATCH / DELETE cannot be followed; when
no link is left the stateful phase is dropped (and the summary says so) rather than left to fail with
Schemathesis' "All link definitions are excluded by filters".

Whether the spec declares links of its own also decides how Schemathesis may add links (see ``_config``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..spec.loading import Operation, Spec
from ._config import SAFE_METHODS
from ._exposed import SAFE_WITH_BODY


@dataclass(frozen=True)
class Scope:
    operations: int
    stateful: bool
    notes: tuple[str, ...] = ()
    operation_ids: tuple[str, ...] = ()  # the operationIds asked for that remain (safe ones when read-only)
    declares_links: bool = False  # the spec's own links say how ids flow between its operations


def plan_scope(spec: Spec, *, read_only: bool, stateful: bool, operation_ids: tuple[str, ...] = ()) -> Scope:
    ops = [op for op in spec.operations(webhooks=False) if not operation_ids or op.operation_id in operation_ids]
    if read_only:
        ops = [op for op in ops if _safe(op.method)]
    if not ops:
        return Scope(0, False, (_nothing_to_test(spec, read_only, operation_ids),))
    ids = tuple(str(op.operation_id) for op in ops) if operation_ids else ()
    links = list(_links(spec))
    declared = bool(links)
    if not stateful or not read_only:
        return Scope(len(ops), stateful, (), ids, declared)
    unsafe = sum(1 for source, target in links if not (_safe(source) and _safe(target)))
    if links and unsafe == len(links):
        note = f"stateful phase skipped: all {unsafe} link(s) of {spec.name} involve an unsafe method (read-only mode)"
        return Scope(len(ops), False, (note,), ids, declared)
    if unsafe:
        note = f"read-only mode: {unsafe} of {len(links)} link(s) need an unsafe method, skipped"
        return Scope(len(ops), True, (note,), ids, declared)
    return Scope(len(ops), True, (), ids, declared)


def _nothing_to_test(spec: Spec, read_only: bool, operation_ids: tuple[str, ...]) -> str:
    why = []
    if operation_ids:
        why.append(f"among --operation {', '.join(operation_ids)}")
    if read_only:
        why.append("with only GET/HEAD/OPTIONS allowed (see --allow-destructive)")
    return f"nothing to test: no operation of {spec.name} {' '.join(why) or 'is declared'}"


def _safe(method: str) -> bool:
    return method.upper() in SAFE_METHODS or method.upper() in SAFE_WITH_BODY


def _links(spec: Spec) -> Iterator[tuple[str, str]]:
    """(source method, target method) of every declared link whose target operation exists."""
    ops: list[Operation] = list(spec.operations(webhooks=False))
    method_of: dict[Any, str] = {op.operation_id: op.method for op in ops if op.operation_id}
    for op in ops:
        for response in (op.data.get("responses") or {}).values():
            for link in (spec.resolve(response) or {}).get("links", {}).values():
                link = spec.resolve(link)
                target = method_of.get(link.get("operationId")) if isinstance(link, Mapping) else None
                if target is not None:
                    yield op.method, target
