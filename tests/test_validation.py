from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import SpecError, UsageError, check, load_spec, validate
from generator.spec.project import Project

from .conftest import FIXTURES, PETSTORE, REPO

BROKEN = FIXTURES / "broken"
EXPECTED: dict[str, dict[str, object]] = json.loads((BROKEN / "expected.json").read_text())


def test_the_corpus_is_large_and_complete() -> None:
    files = {p.stem for p in BROKEN.glob("*.yaml")}
    assert len(files) >= 20
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_spec_is_rejected_precisely(name: str) -> None:
    expected = EXPECTED[name]
    path = BROKEN / f"{name}.yaml"
    try:
        problems = check(load_spec(path))
    except SpecError as exc:
        problems = exc.problems
    matching = [
        p
        for p in problems
        if p.rule == expected["rule"] and str(expected["message"]) in p.message and p.pointer == expected["pointer"]
    ]
    assert matching, f"no problem like {expected} in {[str(p) for p in problems]}"
    assert matching[0].line == expected["line"]
    assert matching[0].file == path
    assert str(matching[0]).startswith(f"{path}:{expected['line']}: {expected['pointer'] or '/'}: [{expected['rule']}]")


def test_fixture_spec_is_valid() -> None:
    spec = load_spec(PETSTORE)
    assert validate(spec) is spec


@pytest.mark.parametrize("api", Project(REPO).api_names())
def test_project_specs_are_valid(api: str) -> None:
    assert check(Project(REPO).load(api)) == []


def test_problems_are_sorted_and_reported_together(tmp_path: Path) -> None:
    text = PETSTORE.read_text().replace("operationId: get_pet\n", "operationId: getPet\n")
    text = text.replace("version: 1.0.0", "version: one")
    spec_path = tmp_path / "two.yaml"
    spec_path.write_text(text)
    with pytest.raises(SpecError) as info:
        validate(load_spec(spec_path))
    rules = [p.rule for p in info.value.problems]
    assert rules == ["version", "operation-id"]
    assert [p.line for p in info.value.problems] == sorted(p.line or 0 for p in info.value.problems)


def test_every_problem_of_a_json_spec_is_pinned() -> None:
    """Rule, pointer, line, message and severity of every problem, in order, on a JSON spec with one of each
    kind (repairs, path templates, conventions, examples reached through ``$ref``, defaults): the fast paths of
    loading and validation (line index, schema walks) must report exactly what the plain ones did."""
    path = FIXTURES / "problems" / "many.json"
    found = [str(problem).replace(f"{path.parent}/", "") for problem in check(load_spec(path))]
    assert found == (FIXTURES / "problems" / "many.expected.txt").read_text().splitlines()


def _lenient_copy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vendor.yaml"
    path.write_text(text.replace("x-apigen-strict: true\n", ""))
    return path


def test_house_conventions_are_warnings_unless_the_spec_opts_in(tmp_path: Path) -> None:
    text = PETSTORE.read_text().replace("operationId: get_pet\n", "operationId: getPet\n")
    lenient = load_spec(_lenient_copy(tmp_path, text))
    assert validate(lenient) is lenient
    (warning,) = check(lenient)
    assert warning.is_warning and warning.rule == "operation-id"
    assert ": [operation-id] warning: operationId 'getPet'" in str(warning)
    strict_path = tmp_path / "strict.yaml"
    strict_path.write_text(text)
    with pytest.raises(SpecError, match="getPet"):
        validate(load_spec(strict_path))


def test_example_contradicting_its_schema_is_a_warning_with_its_line(tmp_path: Path) -> None:
    text = (BROKEN / "response_example_wrong_type.yaml").read_text()
    spec = load_spec(_lenient_copy(tmp_path, text))
    warnings = [p for p in check(spec) if p.rule == "examples"]
    assert warnings and all(p.is_warning and p.line for p in warnings)


def test_ecma_regex_is_not_an_error(tmp_path: Path) -> None:
    text = PETSTORE.read_text().replace("name: {type: string", "name: {type: string, pattern: '^\\\\p{L}+$'", 1)
    assert "p{L}" in text
    spec = load_spec(_lenient_copy(tmp_path, text))
    assert [p for p in check(spec) if not p.is_warning] == []


def test_defaults_contradicting_their_schema_are_located(tmp_path: Path) -> None:
    text = PETSTORE.read_text().replace(
        "schema: {type: integer, minimum: 1}", 'schema: {type: integer, minimum: 1, default: "x"}', 1
    )
    spec = load_spec(_lenient_copy(tmp_path, text))
    (warning,) = [p for p in check(spec) if p.rule == "examples"]
    assert warning.pointer.endswith("/schema/default") and warning.line is not None


def test_project_finds_yaml_yml_and_json_specs(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    for name in ("a.yaml", "b.yml", "c.json", "a.docs.yaml", "_fragment.yaml", "notes.md"):
        (tmp_path / "specs" / name).write_text("{}")
    project = Project(tmp_path)
    assert project.api_names() == ["a", "b", "c"]
    assert project.spec_path("c").name == "c.json"


def test_two_files_for_one_api_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    for name in ("a.yaml", "a.json"):
        (tmp_path / "specs" / name).write_text("{}")
    with pytest.raises(UsageError, match="two specs for API 'a'"):
        Project(tmp_path).api_names()


def test_same_template_with_disjoint_methods_is_a_warning_for_a_vendor_spec(tmp_path: Path) -> None:
    text = (BROKEN / "duplicate_path_template.yaml").read_text()
    # the fixture's second template holds only DELETE; GET stays on the first one
    lenient = load_spec(_lenient_copy(tmp_path, text))
    (problem,) = [p for p in check(lenient) if p.rule == "paths"]
    assert problem.is_warning and "routed by method" in problem.message
    both_get = text.replace(
        "  /pets/{id}:  # <-- defect\n",
        "  /pets/{id}:  # <-- defect\n    get: {responses: {'200': {description: ok}}}\n",
    )
    (shared,) = [p for p in check(load_spec(_lenient_copy(tmp_path, both_get))) if p.rule == "paths"]
    assert not shared.is_warning and "both declare GET" in shared.message


def test_link_parameters_may_be_any_value_and_links_may_name_a_server(tmp_path: Path) -> None:
    text = PETSTORE.read_text().replace(
        "          description: The pet.\n",
        "          description: The pet.\n"
        "          links:\n"
        "            again: {operationId: get_pet, parameters: {pet_id: 7}, server: {url: 'https://other.example'}}\n",
        1,
    )
    assert "again:" in text
    spec = load_spec(_lenient_copy(tmp_path, text))
    assert [p for p in check(spec) if p.rule == "structure"] == []
