"""Conformance with oasdiff: each case in tests/fixtures/oasdiff/cases.yaml must be classified as oasdiff's checker
tests expect (the rule id is reported, the absent ids are not, breaking or not at oasdiff's level), except where
docs/diff-rules.md lists a deliberate departure. See tests/fixtures/oasdiff/SOURCE.md for where each case comes from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diffing import DIFFERENCES, Level, diff
from generator.spec.loading import parse_spec

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "fixtures/oasdiff/cases.yaml").read_text())
OK = {"200": {"description": "ok"}}
COMPONENTS = {
    "schemas": {
        "Dog": {"type": "object", "properties": {"bark": {"type": "boolean"}}},
        "Cat": {"type": "object", "properties": {"purr": {"type": "boolean"}}},
        "Fox": {"type": "object", "properties": {"den": {"type": "string"}}},
        "Kind": {"type": "string", "enum": ["a", "b"]},
    }
}


def document(side: dict[str, Any]) -> dict[str, Any]:
    """The full document for one side of a case (see SOURCE.md for the four shapes)."""
    media_type = side.get("media_type", "application/json")
    base: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1.0.0"},
        "paths": {},
        "components": COMPONENTS,
    }
    if "request" in side:
        body = {"content": {media_type: {"schema": side["request"]}}}
        base["paths"] = {"/pets": {"post": {"operationId": "addPet", "requestBody": body, "responses": OK}}}
    elif "response" in side:
        responses = {"200": {"description": "ok", "content": {media_type: {"schema": side["response"]}}}}
        base["paths"] = {"/pets": {"get": {"operationId": "listPets", "responses": responses}}}
    elif "parameters" in side:
        operation = {"operationId": "listPets", "parameters": side["parameters"], "responses": OK}
        base["paths"] = {"/pets": {"get": operation}}
    return {**base, **side.get("document", {})}


def expected_breaking(case: dict[str, Any]) -> bool:
    if case["rule"] in DIFFERENCES:
        return DIFFERENCES[case["rule"]].level == Level.BREAKING
    return bool(case["level"] in ("ERR", "WARN"))


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_case_is_classified_as_oasdiff_does(case: dict[str, Any]) -> None:
    old, new = (parse_spec(yaml.safe_dump(document(case[side])).encode(), Path(side)) for side in ("base", "revision"))
    changes = diff(old, new)
    found = {change.id for change in changes}
    assert case["rule"] in found, f"{case['source']}: got {sorted(found)}"
    assert not found & set(case.get("absent", [])), f"{case['source']}: must not report {found & set(case['absent'])}"
    breaking = any(change.level == Level.BREAKING for change in changes)
    assert breaking == expected_breaking(case), f"{case['source']}: {[(c.id, str(c.level)) for c in changes]}"


def test_cases_name_their_source_and_cover_the_reported_gaps() -> None:
    assert all(case["source"].count("::") == 1 and case["level"] in ("ERR", "WARN", "INFO") for case in CASES)
    rules = {case["rule"] for case in CASES}
    gaps = {  # the changes issue 19 found apigen missing
        "webhook-removed",
        "request-property-x-extensible-enum-value-removed",
        "request-parameter-property-type-changed",
        "request-parameter-default-value-changed",
        "request-parameter-default-value-added",
        "request-body-min-items-increased",
        "request-parameter-max-items-decreased",
        "request-body-max-length-set",
        "request-property-all-of-added",
        "response-body-one-of-added",
        "request-property-any-of-removed",
        "request-body-contains-added",
        "response-property-const-changed",
        "request-body-wrapped-in-one-of",
    }
    assert gaps <= rules
