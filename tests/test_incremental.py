"""Regeneration after a spec change reuses what the change does not touch and writes exactly what a full
regeneration writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.codegen import _model_modules, model_generation
from generator.codegen.generating import STAMP, generate
from generator.spec.project import Project

from .conftest import petstore_project, snapshot


def _checkout(root: Path) -> Project:
    root.mkdir()
    return petstore_project(root)


def _edit(project: Project, old: str, new: str) -> None:
    path = project.spec_path("petstore")
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def _full(tmp_path: Path, source: Project) -> dict[str, bytes]:
    """A from-scratch regeneration of ``source``'s spec in a second checkout."""
    fresh = _checkout(tmp_path / "fresh")
    fresh.spec_path("petstore").write_text(source.spec_path("petstore").read_text())
    generate(fresh, [fresh.load("petstore")], force=True)
    return snapshot(fresh.client_dir("petstore"))


def _models_never_rendered(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the models were rendered again")

    monkeypatch.setattr(model_generation, "render_models", fail)


@pytest.mark.parametrize("split", [False, True], ids=["one module", "split"])
def test_description_change_reuses_models_and_matches_full_regeneration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: bool
) -> None:
    if split:
        monkeypatch.setattr(_model_modules, "SPLIT_ABOVE", 0)
    project = _checkout(tmp_path / "work")
    generate(project, [project.load("petstore")])
    _edit(project, "description: Reads one pet.", "description: Reads one pet, by id.")
    with monkeypatch.context() as patch:
        _models_never_rendered(patch)
        (outcome,) = generate(project, [project.load("petstore")])
    assert outcome.status == "generated"
    incremental = snapshot(project.client_dir("petstore"))
    assert any(b"Reads one pet, by id." in content for content in incremental.values())
    assert incremental == _full(tmp_path, project)


@pytest.mark.parametrize("split", [False, True], ids=["one module", "split"])
def test_property_change_renders_models_again_and_matches_full_regeneration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: bool
) -> None:
    if split:
        monkeypatch.setattr(_model_modules, "SPLIT_ABOVE", 0)
    project = _checkout(tmp_path / "work")
    generate(project, [project.load("petstore")])
    _edit(project, "message: {type: string}", "message: {type: string, maxLength: 500}")
    generate(project, [project.load("petstore")])
    incremental = snapshot(project.client_dir("petstore"))
    assert any(b"max_length=500" in content for content in incremental.values())
    assert incremental == _full(tmp_path, project)


def test_force_and_edited_output_render_the_models_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _checkout(tmp_path / "work")
    generate(project, [project.load("petstore")])
    _edit(project, "description: Reads one pet.", "description: Reads one pet, by id.")
    with monkeypatch.context() as patch:
        _models_never_rendered(patch)
        with pytest.raises(AssertionError, match="rendered again"):
            generate(project, [project.load("petstore")], force=True)
    models = project.client_dir("petstore") / "petstore_client" / "pydantic_models.py"
    models.write_text(models.read_text() + "\n# edited by hand\n")
    _edit(project, "description: Reads one pet, by id.", "description: Reads one pet.")
    generate(project, [project.load("petstore")])  # the edited models are not reused: rendered afresh
    assert "# edited by hand" not in models.read_text()
    assert (project.client_dir("petstore") / STAMP).is_file()
