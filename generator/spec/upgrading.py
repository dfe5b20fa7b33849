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

from typing import Any, cast

from .schema_walk import ANNOTATIONS, schema_roots, subschemas

TARGET_VERSION = "3.1.0"


KEYWORDS_30 = frozenset({"nullable", "exclusiveMinimum", "exclusiveMaximum", "example"})


def upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """Turn a 3.0.x ``document`` into 3.1 semantics in place (a 3.1 document is returned untouched)."""
    if not str(document.get("openapi", "")).startswith("3.0"):
        return document
    for _, root in list(schema_roots(document)):
        for _, node in reversed(list(subschemas(root, ""))):  # inner first: see upgrade_node
            upgrade_node(cast(dict[str, Any], node))
    document["openapi"] = TARGET_VERSION
    return document


def upgrade_node(node: dict[str, Any]) -> list[str]:
    """Rewrite the 3.0 keywords of one schema, not of those nested in it, which must be upgraded first (a
    nullable schema moves its keywords into ``anyOf``). Returns the keywords rewritten, so that a 3.1 document
    holding them can say so (:mod:`.repairing`)."""
    if KEYWORDS_30.isdisjoint(node):
        return []
    rewritten = _exclusive_bounds(node)
    if "example" in node:
        example = node.pop("example")
        node.setdefault("examples", [example])
        rewritten.append("example")
    if _nullable(node):
        rewritten.append("nullable")
    return rewritten


def _exclusive_bounds(schema: dict[str, Any]) -> list[str]:
    rewritten = []
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = schema.get(exclusive)
        if not isinstance(flag, bool):
            continue
        rewritten.append(exclusive)
        del schema[exclusive]
        if flag and bound in schema:
            schema[exclusive] = schema.pop(bound)
    return rewritten


def _nullable(schema: dict[str, Any]) -> bool:
    """Rewrite ``nullable``; whether there was one."""
    if "nullable" not in schema:
        return False
    if schema.pop("nullable") is not True:
        return True
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        schema["type"] = [*kind, *([] if "null" in kind else ["null"])]
    else:
        # No type to widen ($ref, allOf, ...): the value is that schema or null. Annotations stay outside.
        inner = {key: schema.pop(key) for key in list(schema) if key not in ANNOTATIONS}
        schema["anyOf"] = [inner, {"type": "null"}]
        return True
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    return True
