"""Schema walks (generator/spec/schema_walk.py): the ``allOf`` parts properties come from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.diffing import diff
from generator.spec.loading import Spec, parse_spec
from generator.spec.schema_walk import all_of_parts, declared_properties, subschemas
from generator.spec.schemas import Schemas

COMPONENTS = """
openapi: 3.1.0
info: {title: Walk, version: 1.0.0}
paths: {}
components:
  schemas:
    Named:
      properties: {name: {type: string}, kind: {const: named}}
    Dated:
      properties: {created: {type: string, format: date-time}, kind: {const: dated}}
    Pet:
      allOf:
        - $ref: '#/components/schemas/Named'
        - $ref: '#/components/schemas/Dated'
        - properties: {legs: {$ref: '#/components/schemas/Legs'}}
      properties: {kind: {const: pet}}
    Legs: {type: integer}
    Loop:
      allOf: [{$ref: '#/components/schemas/Loop'}, {$ref: '#/components/schemas/Named'}]
      properties: {next: {$ref: '#/components/schemas/Loop'}}
    Diamond:
      allOf: [{$ref: '#/components/schemas/Pet'}, {$ref: '#/components/schemas/Named'}]
"""


def load(text: str = COMPONENTS) -> Spec:
    return parse_spec(text.encode(), Path("walk.yaml"), "walk")


def component(spec: Spec, name: str) -> Any:
    return spec.document["components"]["schemas"][name]


def test_parts_come_before_the_schema_holding_them() -> None:
    tree = {"name": "a", "parts": [{"name": "b", "parts": [{"name": "c"}]}, {"name": "d"}]}
    walked = all_of_parts(tree, lambda node: node.get("parts", []))
    assert [node["name"] for node in walked] == ["c", "b", "d", "a"]


def test_own_properties_win_then_later_parts() -> None:
    spec = load()
    properties = declared_properties(component(spec, "Pet"), spec.resolve)
    assert list(properties) == ["name", "kind", "created", "legs"]
    assert properties["kind"] == {"const": "pet"}
    assert properties["legs"] == {"$ref": "#/components/schemas/Legs"}  # as written; Schemas.properties resolves
    assert Schemas(spec).properties({"$ref": "#/components/schemas/Pet"})["legs"] == {"type": "integer"}


def test_a_part_met_again_is_walked_once() -> None:
    spec = load()
    assert set(declared_properties(component(spec, "Loop"), spec.resolve)) == {"name", "kind", "next"}
    parts = list(
        all_of_parts(component(spec, "Diamond"), lambda node: [spec.resolve(p) for p in node.get("allOf", [])])
    )
    assert len(parts) == len({id(part) for part in parts}) == 5  # Named once, though Pet holds it too


def test_a_property_moved_into_an_all_of_part_is_no_change_to_the_diff() -> None:
    before: dict[str, Any] = yaml.safe_load(COMPONENTS)
    schema = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}
    before["paths"] = {"/pets": {"get": {"operationId": "pets", "responses": {"200": {"description": "ok"}}}}}
    response = before["paths"]["/pets"]["get"]["responses"]["200"]
    response["content"] = {"application/json": {"schema": schema}}
    after = yaml.safe_load(yaml.safe_dump(before))
    moved = {"allOf": [{"properties": {"age": {"type": "integer"}}}], "properties": {"name": {"type": "string"}}}
    after["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = moved
    retyped = yaml.safe_load(yaml.safe_dump(after))
    retyped["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["allOf"][0][
        "properties"
    ]["age"] = {"type": "string"}
    assert [c.id for c in diff(load(yaml.safe_dump(before)), load(yaml.safe_dump(after))) if "property" in c.id] == []
    assert "response-property-type-changed" in [
        c.id for c in diff(load(yaml.safe_dump(after)), load(yaml.safe_dump(retyped)))
    ]


def test_subschemas_walk_outer_before_inner_in_keyword_order() -> None:
    schema = {
        "properties": {"a/b": {"items": {"type": "string"}}, "c": True},
        "allOf": [{"not": {}}, {"$ref": "#/x"}],
        "items": {"anyOf": [{"type": "integer"}]},
        "examples": [{"properties": {"no": {}}}],  # data, not a schema
    }
    assert [pointer for pointer, _ in subschemas(schema, "/s")] == [
        "/s",
        "/s/items",
        "/s/items/anyOf/0",
        "/s/allOf/0",
        "/s/allOf/0/not",
        "/s/allOf/1",
        "/s/properties/a~1b",
        "/s/properties/a~1b/items",
    ]


def test_a_schema_rewritten_when_met_has_its_new_children_walked() -> None:
    schema: dict[str, Any] = {"allOf": [{"type": "string"}]}
    walked = []
    for pointer, _ in subschemas(schema, ""):
        walked.append(pointer)
        if pointer == "":
            schema["items"] = schema.pop("allOf")[0]
    assert walked == ["", "/items"]
