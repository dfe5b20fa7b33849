"""Schemathesis errors become coverage: media types without a serializer, Java-style patterns, health checks."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from schemathesis.transport.requests import REQUESTS_TRANSPORT

from generator.fuzzing import FuzzOptions, embedded_mock, fuzz
from generator.fuzzing._config import run_config
from generator.fuzzing._file_choices import with_files_for_file_choices
from generator.fuzzing._format_types import with_formats_per_type
from generator.fuzzing._patterns import portable_document, python_pattern
from generator.fuzzing._serializers import body_kind, register_missing
from generator.spec.loading import Spec, load_spec

CODE = {"type": "string", "pattern": "\\A[A-Z]{3}\\z"}
URL = {"type": "string", "format": "uri"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Odd", "version": "1"},
    "paths": {
        "/codes/{code}": {
            "get": {
                "parameters": [{"name": "code", "in": "path", "required": True, "schema": CODE}],
                "responses": {"200": {"description": "ok"}, "422": {"description": "bad"}},
            }
        },
        "/letters": {
            "get": {
                "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string", "pattern": "^\\p{L}+$"}},
                ],
                "responses": {"200": {"description": "ok"}, "422": {"description": "bad"}},
            }
        },
        "/sheets": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"application/vnd.ms-excel": {"schema": {"type": "string", "format": "binary"}}},
                },
                "responses": {"201": {"description": "stored"}, "415": {"description": "no"}},
            }
        },
        "/audio": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {"file": {"oneOf": [{"$ref": "#/components/schemas/Upload"}, URL]}},
                            }
                        }
                    },
                },
                "responses": {"200": {"description": "heard"}, "422": {"description": "bad"}},
            }
        },
        "/settings": {
            "put": {
                "requestBody": {
                    "required": True,
                    "content": {"application/x-yaml": {"schema": {"type": "string"}}},
                },
                "responses": {"204": {"description": "saved"}, "422": {"description": "bad"}},
            }
        },
    },
    "components": {"schemas": {"Upload": {"type": "string", "format": "binary"}}},
}


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Spec:
    path = tmp_path_factory.mktemp("odd") / "odd.json"
    path.write_text(json.dumps(SPEC, indent=1))
    return load_spec(path)


def test_java_and_ecma_regex_syntax_is_translated_or_dropped() -> None:
    assert python_pattern("\\A[a-z]+\\z") == "\\A[a-z]+\\Z"
    assert python_pattern("(?<year>\\d{4})") == "(\\d{4})"  # Python wants (?P<, ECMA (?<: both take (
    assert python_pattern("(?<year>\\d{4})-\\k<year>") is None
    assert python_pattern("(?<=a)b") == "(?<=a)b"  # a lookbehind, already Python
    assert python_pattern("a\\\\z") == "a\\\\z"  # an escaped backslash, then a literal z
    assert python_pattern("^\\p{L}+$") is None


def test_a_leading_case_insensitive_flag_is_spelled_out() -> None:
    """PayPal's ``(?i)^(all|none)$``: Python reads it, an ECMA engine (Schemathesis' schema check) does not."""
    portable = python_pattern("(?i)^(all|none)$")
    assert portable == "^([aA][lL][lL]|[nN][oO][nN][eE])$"
    assert python_pattern("(?i)[a-f\\d]{2}") == "[a-f\\dA-F\\d]{2}"


def test_the_copy_schemathesis_reads_has_python_patterns_with_one_located_note_each(spec: Spec) -> None:
    document, notes = portable_document(spec)
    assert document is not None and len(notes) == 2
    assert document["paths"]["/codes/{code}"]["get"]["parameters"][0]["schema"]["pattern"] == "\\A[A-Z]{3}\\Z"
    assert "pattern" not in document["paths"]["/letters"]["get"]["parameters"][0]["schema"]
    assert spec.document["paths"]["/letters"]["get"]["parameters"][0]["schema"]["pattern"] == "^\\p{L}+$"
    dropped = next(note for note in notes if "not a Python regex" in note)
    assert dropped.startswith(f"{spec.path}:") and "/paths/~1letters/get/parameters/0/schema/pattern" in dropped


def test_a_choice_of_a_file_or_a_url_is_fuzzed_with_files(spec: Spec) -> None:
    """Schemathesis' coverage phase stops on ``oneOf: [file, uri]`` (Together AI's transcriptions)."""
    document, notes = with_files_for_file_choices(spec, None)
    assert document is not None
    file = document["paths"]["/audio"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert file["properties"]["file"] == {"$ref": "#/components/schemas/Upload"}
    (note,) = [note for note in notes if "a file or a text value" in note]
    assert note.startswith(f"{spec.path}:") and "/properties/file/oneOf" in note


def test_every_request_media_type_gets_a_serializer(spec: Spec) -> None:
    assert body_kind("application/vnd.ms-excel") == "binary" and body_kind("application/x-yaml") == "text"
    assert body_kind("application/merge-patch+json") == "json" and body_kind("text/csv") == "text"
    registered = register_missing(spec)
    assert set(registered) <= {"application/vnd.ms-excel", "application/x-yaml"}
    for media_type in ("application/vnd.ms-excel", "application/x-yaml"):
        assert REQUESTS_TRANSPORT.get_first_matching_media_type(media_type) is not None


def test_health_checks_that_judge_the_generator_are_suppressed() -> None:
    config = run_config({}, read_only=False, stateful=False, seed=1, max_examples=5)
    assert {"filter_too_much", "too_slow"} <= set(config["suppress-health-check"])


def test_such_operations_are_tested_not_errors(spec: Spec, tmp_path: Path) -> None:
    app, credentials = embedded_mock(spec)
    options = FuzzOptions(
        max_examples=3, seed=1, phases=("examples", "fuzzing"), stateful=False, allow_destructive=True
    )
    result = fuzz(spec, app, tmp_path, options=options, credentials=credentials)
    assert not result.errors, result.errors
    assert set(result.operations_tested) == {
        "GET /codes/{code}",
        "GET /letters",
        "POST /sheets",
        "POST /audio",
        "PUT /settings",
    }
    assert any("not a Python regex" in note for note in result.notes)


RUNNERS: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Runners", "version": "1"},
    "paths": {
        "/runners": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AnyRunner"}}},
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Listing"}}},
                    },
                    "400": {"description": "bad"},
                },
            }
        }
    },
    "components": {
        "schemas": {
            "RunnerType": {"type": "string", "enum": ["sidecar", "runbook"]},
            "Sidecar": {
                "type": "object",
                "required": ["runner_type", "name"],
                "properties": {"runner_type": {"$ref": "#/components/schemas/RunnerType"}, "name": {"type": "string"}},
            },
            "Runbook": {
                "type": "object",
                "required": ["runner_type", "name", "uri"],
                "properties": {
                    "runner_type": {"$ref": "#/components/schemas/RunnerType"},
                    "name": {"type": "string"},
                    "uri": {"type": "string"},
                },
            },
            "AnyRunner": {
                "oneOf": [{"$ref": "#/components/schemas/Sidecar"}, {"$ref": "#/components/schemas/Runbook"}],
                "discriminator": {"propertyName": "runner_type"},
            },
            "Account": {"type": "object", "properties": {"type": {"type": "string", "enum": ["account"]}}},
            "Listing": {
                "type": "object",
                "required": ["included"],
                "properties": {
                    "included": {
                        "type": "array",
                        "items": {
                            "anyOf": [{"$ref": "#/components/schemas/Account"}],
                            "discriminator": {"propertyName": "type"},
                        },
                    }
                },
            },
        }
    },
}


def test_a_discriminator_its_branches_contradict_is_a_located_note_not_an_error(tmp_path: Path) -> None:
    """PagerDuty's runner bodies (runner_type: sidecar, not 'Sidecar') and exavault's type: account: Schemathesis
    pinned the tag the discriminator names and generated nothing, and failed every response of the mock."""
    path = tmp_path / "runners.json"
    path.write_text(json.dumps(RUNNERS, indent=1))
    spec = load_spec(path)
    app, credentials = embedded_mock(spec)
    options = FuzzOptions(max_examples=5, seed=1, phases=("examples", "fuzzing"), stateful=False)
    options = dataclasses.replace(options, allow_destructive=True, checks=("response_schema_conformance",))
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert not result.errors and not result.failures and result.cases > 0, (result.errors, result.failures)
    notes = [note for note in result.notes if "discriminator" in note]
    assert len(notes) == 1 and all(note.startswith(f"{path}:") for note in notes)
    assert any("/components/schemas/AnyRunner/discriminator" in note and "'sidecar'" in note for note in notes)
    assert "discriminator" in spec.document["components"]["schemas"]["AnyRunner"]  # the mock reads the original
    # exavault's one-valued tag is no contradiction left: loading read it as the mapping (a repair)
    listing = spec.document["components"]["schemas"]["Listing"]["properties"]["included"]["items"]
    assert listing["discriminator"]["mapping"] == {"account": "#/components/schemas/Account"}


FILTERED: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Search", "version": "1"},
    "paths": {
        "/search": {
            "get": {
                "parameters": [{"$ref": "#/components/parameters/filters"}],
                "responses": {"200": {"description": "found"}, "400": {"description": "bad"}},
            }
        }
    },
    "components": {
        "parameters": {
            "filters": {
                "name": "filters",
                "in": "query",
                "schema": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/Filter"}},
                "example": [{"scope": "enterprise", "fields": {"category": "online"}}],
            }
        },
        "schemas": {
            "Filter": {
                "type": "object",
                "required": ["scope"],
                "properties": {"scope": {"type": "string"}, "fields": {"type": "object"}},
            }
        },
    },
}


def test_a_query_array_of_objects_is_sent_as_json_and_accepted(tmp_path: Path) -> None:
    """Box's mdfilters: Schemathesis wrote each object as Python's repr, which the mock rightly refused."""
    path = tmp_path / "search.json"
    path.write_text(json.dumps(FILTERED, indent=1))
    spec = load_spec(path)
    app, credentials = embedded_mock(spec)
    options = FuzzOptions(max_examples=10, seed=1, phases=("examples", "fuzzing"), stateful=False)
    checks = ("positive_data_acceptance", "not_a_server_error")
    options = dataclasses.replace(options, checks=checks)
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert result.cases > 0 and not result.failures and not result.errors, (result.failures, result.errors)
    assert [note.split(": ", 2)[1:] for note in result.notes if "JSON" in note] == [
        [
            "/components/parameters/filters",
            "query parameter 'filters' holds objects in an array, which OpenAPI gives no form; sent as JSON",
        ]
    ]
    assert "schema" in spec.document["components"]["parameters"]["filters"]  # the mock reads the original


REFERENCES: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "References", "version": "1"},
    "paths": {
        "/actions/{id}/services": {
            "post": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["service"],
                                "properties": {"service": {"$ref": "#/components/schemas/ServiceReference"}},
                            }
                        }
                    },
                },
                "responses": {"201": {"description": "linked"}, "400": {"description": "bad"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Base": {
                "type": "object",
                "properties": {
                    "id": {"type": "string", "readOnly": True},
                    "type": {"type": "string", "readOnly": True},
                },
            },
            "Reference": {
                "allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["type", "id"]}]
            },
            "ServiceReference": {
                "allOf": [
                    {"$ref": "#/components/schemas/Reference"},
                    {"type": "object", "properties": {"type": {"type": "string", "enum": ["service_reference"]}}},
                ]
            },
        }
    },
}


def test_required_read_only_properties_declared_in_another_all_of_part_are_fuzzed(tmp_path: Path) -> None:
    """PagerDuty's references: Schemathesis forbade id and type in requests and still required them."""
    path = tmp_path / "references.json"
    path.write_text(json.dumps(REFERENCES, indent=1))
    spec = load_spec(path)
    app, credentials = embedded_mock(spec)
    options = FuzzOptions(max_examples=5, seed=1, phases=("examples", "fuzzing"), stateful=False)
    checks = ("positive_data_acceptance", "not_a_server_error")
    options = dataclasses.replace(options, checks=checks, allow_destructive=True)
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert result.cases > 0 and not result.errors and not result.failures, (result.errors, result.failures)
    (note,) = [note for note in result.notes if "allOf part" in note]
    assert ": /components/schemas/Reference/allOf/1: requires type (readOnly), id (readOnly)" in note
    assert "properties" not in spec.document["components"]["schemas"]["Reference"]["allOf"][1]  # the copy only


def _early_access_spec() -> dict[str, Any]:
    """PagerDuty's IP allow lists: every operation requires an ``X-EARLY-ACCESS`` header."""
    early = {"name": "X-EARLY-ACCESS", "in": "header", "required": True, "schema": {"type": "string", "enum": ["on"]}}
    item = {"$ref": "#/components/schemas/List"}
    body = {"required": True, "content": {"application/json": {"schema": item}}}
    one = {
        "200": {"description": "one", "content": {"application/json": {"schema": item}}},
        "404": {"description": "gone"},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Early", "version": "1"},
        "paths": {
            "/lists": {"post": {"parameters": [early], "requestBody": body, "responses": {"201": one["200"]}}},
            "/lists/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}, early],
                "get": {"responses": one},
                "put": {"requestBody": body, "responses": one},
                "delete": {"responses": {"204": {"description": "deleted"}, "404": {"description": "gone"}}},
            },
        },
        "components": {
            "schemas": {
                "List": {
                    "type": "object",
                    "required": ["state"],
                    "properties": {"id": {"type": "string", "readOnly": True}, "state": {"enum": ["on", "off"]}},
                }
            }
        },
    }


def test_lifecycle_reads_carry_the_headers_their_operation_requires(tmp_path: Path) -> None:
    path = tmp_path / "early.json"
    path.write_text(json.dumps(_early_access_spec()))
    spec = load_spec(path)
    app, credentials = embedded_mock(spec)
    checks = ("deleted_resource_gone", "update_visible_on_read", "created_resource_readable")
    options = FuzzOptions(max_examples=5, seed=1, phases=("examples", "fuzzing"), stateful=False)
    options = dataclasses.replace(options, allow_destructive=True, checks=checks)
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert not result.errors and result.cases > 0
    assert not [f for f in result.failures if f.check in checks], result.failures


def _schedules_spec() -> dict[str, Any]:
    """PagerDuty's schedules (the base's readOnly ``type`` redeclared, required) and status page posts (required
    nullable dates): Schemathesis' coverage phase sent ``0`` and ``""`` for them as valid data."""
    base = {
        "type": "object",
        "properties": {"id": {"type": "string", "readOnly": True}, "type": {"type": "string", "readOnly": True}},
    }
    own = {
        "type": "object",
        "required": ["type", "zone", "starts_at"],
        "properties": {
            "type": {"type": "string", "enum": ["schedule"]},
            "zone": {"type": "string"},
            "starts_at": {"type": "string", "format": "date-time", "nullable": True},
            "day": {"type": "string", "format": "date", "nullable": True, "description": "optional"},
        },
    }
    body = {
        "type": "object",
        "required": ["schedule"],
        "properties": {"schedule": {"$ref": "#/components/schemas/Schedule"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Schedules", "version": "1"},
        "paths": {
            "/schedules": {
                "post": {
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {"201": {"description": "made"}, "400": {"description": "bad"}},
                }
            }
        },
        "components": {"schemas": {"Base": base, "Schedule": {"allOf": [{"$ref": "#/components/schemas/Base"}, own]}}},
    }


def test_a_format_beside_a_list_of_types_is_one_branch_per_type_in_the_copy(tmp_path: Path) -> None:
    path = tmp_path / "schedules.json"
    path.write_text(json.dumps(_schedules_spec(), indent=1))
    spec = load_spec(path)
    document, notes = with_formats_per_type(spec, None)
    assert document is not None
    properties = document["components"]["schemas"]["Schedule"]["allOf"][1]["properties"]
    assert properties["starts_at"] == {
        "anyOf": [{"type": "string", "format": "date-time"}, {"type": "null", "format": "date-time"}]
    }
    assert properties["day"]["description"] == "optional" and len(properties["day"]["anyOf"]) == 2
    assert properties["zone"] == {"type": "string"}  # one type: left as written
    assert spec.document["components"]["schemas"]["Schedule"]["allOf"][1]["properties"]["starts_at"]["type"] == [
        "string",
        "null",
    ]  # the copy only
    (note,) = notes
    assert note.startswith(f"{spec.path}:") and "/properties/starts_at and 1 other schema(s)" in note


def test_required_nullable_dates_and_a_redeclared_read_only_property_get_valid_bodies(tmp_path: Path) -> None:
    path = tmp_path / "schedules.json"
    path.write_text(json.dumps(_schedules_spec(), indent=1))
    spec = load_spec(path)
    app, credentials = embedded_mock(spec)
    options = FuzzOptions(max_examples=5, seed=1, phases=("coverage", "fuzzing"), stateful=False)
    options = dataclasses.replace(options, allow_destructive=True, checks=("positive_data_acceptance",))
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert result.cases > 0 and not result.errors and not result.failures, result.failures
    flagged = [note for note in result.notes if "allOf part" in note]
    assert len(flagged) == 1 and "/components/schemas/Schedule/allOf/1: requires type (readOnly)" in flagged[0]


SIGNED: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "Signed", "version": "1"},
    "paths": {
        "/consents": {
            "get": {
                "parameters": [
                    # openbankingproject.ch: the example ends in a line break, which no header can carry
                    {"$ref": "#/components/parameters/Signature"},
                    {"name": "X-Request-ID", "in": "header", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": "listed"}, "400": {"description": "bad"}},
            }
        }
    },
    "components": {
        "parameters": {
            "Signature": {
                "name": "Signature",
                "in": "header",
                "example": 'keyId="SN=9FA1",algorithm="rsa-sha256"\n',
                "examples": {"fine": {"value": 'keyId="x"'}, "spaced": {"value": " padded "}},
                "schema": {"type": "string"},
            }
        }
    },
}


def test_header_examples_no_request_can_carry_are_left_out_and_the_operation_tested(tmp_path: Path) -> None:
    path = tmp_path / "signed.json"
    path.write_text(json.dumps(SIGNED, indent=1))
    spec = load_spec(path)
    app, credentials = embedded_mock(spec)
    options = FuzzOptions(max_examples=5, seed=1, phases=("examples", "fuzzing"), stateful=False)
    options = dataclasses.replace(options, checks=("not_a_server_error",))
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert result.cases > 0 and not result.errors, result.errors
    left_out = sorted(note.split(": ", 2)[1] for note in result.notes if "is no header value" in note)
    assert left_out == [
        "/components/parameters/Signature/example",
        "/components/parameters/Signature/examples/spaced",
    ]
    assert "example" in spec.document["components"]["parameters"]["Signature"]  # the mock reads the original
