"""generator.spec.discriminators: the tag naming each branch, and branches whose own schema forbids it."""

from __future__ import annotations

import json
from pathlib import Path

from generator.spec.discriminators import branch_tag, contradictions, tag_literals
from generator.spec.loading import parse_spec

DOCUMENT = {
    "openapi": "3.0.3",
    "info": {"title": "Pets", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Kind": {"type": "string", "enum": ["cat", "dog"]},
            "Base": {"type": "object", "properties": {"kind": {"$ref": "#/components/schemas/Kind"}}},
            "Cat": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"kind": {"enum": ["cat"]}}}]},
            "Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
            "Bird": {"type": "object", "properties": {"kind": {"const": "Bird"}}},
            "Pet": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                    {"$ref": "#/components/schemas/Bird"},
                ],
                "discriminator": {"propertyName": "kind", "mapping": {"doggo": "Dog"}},
            },
        }
    },
}


def test_a_branch_is_named_by_its_mapping_key_else_its_schema_name() -> None:
    discriminator = DOCUMENT["components"]["schemas"]["Pet"]["discriminator"]  # type: ignore[index]
    assert branch_tag(discriminator, {"$ref": "#/components/schemas/Dog"}) == "doggo"  # a bare schema name
    assert branch_tag(discriminator, {"$ref": "#/components/schemas/Cat"}) == "Cat"
    assert branch_tag(discriminator, {"$ref": "#/components/schemas/A%20B"}) == "A B"  # percent-decoded
    assert branch_tag(discriminator, {"type": "object"}) is None


def test_the_values_a_branch_allows_are_read_through_refs_and_all_of() -> None:
    spec = parse_spec(json.dumps(DOCUMENT).encode(), Path("pets.json"))
    assert tag_literals(spec, {"$ref": "#/components/schemas/Cat"}, "kind") == {"cat"}  # enum [cat, dog] & [cat]
    assert tag_literals(spec, {"$ref": "#/components/schemas/Base"}, "kind") == {"cat", "dog"}
    assert tag_literals(spec, {"$ref": "#/components/schemas/Dog"}, "kind") is None  # any string


def test_only_branches_whose_schema_forbids_their_tag_are_contradictions() -> None:
    spec = parse_spec(json.dumps(DOCUMENT).encode(), Path("pets.json"))
    found = list(contradictions(spec))
    assert [(pointer, name, c.branch, c.tag, c.allowed) for pointer, name, c in found] == [
        ("/components/schemas/Pet", "kind", "#/components/schemas/Cat", "Cat", ("cat",))
    ]
    assert "'cat'" in found[0][2].message("kind")
