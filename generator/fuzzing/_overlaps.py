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
from ..spec.pointers import escape_pointer_token
from ._results import FuzzFailure

_CHECK = "response_schema_conformance"
_MORE_THAN_ONE = "is valid under more than one of the schemas listed in the 'oneOf' keyword"
SCHEMA_AT = re.compile(r"Schema at (/\S*):\n")
# What leaves a schema's accepted values alone (``xml`` only names elements: Vonage's twins differ there).
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "$comment", "deprecated", "externalDocs", "xml"}
)
_NAMED_SCHEMAS = frozenset({"properties", "patternProperties", "dependentSchemas"})
_MAX_DEPTH = 8


def same_branches_warning(spec: Spec, failure: FuzzFailure) -> Problem | None:
    """The spec warning for a response check failing on a ``oneOf`` that lists one schema twice; None otherwise."""
    if failure.check != _CHECK or _MORE_THAN_ONE not in failure.message:
        return None
    found = SCHEMA_AT.search(failure.message)
    # No "Schema at": the oneOf is the response schema itself (Vonage's 422: oneOf [InvalidNetwork, InvalidDuration])
    candidates = [found.group(1)] if found is not None else failing_response_schemas(spec, failure)
    located = next(((p, twins) for p in candidates if (twins := _twins_at(spec, p)) is not None), None)
    if located is None:
        return None
    pointer, (first, second) = located
    message = (
        f"{failure.operation}: the oneOf at {pointer} lists one schema twice (branches {first} and {second}), so no "
        "value matches exactly one of them; the mock serves the closest value it can make"
    )
    where = f"{pointer}/oneOf"
    return Problem(spec.path, spec.line_of(where), where, message, rule="duplicate-one-of", severity="warning")


def _twins_at(spec: Spec, pointer: str) -> tuple[int, int] | None:
    try:
        node = spec.resolve(spec.at(pointer))
    except (KeyError, IndexError, ValueError, TypeError):
        return None
    return _same_branches(spec, node.get("oneOf") if isinstance(node, Mapping) else None)


def failing_response_schemas(spec: Spec, failure: FuzzFailure) -> list[str]:
    """Pointers of the schemas the failing operation documents for the failing status (each media type)."""
    method, _, path = failure.operation.partition(" ")
    operation = f"/paths/{escape_pointer_token(path)}/{method.lower()}"
    try:
        responses = spec.at(f"{operation}/responses")
    except (KeyError, IndexError, ValueError, TypeError):
        return []
    status = str(failure.status or "")
    key = next((k for k in (status, f"{status[:1]}XX", f"{status[:1]}xx", "default") if k in responses), None)
    response = spec.resolve(responses[key]) if key is not None else None
    content = response.get("content") if isinstance(response, Mapping) else None
    return [
        f"{operation}/responses/{escape_pointer_token(key or '')}/content/{escape_pointer_token(str(media))}/schema"
        for media, entry in (content.items() if isinstance(content, Mapping) else ())
        if isinstance(spec.resolve(entry), Mapping) and "schema" in spec.resolve(entry)
    ]


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


def _essence(spec: Spec, node: Any, depth: int, names: bool = False) -> Any:
    """``node`` with references followed and annotations left out, keys sorted: what it accepts, as data.

    ``names``: ``node`` maps property names to schemas, every one of which counts (a property named ``title``).
    """
    node = spec.resolve(node)
    if depth > _MAX_DEPTH:
        return "..."
    if isinstance(node, Mapping):
        kept = {
            str(k): _essence(spec, v, depth + 1, names=not names and k in _NAMED_SCHEMAS)
            for k, v in node.items()
            if names or (k not in _ANNOTATIONS and not str(k).startswith("x-"))
        }
        return sorted(kept.items())
    if isinstance(node, list):
        return [_essence(spec, item, depth + 1) for item in node]
    return node
