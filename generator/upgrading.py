"""Upgrading: an OpenAPI 3.0 document -> the same API in OpenAPI 3.1 semantics, once, at load time.

Everything downstream (validation, generation, the mock, fuzzing, diffing) then has one code path. The upgrade
rewrites schemas in place and keeps every JSON pointer where it was, so messages still point at the line of
the original file. What changes (OpenAPI 3.1.0 release notes, "Upgrading from 3.0"):

- ``nullable: true`` -> ``"null"`` added to ``type`` (or, without ``type``, ``anyOf: [<schema>, {type: null}]``);
- boolean ``exclusiveMinimum``/``exclusiveMaximum`` -> the numeric form;
- a schema's ``example`` -> ``examples: [example]`` (media types and parameters keep their ``example``);
- ``openapi`` -> ``3.1.0``. File uploads (``format: binary``/``base64``) mean the same in both versions.
"""

from __future__ import annotations

from typing import Any

from ._schema_walk import DATA_KEYS, ONE_SCHEMA, SCHEMA_LIST, SCHEMA_MAP

TARGET_VERSION = "3.1.0"

# What stays on a nullable schema without a type when its constraints move into ``anyOf``.
_ANNOTATIONS: tuple[str, ...] = ("title", "description", "default", "examples", "readOnly", "writeOnly", "deprecated")
_ANNOTATIONS += ("externalDocs", "xml")


def upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """Turn a 3.0.x ``document`` into 3.1 semantics in place (a 3.1 document is returned untouched)."""
    if not str(document.get("openapi", "")).startswith("3.0"):
        return document
    _upgrade_document(document)
    schemas = (document.get("components") or {}).get("schemas")
    if isinstance(schemas, dict):
        for schema in schemas.values():
            upgrade_schema(schema)
    document["openapi"] = TARGET_VERSION
    return document


def _upgrade_document(node: Any) -> None:
    """Find the schemas outside components/schemas: under ``schema`` of parameters, headers and media types."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in DATA_KEYS or (isinstance(key, str) and key.startswith("x-")):
                continue
            if key == "schema":
                upgrade_schema(value)
            elif key != "schemas":
                _upgrade_document(value)
    elif isinstance(node, list):
        for item in node:
            _upgrade_document(item)


def upgrade_schema(schema: Any) -> None:
    """Upgrade one schema and every schema nested in it, in place."""
    if not isinstance(schema, dict):
        return
    _exclusive_bounds(schema)
    if "example" in schema:
        example = schema.pop("example")
        schema.setdefault("examples", [example])
    for key in ONE_SCHEMA:
        upgrade_schema(schema.get(key))
    for key in SCHEMA_LIST:
        for item in schema.get(key) or [] if isinstance(schema.get(key), list) else []:
            upgrade_schema(item)
    for key in SCHEMA_MAP:
        for item in (schema.get(key) or {}).values() if isinstance(schema.get(key), dict) else []:
            upgrade_schema(item)
    _nullable(schema)


def _exclusive_bounds(schema: dict[str, Any]) -> None:
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = schema.get(exclusive)
        if not isinstance(flag, bool):
            continue
        del schema[exclusive]
        if flag and bound in schema:
            schema[exclusive] = schema.pop(bound)


def _nullable(schema: dict[str, Any]) -> None:
    if "nullable" not in schema:
        return
    if schema.pop("nullable") is not True:
        return
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        schema["type"] = [*kind, *([] if "null" in kind else ["null"])]
    else:
        # No type to widen ($ref, allOf, ...): the value is that schema or null. Annotations stay outside.
        inner = {key: schema.pop(key) for key in list(schema) if key not in _ANNOTATIONS}
        schema["anyOf"] = [inner, {"type": "null"}]
        return
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
