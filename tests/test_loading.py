from __future__ import annotations

from pathlib import Path

import pytest

from generator import SpecError, UsageError, load_spec

from .conftest import PETSTORE


def test_line_index_points_at_keys() -> None:
    spec = load_spec(PETSTORE)
    lines = PETSTORE.read_text().splitlines()
    line = spec.line_of("/paths/~1pets~1{pet_id}/delete")
    assert line is not None
    assert lines[line - 1].strip() == "delete:"


def test_line_of_unknown_pointer_falls_back_to_ancestor() -> None:
    spec = load_spec(PETSTORE)
    assert spec.line_of("/paths/~1pets/get/nothing/here") == spec.line_of("/paths/~1pets/get")


def test_resolve_follows_refs() -> None:
    spec = load_spec(PETSTORE)
    resolved = spec.resolve({"$ref": "#/components/responses/NotFound"})
    assert resolved["description"] == "No such pet."


def test_operations_and_names() -> None:
    spec = load_spec(PETSTORE)
    assert [op.operation_id for op in spec.operations()] == [
        "list_pets",
        "create_pet",
        "get_pet",
        "delete_pet",
        "get_pet_photo",
    ]
    assert (spec.name, spec.package_name, spec.project_name) == ("petstore", "petstore_client", "petstore-client")


def test_anchor_finds_relative_schema_pointer() -> None:
    spec = load_spec(PETSTORE)
    assert spec.anchor("/properties/page/type") == "/components/schemas/PetPage/properties/page/type"


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read spec"):
        load_spec(tmp_path / "nope.yaml")


def test_invalid_yaml_names_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("openapi: 3.1.0\ninfo: [unclosed\n")
    with pytest.raises(SpecError) as info:
        load_spec(path)
    (problem,) = info.value.problems
    assert problem.rule == "yaml" and problem.line == 3 and problem.file == path
