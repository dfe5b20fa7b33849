"""Vendor slips with one meaning are repaired at load, each with one located warning; strict specs stay strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import load_spec
from generator.validation import check

from .conftest import FIXTURES

OPENAI = FIXTURES / "vendor" / "openai" / "openapi.yaml"

SLIPS = """\
openapi: 3.1.0
info: {title: Slips, version: 1.0.0}
paths:
  /filters:
    post:
      operationId: create_filter
      parameters:
        - {name: Accept, in: header, schema: {type: string}}
        - {name: X-Trace, in: header, schema: {type: string}}
        - $ref: "#/components/parameters/Auth"
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Filter"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Filter"}
            examples:
              one: {value: {type: and, filters: []}}
          links:
            Next: {operationId: create_filter}
            Missing: {operationId: no_such_operation}
components:
  parameters:
    Auth: {name: authorization, in: header, required: true, schema: {type: string}}
  schemas:
    Filter:
      $recursiveAnchor: true
      type: object
      required: [type, filters, type]
      properties:
        type: {type: string, nullable: true, example: and}
        rate: {type: number, minimum: 0, exclusiveMinimum: true}
        filters:
          type: array
          items:
            oneOf:
              - $recursiveRef: "#"
              - {type: string}
"""


def _spec(tmp_path: Path, text: str = SLIPS) -> Path:
    path = tmp_path / "slips.yaml"
    path.write_text(text)
    return path


def _line(path: Path, line: int | None) -> str:
    assert line is not None
    return path.read_text().splitlines()[line - 1].strip()


def test_each_slip_is_repaired_with_one_located_warning(tmp_path: Path) -> None:
    path = _spec(tmp_path)
    problems = check(load_spec(path))
    assert [p for p in problems if not p.is_warning] == []
    repaired = {p.pointer: p for p in problems if p.rule == "repaired"}
    schema = "/components/schemas/Filter"
    expected = {  # pointer of the slip -> what its line says
        f"{schema}/$recursiveAnchor": "$recursiveAnchor: true",
        f"{schema}/required/2": "required: [type, filters, type]",
        f"{schema}/properties/type/nullable": "nullable: true",
        f"{schema}/properties/type/example": "example: and",
        f"{schema}/properties/rate/exclusiveMinimum": "exclusiveMinimum: true",
        f"{schema}/properties/filters/items/oneOf/0/$recursiveRef": '$recursiveRef: "#"',
        "/paths/~1filters/post/responses/200/content/examples": "examples:",
        "/paths/~1filters/post/responses/200/links/Missing/operationId": "Missing: {operationId: no_such_operation}",
    }
    assert set(repaired) == set(expected)
    for pointer, problem in repaired.items():
        assert problem.file == path and expected[pointer] in _line(path, problem.line), pointer


def test_repairs_mean_what_the_vendor_meant(tmp_path: Path) -> None:
    document = load_spec(_spec(tmp_path)).document
    schema = document["components"]["schemas"]["Filter"]
    assert "$recursiveAnchor" not in schema
    assert schema["required"] == ["type", "filters"]
    assert schema["properties"]["type"] == {"type": ["string", "null"], "examples": ["and"]}
    assert schema["properties"]["rate"] == {"type": "number", "exclusiveMinimum": 0}
    assert schema["properties"]["filters"]["items"]["oneOf"][0] == {"$ref": "#/components/schemas/Filter"}
    response = document["paths"]["/filters"]["post"]["responses"]["200"]
    assert list(response["content"]) == ["application/json"]
    assert response["content"]["application/json"]["examples"] == {"one": {"value": {"type": "and", "filters": []}}}
    assert list(response["links"]) == ["Next"]


def test_a_null_description_summary_or_title_is_read_as_none(tmp_path: Path) -> None:
    text = SLIPS.replace("    post:\n", "    summary: null\n    post:\n      description: null\n", 1)
    text = text.replace("    Filter:\n", "    Filter:\n      title: null\n      description: null\n")
    text += "tags:\n  - name: filters\n    externalDocs: {url: 'https://example.com', description: null}\n"
    path = _spec(tmp_path, text)
    spec = load_spec(path)
    problems = check(spec)
    assert [p for p in problems if not p.is_warning] == []
    nulls = {p.pointer: _line(path, p.line) for p in problems if "says there is none" in p.message}
    assert nulls == {
        "/paths/~1filters/summary": "summary: null",
        "/paths/~1filters/post/description": "description: null",
        "/components/schemas/Filter/title": "title: null",
        "/components/schemas/Filter/description": "description: null",
        "/tags/0/externalDocs/description": "externalDocs: {url: 'https://example.com', description: null}",
    }
    assert "description" not in spec.document["tags"][0]["externalDocs"]


def test_a_pattern_that_is_its_format_written_out_is_ignored(tmp_path: Path) -> None:
    """PagerDuty: ``since`` is ``format: date-time`` with ``pattern: YYYY-MM-DDThh:mm:ssZ``: no date-time matches."""
    text = SLIPS.replace(
        "        rate: {type: number, minimum: 0, exclusiveMinimum: true}\n",
        "        rate: {type: number, minimum: 0, exclusiveMinimum: true}\n"
        "        since: {type: string, format: date-time, pattern: YYYY-MM-DDThh:mm:ssZ}\n"
        "        day: {type: string, format: date, pattern: '^[0-9-]+$'}\n",
    )
    path = _spec(tmp_path, text)
    spec = load_spec(path)
    properties = spec.document["components"]["schemas"]["Filter"]["properties"]
    assert "pattern" not in properties["since"] and properties["day"]["pattern"] == "^[0-9-]+$"
    (note,) = [p for p in check(spec) if p.pointer.endswith("/since/pattern")]
    assert note.rule == "repaired" and "date-time written out" in note.message
    assert "YYYY-MM-DDThh:mm:ssZ" in _line(path, note.line)


def test_a_strict_spec_gets_errors_for_the_same_slips(tmp_path: Path) -> None:
    path = _spec(tmp_path, SLIPS + "x-apigen-strict: true\n")
    errors = [p for p in check(load_spec(path)) if not p.is_warning]
    assert len([p for p in errors if p.rule == "repaired"]) == 8


def test_what_has_no_meaning_still_stops(tmp_path: Path) -> None:
    path = _spec(tmp_path, SLIPS.replace("type: number, minimum: 0", "type: numbr, minimum: 0"))
    errors = [p for p in check(load_spec(path)) if not p.is_warning]
    assert [p.pointer for p in errors] == ["/components/schemas/Filter/properties/rate/type"]
    assert errors[0].file == path and "numbr" in _line(path, errors[0].line)


def test_accept_content_type_and_authorization_headers_are_ignored(tmp_path: Path) -> None:
    path = _spec(tmp_path)
    spec = load_spec(path)
    (operation,) = spec.operations()
    assert [spec.resolve(p)["name"] for p in operation.data["parameters"]] == ["X-Trace"]
    notes = [p for p in check(spec) if p.rule == "ignored-header"]
    assert [p.pointer for p in notes] == ["/paths/~1filters/post/parameters/0", "/paths/~1filters/post/parameters/2"]
    assert all(p.is_warning for p in notes)
    strict = [p for p in check(load_spec(_spec(tmp_path, SLIPS + "x-apigen-strict: true\n"))) if p.rule != "repaired"]
    assert all(p.is_warning for p in strict if p.rule == "ignored-header")  # legal OpenAPI, even in our specs


def test_a_3_0_document_is_upgraded_without_notes(tmp_path: Path) -> None:
    text = SLIPS.replace("openapi: 3.1.0", "openapi: 3.0.3").replace("$recursiveAnchor: true\n      ", "")
    text = text.replace('- $recursiveRef: "#"', '- $ref: "#/components/schemas/Filter"')
    problems = check(load_spec(_spec(tmp_path, text)))
    assert {p.pointer.rsplit("/", 1)[-1] for p in problems if p.rule == "repaired"} == {"2", "examples", "operationId"}


@pytest.mark.skipif(not OPENAI.is_file(), reason="OpenAI's spec is not vendored")
def test_openais_published_spec_validates_with_repairs() -> None:
    spec = load_spec(OPENAI)
    problems = check(spec)
    assert [p for p in problems if not p.is_warning] == []
    rules = {p.rule for p in problems}
    assert "repaired" in rules
    pointers = {p.pointer for p in problems if p.rule == "repaired"}
    assert "/components/schemas/CompoundFilter/$recursiveAnchor" in pointers


def test_the_mock_asks_for_no_ignored_header(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from generator.mocking import create_app

    text = """\
openapi: 3.1.0
info: {title: Headers, version: 1.0.0}
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - {name: Accept, in: header, required: true, schema: {type: string, enum: [application/vnd.x+json]}}
        - {name: Content-Type, in: header, required: true, schema: {type: string, const: application/json}}
        - {name: X-Trace, in: header, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
              example: [a]
"""
    client = TestClient(create_app(load_spec(_spec(tmp_path, text))))
    assert client.get("/things", headers={"X-Trace": "t", "Accept": "application/json"}).status_code == 200
    assert client.get("/things", headers={"Accept": "application/json"}).status_code in (400, 422)  # X-Trace counts


def test_numeric_exclusive_bounds_in_a_3_0_document_are_read_as_3_1_with_a_note(tmp_path: Path) -> None:
    # utoipa (HuggingFace TGI) writes 3.1's numeric bounds under openapi: 3.0.3; a 3.0 reader cannot take them.
    text = """\
openapi: 3.0.3
info: {title: Bounds, version: 1.0.0}
paths: {}
components:
  schemas:
    Parameters:
      type: object
      properties:
        top_k: {type: integer, nullable: true, exclusiveMinimum: 0}
        seed: {type: integer, minimum: 0, exclusiveMinimum: 0}
        top_p: {type: number, maximum: 1, exclusiveMaximum: 1.5}
        legacy: {type: number, minimum: 0, exclusiveMinimum: true}
"""
    path = _spec(tmp_path, text)
    spec = load_spec(path)
    repaired = [p for p in check(spec) if p.rule == "repaired"]
    properties = "/components/schemas/Parameters/properties"
    expected = [f"{properties}/{name}" for name in ("top_k/exclusiveMinimum", "seed/exclusiveMinimum")]
    assert sorted(p.pointer for p in repaired) == sorted([*expected, f"{properties}/top_p/exclusiveMaximum"])
    assert all(p.is_warning and "OpenAPI 3.1" in p.message for p in repaired)
    for problem in repaired:  # each on the line of its property
        assert _line(path, problem.line).startswith(problem.pointer.split("/")[-2] + ":")
    schemas = spec.document["components"]["schemas"]["Parameters"]["properties"]
    assert schemas["top_k"] == {"type": ["integer", "null"], "exclusiveMinimum": 0}
    assert schemas["seed"] == {"type": "integer", "minimum": 0, "exclusiveMinimum": 0}
    assert schemas["legacy"] == {"type": "number", "exclusiveMinimum": 0}  # 3.0's boolean form: upgraded, no note


PLAYBACK = """\
openapi: 3.0.3
info: {title: Playback, version: 1.0.0}
paths: {}
components:
  schemas:
    Playing:
      type: object
      properties:
        item:
          oneOf:
            - $ref: "#/components/schemas/TrackObject"
            - $ref: "#/components/schemas/EpisodeObject"
          discriminator:
            propertyName: type
    TrackObject:
      type: object
      properties:
        type: {type: string, enum: [track]}
    EpisodeObject:
      allOf:
        - $ref: "#/components/schemas/EpisodeBase"
    EpisodeBase:
      type: object
      properties:
        type: {type: string, enum: [episode], nullable: true}
"""


def test_a_discriminator_whose_branches_fix_other_values_than_their_names_reads_them_as_its_mapping(
    tmp_path: Path,
) -> None:
    # Spotify: `type: track` for TrackObject, so the implicit mapping (TrackObject, EpisodeObject) matches nothing.
    path = _spec(tmp_path, PLAYBACK)
    spec = load_spec(path)
    (note,) = [p for p in check(spec) if p.rule == "repaired"]
    assert note.is_warning and note.pointer == "/components/schemas/Playing/properties/item/discriminator"
    assert _line(path, note.line) == "discriminator:" and "track -> TrackObject" in note.message
    discriminator = spec.document["components"]["schemas"]["Playing"]["properties"]["item"]["discriminator"]
    schemas = "#/components/schemas/"
    expected = {"track": f"{schemas}TrackObject", "episode": f"{schemas}EpisodeObject"}
    assert discriminator == {"propertyName": "type", "mapping": expected}


_MAPPED = "propertyName: type\n            mapping: {t: '#/components/schemas/TrackObject'}"


@pytest.mark.parametrize(
    "changes",
    [
        [("[track]", "[TrackObject]"), ("[episode]", "[EpisodeObject]")],  # the values are the names
        [("[track]", "[track, song]")],  # a branch allows two values
        [("[episode]", "[track]")],  # two branches share a value
        [("propertyName: type", _MAPPED)],  # a mapping of the vendor's own
    ],
)
def test_a_discriminator_is_left_as_written_unless_its_branches_say_otherwise(
    tmp_path: Path, changes: list[tuple[str, str]]
) -> None:
    text = PLAYBACK
    for old, new in changes:
        text = text.replace(old, new)
    spec = load_spec(_spec(tmp_path, text))
    assert [p for p in check(spec) if p.rule == "repaired"] == []
    discriminator = spec.document["components"]["schemas"]["Playing"]["properties"]["item"]["discriminator"]
    assert set(discriminator.get("mapping", {})) <= {"t"}


REFERENCE_SIBLINGS = """\
openapi: 3.0.0
info: {title: Accounts, version: 1.0.0}
paths:
  /Accounts:
    parameters:
      - $ref: "#/components/parameters/requiredHeader"
        type: string
    get:
      operationId: get_accounts
      callbacks:
        done:
          "{$request.query.url}":
            $ref: "#/components/pathItems/Done"
            summary: a path item's own fields stay
      responses:
        "200":
          $ref: "#/components/responses/Accounts"
          description: kept, as 3.1 keeps it
          x-note: dropped too (a Reference Object "cannot be extended")
components:
  parameters:
    requiredHeader: {name: Xero-Tenant-Id, in: header, required: true, schema: {type: string}}
  responses:
    Accounts: {description: The accounts.}
  pathItems:
    Done: {post: {responses: {"200": {description: ok}}}}
"""


def test_fields_beside_ref_in_a_reference_object_are_ignored_as_openapi_says(tmp_path: Path) -> None:
    # Xero's accounting spec: `- $ref: "#/components/parameters/requiredHeader"` with `type: string` beside it.
    path = _spec(tmp_path, REFERENCE_SIBLINGS)
    spec = load_spec(path)
    problems = check(spec)
    assert [p for p in problems if not p.is_warning] == []
    note, extension = sorted((p for p in problems if p.rule == "repaired"), key=lambda p: p.line or 0)
    assert note.pointer == "/paths/~1Accounts/parameters/0/type" and _line(path, note.line) == "type: string"
    assert extension.pointer == "/paths/~1Accounts/get/responses/200/x-note"
    item = spec.document["paths"]["/Accounts"]
    assert item["parameters"] == [{"$ref": "#/components/parameters/requiredHeader"}]
    response = item["get"]["responses"]["200"]
    assert set(response) == {"$ref", "description"}
    assert "summary" in item["get"]["callbacks"]["done"]["{$request.query.url}"]


@pytest.mark.parametrize(
    ("url", "read_as"),
    [
        ("api.calorieninjas.com", "https://api.calorieninjas.com"),  # APIs-guru's calorieninjas.com
        ("api.example.com:8443/v2", "https://api.example.com:8443/v2"),
        ("localhost:8080", "https://localhost:8080"),
    ],
)
def test_a_server_url_that_is_a_host_without_a_scheme_is_read_as_that_host(
    tmp_path: Path, url: str, read_as: str
) -> None:
    text = SLIPS.replace("paths:\n", f"servers:\n  - url: {url}\npaths:\n", 1)
    text = text.replace("    post:\n", f"    servers: [{{url: {url}}}]\n    post:\n", 1)
    path = _spec(tmp_path, text)
    spec = load_spec(path)
    notes = {p.pointer: _line(path, p.line) for p in check(spec) if "has no scheme" in p.message}
    assert notes == {"/servers/0/url": f"- url: {url}", "/paths/~1filters/servers/0/url": f"servers: [{{url: {url}}}]"}
    assert spec.server_url == read_as
    assert spec.document["paths"]["/filters"]["servers"] == [{"url": read_as}]


@pytest.mark.parametrize(("url", "base_path"), [("/v1/", "/v1"), ("v1", "/v1"), ("https://x.io/api", "/api")])
def test_paths_and_relative_server_urls_are_served_from_the_root(tmp_path: Path, url: str, base_path: str) -> None:
    spec = load_spec(_spec(tmp_path, SLIPS.replace("paths:\n", f"servers:\n  - url: {url}\npaths:\n", 1)))
    assert spec.base_path == base_path
    assert not [p for p in check(spec) if "has no scheme" in p.message]


UNSENDABLE = """
openapi: 3.0.0
info: {title: Docs, version: "1"}
security: [{Token: []}, {Market: []}]
paths:
  /compile:
    post:
      responses: {"200": {description: ok}}
  /keyed:
    get:
      security: [{Market: [], Header: []}]
      responses: {"200": {description: ok}}
components:
  securitySchemes:
    Token: {type: apiKey, in: header, name: ADVICEment API Key}
    Market: {type: apiKey, in: header, name: "RapidAPI.com API Key"}
    Header: {type: apiKey, in: header, name: X-RapidAPI-Key}
"""


def test_a_key_scheme_no_request_can_carry_is_left_out_of_the_security_requirements(tmp_path: Path) -> None:
    """RapidAPI's header names hold spaces: httpx refuses to send them, uvicorn to read them; every call failed."""
    path = _spec(tmp_path, UNSENDABLE)
    spec = load_spec(path)
    assert spec.document["security"] == [{}]  # both alternatives asked only for unsendable keys: none needed
    assert spec.document["paths"]["/keyed"]["get"]["security"] == [{"Header": []}]
    notes = {p.pointer: p for p in check(spec) if "no request can carry" in p.message}
    assert set(notes) == {"/components/securitySchemes/Token/name", "/components/securitySchemes/Market/name"}
    assert all(note.rule == "repaired" and note.is_warning for note in notes.values())
    assert "RapidAPI.com API Key" in _line(path, notes["/components/securitySchemes/Market/name"].line)


# bhagavadgita.io: `enum: [1, 2, 3]` under `type: string`; no value satisfies both (Schemathesis: "Nothing
# satisfies"). Beside it, the other directions and the cases that must stay as written.
MISTYPED_ENUMS = """\
openapi: 3.0.3
info: {title: Verses, version: 1.0.0}
paths:
  /verses/{verse}:
    get:
      operationId: get_verse
      parameters:
        - {name: verse, in: path, required: true, schema: {type: string, enum: [1, 2, 3], default: 1}}
        - {name: size, in: query, schema: {type: integer, enum: ["10", "20", 30]}}
        - {name: ratio, in: query, schema: {type: number, enum: ["0.5", 1], nullable: true}}
        - {name: flag, in: query, schema: {type: boolean, enum: ["true"]}}
        - {name: padded, in: query, schema: {type: integer, enum: ["01", 2]}}
        - {name: word, in: query, schema: {type: integer, enum: [one, 2]}}
        - {name: truth, in: query, schema: {type: string, enum: [true, "x"]}}
        - {name: either, in: query, schema: {type: [string, integer], enum: [1.5, "a"]}}
      responses:
        "200": {description: ok}
"""


def test_enum_values_of_another_type_that_convert_without_loss_are_read_as_converted(tmp_path: Path) -> None:
    path = _spec(tmp_path, MISTYPED_ENUMS)
    spec = load_spec(path)
    parameters = spec.document["paths"]["/verses/{verse}"]["get"]["parameters"]
    schemas = {p["name"]: p["schema"] for p in parameters}
    assert schemas["verse"] == {"type": "string", "enum": ["1", "2", "3"], "default": "1"}
    assert schemas["size"]["enum"] == [10, 20, 30]
    assert schemas["ratio"]["enum"] == [0.5, 1, None]  # nullable: null stays a member
    assert schemas["flag"]["enum"] == [True]
    notes = sorted((p for p in check(spec) if p.rule == "repaired"), key=lambda p: (p.line or 0, p.pointer))
    expected = [(0, "default"), (0, "enum"), (1, "enum"), (2, "enum"), (3, "enum")]
    at = "/paths/~1verses~1{verse}/get/parameters"
    assert [p.pointer for p in notes] == [f"{at}/{index}/schema/{key}" for index, key in expected]
    assert all(p.is_warning for p in notes) and _line(path, notes[0].line).startswith("- {name: verse")
    assert "enum values 1, 2, 3 are not of the declared type string: read as '1', '2', '3'" in notes[1].message


def test_enum_values_that_would_change_or_lose_meaning_stay_as_written(tmp_path: Path) -> None:
    spec = load_spec(_spec(tmp_path, MISTYPED_ENUMS))
    schemas = {p["name"]: p["schema"] for p in spec.document["paths"]["/verses/{verse}"]["get"]["parameters"]}
    assert schemas["padded"]["enum"] == ["01", 2]  # "01" read back is 1, not "01"
    assert schemas["word"]["enum"] == ["one", 2]  # no integer at all
    assert schemas["truth"]["enum"] == [True, "x"]  # True or "true" or "True": no one reading
    assert schemas["either"]["enum"] == [1.5, "a"]  # two declared types: which one was meant?


def test_a_strict_spec_keeps_its_mistyped_enum(tmp_path: Path) -> None:
    spec = load_spec(_spec(tmp_path, MISTYPED_ENUMS + "x-apigen-strict: true\n"))
    verse = spec.document["paths"]["/verses/{verse}"]["get"]["parameters"][0]["schema"]
    assert verse["enum"] == [1, 2, 3] and verse["default"] == 1


# Codat's assess spec: a schema's `examples` written as a media type's map of Example Objects.
EXAMPLES_MAP = """\
openapi: 3.1.0
info: {title: Reports, version: 1.0.0}
paths: {}
components:
  schemas:
    ExcelStatus:
      type: object
      properties: {fileSize: {type: integer}}
      examples:
        Example 1: {summary: small, value: {fileSize: 0}}
        Example 2: {value: {fileSize: 10}}
    Unreadable:
      type: object
      examples: {fileSize: 0}
"""


def test_a_schemas_examples_map_of_example_objects_is_read_as_their_values(tmp_path: Path) -> None:
    path = _spec(tmp_path, EXAMPLES_MAP)
    spec = load_spec(path)
    problems = check(spec)
    assert spec.document["components"]["schemas"]["ExcelStatus"]["examples"] == [{"fileSize": 0}, {"fileSize": 10}]
    (note,) = [p for p in problems if p.rule == "repaired"]
    assert note.pointer == "/components/schemas/ExcelStatus/examples" and note.is_warning
    assert _line(path, note.line) == "examples:"
    (error,) = [p for p in problems if not p.is_warning]  # entries that are no Example Objects: no one reading
    assert error.pointer == "/components/schemas/Unreadable/examples"


# DigitalOcean: a link that is a $ref to another response's link, whose operationId no operation has.
REFERENCED_LINK = """\
openapi: 3.0.0
info: {title: Keys, version: 1.0.0}
paths:
  /keys:
    post:
      operationId: create_key
      responses:
        "201":
          description: made
          links:
            delete_by_fingerprint: {operationId: no_such_operation, parameters: {id: $response.body#/id}}
  /keys/{id}:
    get:
      operationId: get_key
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: the key
          links:
            delete_by_fingerprint:
              $ref: "#/paths/~1keys/post/responses/201/links/delete_by_fingerprint"
"""


def test_a_link_referring_to_a_dangling_link_is_dropped_with_it(tmp_path: Path) -> None:
    path = _spec(tmp_path, REFERENCED_LINK)
    spec = load_spec(path)
    problems = check(spec)
    assert [p for p in problems if not p.is_warning] == []
    notes = sorted((p for p in problems if p.rule == "repaired"), key=lambda p: p.line or 0)
    assert [_line(path, p.line) for p in notes] == [
        "delete_by_fingerprint: {operationId: no_such_operation, parameters: {id: $response.body#/id}}",
        '$ref: "#/paths/~1keys/post/responses/201/links/delete_by_fingerprint"',
    ]
    assert not spec.document["paths"]["/keys/{id}"]["get"]["responses"]["200"].get("links")


# alertersystem.com: allowEmptyValue and allowReserved (false) on every path parameter; OpenAPI gives them to the
# query alone.
QUERY_ONLY_FIELDS = """\
openapi: 3.0.0
info: {title: Alerts, version: 1.0.0}
paths:
  /alerts/{id}:
    get:
      operationId: get_alert
      parameters:
        - {name: id, in: path, required: true, allowEmptyValue: false, allowReserved: false, schema: {type: string}}
        - {name: q, in: query, allowEmptyValue: true, allowReserved: true, schema: {type: string}}
        - $ref: "#/components/parameters/Trace"
      responses:
        "200": {description: ok}
components:
  parameters:
    Trace: {name: X-Trace, in: header, allowEmptyValue: false, schema: {type: string}}
"""


def test_query_only_fields_on_other_parameters_are_ignored(tmp_path: Path) -> None:
    path = _spec(tmp_path, QUERY_ONLY_FIELDS)
    spec = load_spec(path)
    problems = check(spec)
    assert [p for p in problems if not p.is_warning] == []
    notes = sorted(p.pointer for p in problems if p.rule == "repaired")
    assert notes == [
        "/components/parameters/Trace/allowEmptyValue",
        "/paths/~1alerts~1{id}/get/parameters/0/allowEmptyValue",
        "/paths/~1alerts~1{id}/get/parameters/0/allowReserved",
    ]
    parameters = spec.document["paths"]["/alerts/{id}"]["get"]["parameters"]
    assert set(parameters[0]) == {"name", "in", "required", "schema"}
    assert parameters[1]["allowEmptyValue"] is True and parameters[1]["allowReserved"] is True  # the query keeps them


# Amadeus' hotel booking: an email pattern escaped twice (a backslash before the dot), beside its own example and
# format email: no value could be valid. Beside it, patterns whose doubled backslash is meant.
DOUBLED_ESCAPES = """\
openapi: 3.0.0
info: {title: Bookings, version: 1.0.0}
paths: {}
components:
  schemas:
    Contact:
      type: object
      properties:
        email:
          type: string
          format: email
          pattern: '^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\\\\.[a-zA-Z0-9-.]+$'
          example: bob.smith@email.com
        path:
          type: string
          pattern: '^[A-Z]:\\\\[a-z]+$'
          example: 'C:\\temp'
        bare:
          type: string
          pattern: '^a\\\\.b$'
"""


def test_a_pattern_escaped_twice_that_its_own_example_contradicts_is_read_escaped_once(tmp_path: Path) -> None:
    path = _spec(tmp_path, DOUBLED_ESCAPES)
    spec = load_spec(path)
    properties = spec.document["components"]["schemas"]["Contact"]["properties"]
    assert properties["email"]["pattern"] == r"^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$"
    assert properties["path"]["pattern"] == r"^[A-Z]:\\[a-z]+$"  # its example has the backslash: meant
    assert properties["bare"]["pattern"] == r"^a\\.b$"  # no example to say otherwise
    (note,) = [p for p in check(spec) if p.rule == "repaired"]
    assert note.pointer == "/components/schemas/Contact/properties/email/pattern" and note.is_warning
    assert _line(path, note.line).startswith("pattern: '^[a-zA-Z0-9_.+-]+@")


# Shutterstock: response examples that are a $ref to a 3.0 schema's `example`, which the upgrade moves to
# `examples`: the $ref follows it (116 "points to nothing" errors that the upgrade, not the vendor, made).
EXAMPLE_REFERENCES = """\
openapi: 3.0.0
info: {title: Audio, version: 1.0.0}
paths:
  /descriptors:
    get:
      operationId: list_descriptors
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Descriptors"}
              examples:
                response: {value: {$ref: "#/components/schemas/Descriptors/example"}}
components:
  schemas:
    Descriptors:
      type: object
      properties: {id: {type: string}}
      example: {id: cinematic}
"""


def test_a_reference_to_a_schemas_example_follows_it_where_the_upgrade_moved_it(tmp_path: Path) -> None:
    spec = load_spec(_spec(tmp_path, EXAMPLE_REFERENCES))
    assert [p for p in check(spec) if not p.is_warning] == []
    content = spec.document["paths"]["/descriptors"]["get"]["responses"]["200"]["content"]["application/json"]
    assert content["examples"]["response"]["value"] == {"$ref": "#/components/schemas/Descriptors/examples/0"}
    assert spec.document["components"]["schemas"]["Descriptors"]["examples"] == [{"id": "cinematic"}]
