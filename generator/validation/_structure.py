"""OpenAPI 3.1 structure, checked with jsonschema-rs: the document against the OpenAPI 3.1 JSON Schema, and every
Schema Object in it against the JSON Schema 2020-12 meta-schema.

openapi-spec-validator does the same in pure Python and takes 16 s on GitHub's description (1,989 schemas,
each validated through ``$dynamicRef`` lookups); the compiled validators take a fraction of a second. The
document schema and the meta-schema come from openapi-spec-validator and jsonschema, so they are the ones those
libraries use.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from openapi_spec_validator.schemas import schema_v31

from ..spec.pointers import join_pointer
from ..spec.schema_walk import schema_roots


def structure_errors(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(JSON pointer, message) for every structural error of a 3.1 ``document``."""
    yield from _errors(_document_validator(), document, "")
    for pointer, schema in schema_roots(document):
        yield from _errors(_schema_validator(), schema, pointer)


def _errors(validator: Any, instance: Any, base: str) -> Iterator[tuple[str, str]]:
    for error in validator.iter_errors(instance):
        pointer = join_pointer(error.instance_path, base)
        yield pointer, str(error.message).splitlines()[0]


@functools.cache
def _document_validator() -> Any:
    # schema_v31 is a lazy proxy; the compiled validator needs plain JSON.
    schema = json.loads(json.dumps(dict(schema_v31)))
    # Two errata of the 2022-10-07 schema against the 3.1.0 text (Link Object): a link's parameters map to
    # "Any | {expression}", not only strings, and its server is called `server`, not `body`.
    link = schema["$defs"]["link"]["properties"]
    link["parameters"] = {"type": "object"}
    link["server"] = link.pop("body", {"$ref": "#/$defs/server"})
    return jsonschema_rs.validator_for(schema)


@functools.cache
def _schema_validator() -> Any:
    return jsonschema_rs.Draft202012Validator(Draft202012Validator.META_SCHEMA)
