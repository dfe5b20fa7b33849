"""Example and default checks remembered between runs: by the value, the schema and all it references."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import check
from generator.spec import json_schema
from generator.spec.loading import Spec, parse_spec


def _document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {
            "/users": {
                "get": {
                    "description": "Users.",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/User"},
                                    "example": {"login": "octocat"},
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "User": {"type": "object", "properties": {"login": {"$ref": "#/components/schemas/Login"}}},
                "Login": {"type": "string"},
                "Status": {
                    "type": "object",
                    "properties": {
                        "url": {"type": "string", "format": "uri", "default": ""},
                        "note": {"type": "string", "default": ""},
                    },
                },
            }
        },
    }


def _spec(document: dict[str, Any], tmp_path: Path) -> Spec:
    return parse_spec(json.dumps(document).encode(), tmp_path / "api.json")


def _messages(spec: Spec, memo: Path | None) -> list[str]:
    return [f"{p.pointer}: {p.message}" for p in check(spec, memo) if p.rule == "examples"]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The schemas jsonschema was asked to check against, one per check actually run."""
    runs: list[object] = []
    real = json_schema.schema_ref
    monkeypatch.setattr(json_schema, "schema_ref", lambda pointer: runs.append(pointer) or real(pointer))
    return runs


def test_remembered_checks_report_what_fresh_ones_do(tmp_path: Path, counted: list[object]) -> None:
    memo = tmp_path / "cache" / "checks.json"
    fresh = _messages(_spec(_document(), tmp_path), None)
    assert fresh == [
        "/components/schemas/Status/properties/url/default: default does not match its schema at /: '' is not a 'uri'"
    ]
    assert _messages(_spec(_document(), tmp_path), memo) == fresh and memo.is_file()
    counted.clear()
    assert _messages(_spec(_document(), tmp_path), memo) == fresh
    assert counted == []  # every check came from the memo


def test_a_description_reaches_no_check_and_a_referenced_schema_reaches_its_examples(
    tmp_path: Path, counted: list[object]
) -> None:
    memo = tmp_path / "checks.json"
    _messages(_spec(_document(), tmp_path), memo)
    described = _document()
    described["paths"]["/users"]["get"]["description"] = "Every user."
    counted.clear()
    _messages(_spec(described, tmp_path), memo)
    assert counted == []
    tightened = _document()
    tightened["components"]["schemas"]["Login"]["maxLength"] = 3  # read by the example through User
    counted.clear()
    messages = _messages(_spec(tightened, tmp_path), memo)
    assert len(counted) == 1
    assert any("example does not match its schema at /login" in message for message in messages)


def test_a_memo_keeps_only_the_last_runs_checks(tmp_path: Path) -> None:
    memo = tmp_path / "checks.json"
    _messages(_spec(_document(), tmp_path), memo)
    before = set(json.loads(memo.read_text()))
    tightened = _document()
    tightened["components"]["schemas"]["Login"]["maxLength"] = 3
    _messages(_spec(tightened, tmp_path), memo)
    after = set(json.loads(memo.read_text()))
    assert len(after) == len(before) and len(after - before) == 1


def test_an_unreadable_memo_is_checked_afresh(tmp_path: Path) -> None:
    memo = tmp_path / "checks.json"
    memo.write_text("not json")
    assert _messages(_spec(_document(), tmp_path), memo) == _messages(_spec(_document(), tmp_path), None)
