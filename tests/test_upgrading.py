from __future__ import annotations

from typing import Any

from generator.spec.upgrading import upgrade


def _doc(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "components": {"schemas": {"S": schema}}, "paths": {}, **extra}


def test_nullable_with_type_becomes_a_type_array() -> None:
    doc = upgrade(_doc({"type": "string", "nullable": True, "enum": ["a"]}))
    assert doc["openapi"] == "3.1.0"
    assert doc["components"]["schemas"]["S"] == {"type": ["string", "null"], "enum": ["a", None]}


def test_nullable_without_type_wraps_the_schema_keeping_annotations_outside() -> None:
    doc = upgrade(_doc({"allOf": [{"$ref": "#/components/schemas/T"}], "nullable": True, "description": "d"}))
    assert doc["components"]["schemas"]["S"] == {
        "description": "d",
        "anyOf": [{"allOf": [{"$ref": "#/components/schemas/T"}]}, {"type": "null"}],
    }


def test_nullable_false_is_dropped() -> None:
    assert upgrade(_doc({"type": "integer", "nullable": False}))["components"]["schemas"]["S"] == {"type": "integer"}


def test_boolean_exclusive_bounds_become_numbers() -> None:
    schema = {"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 9, "exclusiveMaximum": False}
    assert upgrade(_doc(schema))["components"]["schemas"]["S"] == {
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": 9,
    }


def test_schema_example_becomes_examples_but_media_type_example_stays() -> None:
    media = {"schema": {"type": "object", "properties": {"n": {"type": "integer", "example": 3}}}, "example": {"n": 3}}
    doc = upgrade(_doc({}, paths={"/x": {"get": {"responses": {"200": {"content": {"application/json": media}}}}}}))
    upgraded = doc["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]
    assert upgraded["example"] == {"n": 3}
    assert upgraded["schema"]["properties"]["n"] == {"type": "integer", "examples": [3]}


def test_nested_schemas_everywhere_are_upgraded() -> None:
    nested = {"type": "array", "items": {"oneOf": [{"type": "string", "nullable": True}]}}
    param = {"name": "q", "in": "query", "schema": {"type": "object", "additionalProperties": nested}}
    doc = upgrade(_doc({}, paths={"/x": {"parameters": [param]}}))
    inner = doc["paths"]["/x"]["parameters"][0]["schema"]["additionalProperties"]["items"]["oneOf"][0]
    assert inner == {"type": ["string", "null"]}


def test_examples_and_extensions_are_data_not_schemas() -> None:
    data = {"nullable": True, "type": "string"}
    doc = upgrade(_doc({}, paths={"/x": {"x-thing": {"schema": dict(data)}, "get": {"examples": {"schema": data}}}}))
    assert doc["paths"]["/x"]["x-thing"]["schema"] == data
    assert doc["paths"]["/x"]["get"]["examples"]["schema"] == data


def test_a_3_1_document_is_left_alone() -> None:
    doc = {"openapi": "3.1.0", "components": {"schemas": {"S": {"type": "string", "nullable": True}}}}
    assert upgrade(doc)["components"]["schemas"]["S"] == {"type": "string", "nullable": True}


def test_the_default_response_is_upgraded_too() -> None:
    media = {"schema": {"type": "string", "nullable": True}}
    doc = upgrade(_doc({}, paths={"/x": {"get": {"responses": {"default": {"content": {"application/json": media}}}}}}))
    upgraded = doc["paths"]["/x"]["get"]["responses"]["default"]["content"]["application/json"]["schema"]
    assert upgraded == {"type": ["string", "null"]}
