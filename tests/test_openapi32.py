"""OpenAPI 3.2: loaded, validated against the 3.2 schema, its new methods are operations, and a 3.1 view keeps
what it says (generator/spec/openapi31_view.py)."""

from __future__ import annotations

import json
from pathlib import Path

from generator import load_spec
from generator.spec import openapi31_view, parse_spec, source_for_tools
from generator.validation import check

from .conftest import FIXTURES, PETSTORE

STREAMS = FIXTURES / "openapi32" / "streams.yaml"
BROKEN = FIXTURES / "openapi32" / "broken_streams.yaml"


def _line(path: Path, line: int | None) -> str:
    assert line is not None
    return path.read_text().splitlines()[line - 1].strip()


def test_a_3_2_spec_validates() -> None:
    spec = load_spec(STREAMS)
    assert spec.openapi_version == "3.2.0" and spec.document["openapi"] == "3.2.0"
    assert check(spec) == []


def test_query_and_additional_operations_are_operations() -> None:
    operations = {(op.method, op.path): op for op in load_spec(STREAMS).operations()}
    assert set(operations) == {("post", "/chat/completions"), ("get", "/logs"), ("query", "/logs"), ("purge", "/logs")}
    assert operations["query", "/logs"].operation_id == "search_logs"
    assert operations["purge", "/logs"].pointer == "/paths/~1logs/additionalOperations/PURGE"


def test_a_broken_3_2_spec_fails_with_file_and_line() -> None:
    errors = [p for p in check(load_spec(BROKEN)) if not p.is_warning]
    by_pointer = {p.pointer: p for p in errors}
    item_schema = "/paths/~1logs/get/responses/200/content/application~1jsonl/itemSchema/type"
    assert set(by_pointer) == {item_schema, "/paths/~1logs/additionalOperations"}
    assert all(p.file == BROKEN and p.rule == "structure" for p in errors)
    assert "itemSchema: {type: lines}" in _line(BROKEN, by_pointer[item_schema].line)
    assert "additionalOperations:" in _line(BROKEN, by_pointer["/paths/~1logs/additionalOperations"].line)


def test_a_tag_parent_must_be_declared_and_not_circular(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    path.write_text(STREAMS.read_text().replace("parent: chat", "parent: chats"))
    (problem,) = check(load_spec(path))
    assert (problem.pointer, problem.rule, problem.is_warning) == ("/tags/1/parent", "tags", False)
    assert _line(path, problem.line) == "parent: chats"
    path.write_text(STREAMS.read_text().replace("    kind: nav\n", "    kind: nav\n    parent: completions\n"))
    assert {p.pointer for p in check(load_spec(path))} == {"/tags/0/parent", "/tags/1/parent"}


def test_the_3_1_view_is_valid_3_1_and_keeps_what_3_2_says() -> None:
    document = load_spec(STREAMS).document
    view = openapi31_view(document)
    assert view["openapi"] == "3.1.0"
    assert check(parse_spec(json.dumps(view).encode(), Path("view.json"))) == []  # valid 3.1
    assert document["openapi"] == "3.2.0" and "query" in document["paths"]["/logs"]  # the spec is untouched
    logs = view["paths"]["/logs"]
    assert logs["x-query"]["operationId"] == "search_logs" and "query" not in logs
    assert list(logs["x-additionalOperations"]) == ["PURGE"]
    assert [(p["name"], p["in"]) for p in logs["get"]["parameters"]] == [("level", "query"), ("since", "query")]
    assert logs["get"]["x-querystring"]["in"] == "querystring"
    jsonl = logs["get"]["responses"]["200"]["content"]["application/jsonl"]
    assert jsonl == {"x-item-schema": {"$ref": "#/components/schemas/LogLine"}}
    assert view["tags"][1] == {
        "name": "completions",
        "description": "Completions of a conversation.",
        "x-summary": "Completions",
        "x-parent": "chat",
    }
    flows = view["components"]["securitySchemes"]["Device"]["flows"]
    assert flows["x-deviceAuthorization"]["deviceAuthorizationUrl"] == "https://streams.example.com/device"
    assert view["x-self"] == "https://streams.example.com/openapi.yaml" and view["servers"][0]["x-name"] == "production"
    assert view["paths"]["/chat/completions"]["post"]["responses"]["200"]["x-summary"] == "A completion"


def test_the_3_1_view_can_give_item_schemas_as_schemas() -> None:
    view = openapi31_view(load_spec(STREAMS).document, item_schemas_as_schema=True)
    content = view["paths"]["/chat/completions"]["post"]["responses"]["200"]["content"]
    assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/Completion"}
    assert content["text/event-stream"]["schema"] == content["text/event-stream"]["x-item-schema"]
    assert content["text/event-stream"]["schema"]["required"] == ["data"]


def test_tools_read_the_file_unless_loading_changed_its_meaning() -> None:
    petstore = load_spec(PETSTORE)
    assert source_for_tools(petstore) == PETSTORE.read_bytes()
    assert openapi31_view(petstore.document) == petstore.document
    streams = json.loads(source_for_tools(load_spec(STREAMS)))
    assert streams["openapi"] == "3.1.0" and "x-query" in streams["paths"]["/logs"]


def test_schemathesis_reads_the_3_1_view() -> None:
    import schemathesis

    schema = schemathesis.openapi.from_dict(openapi31_view(load_spec(STREAMS).document))
    operations = {(result.ok().method, result.ok().path) for result in schema.get_all_operations()}
    assert operations == {("post", "/chat/completions"), ("get", "/logs")}


def test_an_additional_operation_shares_its_path_items_parameters() -> None:
    operations = {op.method: op for op in load_spec(FIXTURES / "openapi32" / "search.yaml").operations()}
    assert operations["lock"].pointer == "/paths/~1shelves~1{shelf}~1books/additionalOperations/LOCK"
    assert operations["lock"].item_pointer == operations["query"].item_pointer == "/paths/~1shelves~1{shelf}~1books"
