"""Component schemas openapi-python-client would leave out (GitHub's spec has ~90): same-titled schemas and
nullable object components. Each must give its own model, and the operations returning it must import."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.codegen.generating import render
from generator.spec.loading import parse_spec

from .conftest import REPO

Doc = dict[str, Any]
OBJECT: Doc = {"type": "object", "properties": {"id": {"type": "integer"}, "links": {"type": "object"}}}


def _returning(*names: str, schemas: Doc, openapi: str = "3.1.0") -> Doc:
    paths = {
        f"/{name}": {
            "get": {
                "operationId": f"get_{name.replace('-', '_')}",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                    }
                },
            }
        }
        for name in names
    }
    info = {"title": "T", "version": "1"}
    return {"openapi": openapi, "info": info, "paths": paths, "components": {"schemas": schemas}}


def _generate(document: Doc, root: Path) -> tuple[list[str], Path]:
    spec = parse_spec(json.dumps(document).encode(), Path("t.json"), "t")
    problems = render(spec, root / "t-client", REPO / "templates", formatted=False)
    return [problem.message for problem in problems], root / "t-client" / "t_client"


def _import_all(package: Path) -> str:
    """Import every module of the package in a fresh interpreter; what failed, one line each."""
    probe = (
        "import importlib, pkgutil, t_client, t_client.api\n"
        "for info in pkgutil.walk_packages(t_client.__path__, 't_client.'):\n"
        "    try: importlib.import_module(info.name)\n"
        "    except Exception as exc: print(info.name, exc)\n"
    )
    command = [sys.executable, "-c", probe]
    result = subprocess.run(command, cwd=package.parent, capture_output=True, text=True, check=True)
    return result.stdout


def _classes(package: Path) -> dict[str, str]:
    """The classes of the package's models module: name -> source."""
    source = (package / "pydantic_models.py").read_text()
    tree = ast.parse(source)
    return {
        node.name: ast.get_source_segment(source, node) or "" for node in tree.body if isinstance(node, ast.ClassDef)
    }


def test_same_titled_schemas_each_get_a_model(tmp_path: Path) -> None:
    schemas = {"simple-user": {**OBJECT, "title": "Simple User"}, "nullable-user": {**OBJECT, "title": "Simple User"}}
    problems, package = _generate(_returning("simple-user", "nullable-user", schemas=schemas), tmp_path)
    assert problems == []
    assert {"SimpleUser", "NullableUser"} <= set(_classes(package))  # the one whose key spells the title keeps it
    assert _import_all(package) == ""


def test_nullable_object_components_are_models_referenced_as_optional(tmp_path: Path) -> None:
    schemas = {
        "app": {**OBJECT, "title": "GitHub app", "nullable": True},  # 3.0: upgraded to type [object, null]
        "location": {"anyOf": [OBJECT, {"type": "null"}], "description": "where"},
        "holder": {"type": "object", "properties": {"app": {"$ref": "#/components/schemas/app"}}},
    }
    problems, package = _generate(_returning("app", "location", "holder", schemas=schemas, openapi="3.0.3"), tmp_path)
    assert problems == []
    assert {"GitHubApp", "Location"} <= set(_classes(package))
    holder = _classes(package)["Holder"]
    assert "app: GitHubApp | None = None" in holder  # null still allowed
    assert _import_all(package) == ""


_ROUND_TRIP = """
from t_client.pydantic_models import Issue
issue = Issue.model_validate({"reactions": {"+1": 3, "-1": 1}})
print(issue.reactions.plus_sign_1, issue.reactions.hyphen_minus_1, sorted(issue.model_dump(by_alias=True)["reactions"]))
"""


def test_properties_differing_only_in_punctuation_keep_their_wire_names(tmp_path: Path) -> None:
    integer = {"type": "integer"}
    counts = {"type": "object", "required": ["+1"], "properties": {"+1": integer, "-1": integer}}
    issue = {"type": "object", "properties": {"reactions": {"$ref": "#/components/schemas/reactions"}}}
    problems, package = _generate(_returning("issue", schemas={"reactions": counts, "issue": issue}), tmp_path)
    assert problems == []
    result = subprocess.run([sys.executable, "-c", _ROUND_TRIP], cwd=package.parent, capture_output=True, text=True)
    assert result.stdout.split() == ["3", "1", "['+1',", "'-1']"], result.stderr


def _run(package: Path, code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code], cwd=package.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def _restriction(mapping: Doc | None) -> Doc:
    kinds = {"type": "string", "enum": ["daily", "weekly"]}
    discriminator: Doc = {"propertyName": "type", **({"mapping": mapping} if mapping else {})}
    return {
        "type": "object",
        "required": ["type", "seconds"],
        "properties": {"type": kinds, "seconds": {"type": "integer"}, "day": {"type": "integer"}},
        "discriminator": discriminator,
    }


_LAYER = """
from t_client.pydantic_models import Layer
sent = {"restrictions": [{"type": "daily", "seconds": 60}, {"type": "weekly", "seconds": 60, "day": 2}]}
layer = Layer.model_validate(sent)
print(layer.model_dump(mode="json", exclude_unset=True) == sent, type(layer.restrictions[1]).__name__)
"""


def test_a_base_schema_whose_discriminator_cannot_select_every_value_stays_the_type(tmp_path: Path) -> None:
    # PagerDuty's Restriction: "daily" names no schema, so only the base describes a daily restriction.
    weekly = {"allOf": [{"$ref": "#/components/schemas/Restriction"}, {"required": ["day"]}]}
    layer = {
        "type": "object",
        "properties": {"restrictions": {"type": "array", "items": {"$ref": "#/components/schemas/Restriction"}}},
    }
    for mapping in (None, {"weekly": "#/components/schemas/Weekly"}):
        schemas = {"Restriction": _restriction(mapping), "Weekly": weekly, "Layer": layer}
        problems, package = _generate(_returning("Layer", schemas=schemas), tmp_path / str(bool(mapping)))
        assert problems == []
        assert _run(package, _LAYER) == ["True", "Restriction"]


def test_a_format_alias_does_not_take_the_name_of_a_schema(tmp_path: Path) -> None:
    # Plaid: a schema named Email (an object) beside format: email strings, whose kept type is also "Email".
    schemas = {
        "Email": {"type": "object", "required": ["data"], "properties": {"data": {"type": "string"}}},
        "User": {
            "type": "object",
            "properties": {
                "email_address": {"type": "string", "format": "email"},
                "emails": {"type": "array", "items": {"$ref": "#/components/schemas/Email"}},
            },
        },
    }
    problems, package = _generate(_returning("User", schemas=schemas), tmp_path)
    assert problems == []
    code = (
        "from t_client.pydantic_models import User\n"
        "user = User.model_validate({'email_address': 'A@Example.com', 'emails': [{'data': 'b@example.com'}]})\n"
        "print(user.email_address, type(user.emails[0]).__name__)\n"
    )
    assert _run(package, code) == ["A@Example.com", "Email"]
