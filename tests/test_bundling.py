"""Multi-file specs: a folder whose openapi.yaml refers to other files is loaded as one bundled document."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import SpecError, load_spec
from generator.spec import Project
from generator.validation import check

from .conftest import FIXTURES, PETSTORE

SHOP = FIXTURES / "multifile" / "shop"
DIGITALOCEAN = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "flagship" / "digitalocean"


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    folder = tmp_path / "specs" / "shop"
    shutil.copytree(SHOP, folder)
    return folder


def _line_text(path: Path, line: int | None) -> str:
    assert line is not None
    return path.read_text().splitlines()[line - 1].strip()


def test_a_folder_with_a_root_file_is_one_api(shop: Path) -> None:
    shutil.copy(PETSTORE, shop.parent / "petstore.yaml")
    (shop.parent / "pieces").mkdir()  # a folder without openapi.yaml holds pieces, it is no API
    (shop.parent / "pieces" / "thing.yaml").write_text("type: object\n")
    project = Project(shop.parent.parent)
    assert project.api_names() == ["petstore", "shop"]
    assert project.spec_path("shop") == shop / "openapi.yaml"
    assert project.load("shop").name == "shop"


def test_a_folder_and_a_file_for_one_api_are_refused(shop: Path) -> None:
    shutil.copy(PETSTORE, shop.parent / "shop.yaml")
    with pytest.raises(Exception, match="two specs for API 'shop'"):
        Project(shop.parent.parent).api_names()


def test_pieces_are_placed_under_components_once() -> None:
    spec = load_spec(SHOP)
    components = spec.document["components"]
    assert list(components["parameters"]) == ["limit"]
    assert list(components["headers"]) == ["ratelimit-limit"]
    # two files called error.yml: the second is named after its folder
    assert set(components["responses"]) == {"items_all", "error", "orders_error"}
    responses = spec.document["paths"]["/items"]["get"]["responses"]
    assert responses["404"] == responses["default"] == {"$ref": "#/components/responses/error"}
    # the root's own component names the file: every other use refers to it, no copy under another name
    assert "item" not in components["schemas"]
    item = spec.document["paths"]["/items/{item_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert item["schema"] == {"$ref": "#/components/schemas/Item"}
    assert components["schemas"]["Item"]["required"] == ["id", "name"]
    # a fragment inside a file that refers to its own document (#/components/schemas/Line)
    assert components["schemas"]["Order"]["properties"]["lines"]["items"] == {"$ref": "#/components/schemas/Line"}
    assert components["schemas"]["tree"]["properties"]["children"]["items"] == {"$ref": "#/components/schemas/tree"}


def test_what_no_section_can_name_is_inlined() -> None:
    spec = load_spec(SHOP)
    assert spec.document["tags"][0]["description"] == "Things the shop sells.\n"
    operation = spec.document["paths"]["/items"]["get"]
    assert operation["operationId"] == "items_list"
    assert operation["x-codeSamples"] == [{"lang": "cURL", "source": "curl https://shop.example/items"}]
    assert [op.operation_id for op in spec.operations()] == ["items_list", "items_get", "orders_list"]
    page = spec.at("/components/responses/items_all/content/application~1json/example")
    assert page == {"items": [{"id": 1, "name": "pen"}]}


def test_the_bundle_validates_and_is_what_tools_read() -> None:
    spec = load_spec(SHOP)
    assert [p for p in check(spec) if not p.is_warning] == []
    assert b'"items_all"' in spec.source  # Schemathesis and the mock's /openapi.yaml read the bundle
    assert SHOP / "shared" / "headers.yml" in spec.files


def test_every_pointer_names_the_file_and_line_of_its_piece() -> None:
    spec = load_spec(SHOP)
    file, line = spec.locate("/components/headers/ratelimit-limit/schema/type")
    assert file == SHOP / "shared" / "headers.yml" and _line_text(file, line) == "type: integer"
    file, line = spec.locate("/paths/~1items~1{item_id}/get/operationId")
    assert file == SHOP / "resources" / "items" / "item_path.yml" and _line_text(file, line) == "operationId: items_get"
    file, line = spec.locate("/paths/~1items/get/parameters/0")
    assert file == SHOP / "resources" / "items" / "items_list.yml"
    assert _line_text(file, line) == '- $ref: "../../shared/parameters.yml#/limit"'
    assert spec.locate("/info/title") == (SHOP / "openapi.yaml", 3)


def test_validation_messages_name_the_piece_file(shop: Path) -> None:
    item = shop / "resources" / "items" / "models" / "item.yml"
    item.write_text(item.read_text().replace("type: integer", "type: integr"))
    problems = [p for p in check(load_spec(shop)) if not p.is_warning]
    assert problems and {p.file for p in problems} == {item}
    assert all(p.pointer.startswith("/components/schemas/Item/properties/id") for p in problems)
    assert _line_text(item, problems[0].line) == "type: integr"


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("https://example.com/shared.yml#/limit", "remote references are not supported"),
        ("../../shared/nothing.yml#/limit", "cannot read"),
        ("../../shared/parameters.yml#/offset", "points to nothing"),
        ("../../shared/parameters.yml#limit", "points to nothing"),
    ],
)
def test_a_reference_that_leads_nowhere_is_a_located_error(shop: Path, ref: str, message: str) -> None:
    listing = shop / "resources" / "items" / "items_list.yml"
    listing.write_text(listing.read_text().replace("../../shared/parameters.yml#/limit", ref))
    with pytest.raises(SpecError) as info:
        load_spec(shop)
    (problem,) = info.value.problems
    assert message in problem.message and problem.rule == "ref"
    assert problem.file == listing and problem.pointer == "/parameters/0/$ref"
    assert _line_text(listing, problem.line) == f'- $ref: "{ref}"'


def test_bad_yaml_in_a_piece_names_that_file(shop: Path) -> None:
    headers = shop / "shared" / "headers.yml"
    headers.write_text("ratelimit-limit: [unclosed\n")
    with pytest.raises(SpecError) as info:
        load_spec(shop)
    assert [p.file for p in info.value.problems] == [headers]


def test_a_piece_that_includes_itself_inline_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\nx-loop: {$ref: loop.yml}\n"
    )
    (tmp_path / "loop.yml").write_text("again: {$ref: loop.yml}\n")
    with pytest.raises(SpecError, match="includes itself"):
        load_spec(tmp_path)


def test_a_json_root_is_bundled_and_located(tmp_path: Path) -> None:
    (tmp_path / "openapi.json").write_text(
        '{"openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0"},\n "paths": {"/a": {"get": {\n'
        '  "responses": {"200": {"$ref": "ok.json"}}}}}}\n'
    )
    (tmp_path / "ok.json").write_text('{\n  "description": "ok",\n  "content": {"text/plain": {}}\n}\n')
    spec = load_spec(tmp_path)
    assert spec.document["components"]["responses"]["ok"]["description"] == "ok"
    assert spec.locate("/components/responses/ok/content") == (tmp_path / "ok.json", 3)


def test_single_file_specs_are_not_bundled() -> None:
    spec = load_spec(PETSTORE)
    assert spec.origins is None and spec.source == PETSTORE.read_bytes()


@pytest.mark.skipif(not DIGITALOCEAN.is_dir(), reason="the shared flagship corpus is not on this machine")
def test_digitalocean_as_published_loads_and_validates() -> None:
    spec = load_spec(DIGITALOCEAN)
    assert spec.name == "digitalocean"
    assert sum(1 for _ in spec.operations()) == 659
    problems = check(spec)
    assert [p for p in problems if not p.is_warning] == []
    assert all(p.line is not None and p.file.is_file() for p in problems)


def test_a_piece_referring_back_into_the_root_gets_a_local_reference(shop: Path) -> None:
    orders = shop / "resources" / "orders" / "orders_list.yml"
    orders.write_text(
        orders.read_text().replace(
            "../../shared/schemas.yml#/components/schemas/Order", "../../openapi.yaml#/components/schemas/Item"
        )
    )
    spec = load_spec(shop.parent / "." / "shop" / "openapi.yaml")
    content = spec.document["paths"]["/orders"]["get"]["responses"]["200"]["content"]["application/json"]
    assert content["schema"] == {"$ref": "#/components/schemas/Item"}


def test_a_discriminator_mapping_names_the_bundled_schemas_its_branches_refer_to(tmp_path: Path) -> None:
    """DigitalOcean's record types: ``mapping: {A: models/records.yml#/record_a}`` stayed a file path that names
    nothing in the bundle, so readers could not tell which branch a tag names (Schemathesis pinned the schema name
    as the tag instead, and judged every valid record invalid)."""
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths:\n  /records:\n    post:\n"
        "      requestBody:\n        content:\n          application/json:\n            schema:\n"
        "              {$ref: resources/create.yml}\n      responses: {'201': {description: made}}\n"
        "components:\n  schemas:\n    Local: {type: object}\n"
    )
    (tmp_path / "resources").mkdir()
    (tmp_path / "models").mkdir()
    (tmp_path / "resources" / "create.yml").write_text(
        "oneOf:\n  - $ref: ../models/records.yml#/record_a\n  - $ref: ../models/records.yml#/record_mx\n"
        "  - $ref: ../openapi.yaml#/components/schemas/Local\n"
        "discriminator:\n  propertyName: type\n  mapping:\n    A: ../models/records.yml#/record_a\n"
        "    MX: ../models/records.yml#/record_mx\n    LOCAL: ../openapi.yaml#/components/schemas/Local\n"
        "    NAMED: Local\n    GONE: ../models/missing.yml#/record\n"
    )
    (tmp_path / "models" / "records.yml").write_text(
        "record_a: {type: object, properties: {type: {type: string}}}\n"
        "record_mx: {type: object, properties: {type: {type: string}, priority: {type: integer}}}\n"
    )
    spec = load_spec(tmp_path)
    schema = spec.document["components"]["schemas"]["create"]
    branches = [branch["$ref"] for branch in schema["oneOf"]]
    assert branches == ["#/components/schemas/record_a", "#/components/schemas/record_mx", "#/components/schemas/Local"]
    assert schema["discriminator"]["mapping"] == {
        "A": branches[0],
        "MX": branches[1],
        "LOCAL": branches[2],
        "NAMED": "Local",  # a schema name, not a reference
        "GONE": "../models/missing.yml#/record",  # names nothing: left as written
    }
