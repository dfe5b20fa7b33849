"""The mock on valid OpenAPI 3.1 constructs vendors use (one fixture spec each in tests/fixtures/mock/).

Each fixture is fuzzed in-process by Schemathesis (no 5xx, responses conform, valid data accepted), then
the construct's own behaviour is checked request by request.
"""

from __future__ import annotations

import asyncio
import json
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
import yaml
from schemathesis.checks import not_a_server_error, positive_data_acceptance
from schemathesis.specs.openapi.checks import response_schema_conformance

from generator.mocking import create_app
from generator.mocking._generation import Generator
from generator.mocking._responses import TINY_PNG
from generator.spec.json_schema import FORMAT_CHECKER, Validator, schema_ref, spec_registry
from generator.spec.loading import Spec, load_spec, parse_spec
from generator.spec.schemas import Schemas

from .conftest import FIXTURES

MOCK_FIXTURES = FIXTURES / "mock"
CHECKS = [not_a_server_error, response_schema_conformance, positive_data_acceptance]


def load(name: str) -> Spec:
    return load_spec(MOCK_FIXTURES / f"{name}.yaml")


class MockClient:
    """A synchronous client of a mock app over ``httpx.ASGITransport`` (no socket; app errors propagate)."""

    def __init__(self, app: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock")

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", url, **kwargs)

    def __enter__(self) -> MockClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


@pytest.fixture
def client(request: pytest.FixtureRequest) -> Iterator[MockClient]:
    """An in-process client of the mock of the fixture named by ``@pytest.mark.parametrize('client', [name])``."""
    with MockClient(create_app(load(request.param), raise_errors=True)) as test_client:
        yield test_client


def conforms(spec: Spec, pointer: str, value: Any) -> bool:
    """An independent check of ``value`` against the schema at ``pointer`` (not the mock's validators)."""
    validator = Validator(schema_ref(pointer), registry=spec_registry(spec), format_checker=FORMAT_CHECKER)
    return bool(validator.is_valid(value))


# ---------------------------------------------------------------- every fixture, fuzzed


@pytest.mark.parametrize("path", sorted(MOCK_FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_schemathesis_finds_no_server_error_nor_rejected_valid_data(path: Path) -> None:
    app = create_app(load_spec(path))  # raise_errors off: a bug would be a 500, which the checks catch
    schema = schemathesis.openapi.from_asgi("/_mock/openapi.json", app)
    failures: list[str] = []
    for result in schema.get_all_operations():
        failures += _fuzz(result.ok())  # type: ignore[union-attr]  # a valid fixture has no Err results
    assert not failures, "\n".join(failures[:5])


def _fuzz(operation: Any) -> list[str]:
    failures: list[str] = []

    @hypothesis.given(case=operation.as_strategy())
    @hypothesis.settings(
        max_examples=12,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(hypothesis.HealthCheck),
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
    )
    def check(case: Any) -> None:
        response = case.call()
        try:
            case.validate_response(response, checks=CHECKS)
        except BaseException as exc:  # Schemathesis raises a FailureGroup, an exception group
            failures.append(f"{operation.label}: {response.status_code} {str(exc)[:300]}")

    check()
    return failures


# ---------------------------------------------------------------- one construct each


@pytest.mark.parametrize("client", ["type_arrays"], indirect=True)
def test_type_arrays_in_parameters_and_bodies(client: MockClient) -> None:
    created = client.post("/things", json={"name": None, "size": "large", "label": None, "tags": [1, "a"]})
    assert created.status_code == 201, created.text
    assert client.post("/things", json={"name": "x", "size": 1.5, "label": None}).status_code == 422
    found = client.get("/things/abc", params={"tag": "", "limit": "5", "ids": "1,b"})
    assert found.status_code == 200, found.text
    assert client.get("/things/7", params={"limit": "0"}).status_code == 422


@pytest.mark.parametrize("client", ["ref_chains"], indirect=True)
def test_references_to_references_everywhere(client: MockClient) -> None:
    listed = client.get("/pets")  # a $ref'd path item, example and header through alias chains
    assert listed.status_code == 200 and listed.json() == [{"id": 7, "name": "Rex"}]
    assert listed.headers["x-rate"] == "1"
    assert listed.headers["content-length"] == str(len(listed.content)) and "content-encoding" not in listed.headers
    created = client.post("/pets", json={"name": "Ada"})  # requestBodies and responses aliases
    assert created.status_code == 201 and created.json()["name"] == "Ada"
    assert client.post("/pets", json={"name": ""}).status_code == 422
    assert client.get("/pets/3", params={"verbose": "true"}).status_code == 200
    assert client.get("/pets/0").status_code == 404  # parameter alias -> schema alias: minimum 1


@pytest.mark.parametrize("client", ["non_json_bodies"], indirect=True)
def test_non_json_request_bodies_are_accepted(client: MockClient) -> None:
    xml = b"<doc><title>Report</title><pages>3</pages></doc>"
    for content_type, content in [
        ("application/xml", xml),
        ("application/octet-stream", bytes(range(256))),
        ("text/plain; charset=utf-8", b"short note"),
        ("image/png", TINY_PNG),
        ("application/vnd.acme.document", b"\x00\x01 anything"),
    ]:
        response = client.post("/documents", content=content, headers={"content-type": content_type})
        assert response.status_code == 201, (content_type, response.text)
    too_long = client.post("/documents", content=b"x" * 101, headers={"content-type": "text/plain"})
    assert too_long.status_code == 400  # a string schema for text is checked; 400 is what the operation declares
    anything = client.put("/documents/any", content=b"--x\r\n", headers={"content-type": "multipart/form-data"})
    assert anything.status_code == 204  # */* takes the bytes as they come


@pytest.mark.parametrize("client", ["non_json_bodies"], indirect=True)
def test_non_json_responses_are_served_in_their_media_type(client: MockClient) -> None:
    stored = client.post("/documents", content=b"<doc/>", headers={"content-type": "application/xml"})
    assert stored.headers["content-type"].startswith("application/xml")
    document = ElementTree.fromstring(stored.content)
    assert document.tag == "doc" and document.find("title") is not None  # generated data, as XML
    raw = client.get("/documents/raw")
    assert raw.headers["content-type"] == "application/octet-stream" and raw.content
    assert client.get("/documents/text").text == "hello"
    csv = client.get("/documents/text", headers={"accept": "text/csv"})
    assert csv.headers["content-type"].startswith("text/csv") and csv.text
    assert client.get("/documents/picture").content == TINY_PNG
    assert client.get("/documents/picture", headers={"accept": "image/jpeg"}).content
    pdf = client.get("/documents/xml", headers={"accept": "application/pdf"})
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content


@pytest.mark.parametrize("client", ["multipart_objects"], indirect=True)
def test_multipart_object_and_array_parts_are_json_decoded(client: MockClient) -> None:
    upload = {"file": ("a.bin", b"\x00\x01")}
    meta = json.dumps({"name": "a", "size": 2})
    as_field = client.post("/uploads", files=upload, data={"meta": meta, "count": "3", "flag": "true"})
    assert as_field.status_code == 201, as_field.text
    as_file = client.post("/uploads", files={**upload, "meta": ("meta.json", meta.encode(), "application/json")})
    assert as_file.status_code == 201, as_file.text
    arrays = {"meta": meta, "tags": ["x", "y"], "points": json.dumps([{"x": 1.5}])}
    assert client.post("/uploads", files=upload, data=arrays).status_code == 201
    nameless = client.post("/uploads", files=upload, data={"meta": json.dumps({"size": 2})})
    assert nameless.status_code == 422 and "'name' is a required property" in nameless.headers["x-mock-violations"]
    assert client.post("/uploads", files=upload, data={"meta": "{not json"}).status_code == 422


@pytest.mark.parametrize("client", ["form_urlencoded"], indirect=True)
def test_form_bodies_are_coerced_to_the_schema_types(client: MockClient) -> None:
    form = {"quantity": "3", "express": "true", "price": "9.5", "note": "", "items": ["1", "2"], "code": "abc"}
    created = client.post("/orders", data=form)
    assert created.status_code == 201, created.text
    assert client.post("/orders", data={**form, "code": "12"}).status_code == 201  # oneOf: only the integer
    assert client.post("/orders", data={**form, "quantity": "0"}).status_code == 422
    assert client.post("/orders", data={**form, "express": "maybe"}).status_code == 422
    assert client.post("/orders", data={**form, "items": "x"}).status_code == 422


@pytest.mark.parametrize("client", ["composition"], indirect=True)
def test_one_of_data_matching_one_branch_is_accepted(client: MockClient) -> None:
    circle = client.post("/shapes", json={"kind": "circle", "radius": 2})
    assert circle.status_code == 201 and circle.json()["kind"] == "circle"
    assert client.post("/shapes", json={"kind": "square", "side": 3}).status_code == 201
    assert client.post("/shapes", json={"kind": "circle", "side": 3}).status_code == 422  # no branch


@pytest.mark.parametrize("client", ["composition"], indirect=True)
def test_a_created_object_is_not_echoed_where_a_list_is_documented(client: MockClient) -> None:
    exported = client.post("/shapes/3/exports", json={"format": "svg"})
    assert exported.status_code == 200 and isinstance(exported.json(), list)


def test_generated_composition_data_is_valid() -> None:
    spec = load("composition")
    with MockClient(create_app(spec, raise_errors=True)) as client:
        listed = client.get("/shapes").json()
    pointer = "/paths/~1shapes/get/responses/200/content/application~1json/schema"
    assert conforms(spec, pointer, listed), listed


@pytest.mark.parametrize("client", ["malformed_json"], indirect=True)
def test_malformed_json_gets_a_documented_4xx(client: MockClient) -> None:
    expected = {"with-400": 400, "with-422": 422, "with-4xx": 400, "with-default": 400, "undocumented": 400}
    for path, status in expected.items():
        for bad in (b"{", b'{"a": NaN}', b"[" * 100_000):
            response = client.post(f"/{path}", content=bad, headers={"content-type": "application/json"})
            assert response.status_code == status, (path, bad[:10], response.text)
    declared = client.post("/with-default", content=b"{", headers={"content-type": "application/json"})
    assert declared.json()["code"] == 400  # the declared default body, shaped
    bare = client.post("/with-422", content=b"{", headers={"content-type": "application/json"})
    assert bare.headers["content-type"] == "application/problem+json" and "JSON" in bare.json()["detail"]


@pytest.mark.parametrize("client", ["schema_features"], indirect=True)
def test_recursive_unicode_and_deep_schemas(client: MockClient) -> None:
    tree = {"name": "Wurzel Ä", "children": [{"name": "Ast", "children": [{"name": "Blatt"}]}]}
    assert client.post("/nodes", json=tree).status_code == 201
    assert client.post("/nodes", json={"name": "R2-D2"}).status_code == 422  # \p{L} is checked, ECMA-style
    by_letter = client.post("/nodes", json={"name": "n", "by_letter": {"Ä": 1}})
    assert by_letter.status_code == 201  # patternProperties in ECMA syntax: not checked, not a crash
    deep: dict[str, Any] = {"name": "leaf"}
    for _ in range(400):
        deep = {"name": "node", "parent": deep}
    assert client.post("/nodes", json=deep).status_code in (201, 422)
    features = client.get("/features", params={"name": "Ünïcode", "color": "red", "when": "whenever"})
    assert features.status_code == 200, features.text
    pointer = "/components/schemas/Features"
    assert conforms(load("schema_features"), pointer, features.json()), features.json()


def test_examples_contradicting_their_schema_are_not_served() -> None:
    spec = load("invalid_examples")
    with MockClient(create_app(spec, raise_errors=True)) as client:
        listed = client.get("/items").json()
        item = client.get("/items/2")
        wrong = client.get("/items/2", headers={"prefer": "example=wrong"})
    assert listed != [{"id": "not-an-integer"}]
    assert conforms(spec, "/paths/~1items/get/responses/200/content/application~1json/schema", listed)
    assert item.json() == {"id": 2, "name": "Two"}  # the first example is wrong: the valid one is served
    assert wrong.status_code == 400 and "right" in wrong.text


def test_example_fits_decides_once_per_schema_and_value() -> None:
    schemas = Schemas(load("invalid_examples"))
    item = "/components/schemas/Item"
    assert schemas.example_fits({"id": 1, "name": "a"}, item)
    assert not schemas.example_fits({"id": "x"}, item)
    assert not schemas.example_fits({"id": "x"}, {"$ref": f"#{item}"})
    assert schemas.example_fits("text", {"type": "string"}) and not schemas.example_fits(3, {"type": "string"})
    duration = {"type": "string", "format": "duration"}  # RFC 3339: no fractions, unlike ISO 8601
    assert schemas.example_fits("P1DT2H", duration) and not schemas.example_fits("PT5.5S", duration)


def test_deep_recursion_limit_is_not_a_server_error() -> None:
    depth = sys.getrecursionlimit()
    spec = load("schema_features")
    with MockClient(create_app(spec)) as client:
        nested = "[" * depth + "]" * depth
        response = client.post("/nodes", content=nested, headers={"content-type": "application/json"})
    assert response.status_code < 500


def test_an_absolute_token_url_is_served_under_the_base_path_too() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Feeds", "version": "1"},
        "servers": [{"url": "https://api.example.com/buy/feed/v1"}],
        "security": [{"OAuth": []}],
        "paths": {"/items": {"get": {"operationId": "list_items", "responses": {"200": {"description": "ok"}}}}},
        "components": {
            "securitySchemes": {
                "OAuth": {
                    "type": "oauth2",
                    "flows": {"clientCredentials": {"tokenUrl": "https://api.example.com/oauth2/token", "scopes": {}}},
                }
            }
        },
    }
    spec = parse_spec(json.dumps(document).encode(), Path("feeds.json"))
    form = {"grant_type": "client_credentials", "client_id": "mock-client-id", "client_secret": "mock-client-secret"}
    with MockClient(create_app(spec, raise_errors=True)) as client:
        for path in ("/oauth2/token", "/buy/feed/v1/oauth2/token"):
            token = client.post(path, data=form)
            assert token.status_code == 200, path
            bearer = {"authorization": f"Bearer {token.json()['access_token']}"}
            assert client.get("/buy/feed/v1/items", headers=bearer).status_code == 200


def test_one_of_generation_picks_a_branch_no_other_branch_accepts() -> None:
    tagged = {"type": "object", "required": ["id", "tag"], "properties": {"id": {"type": "integer"}, "tag": {}}}
    loose = {"type": "object", "properties": {"id": {"type": "integer"}}}  # also accepts every tagged value
    schema = {"oneOf": [tagged, loose]}
    value = Generator(Schemas(load("composition")), "response").value(schema)
    assert Validator(schema).is_valid(value), value


def test_a_required_property_the_schema_does_not_declare_is_still_generated() -> None:
    """PagerDuty's custom fields require ``namespace`` without declaring it: the body must still hold it."""
    from generator.mocking._generation import Generator
    from generator.spec.loading import parse_spec

    schema = {"type": "object", "required": ["id", "namespace"], "properties": {"id": {"type": "integer"}}}
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    spec = parse_spec(json.dumps(document).encode(), Path("t.json"), "t")
    value = Generator(Schemas(spec), "response").value(schema)
    assert set(value) == {"id", "namespace"}
    closed = {**schema, "additionalProperties": False}
    assert set(Generator(Schemas(spec), "response").value(closed)) == {"id"}  # nothing else may be added


def test_an_all_of_of_a_nullable_one_of_and_an_object_makes_an_object() -> None:
    """Meilisearch's DetailsView: allOf [oneOf [null, Settings], object]: null fits the oneOf, never the whole."""
    settings = {"type": "object", "properties": {"rankingRules": {"type": "array", "items": {"type": "string"}}}}
    counts = {"type": "object", "properties": {"receivedDocuments": {"type": ["integer", "null"], "minimum": 0}}}
    schema = {"allOf": [{"oneOf": [{"type": "null"}, settings]}, counts]}
    value = Generator(Schemas(load("composition")), "response").value(schema)
    assert isinstance(value, dict) and Validator(schema).is_valid(value), value
    closed = {"allOf": [{"oneOf": [{"type": "null"}, {**settings, "additionalProperties": False}]}, counts]}
    value = Generator(Schemas(load("composition")), "response").value(closed)  # only the settings fit both
    assert isinstance(value, dict) and Validator(closed).is_valid(value), value


def test_an_example_is_checked_against_what_its_schema_references(tmp_path: Path) -> None:
    """Meilisearch documents ``example: 50`` on an array of $ref'd items: not served, generated data instead."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Rule": {"type": "object", "properties": {"locale": {"type": "string"}}}}},
    }
    spec = parse_spec(json.dumps(document).encode(), tmp_path / "t.json", "t")
    prop = {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/Rule"}, "example": 50}
    schemas = Schemas(spec)
    assert not schemas.example_fits(50, prop) and schemas.example_fits([{"locale": "en"}], prop)
    assert not schemas.example_fits([{"locale": 5}], prop)
    assert isinstance(Generator(schemas, "response").value(prop), list | None)


_TAGGED_SPEC = """
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    V1: {type: object, properties: {format: {type: string}, size: {type: string}}}
    V2: {type: object, properties: {format: {type: string}, size: {type: integer}}}
    Implicit:
      oneOf: [{$ref: "#/components/schemas/V2"}, {$ref: "#/components/schemas/V1"}]
      discriminator: {propertyName: format}
    Mapped:
      anyOf: [{$ref: "#/components/schemas/V2"}, {$ref: "#/components/schemas/V1"}]
      discriminator: {propertyName: format, mapping: {v2: "#/components/schemas/V2", v1: V1}}
    Kind: {type: string, enum: [cat, dog]}
    Cat: {type: object, required: [kind], properties: {kind: {$ref: "#/components/schemas/Kind"}}}
    Dog: {type: object, required: [kind], properties: {kind: {type: string, enum: [dog]}}}
    Pet:
      oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
      discriminator: {propertyName: kind, mapping: {dog: "#/components/schemas/Dog"}}
"""


@pytest.mark.parametrize(("name", "tag"), [("Implicit", "V2"), ("Mapped", "v2")])
def test_discriminated_branches_carry_the_tag_that_names_them(name: str, tag: str) -> None:
    """exavault: a free-text tag property left as 'string' names no branch, so a discriminator-aware check fails."""
    schemas = Schemas(parse_spec(_TAGGED_SPEC.encode(), Path("tagged.yaml")))
    value = Generator(schemas, "response").value({"$ref": f"#/components/schemas/{name}"})
    assert value["format"] == tag and schemas.example_fits(value, f"/components/schemas/{name}")


def test_a_tag_the_branch_forbids_is_not_forced_on_it() -> None:
    """Cat's implicit tag "Cat" breaks its own enum: the value keeps a tag its schema accepts, and stays valid."""
    schemas = Schemas(parse_spec(_TAGGED_SPEC.encode(), Path("tagged.yaml")))
    value = Generator(schemas, "response").value({"$ref": "#/components/schemas/Pet"})
    assert value["kind"] in ("cat", "dog") and schemas.example_fits(value, "/components/schemas/Pet")


_FILTERS_SPEC = """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /search:
    get:
      parameters:
        - name: filters
          in: query
          schema: {type: array, items: {$ref: "#/components/schemas/Filter"}, minItems: 1}
        - {name: tags, in: query, explode: false, schema: {type: array, items: {$ref: "#/components/schemas/Filter"}}}
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
      responses:
        "200": {description: ok}
        "400": {description: bad}
components:
  schemas:
    Filter: {type: object, required: [scope], properties: {scope: {type: string}, value: {type: integer}}}
"""


@pytest.mark.parametrize(
    "query",
    [
        'filters={"scope": "a", "value": 1}&filters={"scope": "b"}',  # one JSON object per value (Schemathesis)
        'filters=[{"scope": "a", "value": 1}, {"scope": "b"}]',  # the whole array as JSON (Box's mdfilters)
        'tags=[{"scope": "a", "value": 1}]&filters={"scope": "b"}',  # not exploded: the array as JSON
        "ids=1&ids=2&filters={}",  # scalars as before; an object missing its required field is still refused
    ],
)
def test_objects_in_an_array_query_parameter_are_read_as_json(query: str) -> None:
    spec = parse_spec(_FILTERS_SPEC.encode(), Path("filters.yaml"))
    with MockClient(create_app(spec, raise_errors=True)) as client:
        response = client.get(f"/search?{query}")
    assert response.status_code == (400 if query.endswith("filters={}") else 200), response.text


def test_a_required_read_only_property_declared_in_another_all_of_part_is_exempt_in_requests_only() -> None:
    """PagerDuty's Reference: readOnly id and type in one allOf part, required in the next."""
    text = """
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Base: {type: object, properties: {id: {type: string, readOnly: true}, name: {type: string}}}
    Reference: {allOf: [{$ref: "#/components/schemas/Base"}, {type: object, required: [id, name]}]}
"""
    schemas = Schemas(parse_spec(text.encode(), Path("references.yaml")))
    pointer = "/components/schemas/Reference"
    assert schemas.example_fits({"name": "x"}, pointer, "request")
    assert not schemas.example_fits({}, pointer, "request")  # name is not readOnly: still required
    assert not schemas.example_fits({"name": "x"}, pointer, "response")  # id is required in responses
    assert schemas.example_fits({"id": "1", "name": "x"}, pointer, "response")


def test_a_read_only_flag_holds_where_another_all_of_part_redeclares_the_property_unflagged() -> None:
    """PagerDuty's Schedule: its base flags ``type`` readOnly, its own part redeclares it (an enum) and requires it;
    JSON Schema reads the flag as true when any schema applying to the value says so."""
    text = """
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Base: {type: object, properties: {type: {type: string, readOnly: true}, name: {type: string}}}
    Schedule:
      allOf:
        - $ref: "#/components/schemas/Base"
        - {type: object, required: [type, zone], properties: {type: {type: string, enum: [schedule]}, zone: {}}}
"""
    schemas = Schemas(parse_spec(text.encode(), Path("schedules.yaml")))
    pointer = "/components/schemas/Schedule"
    assert schemas.example_fits({"zone": "UTC"}, pointer, "request")
    assert schemas.example_fits({"zone": "UTC", "type": "schedule"}, pointer, "request")
    assert not schemas.example_fits({"zone": "UTC", "type": "other"}, pointer, "request")  # the enum still holds
    assert not schemas.example_fits({"type": "schedule"}, pointer, "request")  # zone is not readOnly
    assert not schemas.example_fits({"zone": "UTC"}, pointer, "response")


def test_a_request_media_type_with_parameters_is_validated_as_its_kind() -> None:
    """A content key ``application/json; charset=utf-8`` was read as bytes: any body was accepted."""
    text = """
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /things:
    post:
      requestBody:
        required: true
        content:
          "application/json; charset=utf-8":
            schema: {type: object, required: [name], properties: {name: {type: string, maxLength: 4}}}
      responses: {"201": {description: made}, "400": {description: bad}}
"""
    spec = parse_spec(text.encode(), Path("things.yaml"))
    with MockClient(create_app(spec, raise_errors=True)) as client:
        assert client.post("/things", json={"name": "ab"}).status_code == 201
        assert client.post("/things", json={"name": "too long"}).status_code == 400
        assert client.post("/things", json={}).status_code == 400


def test_each_example_the_mock_does_not_serve_is_a_warning_at_its_pointer() -> None:
    from generator.mocking import unfit_examples

    spec = load("invalid_examples")
    found = {(w.pointer, w.rule, w.severity): w for w in unfit_examples(spec)}
    items, item = "/paths/~1items/get/responses/200/content/application~1json", "/paths/~1items~1{item_id}/get"
    assert set(found) == {
        (f"{items}/example", "unfit-example", "warning"),
        (f"{item}/responses/200/content/application~1json/examples/wrong/value", "unfit-example", "warning"),
        (f"{item}/responses/404/content/application~1json/example", "unfit-example", "warning"),
    }  # the right example is not named
    listed = found[(f"{items}/example", "unfit-example", "warning")]
    assert listed.line == 15 and "at /0: 'name' is a required property" in listed.message


def test_an_operation_without_a_success_answers_its_documented_404(tmp_path: Path) -> None:
    """PagerDuty's GET /oauth_delegations/revocation_requests/status documents only errors: its 404 is JSON."""
    error = {
        "type": "object",
        "properties": {"error": {"type": "object", "properties": {"message": {"type": "string"}}}},
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/status": {
                "get": {
                    "responses": {"404": {"description": "none", "content": {"application/json": {"schema": error}}}}
                }
            }
        },
    }
    spec = parse_spec(json.dumps(document).encode(), tmp_path / "t.json", "t")
    with MockClient(create_app(spec, raise_errors=True)) as client:
        answer = client.get("/status")
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("application/json")
    assert Validator(error).is_valid(answer.json())


def test_a_schema_declaring_properties_without_a_type_is_served_as_an_object(tmp_path: Path) -> None:
    """Azure's azsadmin Manifest: ``ExtensionList`` declares properties and no type, and the example gives an array
    there; JSON Schema lets it pass, a typed client (a model of those properties) cannot read it."""
    extensions = {"properties": {"value": {"type": "array", "items": {"type": "string"}}}}
    manifest = {"type": "object", "properties": {"extensions": {"$ref": "#/components/schemas/ExtensionList"}}}
    manifest_ref = {"$ref": "#/components/schemas/Manifest"}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/manifest": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": manifest_ref,
                                    "example": {"extensions": ["compute"]},
                                }
                            },
                        }
                    }
                },
                "put": {
                    "requestBody": {"content": {"application/json": {"schema": manifest_ref}}},
                    "responses": {"204": {"description": "stored"}},
                },
            }
        },
        "components": {"schemas": {"Manifest": manifest, "ExtensionList": extensions}},
    }
    spec = parse_spec(json.dumps(document).encode(), tmp_path / "t.json", "t")
    schemas = Schemas(spec)
    assert not schemas.example_fits(["compute"], "/components/schemas/ExtensionList", "response")
    assert schemas.example_fits(["compute"], "/components/schemas/ExtensionList", "request")  # requests: as written
    with MockClient(create_app(spec, raise_errors=True)) as client:
        served = client.get("/manifest").json()
        stored = client.put("/manifest", json={"extensions": ["compute"]})
    assert isinstance(served["extensions"], dict), served
    assert stored.status_code == 204, stored.text


def test_a_write_only_flag_behind_all_of_keeps_the_property_out_of_answers(tmp_path: Path) -> None:
    """Jira's dashboard gadget: ``position`` is required, ``allOf: [$ref Position]``, and Position is writeOnly."""
    position = {
        "type": "object",
        "writeOnly": True,
        "required": ["row"],
        "properties": {"row": {"type": "integer"}},
    }
    gadget = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "position"],
        "properties": {
            "id": {"type": "integer"},
            "position": {"allOf": [{"$ref": "#/components/schemas/Position"}], "description": "where"},
        },
    }
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/gadget": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}},
                        }
                    }
                }
            }
        },
        "components": {"schemas": {"Gadget": gadget, "Position": position}},
    }
    spec = parse_spec(json.dumps(document).encode(), tmp_path / "t.json", "t")
    schemas = Schemas(spec)
    assert schemas.example_fits({"id": 1}, "/components/schemas/Gadget", "response")
    assert not schemas.example_fits({"id": 1}, "/components/schemas/Gadget", "request")  # required when written
    with MockClient(create_app(spec, raise_errors=True)) as client:
        served = client.get("/gadget").json()
    assert "position" not in served and isinstance(served["id"], int), served


def _components_spec(schemas: dict[str, Any]) -> Spec:
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    return parse_spec(json.dumps({**document, "components": {"schemas": schemas}}).encode(), Path("t.json"), "t")


def test_an_optional_value_the_generator_cannot_make_valid_is_left_out() -> None:
    """PeerTube writes patterns as JavaScript literals ('/^[a-z0-9._]+$/': no string matches) and a magnet URI's
    pattern beside format: uri; every such property is optional, so a valid answer leaves it out."""
    spec = _components_spec(
        {
            "Username": {"type": "string", "pattern": "/^[a-z0-9._]+$/", "example": "chocobozzz"},
            "File": {
                "type": "object",
                "required": ["size"],
                "properties": {
                    "owner": {"$ref": "#/components/schemas/Username"},
                    "alias": {"allOf": [{"$ref": "#/components/schemas/Username"}]},
                    "magnet": {"type": "string", "format": "uri", "pattern": "/magnet:\\?xt=urn:[a-z0-9]+:[a-f]{8}/i"},
                    "size": {"type": "integer"},
                },
            },
        }
    )
    schemas = Schemas(spec)
    value = Generator(schemas, "response").value({"$ref": "#/components/schemas/File"})
    assert schemas.validator("/components/schemas/File", "response").is_valid(value), value
    assert value == {"size": 0}


def test_a_one_of_branch_extending_the_other_through_all_of_is_told_apart() -> None:
    """PeerTube's GET /users/{id}: oneOf [User, UserWithStats = allOf [User, {stats}]]; a User is valid under
    both unless one of the stats fields holds what UserWithStats types otherwise."""
    spec = _components_spec(
        {
            "User": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
            "UserWithStats": {
                "allOf": [{"$ref": "#/components/schemas/User"}, {"properties": {"videos": {"type": "integer"}}}]
            },
            "Either": {"oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in ("User", "UserWithStats")]},
        }
    )
    schemas = Schemas(spec)
    value = Generator(schemas, "response").value({"$ref": "#/components/schemas/Either"})
    assert schemas.validator("/components/schemas/Either", "response").is_valid(value), value


@pytest.mark.parametrize(
    ("media_type", "parse"),
    [("application/x-yaml", yaml.safe_load), ("text/yaml", yaml.safe_load), ("application/x-json", json.loads)],
)
def test_structured_bodies_under_other_media_types_are_written_as_their_data(media_type: str, parse: Any) -> None:
    """LGTM answers its analysis configuration as application/x-yaml, an object: placeholder bytes parse as a
    string, which breaks the schema; the body is the generated object written in that format."""
    schema = {
        "type": "object",
        "required": ["name", "since", "on"],
        "properties": {"name": {"type": "string"}, "since": {"type": "string", "format": "date"}, "on": {}},
    }
    response = {"200": {"description": "ok", "content": {media_type: {"schema": schema}}}}
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/config": {}}}
    document["paths"]["/config"] = {"get": {"responses": response}, "put": {"responses": response}}
    spec = parse_spec(json.dumps(document).encode(), Path("t.json"), "t")
    with MockClient(create_app(spec, raise_errors=True)) as client:
        answers = [client.get("/config"), client.put("/config", content=b"a: 1", headers={"content-type": media_type})]
    for answer in answers:
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(media_type)
        value = parse(answer.text)
        assert Validator(schema, format_checker=FORMAT_CHECKER).is_valid(value), value
        assert isinstance(value["since"], str)  # quoted: a YAML reader would otherwise make it a date


def test_fields_only_another_all_of_part_declares_are_left_out_where_additional_properties_forbid_them(
    tmp_path: Path,
) -> None:
    """Azure's Data Factory: ``Factory`` is ``allOf [Resource]`` with ``additionalProperties: {type: object}``,
    which JSON Schema applies to Resource's string ``id`` and ``name`` too."""
    resource = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
    factory = {
        "type": "object",
        "allOf": [{"$ref": "#/components/schemas/Resource"}],
        "additionalProperties": {"type": "object"},
        "properties": {"identity": {"type": "object", "properties": {"kind": {"type": "string"}}}},
    }
    listed = {
        "type": "object",
        "properties": {"value": {"type": "array", "items": {"$ref": "#/components/schemas/Factory"}}},
    }
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/factories": {
                "get": {
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": listed}}}}
                }
            }
        },
        "components": {"schemas": {"Factory": factory, "Resource": resource}},
    }
    spec = parse_spec(json.dumps(document).encode(), tmp_path / "t.json", "t")
    with MockClient(create_app(spec, raise_errors=True)) as client:
        served = client.get("/factories").json()
    assert Schemas(spec).example_fits(served, "/paths/~1factories/get/responses/200/content/application~1json/schema")
    assert served.get("value") and all("id" not in item and "name" not in item for item in served["value"]), served


@pytest.mark.parametrize(
    ("documented", "schema", "sent"),
    [
        ("application/*", {"type": "string", "format": "binary"}, "application/octet-stream"),  # openSUSE's builds
        ("*/*", {"type": "object"}, "application/json"),
        ("text/*", {"type": "string"}, "text/plain"),
        ("image/*", {"type": "string", "format": "binary"}, "image/png"),
    ],
)
def test_a_documented_media_range_is_answered_with_a_concrete_type(
    tmp_path: Path, documented: str, schema: dict[str, Any], sent: str
) -> None:
    response = {"description": "the file", "content": {documented: {"schema": schema}}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/file": {"get": {"responses": {"200": response}}}},
    }
    spec = parse_spec(json.dumps(document).encode(), tmp_path / "t.json", "t")
    with MockClient(create_app(spec, raise_errors=True)) as client:
        answer = client.get("/file")
    assert answer.status_code == 200 and answer.headers["content-type"].split(";")[0] == sent


@pytest.mark.parametrize("accept", [None, "*/*", "application/json"])
def test_a_concrete_documented_type_is_answered_before_a_range(tmp_path: Path, accept: str | None) -> None:
    """Jira's avatar image: ``*/*`` without a schema first, then JSON and images; answering the range sent an empty
    body as JSON, which Schemathesis could not read."""
    content = {"*/*": {}, "application/json": {"schema": {"type": "object"}}, "image/png": {}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/avatar": {"get": {"responses": {"200": {"description": "the avatar", "content": content}}}}},
    }
    spec = parse_spec(json.dumps(document).encode(), tmp_path / "t.json", "t")
    with MockClient(create_app(spec, raise_errors=True)) as client:
        answer = client.get("/avatar", headers={"accept": accept} if accept else {})
    assert answer.status_code == 200 and answer.headers["content-type"].split(";")[0] == "application/json"
    assert isinstance(answer.json(), dict)
    with MockClient(create_app(spec, raise_errors=True)) as client:
        image = client.get("/avatar", headers={"accept": "image/png"})
    assert image.headers["content-type"].split(";")[0] == "image/png"
