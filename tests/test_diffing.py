"""One case per diff rule (old spec -> new spec must fire it, at its level), plus $ref handling and the formats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from generator.diffing import (
    DIFFERENCES,
    OWN_RULES,
    Bump,
    Change,
    Level,
    Report,
    all_rules,
    diff,
    differences_markdown,
    render,
    rules_document,
)
from generator.diffing._keyword_rules import GENERATED
from generator.jobs.cli import app
from generator.spec.loading import Spec, load_spec, parse_spec

from .conftest import PETSTORE

Doc = dict[str, Any]
OK = {"200": {"description": "ok"}}
RULES = {rule.id: rule for rule in all_rules()}


def spec(document: Doc) -> Spec:
    return parse_spec(yaml.safe_dump(document).encode(), Path("inline.yaml"), "inline")


def ids(old: Doc, new: Doc) -> list[str]:
    return [change.id for change in diff(spec(old), spec(new))]


def doc(paths: Doc | None = None, **top: Any) -> Doc:
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1.0.0"}, "paths": paths or {}, **top}


def get(path: str = "/items", **operation: Any) -> Doc:
    return doc({path: {"get": {"operationId": "op", "responses": OK, **operation}}})


def both(post: Doc | None = None) -> Doc:
    """GET and POST /items; ``post`` overrides fields of the POST."""
    ops = {"get": {"operationId": "a", "responses": OK}, "post": {"operationId": "b", "responses": OK, **(post or {})}}
    return doc({"/items": ops})


def q(name: str = "limit", **fields: Any) -> Doc:
    return {"name": name, "in": "query", "schema": {"type": "integer"}, **fields}


def with_param(**fields: Any) -> Doc:
    return get(parameters=[q(**fields)])


def body(schema: Doc, media_type: str = "application/json", **request_body: Any) -> Doc:
    content = {media_type: {"schema": schema}}
    return doc(
        {
            "/items": {
                "post": {"operationId": "op", "requestBody": {"content": content, **request_body}, "responses": OK}
            }
        }
    )


def returning(schema: Doc, media_type: str = "application/json", status: str = "200") -> Doc:
    return get(responses={status: {"description": "ok", "content": {media_type: {"schema": schema}}}})


def deep(properties: Doc) -> Doc:
    """A deepObject query parameter ``filter`` with ``properties``."""
    schema = {"type": "object", "properties": properties}
    return get(parameters=[{"name": "filter", "in": "query", "style": "deepObject", "schema": schema}])


def obj(required: tuple[str, ...] = (), **properties: Doc) -> Doc:
    return {"type": "object", "required": list(required), "properties": properties}


STR: Doc = {"type": "string"}
ENUM_AB: Doc = {"type": "string", "enum": ["a", "b"]}
XML = "application/xml"
INT: Doc = {"type": "integer"}
PAGES: Doc = {"style": "page", "page": "page", "size": "per_page", "items": "data"}
NULLABLE_S: Doc = {"type": ["string", "null"]}


def secured(*alternatives: Doc) -> Doc:
    return get(security=list(alternatives))


def components(kind: str, *names: str) -> Doc:
    return doc(
        components={
            kind: {
                name: {"type": "object"} if kind == "schemas" else {"type": "http", "scheme": "bearer"}
                for name in names
            }
        }
    )


def media(direction: str, *types: str) -> Doc:
    content = {t: {"schema": {"type": "object"}} for t in types}
    if direction == "request":
        return doc({"/items": {"post": {"operationId": "op", "requestBody": {"content": content}, "responses": OK}}})
    return get(responses={"200": {"description": "ok", "content": content}})


def statuses(*codes: str) -> Doc:
    return get(responses={code: {"description": code} for code in codes})


def path_param(name: str) -> Doc:
    param = {"name": name, "in": "path", "required": True, "schema": INT}
    return doc({f"/items/{{{name}}}": {"get": {"operationId": "op", "parameters": [param], "responses": OK}}})


CASES: list[tuple[str, Doc, Doc]] = [
    # endpoints
    ("endpoint-added", doc(), get()),
    ("webhook-added", doc(), doc(webhooks={"pet_created": {"post": {"responses": OK}}})),
    ("webhook-removed", doc(webhooks={"pet_created": {"post": {"responses": OK}}}), doc()),
    ("api-path-removed-without-deprecation", get(), doc()),
    ("api-path-removed-with-deprecation", get(deprecated=True), doc()),
    ("api-removed-without-deprecation", both(), get(operationId="a")),
    ("api-removed-with-deprecation", both({"deprecated": True}), get(operationId="a")),
    ("endpoint-deprecated", get(), get(deprecated=True)),
    ("endpoint-reactivated", get(deprecated=True), get()),
    ("api-operation-id-removed", get(operationId="list_items"), get(operationId="get_items")),
    ("api-tag-removed", get(tags=["items"]), get(tags=["things"])),
    ("api-tag-added", get(tags=["items"]), get(tags=["items", "things"])),
    ("x-pagination-added", get(), get(**{"x-pagination": PAGES})),
    ("x-pagination-removed", get(**{"x-pagination": PAGES}), get()),
    ("x-pagination-changed", get(**{"x-pagination": PAGES}), get(**{"x-pagination": {**PAGES, "size": "limit"}})),
    # security: no requirement is the anonymous alternative, so securing a public endpoint removes it
    ("api-security-removed", secured({"key": []}, {"token": []}), secured({"key": []})),
    ("endpoint-authentication-required", get(), secured({"key": []})),
    ("endpoint-authentication-optional", secured({"key": []}), get()),
    ("api-global-security-added", doc(), doc(security=[{"key": []}])),
    ("api-global-security-removed", doc(security=[{"key": []}]), doc()),
    ("api-security-added", secured({"key": []}), secured({"key": []}, {"token": []})),
    ("api-security-scope-added", secured({"oauth": ["read"]}), secured({"oauth": ["read", "write"]})),
    ("api-security-scope-removed", secured({"oauth": ["read", "write"]}), secured({"oauth": ["read"]})),
    # parameters
    ("new-request-path-parameter", path_param("id"), path_param("item_id")),
    ("new-required-request-parameter", get(), with_param(required=True)),
    ("new-optional-request-parameter", get(), with_param()),
    ("request-parameter-removed", with_param(), get()),
    ("request-parameter-removed-with-deprecation", with_param(deprecated=True), get()),
    ("request-parameter-became-required", with_param(), with_param(required=True)),
    ("request-parameter-became-optional", with_param(required=True), with_param()),
    ("request-parameter-deprecated", with_param(), with_param(deprecated=True)),
    ("request-parameter-type-changed", with_param(schema=STR), with_param()),
    ("request-parameter-property-type-specialized", deep({"id": STR}), deep({"id": INT})),
    ("request-parameter-property-type-changed", deep({"id": INT}), deep({"id": STR})),
    ("request-parameter-property-type-generalized", deep({"id": INT}), deep({"id": {"type": "number"}})),
    ("request-parameter-property-enum-value-removed", deep({"c": ENUM_AB}), deep({"c": {**STR, "enum": ["a"]}})),
    ("request-parameter-became-nullable", with_param(schema=INT), with_param(schema={"type": ["integer", "null"]})),
    (
        "request-parameter-became-not-nullable",
        with_param(schema={"oneOf": [INT, {"type": "null"}]}),  # a nullable wrapper: only the nullability changes
        with_param(schema=INT),
    ),
    ("request-parameter-property-became-nullable", deep({"id": INT}), deep({"id": {**INT, "nullable": True}})),
    ("request-parameter-property-became-not-nullable", deep({"id": {**INT, "nullable": True}}), deep({"id": INT})),
    ("request-parameter-property-enum-value-added", deep({"c": {**STR, "enum": ["a"]}}), deep({"c": ENUM_AB})),
    ("request-parameter-type-generalized", with_param(), with_param(schema={"type": "number"})),
    (
        "request-parameter-enum-value-removed",
        with_param(schema={**STR, "enum": ["a", "b"]}),
        with_param(schema={**STR, "enum": ["a"]}),
    ),
    (
        "request-parameter-enum-value-added",
        with_param(schema={**STR, "enum": ["a"]}),
        with_param(schema={**STR, "enum": ["a", "b"]}),
    ),
    ("request-parameter-became-enum", with_param(schema=STR), with_param(schema={**STR, "enum": ["a"]})),
    # request bodies
    ("request-body-added-required", get(), get(requestBody={"required": True, "content": {"application/json": {}}})),
    ("request-body-added-optional", get(), get(requestBody={"content": {"application/json": {}}})),
    ("request-body-removed", get(requestBody={"content": {"application/json": {}}}), get()),
    ("request-body-became-required", body(STR), body(STR, required=True)),
    ("request-body-became-optional", body(STR, required=True), body(STR)),
    (
        "request-body-media-type-added",
        media("request", "application/json"),
        media("request", "application/json", "text/csv"),
    ),
    (
        "request-body-media-type-removed",
        media("request", "application/json", "text/csv"),
        media("request", "application/json"),
    ),
    ("request-body-type-changed", body(obj()), body({"type": "array", "items": STR})),
    ("request-body-type-generalized", body(INT), body({"type": "number"})),
    # request properties
    ("new-required-request-property", body(obj(a=STR)), body(obj(("b",), a=STR, b=STR))),
    (
        "new-required-request-property-with-default",
        body(obj(a=STR)),
        body(obj(("b",), a=STR, b={**STR, "default": "x"})),
    ),
    ("new-optional-request-property", body(obj(a=STR)), body(obj(a=STR, b=STR))),
    ("request-property-removed", body(obj(a=STR, b=STR)), body(obj(a=STR))),
    ("request-property-became-required", body(obj(a=STR)), body(obj(("a",), a=STR))),
    ("request-property-became-optional", body(obj(("a",), a=STR)), body(obj(a=STR))),
    ("request-property-type-changed", body(obj(a=STR)), body(obj(a=INT))),
    ("request-property-type-generalized", body(obj(a=INT)), body(obj(a={"type": ["integer", "string"]}))),
    (
        "request-property-enum-value-removed",
        body(obj(a={**STR, "enum": ["x", "y"]})),
        body(obj(a={**STR, "enum": ["x"]})),
    ),
    (
        "request-property-enum-value-added",
        body(obj(a={**STR, "enum": ["x"]})),
        body(obj(a={**STR, "enum": ["x", "y"]})),
    ),
    ("request-property-became-enum", body(obj(a=STR)), body(obj(a={**STR, "enum": ["x"]}))),
    ("request-property-became-nullable", body(obj(a=STR)), body(obj(a=NULLABLE_S))),
    ("request-property-became-not-nullable", body(obj(a=NULLABLE_S)), body(obj(a=STR))),
    # responses
    ("response-success-status-removed", statuses("200", "201"), statuses("200")),
    ("response-non-success-status-removed", statuses("200", "404"), statuses("200")),
    ("response-success-status-added", statuses("200"), statuses("200", "202")),
    ("response-non-success-status-added", statuses("200"), statuses("200", "429")),
    (
        "response-media-type-added",
        media("response", "application/json"),
        media("response", "application/json", "text/csv"),
    ),
    (
        "response-media-type-removed",
        media("response", "application/json", "text/csv"),
        media("response", "application/json"),
    ),
    ("response-body-type-changed", returning(obj()), returning({"type": "array", "items": STR})),
    ("response-required-property-added", returning(obj(a=STR)), returning(obj(("b",), a=STR, b=STR))),
    ("response-optional-property-added", returning(obj(a=STR)), returning(obj(a=STR, b=STR))),
    ("response-required-property-removed", returning(obj(("a", "b"), a=STR, b=STR)), returning(obj(("a",), a=STR))),
    ("response-optional-property-removed", returning(obj(a=STR, b=STR)), returning(obj(a=STR))),
    ("response-property-became-optional", returning(obj(("a",), a=STR)), returning(obj(a=STR))),
    ("response-property-became-required", returning(obj(a=STR)), returning(obj(("a",), a=STR))),
    ("response-property-type-changed", returning(obj(a=STR)), returning(obj(a=INT))),
    ("response-property-type-generalized", returning(obj(a=INT)), returning(obj(a={"type": "number"}))),
    ("response-property-type-specialized", returning(obj(a={"type": "number"})), returning(obj(a=INT))),
    ("response-property-type-compatible", returning(obj(a=STR), media_type=XML), returning(obj(a=INT), media_type=XML)),
    ("response-body-type-generalized", returning(INT), returning({"type": "number"})),
    ("response-body-type-specialized", returning({"type": "number"}), returning(INT)),
    ("response-body-type-compatible", returning(STR, media_type=XML), returning(obj(), media_type=XML)),
    ("request-body-type-compatible", body(INT, media_type=XML), body(STR, media_type=XML)),
    ("request-property-type-compatible", body(obj(a=INT), media_type=XML), body(obj(a=STR), media_type=XML)),
    (
        "response-property-enum-value-added",
        returning(obj(a={**STR, "enum": ["x"]})),
        returning(obj(a={**STR, "enum": ["x", "y"]})),
    ),
    (
        "response-property-enum-value-removed",
        returning(obj(a={**STR, "enum": ["x", "y"]})),
        returning(obj(a={**STR, "enum": ["x"]})),
    ),
    ("response-property-became-nullable", returning(obj(a=STR)), returning(obj(a=NULLABLE_S))),
    ("response-property-became-not-nullable", returning(obj(a=NULLABLE_S)), returning(obj(a=STR))),
    ("request-body-became-nullable", body(STR), body(NULLABLE_S)),
    ("request-body-became-not-nullable", body(NULLABLE_S), body(STR)),
    ("response-body-became-nullable", returning(STR), returning(NULLABLE_S)),
    ("response-body-became-not-nullable", returning(NULLABLE_S), returning(STR)),
    # document
    ("api-schema-removed", components("schemas", "Pet", "Owner"), components("schemas", "Pet")),
    ("api-schema-added", components("schemas", "Pet"), components("schemas", "Pet", "Owner")),
    ("api-security-component-removed", components("securitySchemes", "a", "b"), components("securitySchemes", "a")),
    ("api-security-component-added", components("securitySchemes", "a"), components("securitySchemes", "a", "b")),
    ("documentation-changed", get(description="Lists items."), get(description="Lists all items.")),
    ("unclassified-change", doc(servers=[{"url": "https://a.example"}]), doc(servers=[{"url": "https://b.example"}])),
    ("constraint-changed", returning(obj(a=STR)), returning(obj(a={**STR, "maxLength": 5}))),
    (
        "required-request-parameter-default-changed",
        with_param(required=True, schema={"type": "integer", "default": 10}),
        with_param(required=True, schema={"type": "integer", "default": 20}),
    ),
]

# Rules that fire both ways (a change, not an addition or removal).
SYMMETRIC = {
    "api-operation-id-removed",
    "required-request-parameter-default-changed",
    "documentation-changed",
    "unclassified-change",
    "request-parameter-type-changed",
    "request-body-type-changed",
    "request-property-type-changed",
    "response-body-type-changed",
    "response-property-type-changed",
    "x-pagination-changed",
    "api-tag-removed",  # the case swaps one tag for another
    "new-request-path-parameter",  # the case renames the path parameter
}


@pytest.mark.parametrize(("rule_id", "old", "new"), CASES, ids=[case[0] for case in CASES])
def test_rule_fires_at_its_level(rule_id: str, old: Doc, new: Doc) -> None:
    changes = diff(spec(old), spec(new))
    fired = [change for change in changes if change.id == rule_id]
    assert fired, f"{rule_id} did not fire; got {[c.id for c in changes]}"
    assert {change.level for change in fired} == {RULES[rule_id].level}
    assert all(change.message and "{" not in change.message for change in fired)
    if rule_id not in SYMMETRIC:
        assert rule_id not in ids(new, old), "the rule also fires on the reverse change"


def test_every_hand_written_rule_has_a_case_and_there_are_enough() -> None:
    assert {case[0] for case in CASES} == set(RULES) - set(GENERATED)  # tests/test_diffing_keywords.py has the rest
    assert len(RULES) >= 250


def test_rule_ids_are_unique_and_levels_follow_oasdiff_or_are_stricter() -> None:
    rules = all_rules()
    assert len({rule.id for rule in rules}) == len(rules)
    for rule in rules:
        if rule.oasdiff in ("ERR", "WARN"):
            assert rule.level == Level.BREAKING, rule.id  # we never relax what oasdiff calls breaking


def test_identical_specs_have_no_changes() -> None:
    petstore = load_spec(PETSTORE)
    assert diff(petstore, petstore) == []


def _petstore_with(edit: Any) -> Spec:
    document = yaml.safe_load(PETSTORE.read_bytes())
    edit(document)
    return spec(document)


def test_refs_are_resolved_and_reported_where_the_target_lives() -> None:
    def retype_pet_name(document: Doc) -> None:
        document["components"]["schemas"]["Pet"]["properties"]["name"] = {"type": "integer"}

    changes = diff(load_spec(PETSTORE), _petstore_with(retype_pet_name))
    found = {(c.operation, c.id, c.pointer) for c in changes}
    pointer = "/components/schemas/Pet/properties/name"
    assert ("GET /pets/{pet_id}", "response-property-type-changed", pointer) in found
    assert ("POST /pets", "response-property-type-changed", pointer) in found
    assert ("GET /pets", "response-property-type-changed", pointer) in found  # via PetPage.data[] -> Pet
    assert all(c.level == Level.BREAKING for c in changes)


def test_read_only_properties_are_not_part_of_requests() -> None:
    read_only = {"type": "string", "readOnly": True}
    # not a request change; only the fallback notices the schema edit
    assert set(ids(body(obj(a=STR)), body(obj(("id",), a=STR, id=read_only)))) == {"unclassified-change"}
    assert ids(returning(obj(a=STR)), returning(obj(a=STR, id=read_only))) == ["response-optional-property-added"]


def test_renamed_path_template_is_the_same_endpoint() -> None:
    found = ids(path_param("id"), path_param("item_id"))
    assert "endpoint-added" not in found and "api-path-removed-without-deprecation" not in found


def test_recursive_schemas_terminate() -> None:
    node = {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}, "v": STR}}
    old = {**returning({"$ref": "#/components/schemas/Node"}), "components": {"schemas": {"Node": node}}}
    new_node = {**node, "properties": {**node["properties"], "v": INT}}
    new = {**old, "components": {"schemas": {"Node": new_node}}}
    assert "response-property-type-changed" in ids(old, new)


def _with_schemas(document: Doc, **schemas: Doc) -> Doc:
    return {**document, "components": {"schemas": schemas}}


def _ref(name: str) -> Doc:
    return {"$ref": f"#/components/schemas/{name}"}


def test_a_change_behind_unchanged_references_is_found() -> None:
    # A and B refer to each other and are byte-identical in both versions; only C, reached through B, changes
    a, b = obj(b=_ref("B")), obj(a=_ref("A"), c=_ref("C"))
    old = _with_schemas(returning(_ref("A")), A=a, B=b, C=obj(v=STR))
    new = _with_schemas(returning(_ref("A")), A=a, B=b, C=obj(v=INT))
    found = {(c.id, c.pointer) for c in diff(spec(old), spec(new))}
    assert ("response-property-type-changed", "/components/schemas/C/properties/v") in found


def test_a_referenced_parameter_whose_schema_changed_is_compared() -> None:
    limit = {"name": "limit", "in": "query", "schema": {"$ref": "#/components/schemas/Limit"}}
    old, new = (
        {**get(parameters=[{"$ref": "#/components/parameters/limit"}]),
         "components": {"parameters": {"limit": limit}, "schemas": {"Limit": schema}}}
        for schema in (STR, INT)
    )  # fmt: skip
    assert "request-parameter-type-changed" in ids(old, new)


def test_rewording_inside_an_inline_branch_is_documentation() -> None:
    def labels(text: str) -> Doc:
        return {"oneOf": [{**obj(names={**STR, "description": text})}, obj(ids=INT)]}

    assert ids(body(labels("The names.")), body(labels("The label names."))) == ["documentation-changed"]


def test_a_schema_that_becomes_one_branch_of_all_of_keeps_that_branch() -> None:
    extra = obj(flag={"type": "boolean"})
    old = _with_schemas(body(obj(options=_ref("Options"))), Options=obj(mode=STR))
    new = _with_schemas(body(obj(options={"allOf": [_ref("Options"), extra]})), Options=obj(mode=STR))
    changes = [c for c in diff(spec(old), spec(new)) if c.id == "request-property-all-of-added"]
    assert [c.message for c in changes] == ["the request property options: allOf branch (inline) added"]


def test_unquoted_yaml_status_codes_are_compared() -> None:
    old = get(responses={200: {"description": "ok"}, 201: {"description": "created"}})
    assert ids(old, get(responses={200: {"description": "ok"}})) == ["response-success-status-removed"]


def test_a_property_named_description_is_not_documentation() -> None:
    assert ids(returning(obj(description=STR)), returning(obj(description=INT))) == ["response-property-type-changed"]


def test_documentation_only_change_needs_a_patch() -> None:
    def reword(document: Doc) -> None:
        document["paths"]["/pets"]["get"]["summary"] = "List all the pets"
        document["components"]["schemas"]["Pet"]["description"] = "A pet."

    changes = diff(load_spec(PETSTORE), _petstore_with(reword))
    assert [c.id for c in changes] == ["documentation-changed", "documentation-changed"]
    assert _report(changes).suggested_bump == Bump.PATCH
    assert changes[0].operation == "GET /pets" or changes[1].operation == "GET /pets"


def test_unclassified_change_is_kept_when_another_rule_fires() -> None:
    old = doc(servers=[{"url": "https://a.example"}])
    new = {**get(), "servers": [{"url": "https://b.example"}]}
    changes = diff(spec(old), spec(new))
    assert sorted(c.id for c in changes) == ["endpoint-added", "unclassified-change"]
    assert [c.pointer for c in changes if c.id == "unclassified-change"] == ["/servers/0/url"]


def test_a_difference_a_rule_explains_is_not_also_unclassified() -> None:
    old = body(obj(a={**STR, "maxLength": 10}))
    new = body(obj(a={**STR, "maxLength": 5}), required=True)
    assert sorted(ids(old, new)) == ["request-body-became-required", "request-property-max-length-decreased"]


def test_version_change_alone_is_no_change() -> None:
    new = doc()
    new["info"] = {"title": "T", "version": "2.0.0"}
    assert ids(doc(), new) == []


def _report(changes: list[Change]) -> Report:
    return Report("petstore", "petstore-v1.0.0", "working tree", tuple(changes), "1.0.0", "1.1.0")


def _sample_changes() -> list[Change]:
    def edit(document: Doc) -> None:
        del document["paths"]["/pets/{pet_id}"]["delete"]
        document["components"]["schemas"]["Pet"]["properties"]["age"] = {"type": "integer"}
        document["paths"]["/pets"]["get"]["description"] = "Reworded."

    return diff(load_spec(PETSTORE), _petstore_with(edit))


def test_changes_are_ordered_breaking_first_and_stably() -> None:
    changes = _sample_changes()
    assert changes == _sample_changes()
    assert [c.level for c in changes] == sorted((c.level for c in changes), key=[*Level].index)
    assert changes[0].id == "api-removed-without-deprecation"


def test_json_format() -> None:
    data = json.loads(render(_report(_sample_changes()), "json"))
    assert set(data) >= {"api", "base", "head", "changes", "summary", "suggested_bump"}
    assert data["summary"] == {"breaking": 1, "non_breaking": 3, "info": 1}
    assert data["suggested_bump"] == "major"
    assert set(data["changes"][0]) == {"id", "level", "operation", "pointer", "message"}
    assert data["changes"][0] == {
        "id": "api-removed-without-deprecation",
        "level": "breaking",
        "operation": "DELETE /pets/{pet_id}",
        "pointer": "/paths/~1pets~1{pet_id}/delete",
        "message": "api removed without deprecation",
    }


def test_text_format() -> None:
    text = render(_report(_sample_changes()), "text")
    assert (
        "breaking     DELETE /pets/{pet_id}: api removed without deprecation  [api-removed-without-deprecation]" in text
    )
    assert text.rstrip().endswith("1 breaking, 3 non-breaking, 1 info; suggested bump: major")


def test_markdown_format() -> None:
    markdown = render(_report(_sample_changes()), "markdown")
    assert markdown.startswith("# `petstore`: petstore-v1.0.0 → working tree")
    sections = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert sections == [
        "## Breaking changes",
        "## New features and compatible changes",
        "## Documentation and other changes",
    ]
    expected = (
        "- **`DELETE /pets/{pet_id}`**\n"
        "  - api removed without deprecation (`api-removed-without-deprecation`) at `/paths/~1pets~1{pet_id}/delete`\n"
    )
    assert expected in markdown
    assert "{" not in markdown.replace("{pet_id}", "")  # no raw dicts


def test_no_changes_render() -> None:
    report = _report([])
    assert "no changes" in render(report, "text")
    assert report.suggested_bump == Bump.NONE
    assert json.loads(render(report, "json"))["changes"] == []


def test_deliberate_differences_are_documented_and_cover_every_departure() -> None:
    documented = (Path(__file__).parents[1] / "docs" / "diff-rules.md").read_text()
    assert documented == rules_document()
    assert differences_markdown() in documented
    assert {rule.id for rule in all_rules() if rule.oasdiff is None} == set(OWN_RULES)
    for rule in all_rules():
        if rule.oasdiff is not None and rule.id not in DIFFERENCES:
            assert (rule.level == Level.BREAKING) == (rule.oasdiff in ("ERR", "WARN")), rule.id


def test_unclassified_change_inside_an_operation_another_rule_touches_is_kept() -> None:
    old = get()
    new = get(deprecated=True, servers=[{"url": "https://b.example"}])
    changes = diff(spec(old), spec(new))
    assert sorted(c.id for c in changes) == ["endpoint-deprecated", "unclassified-change"]
    assert [c.pointer for c in changes if c.id == "unclassified-change"] == ["/paths/~1items/get/servers"]


def _write_versions(folder: Path) -> tuple[Path, Path]:
    """Version 1 as OpenAPI 3.0 JSON (``nullable``), version 2 as 3.1 YAML without the nullable name."""
    name_30 = {"type": "string", "nullable": True}
    old = {**body(obj(name=name_30)), "openapi": "3.0.3"}
    new = body(obj(name=STR))
    (folder / "v1.json").write_text(json.dumps(old))
    (folder / "v2.yaml").write_text(yaml.safe_dump(new))
    return folder / "v1.json", folder / "v2.yaml"


def test_cli_diff_compares_two_files_without_a_project(tmp_path: Path) -> None:
    old, new = _write_versions(tmp_path)
    result = CliRunner().invoke(app, ["diff", str(old), str(new), "--format", "json"], env={"APIGEN_ROOT": "/nowhere"})
    assert result.exit_code == 1, result.output  # a breaking change
    data = json.loads(result.stdout)
    assert (data["api"], data["base"], data["head"]) == ("v2", str(old), str(new))
    assert [c["id"] for c in data["changes"]] == ["request-property-became-not-nullable"]
    assert CliRunner().invoke(app, ["diff", str(new), str(new)]).exit_code == 0


def test_cli_diff_takes_one_api_or_two_files(tmp_path: Path) -> None:
    old, new = _write_versions(tmp_path)
    assert CliRunner().invoke(app, ["diff", str(old), str(new), "--base", "HEAD"]).exit_code == 2
    assert CliRunner().invoke(app, ["diff", str(old), str(new), str(new)]).exit_code == 2
    missing = CliRunner().invoke(app, ["diff", str(tmp_path / "v0.json"), str(new)])
    assert missing.exit_code == 2 and "cannot read spec" in missing.output


def _streaming(item: Doc) -> Doc:
    content = {"application/jsonl": {"itemSchema": item}}
    return get(responses={"200": {"description": "ok", "content": content}})


def test_an_item_schema_change_is_classified_like_a_body_change() -> None:
    old = _streaming(obj(("level",), level=STR))
    assert ids(old, _streaming(obj(("level",), level={"type": "integer"}))) == ["response-property-type-changed"]
    assert ids(old, _streaming(obj((), level=STR))) == ["response-property-became-optional"]
    assert ids(old, old) == []


def test_a_required_parameters_default_change_breaks_nothing() -> None:
    """oasdiff reports no default change for a required parameter: the client always sends a value."""

    def required(default: int, location: str) -> Doc:
        parameter = {**q(schema={"type": "integer", "default": default}), "in": location, "required": True}
        return get("/items/{limit}" if location == "path" else "/items", parameters=[parameter])

    for location in ("query", "path"):
        found = diff(spec(required(1, location)), spec(required(2, location)))
        assert [(c.id, c.level) for c in found] == [("required-request-parameter-default-changed", Level.INFO)]
    optional = [with_param(schema={"type": "integer", "default": n}) for n in (1, 2)]
    assert "request-parameter-default-value-changed" in ids(*optional)


def test_max_items_lowered_on_a_parameter_typed_by_content_is_breaking() -> None:
    def param(max_items: int) -> Doc:
        schema = {"type": "array", "items": STR, "maxItems": max_items}
        return get(parameters=[{"name": "ids", "in": "query", "content": {"application/json": {"schema": schema}}}])

    found = diff(spec(param(10)), spec(param(5)))
    assert [c.id for c in found] == ["request-parameter-max-items-decreased"]
    assert found[0].level == Level.BREAKING
