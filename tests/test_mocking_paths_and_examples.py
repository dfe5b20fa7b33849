"""The mock routes path keys that carry a fragment or query (AWS specs), and makes request bodies it accepts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema_rs
import pytest

from generator.mocking import MockCredentials, create_app, request_body_examples
from generator.spec.loading import Spec, load_spec, parse_spec
from generator.spec.schemas import Schemas

from .test_json_schema import SENDGRID_FROM
from .test_mocking_constructs import MockClient

AWS_STYLE = {
    "openapi": "3.0.0",
    "info": {"title": "Sso", "version": "1"},
    "paths": {
        "/logout#x-amz-sso_bearer_token": {"post": {"responses": {"200": {"description": "out"}}}},
        "/roles/{id}#account_id": {
            "get": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/?Action=List": {"get": {"responses": {"200": {"description": "listed"}}}},
    },
}


def _spec(document: dict[str, object]) -> Spec:
    return parse_spec(json.dumps(document).encode(), Path("aws.json"), "aws")


def test_a_path_key_with_a_fragment_or_query_is_routed_by_its_path() -> None:
    client = MockClient(create_app(_spec(AWS_STYLE), credentials=MockCredentials()))
    assert client.post("/logout").status_code == 200
    assert client.get("/roles/r1").status_code == 200
    assert client.get("/?Action=List").status_code == 200


BODIES = {
    "openapi": "3.1.0",
    "info": {"title": "Bodies", "version": "1"},
    "paths": {
        "/json": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name", "tags"],
                                "properties": {
                                    "id": {"type": "integer", "readOnly": True},
                                    "name": {"type": "string", "minLength": 3},
                                    "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                                },
                            }
                        }
                    },
                },
                "responses": {"201": {"description": "made"}},
            }
        },
        "/form": {
            "post": {
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"type": "object", "required": ["key"], "properties": {"key": {"type": "string"}}}
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/binary": {
            "put": {
                "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}},
                "responses": {"204": {"description": "stored"}},
            }
        },
        "/text": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"text/plain": {"schema": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]+$"}}},
                },
                "responses": {"204": {"description": "stored"}},
            }
        },
    },
}
BODIES_OK = {"200": {"description": "ok"}}


def test_request_body_examples_fit_the_request_schema_and_give_bytes_for_binary_bodies() -> None:
    spec = _spec(BODIES)
    examples = request_body_examples(spec)
    assert set(examples) == {("post", "/json"), ("post", "/form"), ("put", "/binary"), ("post", "/text")}
    media_type, value = examples[("post", "/json")]
    assert media_type == "application/json"
    schemas = Schemas(spec)
    pointer = "/paths/~1json/post/requestBody/content/application~1json/schema"
    assert schemas.validator(pointer, "request").is_valid(value) and "id" not in value
    assert examples[("post", "/form")][0] == "application/x-www-form-urlencoded"
    assert examples[("put", "/binary")] == ("application/octet-stream", b"string")
    media_type, text = examples[("post", "/text")]
    assert media_type == "text/plain" and re.fullmatch("[A-Z]{3}-[0-9]+", text)


def test_request_body_examples_give_an_xml_document_and_leave_out_other_structured_bytes() -> None:
    schema = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "minimum": 7}}}
    paths = {
        f"/{name}": {"post": {"requestBody": {"content": {media_type: {"schema": schema}}}, "responses": BODIES_OK}}
        for name, media_type in (("xml", "application/xml"), ("yaml", "application/yaml"))
    }
    examples = request_body_examples(_spec({**BODIES, "paths": paths}))
    assert set(examples) == {("post", "/xml")}
    media_type, document = examples[("post", "/xml")]
    assert media_type == "application/xml" and b"<id>7</id>" in document


# PagerDuty's shape: properties (readOnly ones among them) inside allOf, `required` outside it; a writeOnly
# password the vendor's response example shows anyway (Box, PagerDuty).
ACCOUNTS = {
    "openapi": "3.1.0",
    "info": {"title": "Accounts", "version": "1"},
    "components": {
        "schemas": {
            "Account": {
                "allOf": [
                    {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string", "readOnly": True},
                            "name": {"type": "string"},
                            "password": {"type": "string", "writeOnly": True},
                        },
                    }
                ],
                "required": ["id", "name"],
            }
        }
    },
    "paths": {
        "/accounts": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}},
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Account"},
                                "example": {"id": "A1", "name": "Ann", "password": "hunter2"},
                            }
                        },
                    }
                },
            }
        },
        "/accounts/{id}": {
            "get": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}},
                    }
                },
            }
        },
    },
}


def test_a_request_need_not_send_a_read_only_field_required_outside_its_all_of() -> None:
    spec = _spec(ACCOUNTS)
    request = Schemas(spec).validator("/components/schemas/Account", "request")
    assert request.is_valid({"name": "Ann"}) and not request.is_valid({})
    assert not Schemas(spec).validator("/components/schemas/Account", "response").is_valid({"name": "Ann"})
    client = MockClient(create_app(spec, credentials=MockCredentials()))
    assert client.post("/accounts", json={"name": "Ann", "password": "s3cret"}).status_code == 201


def test_a_response_never_holds_a_write_only_field() -> None:
    client = MockClient(create_app(_spec(ACCOUNTS), credentials=MockCredentials()))
    created = client.post("/accounts", json={"name": "Ann", "password": "s3cret"})
    assert created.status_code == 201 and "password" not in created.json() and created.json()["name"] == "Ann"
    read = client.get(f"/accounts/{created.json()['id']}")
    assert read.status_code == 200 and "password" not in read.json()


def test_the_mock_serves_no_documented_example_the_fuzzer_would_refuse(tmp_path: Path) -> None:
    # SendGrid documents GET /messages/{msg_id} with an example whose from_email only jsonschema took for one.
    path = tmp_path / "messages.yaml"
    path.write_text(MESSAGES.replace("SENDGRID_FROM", SENDGRID_FROM))
    body = MockClient(create_app(load_spec(path))).get("/messages/abc").json()
    assert body["from_email"] != SENDGRID_FROM
    assert jsonschema_rs.is_valid({"format": "email"}, body["from_email"], validate_formats=True)  # Schemathesis'


MESSAGES = """\
openapi: 3.1.0
info: {title: Messages, version: 1.0.0}
paths:
  /messages/{msg_id}:
    get:
      operationId: get_message
      parameters:
        - {name: msg_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: The message.
          content:
            application/json:
              schema:
                type: object
                required: [from_email]
                properties:
                  from_email: {type: string, format: email}
              example: {from_email: "SENDGRID_FROM"}
"""


@pytest.mark.parametrize("kind", ["integer", "number"])
def test_a_minimum_above_the_maximum_gives_no_body_example_and_no_crash(kind: str) -> None:
    """No number fits: the seeded draws must not ask ``random`` for an empty range."""
    count = {"type": kind, "minimum": 10, "maximum": 5}
    schema = {"type": "object", "required": ["count"], "properties": {"count": count}}
    content = {"application/json": {"schema": schema}}
    paths = {"/counts": {"post": {"requestBody": {"content": content}, "responses": BODIES_OK}}}
    assert request_body_examples(_spec({**BODIES, "paths": paths})) == {}


# Amadeus: an optional Accept-Encoding header of enum [gzip, identity]; httpx sends 'gzip, deflate' on every
# request, so the mock cannot tell a caller's value from the library's. A required one is the caller's to give.
def _encoded(required: bool) -> Spec:
    header = {"name": "Accept-Encoding", "in": "header", "required": required}
    header["schema"] = {"type": "string", "enum": ["gzip", "identity"]}
    paths = {"/bookings": {"get": {"parameters": [header], "responses": BODIES_OK}}}
    return _spec({**BODIES, "paths": paths})


def test_an_optional_header_the_http_library_sets_is_not_judged_a_required_one_is() -> None:
    with MockClient(create_app(_encoded(required=False), credentials=MockCredentials())) as client:
        assert client.get("/bookings", headers={"Accept-Encoding": "gzip, deflate"}).status_code == 200
    with MockClient(create_app(_encoded(required=True), credentials=MockCredentials())) as client:
        assert client.get("/bookings", headers={"Accept-Encoding": "gzip, deflate"}).status_code in (400, 422)
        assert client.get("/bookings", headers={"Accept-Encoding": "identity"}).status_code == 200
