"""A schema that requires a property it forbids: a response no server can make valid, which is the spec's gap.

e-conomic's ``Employee`` requires ``canApprove`` and ``canInvoice``, declares neither, and allows no other
property (``additionalProperties: false``): no object is valid. The mock serves the closest one it can make and
Schemathesis' response check fails ("'canApprove' is a required property"). Against the embedded mock such a
failure is located at the schema's ``required`` as a spec warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..errors import Problem
from ..spec.loading import Spec
from ..spec.pointers import ref_pointer
from ..spec.schema_walk import declared_properties
from ._overlaps import SCHEMA_AT, failing_response_schemas
from ._results import FuzzFailure

_CHECK = "response_schema_conformance"
_REQUIRED = re.compile(r"""^(?:"(?P<json>(?:[^"\\]|\\.)*)"|'(?P<repr>[^']*)') is a required property""")


def forbidden_required_warning(spec: Spec, failure: FuzzFailure) -> Problem | None:
    """The spec warning for a response check failing on a required property its schema forbids; None otherwise."""
    missing = _REQUIRED.match(failure.message) if failure.check == _CHECK else None
    if missing is None:
        return None
    name = missing["json"] if missing["json"] is not None else missing["repr"]
    found = SCHEMA_AT.search(failure.message)
    candidates = [found.group(1)] if found is not None else failing_response_schemas(spec, failure)
    pointer = next((p for p in (_referenced(spec, c) for c in candidates) if _forbids(spec, p, name)), None)
    if pointer is None:
        return None
    message = (
        f"{failure.operation}: the schema at {pointer} requires {name!r}, declares no such property and allows no "
        "other (additionalProperties: false), so no value is valid; the mock serves the closest value it can make"
    )
    where = f"{pointer}/required"
    return Problem(spec.path, spec.line_of(where), where, message, rule="forbidden-required", severity="warning")


def _referenced(spec: Spec, pointer: str) -> str:
    """Where the schema at ``pointer`` is written: its ``$ref`` chain followed (a response's ``$ref`` Employee)."""
    for _ in range(16):
        try:
            node = spec.at(pointer)
        except (KeyError, IndexError, ValueError, TypeError):
            return pointer
        target = ref_pointer(node["$ref"]) if isinstance(node, Mapping) and isinstance(node.get("$ref"), str) else None
        if target is None:
            return pointer
        pointer = target
    return pointer


def _forbids(spec: Spec, pointer: str, name: str) -> bool:
    try:
        node = spec.resolve(spec.at(pointer))
    except (KeyError, IndexError, ValueError, TypeError):
        return False
    if not isinstance(node, Mapping) or node.get("additionalProperties") is not False or node.get("patternProperties"):
        return False
    required = node.get("required")
    return isinstance(required, list) and name in required and name not in declared_properties(node, spec.resolve)
