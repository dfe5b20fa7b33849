"""apigen's CRUD checks: not applicable is reported as such (never as a pass), and what a read must show."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from generator.fuzzing import FuzzOptions, FuzzResult, embedded_mock, fuzz, summary
from generator.fuzzing._crud import crud_plan, mismatches
from generator.spec.loading import load_spec

from .conftest import PETSTORE


@pytest.fixture(scope="module")
def petstore_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[FuzzResult, Path]:
    spec = load_spec(PETSTORE, "petstore")
    target, credentials = embedded_mock(spec, 1)
    reports = tmp_path_factory.mktemp("reports")
    options = FuzzOptions(max_examples=2, seed=1, phases=("examples", "fuzzing"), allow_destructive=True)
    return fuzz(spec, target, reports, options=options, credentials=credentials), reports


def test_a_crud_check_on_a_list_read_is_not_applicable_not_passed(petstore_run: tuple[FuzzResult, Path]) -> None:
    result, _ = petstore_run
    listed = result.tallies[("GET /pets", "crud_walk")]
    assert listed.skipped and not listed.passed and listed.not_applicable
    created = result.tallies[("POST /pets", "created_resource_readable")]
    assert created.passed and not created.not_applicable  # where it applies, it still passes


def test_html_matrix_shows_not_applicable(petstore_run: tuple[FuzzResult, Path]) -> None:
    result, reports = petstore_run
    html = (reports / "report.html").read_text()
    row = next(line for line in html.splitlines() if line.startswith('<tr><td class="op">GET /pets</td>'))
    checks = sorted({check for _, check in result.tallies} | set(result.checks))
    cells = row.split("</td>")[1:-1]
    assert "n/a" in cells[checks.index("crud_walk")]
    assert "&#10004;" not in cells[checks.index("crud_walk")]


def test_junit_marks_not_applicable_checks_skipped(petstore_run: tuple[FuzzResult, Path]) -> None:
    _, reports = petstore_run
    root = ET.parse(reports / "junit.xml").getroot()
    cases = {(c.get("classname"), c.get("name")): c for c in root.iter("testcase")}
    assert cases[("GET /pets", "crud_walk")].find("skipped") is not None
    assert cases[("POST /pets", "created_resource_readable")].find("skipped") is None
    suites = [s for s in root.iter("testsuite") if (s.get("name") or "").endswith("checks")]
    assert suites and int(suites[0].get("skipped") or 0) > 0


def test_summary_names_not_applicable_checks(petstore_run: tuple[FuzzResult, Path]) -> None:
    result, _ = petstore_run
    assert "n/a  crud_walk: not applicable (skipped)" in summary(result)


SPEC = """
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                id: {type: integer, readOnly: true}
                name: {type: string}
                password: {type: string, writeOnly: true}
                nickname: {type: string}
      responses:
        '201': {description: made, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
  /users/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
    put:
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}
      responses: {'204': {description: done}}
components:
  schemas:
    User:
      type: object
      properties:
        id: {type: integer, readOnly: true}
        name: {type: string}
        secret: {type: string, writeOnly: true}
"""


def test_a_read_is_expected_to_show_only_what_its_schema_declares_and_a_client_may_read(tmp_path: Path) -> None:
    (tmp_path / "users.yaml").write_text(SPEC)
    plan = crud_plan(load_spec(tmp_path / "users.yaml"))
    read = ("get", "/users/{id}")
    sent = {"id": 3, "name": "Ann", "password": "hunter2", "nickname": "A"}
    # readOnly id: the client has no say; writeOnly password: never read back; nickname: the read does not declare it
    assert plan.readable(("post", "/users"), read, sent) == {"name": "Ann"}
    assert plan.readable(("put", "/users/{id}"), read, {"name": "Bo", "secret": "s3"}) == {"name": "Bo"}


_FLAGGED_THROUGH_PARTS = """
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /gadgets:
    post:
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Gadget'}}}
      responses:
        '201': {description: made, content: {application/json: {schema: {$ref: '#/components/schemas/Gadget'}}}}
  /gadgets/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Gadget'}}}}
components:
  schemas:
    Position: {type: object, writeOnly: true, properties: {row: {type: integer}}}
    Stamp: {type: string, readOnly: true}
    Base:
      type: object
      properties: {kind: {type: string, readOnly: true}}
    Gadget:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties:
            kind: {type: string, enum: [gadget]}
            name: {type: string}
            position: {allOf: [{$ref: '#/components/schemas/Position'}]}
            created: {$ref: '#/components/schemas/Stamp'}
"""


def test_a_flag_said_through_a_reference_or_an_all_of_part_counts(tmp_path: Path) -> None:
    """Jira's gadget ``position`` (writeOnly through ``allOf`` + ``$ref``), PagerDuty's Schedule ``type`` (readOnly
    in the base, redeclared unflagged): neither is expected back from the read."""
    (tmp_path / "gadgets.yaml").write_text(_FLAGGED_THROUGH_PARTS)
    plan = crud_plan(load_spec(tmp_path / "gadgets.yaml"))
    sent = {"kind": "gadget", "name": "g", "position": {"row": 1}, "created": "now"}
    assert plan.readable(("post", "/gadgets"), ("get", "/gadgets/{id}"), sent) == {"name": "g"}


def test_a_read_that_is_not_an_object_shows_nothing_written() -> None:
    assert mismatches({"name": "Ann"}, ["Ann"]) == ["the read is not a JSON object, so it shows none of ['name']"]
    assert mismatches({}, ["anything"]) == []
