from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator import SpecError, UsageError, load_spec
from generator.spec.loading import parse_spec

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


def test_yaml_is_read_with_1_2_semantics(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\nx-when: 2024-02-01T09:00:00Z\nx-flag: yes\n"
        "paths: {}\nx-codes: {200: ok}\n"
    )
    document = load_spec(path).document
    assert document["x-when"] == "2024-02-01T09:00:00Z"
    assert document["x-flag"] == "yes"
    assert document["x-codes"] == {"200": "ok"}


def test_json_spec_loads_and_locates_lines_lazily(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(
        '{\n  "openapi": "3.0.3",\n  "info": {"title": "t", "version": "1"},\n  "paths": {\n'
        '    "/a/{id}": {\n      "get": {"responses": {"200": {"description": "ok"}}}\n    }\n  }\n}\n'
    )
    spec = load_spec(path)
    assert spec.openapi_version == "3.0.3" and spec.document["openapi"] == "3.1.0"
    assert spec.line_of("/paths/~1a~1{id}/get/responses/200") == 6
    assert spec.line_of("/info/title") == 3


@pytest.mark.parametrize("chunk", [1, 40, 1 << 20])
def test_json_line_index_survives_awkward_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """A colon lines below its key, brackets and commas inside strings, escaped keys, nested and empty arrays:
    each pointer gets the line its key (or, in an array, the bracket or comma before the element) is on, however
    the text is cut into chunks for the scanner."""
    monkeypatch.setattr("generator.spec._json_lines._CHUNK", chunk)
    path = tmp_path / "odd.json"
    path.write_text(
        '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "x-a"\n'
        "  :\n"
        ' [1, "x,{[", {"b\\"/~c": [ ]\n'
        ' , "d": 2, "e" : "q"}]\n'
        ",\n"
        '"x-f": {"g": "\\u00e9", "h\\u00e9": [[1,\n'
        '2], {}]}, "paths": {}}\n'
    )
    spec = load_spec(path)
    expected = {
        "/x-a": 1,
        "/x-a/0": 3,
        "/x-a/1": 3,
        "/x-a/2": 3,
        '/x-a/2/b"~1~0c': 3,
        '/x-a/2/b"~1~0c/0': 3,
        "/x-a/2/d": 4,
        "/x-a/2/e": 4,
        "/x-f": 6,
        "/x-f/g": 6,
        "/x-f/h\u00e9": 6,
        "/x-f/h\u00e9/0/1": 6,
        "/x-f/h\u00e9/1": 7,
        "/paths": 7,
    }
    assert {pointer: spec.lines.get(pointer) for pointer in expected} == expected  # no fallback to an ancestor


def test_json_duplicate_key_is_named_with_line(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text('{"openapi": "3.1.0",\n "info": {"title": "a",\n  "title": "b"}}')
    with pytest.raises(SpecError) as info:
        load_spec(path)
    (problem,) = info.value.problems
    assert (problem.line, problem.pointer, problem.rule) == (3, "/info/title", "json")


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"openapi": "3.1.0",\n "info": }')
    with pytest.raises(SpecError) as info:
        load_spec(path)
    (problem,) = info.value.problems
    assert problem.line == 2 and "column 10" in problem.message


def test_swagger_2_is_refused_with_how_to_convert(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text('swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n')
    with pytest.raises(SpecError, match="swagger2openapi"):
        load_spec(path)


@pytest.mark.parametrize(
    ("name", "package", "project", "env"),
    [
        ("My-API", "my_api_client", "my-api-client", "MY_API"),
        ("3scale.v2", "api_3scale_v2_client", "api-3scale-v2-client", "API_3SCALE_V2"),
    ],
)
def test_api_names_become_importable_names(tmp_path: Path, name: str, package: str, project: str, env: str) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n")
    spec = load_spec(path)
    assert (spec.package_name, spec.project_name, spec.env_prefix) == (package, project, env)
    assert spec.package_name.isidentifier()


def test_an_api_name_without_letters_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "--.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n")
    with pytest.raises(UsageError, match="no letters or digits"):
        load_spec(path)


def test_a_yaml_flow_mapping_is_yaml_even_when_it_starts_like_json(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    path.write_text("{openapi: 3.1.0, info: {title: t, version: 1.0.0}, paths: {}}\n")
    assert load_spec(path).document["info"]["title"] == "t"


def test_a_document_copy_is_equal_independent_and_keeps_shared_parts(tmp_path: Path) -> None:
    spec = parse_spec(b'{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}', tmp_path / "a.json")
    shared = {"type": "string"}
    spec.document["components"] = {"schemas": {"A": shared, "B": shared}}  # type: ignore[index]
    copied = spec.document_copy()
    assert copied == spec.document
    copied["components"]["schemas"]["A"]["type"] = "integer"
    assert shared == {"type": "string"}  # the spec's own document is untouched
    assert copied["components"]["schemas"]["B"]["type"] == "integer"  # shared in the original, shared in the copy


def test_a_document_copy_holding_what_marshal_cannot_copy_is_still_a_deep_copy(tmp_path: Path) -> None:
    """A document is plain data as our loaders read it; one built in code may hold anything (a date, say)."""
    spec = parse_spec(b'{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}', tmp_path / "a.json")
    spec.document["info"]["x-released"] = datetime.date(2024, 1, 2)  # type: ignore[index]
    copied = spec.document_copy()
    assert copied == spec.document and copied["info"] is not spec.document["info"]
    assert copied["info"]["x-released"] == datetime.date(2024, 1, 2)
