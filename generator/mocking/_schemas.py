"""Compiled JSON Schema validators for the parts of one spec (Draft 2020-12, formats checked).

Schemas are referenced by JSON pointer into the spec document, so ``$ref`` chains resolve through one
``referencing`` registry, as in :mod:`generator.validation`. OpenAPI's ``readOnly`` / ``writeOnly``
exemptions from ``required`` are honoured per direction (requests skip readOnly, responses writeOnly).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError

from .._jsonschema import FORMAT_CHECKER, schema_ref, spec_registry
from ..loading import Spec, escape_pointer_token

_ANNOTATIONS = {"description", "title", "example", "examples", "deprecated", "default", "x-doc-note"}
Direction = Literal["request", "response"]
_EXEMPT = {"request": "readOnly", "response": "writeOnly"}


class Schemas:
    """Validators for one spec, built once and shared by every operation."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._registry = spec_registry(spec)
        self._classes = {direction: self._validator_class(flag) for direction, flag in _EXEMPT.items()}

    def validator(self, pointer: str, direction: Direction) -> Draft202012Validator:
        """A validator for the schema at ``pointer`` (a JSON pointer into the spec document)."""
        cls = self._classes[direction]
        target = self.resolve(self.spec.at(pointer))
        # Reference lookups dominate the cost of small validations: self-contained schemas skip the registry.
        schema = target if isinstance(target, Mapping) and not _has_ref(target) else schema_ref(pointer)
        validator: Draft202012Validator = cls(schema, registry=self._registry, format_checker=FORMAT_CHECKER)
        return validator

    def resolve(self, node: Any) -> Any:
        return self.spec.resolve(node)

    def properties(self, schema: Any) -> dict[str, Any]:
        """Declared properties of an object schema, following ``$ref`` and ``allOf``."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return {}
        found: dict[str, Any] = {}
        for part in schema.get("allOf") or []:
            found.update(self.properties(part))
        props = schema.get("properties")
        if isinstance(props, Mapping):
            found.update({str(name): self.resolve(prop) for name, prop in props.items()})
        return found

    def _validator_class(self, exempt_flag: str) -> Any:
        resolve = self.resolve

        def required(validator: Any, names: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
            if not validator.is_type(instance, "object"):
                return
            props = schema.get("properties") or {}
            for name in names:
                if name in instance:
                    continue
                prop = resolve(props.get(name))
                if isinstance(prop, Mapping) and prop.get(exempt_flag) is True:
                    continue
                yield ValidationError(f"{name!r} is a required property")

        return validators.extend(Draft202012Validator, {"required": required})


def _has_ref(node: Any) -> bool:
    if isinstance(node, Mapping):
        return "$ref" in node or "$dynamicRef" in node or any(_has_ref(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_ref(v) for v in node)
    return False


def accepts_any_string(schema: Any) -> bool:
    """A schema every string satisfies (``{type: string}`` plus annotations): no need to validate strings."""
    return isinstance(schema, Mapping) and schema.get("type") == "string" and set(schema) <= _ANNOTATIONS | {"type"}


_QUICK_KEYWORDS = {"type", "minimum", "maximum", "minLength", "maxLength", "enum"}
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {"integer": (int,), "number": (int, float), "string": (str,)}


def quick_check(schema: Any) -> Callable[[Any], bool] | None:
    """A plain-Python test for simple scalar schemas (type, bounds, lengths, enum), or ``None``.

    Parameters are mostly such schemas; this skips jsonschema's machinery on the hot path. ``True`` means
    valid; ``False`` sends the value to the real validator, which explains the violation.
    """
    if not isinstance(schema, Mapping) or schema.get("type") not in _PYTHON_TYPES:
        return None
    if not set(schema) - _ANNOTATIONS <= _QUICK_KEYWORDS:
        return None
    kinds = _PYTHON_TYPES[schema["type"]]
    low, high = schema.get("minimum"), schema.get("maximum")
    shortest, longest = schema.get("minLength", 0), schema.get("maxLength")
    enum = schema.get("enum")

    def check(value: Any) -> bool:
        if isinstance(value, bool) or not isinstance(value, kinds):
            return False
        if isinstance(value, str):
            return (
                len(value) >= shortest
                and (longest is None or len(value) <= longest)
                and (enum is None or value in enum)
            )
        return (low is None or value >= low) and (high is None or value <= high) and (enum is None or value in enum)

    return check


def pointer_of(error: ValidationError) -> str:
    return "".join(f"/{escape_pointer_token(part)}" for part in error.absolute_path)


def is_valid(validator: Draft202012Validator, value: Any) -> bool:
    return bool(validator.is_valid(value))


def overlay(validator: Draft202012Validator, base: Any, updates: Mapping[str, Any]) -> Any:
    """``base`` with as many of ``updates`` set as keep it valid (top-level keys; invalid ones are dropped).

    Used wherever client data or mock-made values are written into a documented body: the result always
    validates when ``base`` does.
    """
    if not isinstance(base, Mapping):
        return base
    merged = {**base, **updates}
    if validator.is_valid(merged):
        return merged
    result = copy.copy(dict(base))
    for key, value in updates.items():
        candidate = {**result, key: value}
        if validator.is_valid(candidate):
            result = candidate
    return result
