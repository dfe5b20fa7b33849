"""OpenAPI 3.1 and 3.2 structure, checked with jsonschema-rs: the document against the OpenAPI 3.1 (or 3.2) JSON
Schema, and every Schema Object in it against the JSON Schema 2020-12 meta-schema.

openapi-spec-validator does the same in pure Python and takes 16 s on GitHub's description (1,989 schemas,
each validated through ``$dynamicRef`` lookups); the compiled validators take a fraction of a second. The
3.1 document schema and the meta-schema come from openapi-spec-validator and jsonschema, so they are the ones
those libraries use. The 3.2 document schema is vendored in ``schemas/openapi-3.2.json``: the official schema's
source, OAI/OpenAPI-Specification (Apache License 2.0, copy in ``schemas/``), branch v3.2-dev,
``src/schemas/validation/schema.yaml`` @ d5c847d2 (2026-04-16), converted to JSON unchanged.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from openapi_spec_validator.schemas import schema_v31

from ..spec.pointers import join_pointer
from ..spec.schema_walk import schema_roots


def structure_errors(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(JSON pointer, message) for every structural error of a 3.1 or 3.2 ``document``."""
    is_32 = str(document.get("openapi", "")).startswith("3.2.")
    yield from _errors(_document_validator_32() if is_32 else _document_validator(), document, "")
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
def _document_validator_32() -> Any:
    schema = json.loads(resources.files(__package__).joinpath("schemas/openapi-3.2.json").read_text("utf-8"))
    return jsonschema_rs.validator_for(schema)


@functools.cache
def _schema_validator() -> Any:
    return jsonschema_rs.Draft202012Validator(Draft202012Validator.META_SCHEMA)
