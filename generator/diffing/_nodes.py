"""A located node of one spec (value + JSON pointer, ``$ref`` followed) and the schema facts rules compare."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import join_pointer, ref_pointer
from ..spec.schema_walk import all_of_parts

_MAX_REF_HOPS = 32


@dataclass(frozen=True)
class Node:
    """A mapping inside ``spec`` and where it lives; following a ``$ref`` moves the pointer to the target."""

    value: Mapping[str, Any]
    pointer: str
    spec: Spec = field(repr=False, compare=False)

    @classmethod
    def at(cls, spec: Spec, value: Any, pointer: str) -> Node | None:
        """``value`` (found at ``pointer``) with local ``$ref`` chains followed; ``None`` unless it is a mapping."""
        followed = _follow(spec, value, pointer)
        if followed is None or not isinstance(followed[0], Mapping):
            return None
        return cls(followed[0], followed[1], spec)

    def child(self, *keys: str | int) -> Node | None:
        value: Any = self.value
        pointer = self.pointer
        for key in keys:
            if not _has(value, key):
                return None
            value = value[key]
            followed = _follow(self.spec, value, join_pointer([key], pointer))
            if followed is None:
                return None
            value, pointer = followed
        return Node(value, pointer, self.spec) if isinstance(value, Mapping) else None

    def children(self, key: str) -> dict[str, Node]:
        """The mapping entries under ``key`` (``properties``, ``responses``, ``content`` ...), each resolved."""
        container = self.value.get(key)
        if not isinstance(container, Mapping):
            return {}
        found = {str(name): self.child(key, name) for name in container}  # YAML may give int keys (200:)
        return {name: node for name, node in found.items() if node is not None}


def _has(container: Any, key: str | int) -> bool:
    if isinstance(container, Mapping):
        return key in container
    return isinstance(container, list) and isinstance(key, int) and 0 <= key < len(container)


def _follow(spec: Spec, value: Any, pointer: str) -> tuple[Any, str] | None:
    """Follow local ``$ref`` chains; ``None`` when a target is missing or the chain loops."""
    for _ in range(_MAX_REF_HOPS):
        ref = value.get("$ref") if isinstance(value, Mapping) else None
        target = ref_pointer(ref) if isinstance(ref, str) else None
        if target is None:
            return value, pointer
        try:
            value, pointer = spec.at(target), target
        except (KeyError, IndexError, ValueError, TypeError):
            return None
    return None


def types_of(schema: Mapping[str, Any]) -> frozenset[str]:
    """The schema's JSON types without ``null`` (empty: unconstrained); ``properties`` implies ``object``."""
    declared = schema.get("type")
    if isinstance(declared, str):
        found = {declared}
    elif isinstance(declared, list):
        found = {str(t) for t in declared}
    elif "properties" in schema:
        found = {"object"}
    elif "items" in schema:
        found = {"array"}
    else:
        found = set()
    return frozenset(found - {"null"})


def type_label(schema: Mapping[str, Any]) -> str:
    types = "|".join(sorted(types_of(schema))) or "any"
    fmt = schema.get("format")
    return f"{types}/{fmt}" if isinstance(fmt, str) else types


def is_nullable(schema: Mapping[str, Any]) -> bool:
    declared = schema.get("type")
    return (isinstance(declared, list) and "null" in declared) or schema.get("nullable") is True


def enum_values(schema: Mapping[str, Any]) -> dict[str, Any] | None:
    """``enum`` values keyed by their canonical JSON (so ``1`` and ``"1"`` differ); ``None`` when there is no enum."""
    values = schema.get("enum")
    if not isinstance(values, list):
        return None
    return {canonical(value): value for value in values if value is not None}


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def shown(value: Any) -> str:
    """A value for a message: JSON for scalars, a summary for objects and lists (no raw dicts in changelogs)."""
    if value is None:
        return "(none)"
    if isinstance(value, Mapping):
        return f"an object ({', '.join(sorted(str(key) for key in value))})" if value else "an empty object"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    return canonical(value)


def widens(old: Mapping[str, Any], new: Mapping[str, Any], *, strongly_typed: bool = True) -> bool:
    """Whether every value of ``old``'s type is still accepted by ``new``'s (integer -> number, format dropped).

    Where values travel as text (not ``strongly_typed``: a query parameter, a form or XML body) anything may
    become a string: ``1`` and ``"1"`` are the same characters on the wire.
    """
    old_types, new_types = types_of(old), types_of(new)
    if not new_types:
        return True
    covered = all(t in new_types or (t == "integer" and "number" in new_types) for t in old_types)
    covered = covered or (not strongly_typed and new_types == {"string"})
    old_format, new_format = old.get("format"), new.get("format")
    return bool(old_types) and covered and (new_format is None or new_format == old_format)


def strongly_typed(media_type: str) -> bool:
    """JSON tells ``1`` from ``"1"``; text formats (forms, XML, plain text) do not (as oasdiff judges it). The
    items of JSON sequences and event streams are JSON values too."""
    return media_type in _JSON_SEQUENCES or media_type == "application/json" or media_type.endswith("+json")


_JSON_SEQUENCES = frozenset({"application/jsonl", "application/x-ndjson", "application/json-seq", "text/event-stream"})


def object_properties(node: Node) -> tuple[dict[str, Node], frozenset[str]]:
    """Properties and required names of an object schema, ``allOf`` parts merged in."""
    properties: dict[str, Node] = {}
    required: set[str] = set()
    for part in all_of_parts(node, _all_of, key=lambda part: part.pointer):
        properties.update(part.children("properties"))
        required.update(str(name) for name in part.value.get("required") or [] if isinstance(name, str))
    return properties, frozenset(required)


def _all_of(node: Node) -> list[Node]:
    parts = node.value.get("allOf")
    found = [node.child("allOf", index) for index in range(len(parts))] if isinstance(parts, list) else []
    return [part for part in found if part is not None]
