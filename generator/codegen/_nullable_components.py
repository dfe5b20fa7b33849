"""A nullable object component becomes a plain model; each reference to it says "or null" instead.

openapi-python-client cannot build a component schema typed ``[object, null]`` (3.0's ``nullable: true`` on a
component, as upgraded), nor ``anyOf: [<inline object>, {type: null}]``: it registers the model's classes twice,
reports "duplicate models" and leaves the model out, with every operation using it. GitHub has 44 such
components (``nullable-simple-user``, ``integration`` ...). ``X: {type: [object, null], ...}`` referenced as
``$ref: X`` means the same as ``X: {type: object, ...}`` referenced as ``anyOf: [{$ref: X}, {type: null}]``,
which it builds as ``X | None``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

_PREFIX = "#/components/schemas/"


def nullable_references(document: dict[str, Any]) -> dict[str, Any]:
    """Rewrite, in place, nullable object components as objects and their references as nullable."""
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return document
    objects = {name: _as_object(schema) for name, schema in schemas.items()}
    nullable = {f"{_PREFIX}{name}" for name, plain in objects.items() if plain is not None}
    if not nullable:
        return document
    for name, plain in objects.items():
        if plain is not None:
            schemas[name] = plain
    for holder in list(_reference_holders(document)):
        if holder["$ref"] in nullable:
            _wrap(holder)
    return document


def _as_object(schema: Any) -> dict[str, Any] | None:
    """The schema without its ``null``, when it is an object or null (``type: [object, null]``, or ``anyOf``/
    ``oneOf`` of an inline object and ``{type: null}``); ``None`` for anything else."""
    if not isinstance(schema, Mapping):
        return None
    types = schema.get("type")
    if isinstance(types, list) and sorted(types) == ["null", "object"]:
        return {**schema, "type": "object"}
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list) and len(branches) == 2 and {"type": "null"} in branches:
            (other,) = [branch for branch in branches if branch != {"type": "null"}]
            if isinstance(other, Mapping) and other.get("type") == "object" and "type" not in schema:
                return {**{key: value for key, value in schema.items() if key != keyword}, **other}
    return None


def _wrap(holder: dict[str, Any]) -> None:
    """``{$ref: X, description: d}`` -> ``{anyOf: [{$ref: X}, {type: null}], description: d}``."""
    ref = holder.pop("$ref")
    holder["anyOf"] = [{"$ref": ref}, {"type": "null"}]


def _reference_holders(document: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Every mapping holding a schema ``$ref`` that may become nullable: not an ``allOf`` part (an intersection
    with another object is never null, and the generator cannot extend a union)."""
    stack: list[tuple[Any, bool]] = [(document, False)]
    while stack:
        node, in_all_of = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str) and not in_all_of:
                yield node
            stack.extend((value, key == "allOf") for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((item, in_all_of) for item in node)
