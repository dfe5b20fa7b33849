"""Writing values into a valid object without re-validating all of it (GitHub's issue body: 14 ms a request).

When an object schema relates none of its properties to each other (only ``type``, ``properties``,
``required``, ``additionalProperties`` and annotations), a valid object with some top-level values replaced
is valid exactly when each new value is valid for its own property. :class:`Fields` checks just those.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator

from ..spec.pointers import escape_pointer_token, ref_pointer
from ..spec.schemas import Direction, Schemas

_INDEPENDENT = {"type", "properties", "required", "additionalProperties", "readOnly", "writeOnly", "nullable"}
_ANNOTATIONS = {"description", "title", "example", "examples", "deprecated", "default", "externalDocs", "$comment"}
_MAX_REF_CHAIN = 64


@dataclass
class Fields:
    """The top-level properties of one object schema, each checked on its own (validators built on use)."""

    schemas: Schemas
    pointer: str  # where the object schema really is (references followed)
    direction: Direction
    declared: frozenset[str]
    additional: bool | None  # additionalProperties: False refuses undeclared keys, None means a schema
    _validators: dict[str, Draft202012Validator] = field(default_factory=dict)

    def accepts(self, key: str, value: Any) -> bool:
        if key not in self.declared and self.additional is not None:
            return self.additional
        if key not in self._validators:
            where = "properties/" + escape_pointer_token(key) if key in self.declared else "additionalProperties"
            self._validators[key] = self.schemas.validator(f"{self.pointer}/{where}", self.direction)
        return bool(self._validators[key].is_valid(value))

    def overlay(self, base: Mapping[str, Any], updates: Mapping[str, Any]) -> dict[str, Any]:
        """``base`` (valid) with every update that is valid for its property written in."""
        return {**base, **{key: value for key, value in updates.items() if self.accepts(key, value)}}


def independent_fields(schemas: Schemas, pointer: str, direction: Direction) -> Fields | None:
    """:class:`Fields` for the object schema at ``pointer``; None when its properties are not independent."""
    pointer = schemas.locate(pointer)
    node = schemas.spec.at(pointer)
    for _ in range(_MAX_REF_CHAIN):
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        target = ref_pointer(ref) if isinstance(ref, str) else None
        if target is None or not _keywords(node) <= {"$ref"}:
            break
        pointer = schemas.locate(target)
        node = schemas.spec.at(pointer)
    if not isinstance(node, Mapping) or not _keywords(node) <= _INDEPENDENT:
        return None
    kinds = node.get("type", "object")
    properties = node.get("properties")
    additional = node.get("additionalProperties", True)
    if "object" not in (kinds if isinstance(kinds, list) else [kinds]) or not isinstance(properties, Mapping):
        return None
    if not properties or not isinstance(additional, bool | Mapping):
        return None
    declared = frozenset(map(str, properties))
    return Fields(schemas, pointer, direction, declared, additional if isinstance(additional, bool) else None)


def _keywords(node: Mapping[str, Any]) -> set[str]:
    """The keywords of a schema that constrain values (annotations and ``x-`` extensions left out)."""
    return {str(key) for key in node if key not in _ANNOTATIONS and not str(key).startswith("x-")}
