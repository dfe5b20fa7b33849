"""A large spec's identical schemas share one class; every twin's name stays importable as an alias of it."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import load_spec
from generator.codegen import _model_modules, _twins
from generator.codegen._twins import alias_lines, merge_twins
from generator.codegen.generating import render

from .conftest import REPO

_ADDRESS = {"type": "object", "properties": {"street": {"type": "string"}}, "required": ["street"]}


def _holder(ref: str) -> dict[str, Any]:
    return {"type": "object", "properties": {"address": {"$ref": f"#/components/schemas/{ref}"}}}


@pytest.fixture
def merging(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_twins, "MERGE_ABOVE", 0)


@pytest.mark.usefixtures("merging")
def test_twins_merge_until_their_referrers_are_twins_too() -> None:
    schemas = {
        "ShipAddress": copy.deepcopy(_ADDRESS),
        "Address": copy.deepcopy(_ADDRESS),
        "BillAddress": copy.deepcopy(_ADDRESS),
        "ShipHolder": _holder("ShipAddress"),
        "BillHolder": _holder("BillAddress"),
        "Other": {"type": "object", "properties": {"street": {"type": "integer"}}},
    }
    merged = merge_twins(schemas)
    # the shortest name is kept; the holders became identical once their addresses were merged
    assert merged == {"ShipAddress": "Address", "BillAddress": "Address", "ShipHolder": "BillHolder"}
    assert sorted(schemas) == ["Address", "BillHolder", "Other"]
    assert schemas["BillHolder"]["properties"]["address"] == {"$ref": "#/components/schemas/Address"}


@pytest.mark.usefixtures("merging")
def test_discriminator_mappings_and_nested_schemas_follow_the_kept_twin() -> None:
    schemas: dict[str, Any] = {
        "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Kitty": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Pet": {
            "oneOf": [{"$ref": "#/components/schemas/Kitty"}],
            "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Kitty"}},
        },
        # a property named "mapping" holds a schema, whose references are rewritten too
        "Settings": {"type": "object", "properties": {"mapping": {"type": "array", "items": _holder("Kitty")}}},
    }
    merge_twins(schemas)
    assert schemas["Pet"]["oneOf"] == [{"$ref": "#/components/schemas/Cat"}]
    assert schemas["Pet"]["discriminator"]["mapping"] == {"cat": "#/components/schemas/Cat"}
    items = schemas["Settings"]["properties"]["mapping"]["items"]
    assert items["properties"]["address"] == {"$ref": "#/components/schemas/Cat"}


def test_small_specs_keep_every_class() -> None:
    schemas = {"A": copy.deepcopy(_ADDRESS), "B": copy.deepcopy(_ADDRESS)}
    assert merge_twins(schemas) == {}
    assert sorted(schemas) == ["A", "B"]


def test_aliases_are_written_only_for_classes_the_module_defines() -> None:
    code = "class Address(BaseModel):\n    street: str\n"
    lines = alias_lines({"ShipAddress": "Address", "Loose": "Collapsed"}, code)
    assert lines.strip() == "ShipAddress = Address"


def _twins_spec(tmp_path: Path) -> Path:
    schemas: dict[str, Any] = {
        "Address": copy.deepcopy(_ADDRESS),
        "ShipAddress": copy.deepcopy(_ADDRESS),
        "ShipHolder": _holder("ShipAddress"),
        "Holder": _holder("Address"),
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Twins", "version": "1.0.0"},
        "paths": {
            "/holders/ship": {
                "get": {
                    "operationId": "getShipHolder",
                    "responses": {
                        "200": {
                            "description": "the ship holder",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ShipHolder"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }
    path = tmp_path / "twins.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


@pytest.mark.usefixtures("merging")
@pytest.mark.parametrize("split", [False, True], ids=["one-module", "split"])
def test_a_client_with_twins_imports_types_and_parses_through_the_alias(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: bool
) -> None:
    if split:
        monkeypatch.setattr(_model_modules, "SPLIT_ABOVE", 0)
    root = tmp_path / "twins-client"
    render(load_spec(_twins_spec(tmp_path)), root, REPO / "templates")
    models = "".join(p.read_text() for p in (root / "twins_client").rglob("*.py") if "api" not in p.parts)
    assert models.count("class Holder(") == 1 and "class ShipHolder(" not in models
    assert "ShipHolder = Holder" in models
    probe = (
        "from twins_client.pydantic_models import Holder, ShipHolder, ShipAddress, Address\n"
        "from twins_client.api.default import get_ship_holder\n"
        "assert ShipHolder is Holder and ShipAddress is Address\n"
        "held = ShipHolder.model_validate({'address': {'street': 'Main'}})\n"
        "assert held.address.street == 'Main'\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "twins_client"]
    checked = subprocess.run(mypy, cwd=root, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
