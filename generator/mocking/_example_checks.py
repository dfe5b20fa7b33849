"""Documented response examples that break their own schema: the mock serves a generated body instead, and says
where each one is (PagerDuty documents 111 such examples, Twilio 147)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema.exceptions import best_match

from ..errors import Problem
from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token
from ..spec.schemas import Schemas, pointer_of
from ..spec.sequences import is_sequential
from ._responses import without_write_only

_SHOWN = 160  # characters of the validation message a warning quotes


def unfit_examples(spec: Spec) -> list[Problem]:
    """One warning per documented response example its schema rejects (the mock does not serve it), located at
    the example."""
    schemas = Schemas(spec)
    found = []
    for op in spec.operations(webhooks=False):
        for code, raw in (op.data.get("responses") or {}).items():
            response = schemas.resolve(raw)
            content = response.get("content") if isinstance(response, Mapping) else None
            for media_type, entry in content.items() if isinstance(content, Mapping) else ():
                if is_sequential(str(media_type)):
                    continue  # a stream's examples are items, checked as such when it is served
                at = f"{op.pointer}/responses/{escape_pointer_token(code)}/content/{escape_pointer_token(media_type)}"
                found += _unfit(spec, schemas, at, schemas.resolve(entry))
    return found


def _unfit(spec: Spec, schemas: Schemas, pointer: str, entry: Any) -> list[Problem]:
    if not isinstance(entry, Mapping) or "schema" not in entry:
        return []
    validator = schemas.validator(f"{pointer}/schema", "response")
    problems = []
    for where, value in _documented(schemas, pointer, entry):
        readable = without_write_only(schemas, entry["schema"], value)
        error = best_match(validator.iter_errors(readable))
        if error is not None:
            message = (
                f"the documented example breaks its schema at {pointer_of(error) or '/'}: "
                f"{error.message[:_SHOWN]}; the mock serves a generated body instead"
            )
            problems.append(Problem(spec.path, spec.line_of(where), where, message, "unfit-example", "warning"))
    return problems


def _documented(schemas: Schemas, pointer: str, entry: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    examples = entry.get("examples")
    for name, example in examples.items() if isinstance(examples, Mapping) else ():
        resolved = schemas.resolve(example)
        if isinstance(resolved, Mapping) and "value" in resolved:
            yield f"{pointer}/examples/{escape_pointer_token(str(name))}/value", resolved["value"]
    if "example" in entry:
        yield f"{pointer}/example", entry["example"]
