"""A ``format`` beside a list of types, spelled as one ``anyOf`` branch per type for Schemathesis' copy.

Schemathesis' coverage phase ignores ``format`` when ``type`` is a list: ``{type: [string, "null"], format:
date-time}`` (what every OpenAPI 3.0 ``nullable: true`` date becomes in 3.1) gets ``""`` as its valid value, and
the case is sent as positive data that the mock, checking the format, rejects (Plaid's ``start_date``, PagerDuty's
status page ``starts_at``). With one type per schema it keeps the format. In the copy it reads, such a schema is
``anyOf`` one branch per type, each with the schema's constraints: the values it accepts are the same. One note
per spec (hundreds of schemas can be concerned: Plaid has 360) names how many and where the first is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import node_at
from ..spec.schema_walk import ANNOTATIONS, iter_schemas
from ._tool_copy import located, writable

# A schema combining others is left as written: its branches and their discriminator belong together.
_COMPOSED = frozenset({"$ref", "allOf", "anyOf", "oneOf", "not", "discriminator", "if", "then", "else"})
_KEPT_OUTSIDE = ANNOTATIONS | {"example", "nullable"}


def with_formats_per_type(spec: Spec, document: dict[str, Any] | None) -> tuple[dict[str, Any] | None, list[str]]:
    """``document`` (None: the spec's own) with each plain schema holding a list of types and a ``format`` turned
    into ``anyOf`` one branch per type (None when nothing changed), and one note: ``file:line: pointer: ...``."""
    found = [pointer for pointer, schema in iter_schemas(document or spec.document) if _typed_format(schema)]
    if not found:
        return document, []
    changed = writable(spec, document)
    for pointer in reversed(found):  # inner schemas first: rewriting an outer one moves them
        schema = node_at(changed, pointer)
        replacement = _per_type(schema)
        schema.clear()
        schema.update(replacement)
    more = f" and {len(found) - 1} other schema(s)" if len(found) > 1 else ""
    note = (
        f"{located(spec, found[0])}{more}: a format beside a list of types, which Schemathesis' coverage phase "
        "ignores; each type fuzzed as its own anyOf branch (the same values)"
    )
    return changed, [note]


def _per_type(schema: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` as ``anyOf`` one branch per type, each with every constraint; annotations stay outside."""
    outside = {key: value for key, value in schema.items() if key in _KEPT_OUTSIDE or key.startswith("x-")}
    constraints = {key: value for key, value in schema.items() if key not in outside and key != "type"}
    return {**outside, "anyOf": [{"type": kind, **constraints} for kind in schema["type"]]}


def _typed_format(schema: Mapping[str, Any]) -> bool:
    types = schema.get("type")
    return isinstance(types, list) and len(types) > 1 and "format" in schema and not _COMPOSED & schema.keys()
