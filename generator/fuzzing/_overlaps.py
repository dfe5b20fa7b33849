"""A ``oneOf`` listing the same schema twice: a response no server can make valid, which is the spec's gap.

PagerDuty's invocation ``metadata.agent`` is ``oneOf`` [UserReference, {id, type}, AccountReference, {id, type}]:
the second and fourth branches are one schema (they differ only in their examples), so no value matches one of
them alone, and every user or account reference matches them too. The mock then serves the closest value it can
make and Schemathesis' response check fails ("valid under more than one of the schemas"). Against the embedded
mock such a failure is located at the ``oneOf`` as a spec warning when two of its branches are the same schema
once references are followed and annotations (descriptions, examples) left aside.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..errors import Problem
from ..spec.loading import Spec
from ._results import FuzzFailure

_CHECK = "response_schema_conformance"
_MORE_THAN_ONE = "is valid under more than one of the schemas listed in the 'oneOf' keyword"
_SCHEMA_AT = re.compile(r"Schema at (/\S*):\n")
_ANNOTATIONS = frozenset({"description", "title", "example", "examples", "$comment", "deprecated", "externalDocs"})
_MAX_DEPTH = 8


def same_branches_warning(spec: Spec, failure: FuzzFailure) -> Problem | None:
    """The spec warning for a response check failing on a ``oneOf`` that lists one schema twice; None otherwise."""
    found = _SCHEMA_AT.search(failure.message)
    if failure.check != _CHECK or _MORE_THAN_ONE not in failure.message or found is None:
        return None
    pointer = found.group(1)
    try:
        node = spec.resolve(spec.at(pointer))
    except (KeyError, IndexError, ValueError, TypeError):
        return None
    twins = _same_branches(spec, node.get("oneOf") if isinstance(node, Mapping) else None)
    if twins is None:
        return None
    first, second = twins
    message = (
        f"{failure.operation}: the oneOf at {pointer} lists one schema twice (branches {first} and {second}), so no "
        "value matches exactly one of them; the mock serves the closest value it can make"
    )
    where = f"{pointer}/oneOf"
    return Problem(spec.path, spec.line_of(where), where, message, rule="duplicate-one-of", severity="warning")


def _same_branches(spec: Spec, branches: Any) -> tuple[int, int] | None:
    if not isinstance(branches, list):
        return None
    seen: dict[str, int] = {}
    for index, branch in enumerate(branches):
        key = repr(_essence(spec, branch, 0))
        if key in seen:
            return seen[key], index
        seen[key] = index
    return None


def _essence(spec: Spec, node: Any, depth: int) -> Any:
    """``node`` with references followed and annotations left out, keys sorted: what it accepts, as data."""
    node = spec.resolve(node)
    if depth > _MAX_DEPTH:
        return "..."
    if isinstance(node, Mapping):
        kept = {str(k): _essence(spec, v, depth + 1) for k, v in node.items() if k not in _ANNOTATIONS}
        return sorted(kept.items())
    if isinstance(node, list):
        return [_essence(spec, item, depth + 1) for item in node]
    return node
