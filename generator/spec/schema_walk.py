"""Walks of schemas: every schema of a document with its JSON pointer (the roots: components/schemas, and the
``schema`` of parameters, headers and media types, and every subschema inside them), and the parts an object
schema's properties come from (``allOf``)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from .pointers import escape_pointer_token

# Keywords whose value is one schema, a list of schemas, or a map of name -> schema.
ONE_SCHEMA: tuple[str, ...] = ("items", "additionalProperties", "not", "contains", "if", "then", "else")
ONE_SCHEMA += ("propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems")
SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAP = ("properties", "patternProperties", "dependentSchemas")
_NESTING = frozenset((*ONE_SCHEMA, *SCHEMA_LIST, *SCHEMA_MAP))
# Document keys holding a schema: a parameter's, header's or media type's ``schema``, and OpenAPI 3.2's
# ``itemSchema`` (one item of a sequential media type: an event of text/event-stream, a line of JSON Lines).
SCHEMA_KEYS = ("schema", "itemSchema")
# Document keys holding data (or vendor extensions), never schemas.
DATA_KEYS = ("example", "examples", "default", "enum", "const")
# Keywords that only describe a schema and constrain nothing.
ANNOTATIONS = frozenset({"title", "description", "default", "examples", "readOnly", "writeOnly", "deprecated"})
ANNOTATIONS |= {"externalDocs", "xml"}


def iter_schemas(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(pointer, schema) for every schema object in ``document``, outer before inner."""
    for pointer, root in schema_roots(document):
        yield from subschemas(root, pointer)


def schema_roots(document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(pointer, schema) for the outermost schemas: components/schemas and the ``schema`` of parameters,
    headers and media types, and a media type's ``itemSchema`` (a root may be a boolean schema or a ``$ref``)."""
    schemas = (document.get("components") or {}).get("schemas")
    if isinstance(schemas, Mapping):
        for name, schema in schemas.items():
            yield f"/components/schemas/{escape_pointer_token(name)}", schema
    yield from _document_schemas(document, "")


def _document_schemas(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            data = key in DATA_KEYS and not (key == "default" and pointer.endswith("/responses"))  # a response
            if data or key == "schemas" or str(key).startswith("x-"):
                continue
            child = f"{pointer}/{escape_pointer_token(key)}"
            if key in SCHEMA_KEYS:
                yield child, value
            else:
                yield from _document_schemas(value, child)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _document_schemas(item, f"{pointer}/{index}")


def subschemas(schema: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """``schema`` itself and every schema nested in it (``$ref`` targets are not followed), outer before inner.

    Every load walks every schema of the document (a big spec has 90,000), so this is a loop over a stack rather
    than nested generators, and a schema with no subschema keyword (most) is left at one set operation. A
    schema's children are read when the walk comes back to it, so a caller may still rewrite the schema it was
    just given before its children are walked.
    """
    stack: list[tuple[str, Any]] = [(pointer, schema)]
    while stack:
        pointer, schema = stack.pop()
        if type(schema) is not dict and not isinstance(schema, Mapping):
            continue
        yield pointer, schema
        if _NESTING.isdisjoint(schema):
            continue
        children = [(f"{pointer}/{key}", schema[key]) for key in ONE_SCHEMA if key in schema]
        for key in SCHEMA_LIST:
            items = schema.get(key)
            if isinstance(items, list):
                children += [(f"{pointer}/{key}/{index}", item) for index, item in enumerate(items)]
        for key in SCHEMA_MAP:
            items = schema.get(key)
            if isinstance(items, Mapping):
                children += [(f"{pointer}/{key}/{escape_pointer_token(name)}", item) for name, item in items.items()]
        stack += reversed(children)


Part = TypeVar("Part")


def all_of_parts(
    schema: Part, parts_of: Callable[[Part], Iterable[Part]], key: Callable[[Part], Hashable] = id
) -> Iterator[Part]:
    """Every ``allOf`` part below ``schema`` (the parts' parts too), each before the schema holding it, then
    ``schema`` itself.

    Merging properties in this order gives a schema's own properties precedence over its parts', and a later
    part's over an earlier one's. ``parts_of`` gives a schema's direct parts (``$ref`` followed); ``key`` tells
    two parts apart, and a part met again (a diamond, or a cycle through ``$ref``) is not walked twice.
    """
    seen: set[Hashable] = set()

    def walk(node: Part) -> Iterator[Part]:
        seen.add(key(node))
        for part in parts_of(node):
            if key(part) not in seen:
                yield from walk(part)
        yield node

    return walk(schema)


def declared_properties(schema: Any, resolve: Callable[[Any], Any]) -> dict[str, Any]:
    """The properties an object schema declares, its ``allOf`` parts' included (``resolve`` follows a ``$ref``);
    values as the spec writes them (a property may be a ``$ref``)."""
    found: dict[str, Any] = {}
    for part in all_of_parts(resolve(schema), lambda node: _resolved_parts(node, resolve)):
        properties = part.get("properties") if isinstance(part, Mapping) else None
        if isinstance(properties, Mapping):
            found.update({str(name): value for name, value in properties.items()})
    return found


def flag_applies(schema: Any, resolve: Callable[[Any], Any], flag: str) -> bool:
    """Whether ``flag: true`` (``readOnly``, ``writeOnly``) applies to ``schema``: said by itself or by any of its
    ``allOf`` parts, references followed (Jira's gadget ``position``: ``allOf: [$ref Position]``, where Position
    is writeOnly). Schemathesis reads the flags this way too."""
    return any(
        isinstance(part, Mapping) and part.get(flag) is True
        for part in all_of_parts(resolve(schema), lambda node: _resolved_parts(node, resolve))
    )


def flagged_properties(schema: Any, resolve: Callable[[Any], Any], flag: str) -> frozenset[str]:
    """The properties that any declaration in an object schema or its ``allOf`` parts flags ``flag: true``
    (``readOnly``, ``writeOnly``).

    JSON Schema reads such a flag as true when any schema applying to the value says so: a part redeclaring the
    property unflagged (PagerDuty's Schedule: ``type`` with its enum, beside the readOnly ``type`` of its base)
    does not clear it, where :func:`declared_properties` keeps only the last declaration.
    """
    found: set[str] = set()
    for part in all_of_parts(resolve(schema), lambda node: _resolved_parts(node, resolve)):
        properties = part.get("properties") if isinstance(part, Mapping) else None
        for name, prop in properties.items() if isinstance(properties, Mapping) else ():
            if flag_applies(prop, resolve, flag):
                found.add(str(name))
    return frozenset(found)


def _resolved_parts(schema: Any, resolve: Callable[[Any], Any]) -> list[Any]:
    parts = schema.get("allOf") if isinstance(schema, Mapping) else None
    return [resolve(part) for part in parts] if isinstance(parts, list) else []
