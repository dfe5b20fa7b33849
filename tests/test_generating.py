from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import GenerationError, SpecError, load_spec
from generator.codegen import _placing, generating, model_generation
from generator.codegen.generating import STAMP, check, compare_trees, generate, render
from generator.spec.loading import parse_spec
from generator.spec.project import Project

from .conftest import PETSTORE, REPO, snapshot


def test_render_is_deterministic(tmp_path: Path) -> None:
    spec = load_spec(PETSTORE)
    templates = Path(__file__).resolve().parents[1] / "templates"
    render(spec, tmp_path / "a", templates)
    render(spec, tmp_path / "b", templates)
    first, second = snapshot(tmp_path / "a"), snapshot(tmp_path / "b")
    assert first == second
    assert "petstore_client/pydantic_models.py" in first
    assert "petstore_client/py.typed" in first
    assert "pyproject.toml" in first


def test_generate_writes_then_skips_unchanged(tmp_project: Project) -> None:
    spec = tmp_project.load("petstore")
    (first,) = generate(tmp_project, [spec])
    assert first.status == "generated" and first.files > 10
    assert (tmp_project.client_dir("petstore") / STAMP).is_file()
    (second,) = generate(tmp_project, [spec])
    assert second.status == "unchanged"
    assert generating.up_to_date(tmp_project, ["petstore"]) == ["petstore"]
    (forced,) = generate(tmp_project, [spec], force=True)
    assert forced.status == "generated"


def test_hand_edit_is_detected_and_undone(tmp_project: Project) -> None:
    spec = tmp_project.load("petstore")
    generate(tmp_project, [spec])
    client = tmp_project.client_dir("petstore")
    edited = client / "petstore_client" / "client.py"
    original = edited.read_bytes()
    edited.write_text("# hand edit\n")
    (client / "petstore_client" / "extra.py").write_text("x = 1\n")
    drifts = {(d.file, d.change) for d in check(tmp_project, [spec])}
    assert ("petstore_client/client.py", "changed") in drifts
    assert ("petstore_client/extra.py", "unexpected") in drifts
    (outcome,) = generate(tmp_project, [spec])  # the stamp's output digest no longer matches
    assert outcome.status == "generated"
    assert edited.read_bytes() == original
    assert not (client / "petstore_client" / "extra.py").exists()
    assert check(tmp_project, [spec]) == []


def test_a_hand_edit_of_the_same_size_is_detected_after_a_quick_check(tmp_project: Project) -> None:
    """The no-op check reads the files' stats where the last run saw them hash to the stamp; an edit that keeps
    a file's size still changes its time, so the client is hashed, found edited and rendered again."""
    spec = tmp_project.load("petstore")
    generate(tmp_project, [spec])
    assert (tmp_project.cache_dir / "petstore" / "outputs.json").is_file()
    assert generating.is_current(tmp_project, spec.name, spec.source)
    edited = tmp_project.client_dir("petstore") / "petstore_client" / "client.py"
    original = edited.read_bytes()
    edited.write_bytes(original.replace(b"class", b"CLASS", 1))
    assert not generating.is_current(tmp_project, spec.name, spec.source)
    (outcome,) = generate(tmp_project, [spec])
    assert outcome.status == "generated" and edited.read_bytes() == original


def test_templates_are_kept_compiled_under_our_codes_digest(tmp_project: Project) -> None:
    """The compiled templates are named by our code's digest (the environment's options shape them, and jinja2
    keys them by source alone); an earlier digest's are dropped; a rendering from them writes the same files."""
    spec = tmp_project.load("petstore")
    stale = tmp_project.cache_dir / "templates" / "0000000000000000-x.cache"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"from an earlier version")
    generate(tmp_project, [spec])
    compiled = sorted((tmp_project.cache_dir / "templates").iterdir())
    assert compiled and not stale.exists()
    assert {path.name.split("-")[0] for path in compiled} == {generating._code_digest()[:16]}
    (outcome,) = generate(tmp_project, [spec], force=True)  # rendered from the compiled templates
    assert outcome.status == "generated" and check(tmp_project, [spec]) == []  # as a rendering without them


def test_template_change_invalidates_cache(tmp_project: Project) -> None:
    spec = tmp_project.load("petstore")
    generate(tmp_project, [spec])
    readme = tmp_project.templates_dir / "package" / "README.md.jinja"
    readme.write_text(readme.read_text() + "\nExtra line.\n")
    assert not generating.is_current(tmp_project, spec.name, spec.source)
    assert generating.up_to_date(tmp_project, ["petstore"]) == []
    (outcome,) = generate(tmp_project, [spec])
    assert outcome.status == "generated"
    assert (tmp_project.client_dir("petstore") / "README.md").read_text().rstrip().endswith("Extra line.")


def test_failed_generation_leaves_previous_output(tmp_project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_project.load("petstore")
    generate(tmp_project, [spec])
    before = snapshot(tmp_project.generated_dir)

    def explode(*args: object, **kwargs: object) -> None:
        raise GenerationError("boom")

    monkeypatch.setattr(model_generation, "render_models", explode)
    with pytest.raises(GenerationError, match="boom"):
        generate(tmp_project, [spec], force=True, jobs=1)
    assert snapshot(tmp_project.generated_dir) == before
    assert not list(tmp_project.generated_dir.glob(".apigen-*"))


def test_a_gate_that_refuses_after_the_rendering_leaves_previous_output(
    tmp_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ram = tmp_path / "ram"
    ram.mkdir()
    monkeypatch.setattr(_placing, "_RAM_FOLDER", ram)
    spec = tmp_project.load("petstore")
    generate(tmp_project, [spec])
    before = snapshot(tmp_project.generated_dir)
    called: list[bool] = []

    def refuse() -> None:  # what the CLI's validation, run beside the rendering, does with an error
        called.append(any(ram.glob(".apigen-*/petstore-client/petstore_client/client.py")))
        raise SpecError([])

    with pytest.raises(SpecError):
        generate(tmp_project, [spec], force=True, gate=refuse)
    assert called == [True]  # asked once everything was rendered, before the swap
    assert snapshot(tmp_project.generated_dir) == before
    assert not list(tmp_project.generated_dir.glob(".apigen-*"))


def test_a_first_run_that_fails_leaves_no_generated_folder(tmp_project: Project) -> None:
    spec = tmp_project.load("petstore")
    assert not tmp_project.generated_dir.exists()

    def refuse() -> None:
        raise SpecError([])

    with pytest.raises(SpecError):
        generate(tmp_project, [spec], gate=refuse)
    assert not tmp_project.generated_dir.exists()


def test_parallel_generation_matches_serial(tmp_project: Project) -> None:
    shutil.copy(PETSTORE, tmp_project.specs_dir / "petstore2.yaml")
    specs = [tmp_project.load(name) for name in tmp_project.api_names()]
    outcomes = generate(tmp_project, specs, jobs=2)
    assert sorted(o.api for o in outcomes) == ["petstore", "petstore2"]
    assert check(tmp_project, specs, jobs=1) == []


def test_compare_trees_reports_missing_dir(tmp_path: Path) -> None:
    (tmp_path / "want").mkdir()
    (tmp_path / "want" / "a.py").write_text("a")
    (tmp_path / "want" / STAMP).write_text("{}")
    drifts = compare_trees("x", tmp_path / "want", tmp_path / "absent")
    assert {(d.file, d.change) for d in drifts} == {("a.py", "missing"), (STAMP, "missing")}


def test_a_spec_with_webhooks_only_gives_a_client_that_imports_and_is_ruff_and_mypy_clean(tmp_path: Path) -> None:
    """No operation means no resource group: the resource package must still be valid Python (Adyen's
    notification specs hold only webhooks)."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Hooks", "version": "1.0.0"},
        "webhooks": {"ping": {"post": {"responses": {"200": {"description": "ok"}}}}},
    }
    spec = parse_spec(json.dumps(document).encode(), Path("hooks.json"), "hooks")
    render(spec, tmp_path / "hooks-client", REPO / "templates")
    probe = "import hooks_client, hooks_client.resources; hooks_client.Client(base_url='http://x'); print('ok')"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path / "hooks-client", capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr
    for tool in (["ruff", "check", "--no-cache"], ["mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null"]):
        checked = subprocess.run(
            [sys.executable, "-m", *tool, "hooks_client"], cwd=tmp_path / "hooks-client", capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr  # unused imports in resources/__init__.py


def test_the_operations_render_again_only_when_their_typing_would_change(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "api").mkdir(parents=True)
    (package / "api" / "op.py").write_text("from ..pydantic_models import Pet\n")
    amiss = generating._typed_amiss
    # Warning_ is expected, never written, and no operation imports it: rendering again would change nothing
    assert not amiss({"Pet", "Warning_"}, {"Pet", "Warning_"}, {"Pet", "Warning", "Status1"}, package)
    # an operation imports a class that was not written
    assert amiss({"Pet", "Toy"}, {"Pet", "Toy"}, {"Toy"}, package)
    # a written class the operations were not typed against (a guess from an earlier client missed it)
    assert amiss({"Pet"}, {"Pet", "Toy"}, {"Pet", "Toy"}, package)
    assert not amiss({"Pet", "Toy"}, {"Pet", "Toy"}, {"Pet", "Toy"}, package)


def test_a_multi_file_spec_is_found_unchanged_without_parsing_it_and_changed_when_a_piece_is(tmp_path: Path) -> None:
    """A multi-file spec's source is its bundle, which only parsing every file makes: the no-op check reads the
    files the stamp names instead (DigitalOcean's 2,850 took 4 s to parse on every no-op run)."""
    shutil.copytree(REPO / "tests" / "fixtures" / "multifile" / "shop", tmp_path / "specs" / "shop")
    (tmp_path / "templates").symlink_to(REPO / "templates")
    project = Project(tmp_path)
    (outcome,) = generate(project, [project.load("shop")])
    assert outcome.status == "generated"
    assert "shared/schemas.yml" in json.loads((project.client_dir("shop") / STAMP).read_text())["spec_files"]
    assert generating.up_to_date(project, ["shop"]) == ["shop"]
    schemas = tmp_path / "specs" / "shop" / "shared" / "schemas.yml"
    schemas.write_text(schemas.read_text() + "\n# edited\n")
    assert generating.up_to_date(project, ["shop"]) == []
    (outcome,) = generate(project, [project.load("shop")])
    assert outcome.status == "generated" and generating.up_to_date(project, ["shop"]) == ["shop"]
    schemas.unlink()
    assert generating.up_to_date(project, ["shop"]) == []  # a piece gone: loading it will say so
