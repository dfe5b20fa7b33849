"""Compiled JSON Schema validators for the parts of one spec (Draft 2020-12, formats checked).

Schemas are referenced by JSON pointer into the spec document, so ``$ref`` chains resolve through one
``referencing`` registry, as in :mod:`generator.validation`. A pointer built from an operation may pass
through references (a ``$ref``'d path item, response or request body): :meth:`Schemas.locate` turns it into
the pointer of the node's real place first. OpenAPI's ``readOnly`` / ``writeOnly`` exemptions from
``required`` are honoured per direction (requests skip readOnly, responses writeOnly). ``pattern`` is
checked with ECMA-262 syntax; a ``patternProperties`` regex Python's ``re`` cannot compile is not checked.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema import _keywords as jsonschema_keywords
from jsonschema.exceptions import ValidationError

from .json_schema import FORMAT_CHECKER, SPEC_URI, Validator, schema_ref, spec_registry
from .loading import Spec
from .pointers import join_pointer, ref_pointer, split_pointer
from .schema_walk import declared_properties, flagged_properties

_ANNOTATIONS = {"description", "title", "example", "examples", "deprecated", "default", "x-doc-note"}
Direction = Literal["request", "response"]
_EXEMPT: dict[Direction, str] = {"request": "readOnly", "response": "writeOnly"}


class Schemas:
    """Validators for one spec, built once and shared by every operation."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._registry = spec_registry(spec)
        self._classes = {direction: self._validator_class(direction) for direction in _EXEMPT}
        self._located: dict[str, str] = {}
        self._validators: dict[tuple[str, Direction], Draft202012Validator] = {}
        self._fits: dict[tuple[int | str, Direction, str], tuple[Any, bool]] = {}

    def validator(self, pointer: str, direction: Direction) -> Draft202012Validator:
        """A validator for the schema at ``pointer`` (a JSON pointer into the spec document)."""
        pointer = self.locate(pointer)
        key = (pointer, direction)
        if key not in self._validators:
            target = self.resolve(self.spec.at(pointer))
            # Reference lookups dominate the cost of small validations: self-contained schemas skip the registry.
            schema = target if isinstance(target, Mapping) and not _has_ref(target) else schema_ref(pointer)
            self._validators[key] = self._new_validator(schema, direction)
        return self._validators[key]

    def example_fits(self, value: Any, schema: Any, direction: Direction = "response") -> bool:
        """Whether a documented example (or default) is valid for ``schema``: a spec node or a JSON pointer.

        Vendors' examples sometimes contradict their schemas; the mock serves generated data instead of
        such an example. A schema node met inside another (no pointer of its own) has its local references
        anchored to the spec, so what they name is checked too.
        """
        pointer = schema if isinstance(schema, str) else _local_ref(schema) if isinstance(schema, Mapping) else None
        if pointer is None and not isinstance(schema, Mapping | bool):
            return True
        try:
            text = json.dumps(value, sort_keys=True, default=repr)
        except (TypeError, ValueError):
            return False
        identity: int | str = id(schema) if pointer is None else pointer
        key = (identity, direction, text)
        if key not in self._fits:
            if pointer is not None:
                validator = self.validator(pointer, direction)
            else:
                validator = self._new_validator(_anchored(schema) if _has_ref(schema) else schema, direction)
            # The schema is kept with the answer: an id is only unique while its object lives.
            self._fits[key] = (schema, bool(validator.is_valid(value)))
        return self._fits[key][1]

    def _new_validator(self, schema: Any, direction: Direction) -> Draft202012Validator:
        cls = self._classes[direction]
        validator: Draft202012Validator = cls(schema, registry=self._registry, format_checker=_FORMATS)
        return validator

    def resolve(self, node: Any) -> Any:
        return self.spec.resolve(node)

    def at(self, pointer: str) -> Any:
        """The node at ``pointer``, following references met on the way (see :meth:`locate`)."""
        return self.spec.at(self.locate(pointer))

    def locate(self, pointer: str, _depth: int = 0) -> str:
        """Where the node ``pointer`` names really is: references met on the way are followed.

        ``/paths/~1pets/get/responses/200/content`` may cross a ``$ref``'d path item and a ``$ref``'d
        response; neither the document nor ``referencing`` looks through them. Raises ``KeyError`` for a
        pointer that leads nowhere.
        """
        if pointer not in self._located:
            if _depth > 64:
                raise KeyError(f"reference cycle at {pointer}")
            where, node = "", self.spec.document
            for key in split_pointer(pointer):
                while isinstance(node, Mapping) and key not in node and _local_ref(node) is not None:
                    where = self.locate(str(_local_ref(node)), _depth + 1)
                    node = self.spec.at(where)
                node = node[int(key)] if isinstance(node, list) else node[key]
                where = join_pointer([key], where)
            self._located[pointer] = where
        return self._located[pointer]

    def properties(self, schema: Any) -> dict[str, Any]:
        """Declared properties of an object schema, following ``$ref`` and ``allOf`` (each one resolved)."""
        return {name: self.resolve(prop) for name, prop in declared_properties(schema, self.resolve).items()}

    def _validator_class(self, direction: Direction) -> Any:
        resolve = self.resolve
        exempt_flag = _EXEMPT[direction]

        exempt_in_parts: dict[int, tuple[Any, frozenset[str]]] = {}

        def exempt_names(schema: Mapping[str, Any]) -> frozenset[str]:
            """Names ``schema`` or any of its ``allOf`` parts flag exempt: one part may require what another
            declares readOnly (PagerDuty's Reference: the properties in one part, ``required: [type, id]`` in the
            next; its Schedule redeclares its base's readOnly ``type`` unflagged and requires it)."""
            known = exempt_in_parts.get(id(schema))
            if known is None:
                flagged = flagged_properties(schema, resolve, exempt_flag)
                known = exempt_in_parts[id(schema)] = (schema, flagged)  # the schema kept: its id stays unique
            return known[1]

        def required(validator: Any, names: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
            if not validator.is_type(instance, "object"):
                return
            exempt = exempt_names(schema)  # allOf branches too: PagerDuty marks readOnly there, requires outside
            for name in names:
                if name not in instance and name not in exempt:
                    yield ValidationError(f"{name!r} is a required property")

        def all_of(validator: Any, parts: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
            exempt = exempt_names(schema) if validator.is_type(instance, "object") else frozenset()
            for index, part in enumerate(parts):
                for error in validator.descend(instance, part, schema_path=index):
                    if not _requires_one_of(error, exempt):
                        yield error

        overrides = {
            "required": required,
            "allOf": all_of,
            "patternProperties": _python_patterns_only(jsonschema_keywords.patternProperties),
            "additionalProperties": _python_patterns_only(jsonschema_keywords.additionalProperties),
        }
        # Validator checks `pattern` with ECMA-262 syntax. What the mock answers is held to "an integer is not
        # written 1.0" (JSON Schema allows it; OpenAPI 3.0 tools and typed clients do not), and to "a schema
        # declaring properties is an object" where it names no type (Azure's specs often name none; their
        # clients, ours and openapi-python-client's alike, read such a schema as a model of those properties).
        if direction == "request":
            return validators.extend(Validator, overrides)
        overrides["properties"] = _properties_of_an_object
        return validators.extend(Validator, overrides, type_checker=_STRICT_INTEGERS)


def _properties_of_an_object(
    validator: Any, properties: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if "type" not in schema and not validator.is_type(instance, "object"):
        yield ValidationError(f"{instance!r} is not an object, which a schema declaring properties describes")
        return
    yield from jsonschema_keywords.properties(validator, properties, instance, schema)


# RFC 3339 Appendix A durations (what JSON Schema's "duration" means): jsonschema checks them only with the
# optional isoduration package, and ISO 8601's fractions ("PT5.5S") are not among them.
_DURATION = re.compile(
    r"P(?:(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?"
    r"|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)|\d+W)\Z"
)
_FORMATS = FormatChecker(formats=())
_FORMATS.checkers = {
    **FORMAT_CHECKER.checkers,
    "duration": (lambda value: not isinstance(value, str) or _DURATION.match(value) is not None, ()),
}
_STRICT_INTEGERS = Validator.TYPE_CHECKER.redefine(
    "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
)
Keyword = Callable[[Any, Any, Any, Mapping[str, Any]], Iterable[ValidationError] | None]


def _requires_one_of(error: ValidationError, names: frozenset[str]) -> bool:
    """Whether ``error`` is a ``required`` error about this instance naming one of ``names``."""
    if error.validator != "required" or error.path or not names:
        return False
    return any(error.message == f"{name!r} is a required property" for name in names)


def _python_patterns_only(keyword: Keyword) -> Keyword:
    """``keyword`` minus the checks whose regex Python cannot compile (valid ECMA, e.g. ``\\p{L}``).

    jsonschema matches property names against ``patternProperties`` with ``re`` in both keywords.
    """

    def checked(validator: Any, value: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
        try:
            yield from keyword(validator, value, instance, schema) or ()
        except re.error:
            return

    return checked


def _local_ref(node: Mapping[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref_pointer(ref) if isinstance(ref, str) else None


def _anchored(node: Any) -> Any:
    """A copy of a schema ``node`` whose local references (``#/...``) name the spec's registry entry: the node is
    validated on its own, and a bare ``#`` would otherwise mean the node itself."""
    if isinstance(node, Mapping):
        return {
            key: SPEC_URI + value if key in ("$ref", "$dynamicRef") and str(value).startswith("#") else _anchored(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_anchored(item) for item in node]
    return node


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
    if not isinstance(schema, Mapping) or not isinstance(schema.get("type"), str):
        return None
    if schema["type"] not in _PYTHON_TYPES:
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
    return join_pointer(error.absolute_path)


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
