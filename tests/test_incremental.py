"""Regeneration after a spec change reuses what the change does not touch and writes exactly what a full
regeneration writes."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import GenerationError, load_spec
from generator.codegen import (
    _classes,
    _model_modules,
    _operations,
    _reuse,
    client_generation,
    generating,
    model_generation,
)
from generator.codegen.generating import STAMP, generate
from generator.spec.project import Project

from .conftest import PETSTORE, REPO, petstore_project, snapshot


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


def _json_checkout(root: Path, api: str, document: dict[str, Any]) -> Project:
    (root / "specs").mkdir(parents=True)
    (root / "specs" / f"{api}.json").write_text(json.dumps(document, indent=1))
    shutil.copytree(REPO / "templates", root / "templates")
    return Project(root)


def _describe_first_operation(document: dict[str, Any]) -> str:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                operation["description"] = f"{operation.get('description', '')} Changed by the test."
                return f"{method} {path}"
    raise AssertionError("no operation")


def _limit_first_string(document: dict[str, Any]) -> str:
    for name, schema in document["components"]["schemas"].items():
        for field, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("type") == "string" and "maxLength" not in prop:
                prop["maxLength"] = 4321
                return f"{name}.{field}"
    raise AssertionError("no string property")


def _formatted(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records every path handed to ruff from now on."""
    seen: list[Path] = []
    original = generating.format_files

    def recording(cwd: Path, paths: list[Path]) -> None:
        seen.extend(paths)
        original(cwd, paths)

    monkeypatch.setattr(generating, "format_files", recording)
    return seen


@pytest.mark.parametrize("api", ["provider", "mdintegrations"])
@pytest.mark.parametrize("edit", [_describe_first_operation, _limit_first_string], ids=["description", "property"])
def test_only_changed_files_are_formatted_and_output_matches_a_full_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, api: str, edit: Callable[[dict[str, Any]], str]
) -> None:
    """Real specs the tests were not written against, edited where the edit finds a place, split models."""
    monkeypatch.setattr(_model_modules, "SPLIT_ABOVE", 0)
    document = dict(Project(REPO).load(api).document)
    work = _json_checkout(tmp_path / "work", api, document)
    generate(work, [work.load(api)])
    before = snapshot(work.client_dir(api))
    stamp = json.loads(before[STAMP])
    assert sorted(stamp["files"]) == sorted(name for name in before if name != STAMP)

    edit(document)
    work.spec_path(api).write_text(json.dumps(document, indent=1))
    with monkeypatch.context() as patch:
        formatted = _formatted(patch)
        (outcome,) = generate(work, [work.load(api)])
    after = snapshot(work.client_dir(api))
    fresh = _json_checkout(tmp_path / "fresh", api, document)
    generate(fresh, [fresh.load(api)], force=True)
    assert outcome.status == "generated"
    assert after == snapshot(fresh.client_dir(api))  # byte for byte, the stamp and its keys included

    changed = {name for name in after if before.get(name) != after[name] and name.endswith(".py")}
    names = {path.as_posix().split(f"/{api}-client/", 1)[1] for path in formatted}  # formatted in a scratch copy
    assert changed, "the edit changed no module"
    if edit is _describe_first_operation:  # the models stay; only the modules whose text changed go to ruff
        assert names == changed
    else:  # the models are rendered again: every model module goes to ruff, no operation module does
        assert changed <= names
        assert not any("/api/" in name for name in names)


def test_formatting_file_by_file_writes_what_formatting_the_folder_writes(tmp_path: Path) -> None:
    """ruff is handed the files it must format one by one; it formats the same files when handed the folder
    (Python, and the Python blocks of the README)."""
    project = _checkout(tmp_path / "work")
    spec = project.load("petstore")
    generate(project, [spec])
    folder = tmp_path / "folder" / spec.project_name
    generating.render(spec, folder, project.templates_dir)  # one ruff run over the folder
    by_file = snapshot(project.client_dir("petstore"))
    del by_file[STAMP]
    assert by_file == snapshot(folder)


def test_operation_modules_rendered_in_a_forked_process_are_the_ones_rendered_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large spec's operation modules render in a second process beside its resource modules."""
    from generator.codegen import client_generation

    spec = Project(REPO).load("mdintegrations")
    here = tmp_path / "here" / spec.project_name
    generating.render(spec, here, REPO / "templates", formatted=False)
    writers = tmp_path / "writers"
    original = client_generation._Endpoints.write

    def noted(self: Any) -> set[str]:  # runs where the operation modules are rendered
        writers.write_text(str(os.getpid()))
        return original(self)

    monkeypatch.setattr(client_generation, "_FORK_ABOVE", 0)
    monkeypatch.setattr(client_generation._Endpoints, "write", noted)
    forked = tmp_path / "forked" / spec.project_name
    generating.render(spec, forked, REPO / "templates", formatted=False)
    assert snapshot(forked) == snapshot(here)
    assert any("/api/" in name for name in snapshot(forked))
    assert int(writers.read_text()) != os.getpid()


def _rendered_modules(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every operation and resource module rendered (not taken from the earlier client) from now on."""
    rendered: list[str] = []
    original = generating._sources

    def sources(package_dir: Path, keys: dict[str, str], reuse: _reuse.Reuse) -> dict[str, Any]:
        rendered.extend(sorted(set(keys) - set(reuse.taken)))  # taken here or in the fork rendering them
        return original(package_dir, keys, reuse)

    monkeypatch.setattr(generating, "_sources", sources)
    return rendered


@pytest.mark.parametrize("split", [False, True], ids=["one module", "split"])
def test_a_description_change_renders_only_the_modules_showing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: bool
) -> None:
    if split:
        monkeypatch.setattr(_model_modules, "SPLIT_ABOVE", 0)
    monkeypatch.setattr(client_generation, "_FORK_ABOVE", 0)  # the large spec's way: rendered in a fork
    document = yaml.safe_load((REPO / "specs" / "mdintegrations.yaml").read_text())
    project = _json_checkout(tmp_path / "work", "mdintegrations", document)
    generate(project, [project.load("mdintegrations")])
    changed = _describe_first_operation(document)
    project.spec_path("mdintegrations").write_text(json.dumps(document, indent=1))
    rendered = _rendered_modules(monkeypatch)
    generate(project, [project.load("mdintegrations")])
    method, path = changed.split(" ", 1)
    operation = document["paths"][path][method]
    assert len(rendered) == 2, rendered  # the operation's module and its resource's: 66 others and 13 taken
    assert any(name.startswith("api/") for name in rendered) and any(n.startswith("resources/") for n in rendered)
    client = project.client_dir("mdintegrations")
    assert any(
        operation["description"].split()[-1].encode() in (client / "mdintegrations_client" / n).read_bytes()
        for n in rendered
    )
    fresh = _json_checkout(tmp_path / "fresh", "mdintegrations", document)
    generate(fresh, [fresh.load("mdintegrations")], force=True)
    assert snapshot(client) == snapshot(fresh.client_dir("mdintegrations"))


def test_a_module_is_taken_only_while_its_classes_are_where_they_were(tmp_path: Path) -> None:
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "a.py").write_text("from ..._models.user import User\n")
    earlier = {"api/a.py": _reuse.Source("k", {"User": "user"})}
    reuse = _reuse.Reuse(tmp_path, earlier, "salt")
    assert not reuse.take("api/a.py", "other key", tmp_path / "copy.py") and not (tmp_path / "copy.py").exists()
    assert reuse.take("api/a.py", "k", tmp_path / "copy.py") and reuse.taken == {"api/a.py"}
    assert reuse.still_placed({"User": "user", "Other": "other"})
    assert not reuse.still_placed({"User": "users"})  # its import would point at the wrong module
    assert not reuse.nothing().take("api/a.py", "k", tmp_path / "again.py")


def test_a_key_covers_the_schema_a_slot_holds_and_every_field_of_a_dataclass() -> None:
    holder = {"schema": {"type": "string"}}
    entry = _operations.Parameter("q", "query", "q", False, "", _classes.Slot(holder, "schema"))
    reuse = _reuse.Reuse(None, {}, "salt")
    before = reuse.key(entry)
    holder["schema"] = {"type": "string", "maxLength": 3}
    assert reuse.key(entry) != before
    again = reuse.key(entry)
    entry.deep = True
    assert reuse.key(entry) != again
    assert _reuse.Reuse(None, {}, "other salt").key(entry) != reuse.key(entry)


def test_imports_are_read_as_the_rewrite_points_them() -> None:
    source = "from ...pydantic_models import A, B\nfrom ..._models.user import User, UserKind\nimport x\n"
    assert _model_modules.split_imports(source, "pydantic_models") == {
        "A": "",
        "B": "",
        "User": "user",
        "UserKind": "user",
    }


def test_a_module_taken_from_the_earlier_client_is_checked_by_its_recorded_imports(tmp_path: Path) -> None:
    """A taken module is not read again: the classes its record says it imports must still be defined."""
    package = tmp_path / "pkg"
    (package / "api").mkdir(parents=True)
    (package / "api" / "op.py").write_text("from ..pydantic_models import Gone\n")  # taken: not read
    reuse = _reuse.Reuse(None, {"api/op.py": _reuse.Source("key", {"Gone": "gone"})}, "salt", {"api/op.py"})
    spec = load_spec(PETSTORE)
    with pytest.raises(GenerationError, match="were not generated: Gone"):
        generating._check_no_model_lost(spec, {"Pet"}, package, reuse)
    generating._check_no_model_lost(spec, {"Pet", "Gone"}, package, reuse)


def test_a_key_of_keys_json_cannot_sort_still_reads_every_value() -> None:
    """A YAML spec's responses hold ``200`` beside ``"default"``: json cannot sort them, the key is made all the same,
    dataclasses and a schema's slot included, and it changes with what they hold."""
    reuse = _reuse.Reuse(None, {}, "salt")
    holder = {"schema": {"type": "string"}}
    responses: dict[object, object] = {200: _classes.Slot(holder, "schema"), "default": {"kinds": {"a", "b"}}}
    before = reuse.key(responses)
    assert before == reuse.key(dict(responses)) and len(before) == 64
    holder["schema"] = {"type": "integer"}
    assert reuse.key(responses) != before
