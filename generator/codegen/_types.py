"""Schema -> the Python type an operation declares for it (``list[Pet]``, ``datetime.date``, ``Pet | None``).

A ``$ref`` to a schema with a class in the models module is that class; anything else is spelled out from the
schema. What cannot be typed exactly (``not``, ``if``, a reference cycle outside the models) is ``Any``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..spec.pointers import unescape_pointer_token
from ._classes import SCHEMAS, needs_class

_DATE = "import datetime"
_UUID = "from uuid import UUID"
_FILE = "from ...types import File"


@dataclass(frozen=True)
class PyType:
    """A Python type as code, the model classes it names and the imports it needs besides those."""

    code: str
    models: frozenset[str] = frozenset()
    imports: frozenset[str] = frozenset()

    @property
    def is_model(self) -> bool:
        return self.code in self.models

    @property
    def is_model_list(self) -> bool:
        return len(self.models) == 1 and self.code == f"list[{next(iter(self.models))}]"

    @property
    def is_file(self) -> bool:
        return self.code == "File"


ANY = PyType("Any")
NONE = PyType("None")


def union(types: Iterable[PyType]) -> PyType:
    """The union of ``types`` (``Any`` absorbs the rest; each member once; ``None`` last)."""
    members = list(types)
    if not members or any(member.code == "Any" for member in members):
        return ANY
    codes: list[str] = []
    for member in members:
        for code in union_members(member.code):
            if code not in codes:
                codes.append(code)
    codes.sort(key=lambda code: code == "None")
    return PyType(
        " | ".join(codes),
        frozenset().union(*(member.models for member in members)),
        frozenset().union(*(member.imports for member in members)),
    )


def union_members(code: str) -> list[str]:
    """The top-level members of a union's code (``list[A | B] | None`` -> ``list[A | B]``, ``None``)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(code):
        depth += char == "["
        depth -= char == "]"
        if depth == 0 and code[index : index + 3] == " | ":
            parts.append(code[start:index])
            start = index + 3
    parts.append(code[start:])
    return parts


class Types:
    """Python types of the schemas of ``document`` (the models document: inline classes already hoisted)."""

    def __init__(self, document: Mapping[str, Any], defined: set[str]) -> None:
        self._document = document
        self._defined = defined
        self._cache: dict[str, PyType] = {}
        self.inexact: list[str] = []  # why a schema with structure was typed more loosely than it says

    def _loose(self, reason: str) -> PyType:
        self.inexact.append(reason)
        return ANY

    def of(self, schema: Any) -> PyType:
        return self._of(schema, ())

    def schema(self, name: str) -> Mapping[str, Any]:
        """The component schema of class ``name`` (empty when there is none)."""
        found = ((self._document.get("components") or {}).get("schemas") or {}).get(name)
        return found if isinstance(found, Mapping) else {}

    def _of(self, schema: Any, seen: tuple[str, ...]) -> PyType:
        if not isinstance(schema, Mapping) or not schema:
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._ref(ref, seen)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                return union(self._of(member, seen) for member in schema[keyword])
        parts = schema.get("allOf")
        if isinstance(parts, list):
            return self._of(parts[0], seen) if len(parts) == 1 else self._loose("an allOf of schemas without a class")
        if "const" in schema:
            return _value_type(schema["const"])
        kind = schema.get("type")
        if isinstance(kind, list):
            return union(self._of({**schema, "type": member}, seen) for member in kind)
        if kind is None and isinstance(schema.get("enum"), list):
            return union(_value_type(value) for value in schema["enum"])
        return self._plain(schema, kind, seen)

    def _plain(self, schema: Mapping[str, Any], kind: Any, seen: tuple[str, ...]) -> PyType:
        if kind == "string":
            return _string(schema.get("format"))
        if kind in _SCALARS:
            return PyType(_SCALARS[kind])
        if kind == "array":
            item = self._of(schema.get("items"), seen)
            return PyType(f"list[{item.code}]", item.models, item.imports)
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value = self._of(extra, seen) if isinstance(extra, Mapping) else ANY
            return PyType(f"dict[str, {value.code}]", value.models, value.imports)
        if kind is not None or schema.keys() & {"not", "if", "then", "else", "prefixItems"}:
            return self._loose(f"a schema of type {kind!r} typed Any")
        return ANY

    def _ref(self, ref: str, seen: tuple[str, ...]) -> PyType:
        if ref.startswith(SCHEMAS) and "/" not in ref[len(SCHEMAS) :]:
            name = unescape_pointer_token(ref[len(SCHEMAS) :])
            if name in self._defined and needs_class(self.schema(name)):
                return PyType(name, frozenset({name}))
        if ref in seen:
            return self._loose(f"{ref} refers to itself outside a class")
        if not ref.startswith("#/"):
            return self._loose(f"{ref} is not a local reference")
        if ref not in self._cache:
            self._cache[ref] = self._of(_at(self._document, ref[1:]), (*seen, ref))
        return self._cache[ref]


_SCALARS = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def _string(format_: Any) -> PyType:
    if format_ == "date":
        return PyType("datetime.date", imports=frozenset({_DATE}))
    if format_ == "date-time":
        return PyType("datetime.datetime", imports=frozenset({_DATE}))
    if format_ == "uuid":
        return PyType("UUID", imports=frozenset({_UUID}))
    if format_ == "binary":
        return PyType("File", imports=frozenset({_FILE}))
    return PyType("str")


def _value_type(value: Any) -> PyType:
    if value is None:
        return NONE
    if isinstance(value, bool):
        return PyType("bool")
    if isinstance(value, int):
        return PyType("int")
    if isinstance(value, float):
        return PyType("float")
    if isinstance(value, str):
        return PyType("str")
    return ANY


def _at(document: Any, pointer: str) -> Any:
    node = document
    for raw in pointer.split("/")[1:]:
        token = unescape_pointer_token(raw)
        try:
            node = node[int(token)] if isinstance(node, list) else node[token]
        except (KeyError, IndexError, ValueError, TypeError):
            return None
    return node
