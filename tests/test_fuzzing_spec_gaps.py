"""Fuzzing the embedded mock tells the spec's gaps (a status the mock had to send, undocumented) from failures."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from generator.fuzzing import FuzzFailure, FuzzOptions, FuzzResult, Tally, embedded_mock, fuzz, summary
from generator.fuzzing._gaps import separate_spec_gaps
from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.spec.loading import Spec, load_spec

from .test_mocking_constructs import MockClient

# A secured API that documents no error response at all (as Twilio's spec does), with a resource to delete.
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Gaps", "version": "1"},
    "security": [{"key": []}],
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "integer", "readOnly": True}, "name": {"type": "string"}},
            }
        },
    },
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        },
        "/things/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "get": {
                "operationId": "get_thing",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            },
            "delete": {"operationId": "delete_thing", "responses": {"204": {"description": "gone"}}},
        },
    },
}


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Spec:
    path = tmp_path_factory.mktemp("gaps") / "gaps.json"
    path.write_text(json.dumps(SPEC, indent=1))
    return load_spec(path)


def _failure(check: str, operation: str, status: int) -> FuzzFailure:
    return FuzzFailure(check, operation, "", "Undocumented status code", "", "medium", "fuzzing", status, ())


def test_a_status_the_mock_must_send_is_a_located_warning_and_others_stay_failures(spec: Spec) -> None:
    gap = _failure("status_code_conformance", "GET /things/{id}", 401)
    teapot = _failure("status_code_conformance", "GET /things/{id}", 418)
    crash = _failure("not_a_server_error", "DELETE /things/{id}", 500)
    tallies = {("GET /things/{id}", "status_code_conformance"): Tally(3, 2)}
    result = FuzzResult("gaps", "http://x", 3, (), 9, (gap, teapot, crash), (), tallies)
    separated = separate_spec_gaps(spec, result)
    assert separated.failures == (teapot, crash)
    (warning,) = separated.spec_warnings
    assert warning.is_warning and warning.pointer == "/paths/~1things~1{id}/get/responses"
    assert warning.file == spec.path and warning.line is not None and "401" in warning.message
    assert separated.tallies[("GET /things/{id}", "status_code_conformance")].failed == 2  # the 418 still fails
    only_gap = separate_spec_gaps(spec, FuzzResult("gaps", "http://x", 3, (), 9, (gap,), (), tallies))
    assert only_gap.ok and only_gap.tallies[("GET /things/{id}", "status_code_conformance")].failed == 0


def test_the_mock_answers_404_for_a_deleted_resource_even_when_the_read_documents_none(spec: Spec) -> None:
    client = MockClient(create_app(spec, credentials=MockCredentials()))
    headers = {"X-Key": MockCredentials().api_key}
    created = client.post("/things", json={"name": "a"}, headers=headers)
    assert created.status_code == 201
    thing = f"/things/{created.json()['id']}"
    assert client.get(thing, headers=headers).status_code == 200
    assert client.request("DELETE", thing, headers=headers).status_code == 204
    assert client.get(thing, headers=headers).status_code == 404


OPTIONS = FuzzOptions(max_examples=3, seed=1, phases=("examples", "fuzzing"), checks=("status_code_conformance",))


def test_fuzzing_the_embedded_mock_reports_undocumented_mandatory_statuses_as_spec_warnings(
    spec: Spec, tmp_path: Path
) -> None:
    app, credentials = embedded_mock(spec)
    result = fuzz(spec, app, tmp_path / "mock", options=OPTIONS, credentials=credentials)
    assert result.ok, [(f.check, f.operation, f.status) for f in result.failures]
    statuses = {w.message.split("must answer ")[1].split()[0] for w in result.spec_warnings}
    assert "401" in statuses  # every case without the key; negative data may add 422
    assert "spec warnings" in summary(result) and "Spec warnings" in (tmp_path / "mock" / "report.html").read_text()


def test_against_a_url_status_conformance_stays_a_failure(spec: Spec, tmp_path: Path) -> None:
    app, credentials = embedded_mock(spec)
    with serve_on_loopback(app) as origin:
        result = fuzz(spec, origin, tmp_path / "url", options=OPTIONS, credentials=credentials)
    assert not result.ok and not result.spec_warnings
    assert {f.status for f in result.failures if f.check == "status_code_conformance"} >= {401}


def test_failures_on_operations_no_request_can_tell_apart_are_spec_warnings(tmp_path: Path) -> None:
    ok = {"200": {"description": "ok"}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Shared", "version": "1"},
        "paths": {"/items#files": {"get": {"responses": ok}}, "/items#folders": {"get": {"responses": ok}}},
    }
    (tmp_path / "shared.json").write_text(json.dumps(document))
    spec = load_spec(tmp_path / "shared.json")
    shadowed = _failure("response_schema_conformance", "GET /items#folders", 200)
    first = _failure("response_schema_conformance", "GET /items#files", 200)
    separated = separate_spec_gaps(spec, FuzzResult("shared", "http://x", 2, (), 4, (shadowed, first), (), {}))
    assert separated.failures == (first,)
    (warning,) = separated.spec_warnings
    assert warning.rule == "ambiguous-operation" and "GET /items#files" in warning.message


def test_an_allow_header_of_a_path_split_over_keys_is_a_spec_warning(tmp_path: Path) -> None:
    """Box: GET /schema and PUT /schema#add are one resource; its Allow lists both, Schemathesis expects GET."""
    ok = {"200": {"description": "ok"}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Split", "version": "1"},
        "paths": {"/schema": {"get": {"responses": ok}}, "/schema#add": {"put": {"responses": ok}}},
    }
    (tmp_path / "split.json").write_text(json.dumps(document))
    spec = load_spec(tmp_path / "split.json")
    split = _failure("allow_header_conformance", "GET /schema", 204)
    other = _failure("allow_header_conformance", "GET /elsewhere", 204)
    separated = separate_spec_gaps(spec, FuzzResult("split", "http://x", 2, (), 4, (split, other), (), {}))
    assert separated.failures == (other,)
    (warning,) = separated.spec_warnings
    assert warning.pointer == "/paths/~1schema" and "/schema, /schema#add" in warning.message


def test_a_wrong_json_type_sent_as_a_text_body_is_a_spec_warning(tmp_path: Path) -> None:
    """PagerDuty's text/csv uploads: Schemathesis' "incorrect type" body is text on the wire, which is valid."""
    created = {"201": {"description": "stored"}}
    media = {"text/csv": {"schema": {"type": "string"}}, "application/json": {"schema": {"type": "object"}}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Uploads", "version": "1"},
        "paths": {"/csv": {"post": {"requestBody": {"content": media}, "responses": created}}},
    }
    (tmp_path / "uploads.json").write_text(json.dumps(document))
    spec = load_spec(tmp_path / "uploads.json")
    message = "Invalid data should have been rejected\nInvalid component: in body - incorrect type"

    def sent_as(media_type: str) -> FuzzFailure:
        curl = f"curl -X POST -H 'Content-Type: {media_type}' --data-binary '{{}}' 'http://x/csv'"
        failure = _failure("negative_data_rejection", "POST /csv", 201)
        return dataclasses.replace(failure, message=message, reproduction=(curl,))

    as_text, as_json = sent_as("text/csv"), sent_as("application/json")
    separated = separate_spec_gaps(spec, FuzzResult("uploads", "http://x", 2, (), 4, (as_text, as_json), (), {}))
    assert separated.failures == (as_json,)
    (warning,) = separated.spec_warnings
    assert warning.rule == "untyped-body" and warning.pointer == "/paths/~1csv/post/requestBody"


def test_an_invalid_value_only_in_a_header_openapi_ignores_is_a_spec_warning(spec: Spec) -> None:
    def rejected(component: str) -> FuzzFailure:
        message = f"Invalid data should have been rejected\nInvalid component: {component}"
        return FuzzFailure("negative_data_rejection", "GET /things/{id}", "", "accepted", message, "", "", 200, ())

    ignored = rejected("parameter `Content-Type` in header - violates `enum` at /properties/Content-Type")
    missing = rejected("in header - violates `required` (was Accept, Authorization)")
    real = rejected("parameter `X-Request-Id` in header - violates `pattern`")
    mixed = rejected("\n  - query: violates `additionalProperties`\n  - header: violates `enum` at /properties/Accept")
    failures = (ignored, missing, real, mixed)
    separated = separate_spec_gaps(spec, FuzzResult("gaps", "http://x", 1, (), 4, failures, (), {}))
    assert separated.failures == (real, mixed)
    assert {w.rule for w in separated.spec_warnings} == {"ignored-parameter"}


def test_a_body_documented_for_204_is_a_spec_warning(spec: Spec) -> None:
    unparsable = _failure("response_schema_conformance", "DELETE /things/{id}", 204)
    wrong = _failure("response_schema_conformance", "GET /things/{id}", 200)
    separated = separate_spec_gaps(spec, FuzzResult("gaps", "http://x", 2, (), 4, (unparsable, wrong), (), {}))
    assert separated.failures == (wrong,)
    assert [w.rule for w in separated.spec_warnings] == ["bodiless-status"]


_REF = {"type": "object", "required": ["id", "type"], "properties": {"id": {"type": "string"}, "type": {}}}
AGENTS: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Agents", "version": "1"},
    "paths": {
        "/invocations/{id}": {
            "get": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Invocation"}}},
                    },
                    "404": {"description": "none"},
                },
            }
        }
    },
    "components": {
        "schemas": {
            "UserReference": {
                "allOf": [_REF, {"properties": {"type": {"type": "string", "enum": ["user_reference"]}}}]
            },
            "Agent": {
                "type": "object",
                "required": ["type", "id"],
                "properties": {"id": {"type": "string", "example": "P1"}, "type": {"type": "string"}},
            },
            "Invocation": {
                "type": "object",
                "required": ["agent"],
                "properties": {
                    "agent": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/UserReference"},
                            {"$ref": "#/components/schemas/Agent"},
                            {  # the same as Agent but for its example (PagerDuty's metadata.agent)
                                "type": "object",
                                "required": ["type", "id"],
                                "properties": {"id": {"type": "string", "example": "P2"}, "type": {"type": "string"}},
                            },
                        ]
                    }
                },
            },
        }
    },
}


def test_a_one_of_listing_one_schema_twice_is_a_spec_warning_not_a_mock_failure(tmp_path: Path) -> None:
    path = tmp_path / "agents.json"
    path.write_text(json.dumps(AGENTS, indent=1))
    spec = load_spec(path)
    app, credentials = embedded_mock(spec)
    options = FuzzOptions(
        max_examples=3, seed=1, phases=("examples", "fuzzing"), stateful=False, checks=("response_schema_conformance",)
    )
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert result.cases > 0 and not result.failures, result.failures
    (warning,) = result.spec_warnings
    assert (
        warning.rule == "duplicate-one-of"
        and warning.pointer == "/components/schemas/Invocation/properties/agent/oneOf"
    )
    assert "branches 1 and 2" in warning.message and warning.line is not None


def test_a_one_of_failure_without_twin_branches_stays_a_failure(tmp_path: Path) -> None:
    document = json.loads(json.dumps(AGENTS))
    branches = document["components"]["schemas"]["Invocation"]["properties"]["agent"]["oneOf"]
    branches[2]["properties"]["id"]["type"] = "integer"  # no longer Agent's twin
    path = tmp_path / "agents.json"
    path.write_text(json.dumps(document))
    spec = load_spec(path)
    message = (
        "{} is valid under more than one of the schemas listed in the 'oneOf' keyword\n\n"
        "Schema at /components/schemas/Invocation/properties/agent:\n\n    {}"
    )
    failure = FuzzFailure(
        "response_schema_conformance", "GET /invocations/{id}", "", "Response violates schema", message, "", "", 200, ()
    )
    separated = separate_spec_gaps(spec, FuzzResult("agents", "http://x", 1, (), 1, (failure,), (), {}))
    assert separated.failures == (failure,) and not separated.spec_warnings


def _runners_spec() -> dict[str, Any]:
    """PagerDuty's runner update: oneOf two bodies that require nothing, the runbook one a sidecar one too."""
    name = {"type": "string", "maxLength": 8, "example": "prod"}
    sidecar = {"type": "object", "properties": {"name": name}}
    runbook = {"type": "object", "properties": {"name": name, "uri": {"type": "string", "example": "sub"}}}
    runner = {
        "oneOf": [{"$ref": "#/components/schemas/Sidecar"}, {"$ref": "#/components/schemas/Runbook"}],
        "discriminator": {"propertyName": "runner_type"},
    }
    body = {"type": "object", "required": ["runner"], "properties": {"runner": {"$ref": "#/components/schemas/Runner"}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Runners", "version": "1"},
        "paths": {
            "/runners/{id}": {
                "put": {
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": {"required": True, "content": {"application/json; charset=utf-8": {"schema": body}}},
                    "responses": {"200": {"description": "updated"}, "400": {"description": "bad"}},
                }
            }
        },
        "components": {"schemas": {"Sidecar": sidecar, "Runbook": runbook, "Runner": runner}},
    }


def _sent(runner: dict[str, Any]) -> FuzzFailure:
    body = json.dumps({"runner": runner})
    curl = f"curl -X PUT -H 'Content-Type: application/json' --data-binary '{body}' http://x/runners/1"
    failure = _failure("positive_data_acceptance", "PUT /runners/{id}", 400)
    return dataclasses.replace(failure, title="Schema-valid request rejected", reproduction=(curl,))


def test_a_body_sent_as_valid_that_matches_several_one_of_branches_is_a_spec_warning(tmp_path: Path) -> None:
    (tmp_path / "runners.json").write_text(json.dumps(_runners_spec(), indent=1))
    spec = load_spec(tmp_path / "runners.json")
    both = _sent({"name": "prod", "uri": "x", "runner_type": "Runbook"})  # a runbook body is a sidecar body too
    too_long = _sent({"name": "a name too long", "runner_type": "Runbook"})  # breaks maxLength as well
    accepted = _sent({"name": "prod", "uri": 1})  # valid (only Sidecar takes it): a rejection is the mock's fault
    failures = (both, too_long, accepted)
    separated = separate_spec_gaps(spec, FuzzResult("runners", "http://x", 1, (), 3, failures, (), {}))
    assert separated.failures == (too_long, accepted)
    (warning,) = separated.spec_warnings
    assert warning.rule == "ambiguous-one-of" and warning.pointer == "/components/schemas/Runner/oneOf"
    assert warning.line is not None and "(at /runner)" in warning.message


def test_fuzzing_a_one_of_whose_branches_overlap_reports_the_spec_gap_not_a_mock_failure(tmp_path: Path) -> None:
    (tmp_path / "runners.json").write_text(json.dumps(_runners_spec(), indent=1))
    spec = load_spec(tmp_path / "runners.json")
    app, credentials = embedded_mock(spec)
    options = FuzzOptions(max_examples=5, seed=1, stateful=False, checks=("positive_data_acceptance",))
    options = dataclasses.replace(options, allow_destructive=True, phases=("examples", "coverage", "fuzzing"))
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert result.cases > 0 and not result.errors and not result.failures, result.failures
    assert {w.rule for w in result.spec_warnings} == {"ambiguous-one-of"}


def _problem(example: str, xml_name: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    properties = {"title": {"type": "string", "example": example}, "detail": {"type": "string"}, **(extra or {})}
    return {"type": "object", "properties": properties, "xml": {"name": xml_name}}


def _unblock_spec(tmp_path: Path, second: dict[str, Any]) -> Spec:
    """Vonage's network unblock: its 422 is oneOf two problem schemas differing in their examples and xml names."""
    branches = [{"$ref": "#/components/schemas/InvalidNetwork"}, {"$ref": "#/components/schemas/InvalidDuration"}]
    unprocessable = {"description": "no", "content": {"application/json": {"schema": {"oneOf": branches}}}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Unblock", "version": "1"},
        "paths": {"/network-unblock": {"post": {"responses": {"202": {"description": "ok"}, "422": unprocessable}}}},
        "components": {"schemas": {"InvalidNetwork": _problem("Network not found", "InvalidNetwork"), **second}},
    }
    path = tmp_path / "unblock.json"
    path.write_text(json.dumps(document, indent=1))
    return load_spec(path)


def _root_one_of_failure() -> FuzzFailure:
    message = (  # Schemathesis names no "Schema at" when the oneOf is the response schema itself
        "{} is valid under more than one of the schemas listed in the 'oneOf' keyword\n\n"
        "Validated against the response schema for status code 422.\n\nSchema:\n\n    {}"
    )
    return FuzzFailure(
        "response_schema_conformance", "POST /network-unblock", "", "Response violates schema", message, "", "", 422, ()
    )


def test_a_response_schema_that_is_a_one_of_of_twins_is_a_spec_warning_at_that_one_of(tmp_path: Path) -> None:
    spec = _unblock_spec(tmp_path, {"InvalidDuration": _problem("Invalid unblock_duration", "InvalidDuration")})
    failure = _root_one_of_failure()
    separated = separate_spec_gaps(spec, FuzzResult("unblock", "http://x", 1, (), 1, (failure,), (), {}))
    assert not separated.failures
    (warning,) = separated.spec_warnings
    assert warning.rule == "duplicate-one-of" and warning.line is not None
    assert warning.pointer == "/paths/~1network-unblock/post/responses/422/content/application~1json/schema/oneOf"


def test_branches_differing_in_a_property_named_like_an_annotation_are_not_twins(tmp_path: Path) -> None:
    extra = {"xml": {"type": "integer"}}  # a property named "xml": what the branch accepts differs
    spec = _unblock_spec(tmp_path, {"InvalidDuration": _problem("Invalid unblock_duration", "InvalidDuration", extra)})
    failure = _root_one_of_failure()
    separated = separate_spec_gaps(spec, FuzzResult("unblock", "http://x", 1, (), 1, (failure,), (), {}))
    assert separated.failures == (failure,) and not separated.spec_warnings


EMPLOYEES: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "Employees", "version": "1"},
    "paths": {
        "/employees/{number}": {
            "get": {
                "parameters": [{"name": "number", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Employee"}}},
                    },
                    "404": {"description": "none"},
                },
            }
        },
        "/employees": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Employee"}}
                            }
                        },
                    }
                }
            }
        },
    },
    "components": {
        "schemas": {
            "Employee": {  # e-conomic's: canApprove is required, undeclared, and no other property is allowed
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "canApprove"],
                "properties": {"name": {"type": "string"}},
            }
        }
    },
}


@pytest.mark.parametrize("forbidden", [True, False], ids=["forbidden", "declared"])
def test_a_required_property_its_schema_forbids_is_a_spec_warning(tmp_path: Path, forbidden: bool) -> None:
    document = json.loads(json.dumps(EMPLOYEES))
    if not forbidden:  # declared: a mock that leaves it out would be at fault
        document["components"]["schemas"]["Employee"]["properties"]["canApprove"] = {"type": "boolean"}
    path = tmp_path / "employees.json"
    path.write_text(json.dumps(document, indent=1))
    spec = load_spec(path)
    message = '"canApprove" is a required property\n\nSchema at /components/schemas/Employee:\n\n    {}'
    inline = "'canApprove' is a required property\n\nSchema:\n\n    {}"
    failures = tuple(
        FuzzFailure("response_schema_conformance", operation, "", "Response violates schema", text, "", "", 200, ())
        for operation, text in (("GET /employees", message), ("GET /employees/{number}", inline))
    )
    separated = separate_spec_gaps(spec, FuzzResult("employees", "http://x", 2, (), 2, failures, (), {}))
    if not forbidden:
        assert separated.failures == failures and not separated.spec_warnings
        return
    assert not separated.failures
    assert {(w.rule, w.pointer) for w in separated.spec_warnings} == {
        ("forbidden-required", "/components/schemas/Employee/required")
    }
    assert all(w.line is not None and "'canApprove'" in w.message for w in separated.spec_warnings)
