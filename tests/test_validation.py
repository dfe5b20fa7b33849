from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import SpecError, check, load_spec, validate
from generator.project import Project

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
