from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from generator import UsageError
from generator.jobs import doc_coverage
from generator.jobs.cli import app
from generator.spec.project import Project

DOC = """Petstore API
List Pets
GET /pets
Create Pet
POST /pets
Read Pet
GET /pets/{pet_id}
Delete Pet
DELETE /pets/{pet_id}
Pet Photo
GET /pets/{pet_id}/photo
"""
LISTED = [
    ("list_pets", "GET", "/pets", "List Pets", 2),
    ("create_pet", "POST", "/pets", "Create Pet", 4),
    ("get_pet", "GET", "/pets/{pet_id}", "Read Pet", 6),
    ("delete_pet", "DELETE", "/pets/{pet_id}", "Delete Pet", 8),
    ("get_pet_photo", "GET", "/pets/{pet_id}/photo", "Pet Photo", 10),
]


@pytest.fixture
def docs_dir(tmp_project: Project, tmp_path: Path) -> Path:
    folder = tmp_path / "vendor-docs"
    folder.mkdir()
    (folder / "petstore.txt").write_text(DOC)
    _write_list(tmp_project, LISTED)
    return folder


def _write_list(project: Project, rows: list[tuple[str, str, str, str, int]]) -> None:
    operations = [dict(zip(("operationId", "method", "path", "title", "line"), row, strict=True)) for row in rows]
    text = yaml.safe_dump({"source": "petstore.txt", "operations": operations}, sort_keys=False)
    (project.specs_dir / "petstore.docs.yaml").write_text("# comment kept\n" + text)


def test_complete_spec_against_unchanged_doc(tmp_project: Project, docs_dir: Path) -> None:
    spec = tmp_project.load("petstore")
    doc_coverage.record_doc_hash(spec, docs_dir)
    result = doc_coverage.measure(spec, docs_dir)
    assert result.complete
    assert (len(result.documented), result.missing, result.unlisted) == (5, [], [])
    assert result.doc_status == "unchanged"
    assert result.parameters >= 3 and result.examples >= 3
    assert (tmp_project.specs_dir / "petstore.docs.yaml").read_text().startswith("# comment kept\n")


def test_missing_and_unlisted_operations(tmp_project: Project, docs_dir: Path) -> None:
    _write_list(tmp_project, [*LISTED[:4], ("archive_pet", "POST", "/pets/{pet_id}/archive", "Archive Pet", 12)])
    result = doc_coverage.measure(tmp_project.load("petstore"), docs_dir)
    assert [op.operation_id for op in result.missing] == ["archive_pet"]
    assert result.unlisted == ["get_pet_photo"]
    assert not result.complete


def test_doc_change_moved_and_gone_titles(tmp_project: Project, docs_dir: Path) -> None:
    spec = tmp_project.load("petstore")
    doc_coverage.record_doc_hash(spec, docs_dir)
    changed = "\n" * 20 + DOC.replace("Delete Pet\n", "")  # everything moves 20 lines; one heading vanishes
    (docs_dir / "petstore.txt").write_text(changed)
    result = doc_coverage.measure(spec, docs_dir)
    assert result.doc_status == "changed"
    shifts = {s.operation_id: s.now_line for s in result.shifts}
    assert shifts["delete_pet"] is None
    assert shifts["list_pets"] == 22
    assert not result.complete


def test_missing_doc_is_an_error_naming_the_file(tmp_project: Project, docs_dir: Path, tmp_path: Path) -> None:
    spec = tmp_project.load("petstore")
    nowhere = tmp_path / "nowhere"
    with pytest.raises(UsageError, match=r"nowhere/petstore\.txt: vendor doc not found .*--docs-dir"):
        doc_coverage.measure(spec, nowhere)
    with pytest.raises(UsageError, match="vendor doc not found"):
        doc_coverage.record_doc_hash(spec, nowhere)


def test_cli_missing_doc_exits_2(tmp_project: Project, docs_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    result = CliRunner().invoke(app, ["coverage", "--docs-dir", "/nonexistent"])
    assert result.exit_code == 2
    assert "/nonexistent/petstore.txt: vendor doc not found" in result.stderr
    assert result.stdout == ""


def test_cli_formats_and_exit_code(tmp_project: Project, docs_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APIGEN_ROOT", str(tmp_project.root))
    monkeypatch.setenv("APIGEN_DOCS_DIR", str(docs_dir))
    runner = CliRunner()
    text = runner.invoke(app, ["coverage"])
    assert text.exit_code == 0, text.output
    assert "petstore" in text.stdout and "5/5" in text.stdout
    rows = json.loads(runner.invoke(app, ["coverage", "--format", "json"]).stdout)
    assert rows[0]["api"] == "petstore" and rows[0]["documented"] == 5
    assert "| petstore | 5 / 5 |" in runner.invoke(app, ["coverage", "--format", "markdown"]).stdout
    _write_list(tmp_project, LISTED[:4])
    missing = runner.invoke(app, ["coverage"])
    assert missing.exit_code == 1
    assert "in the spec but not in petstore.docs.yaml: get_pet_photo" in missing.stdout
    assert runner.invoke(app, ["coverage", "--format", "xml"]).exit_code == 2


DOCUMENTED_OPERATIONS = {"innovatrics": 10, "intelliprove": 5, "itmedicalvet": 14, "mdintegrations": 73, "provider": 31}


@pytest.mark.parametrize("api", sorted(DOCUMENTED_OPERATIONS))
def test_real_spec_holds_exactly_its_documented_operations(repo_project: Project, api: str) -> None:
    spec = repo_project.load(api)
    _, _, documented = doc_coverage.load_docs_list(spec)
    http = {(op.operation_id, op.method.upper(), op.path) for op in spec.operations() if not op.webhook}
    webhooks = {op.operation_id for op in spec.operations() if op.webhook}
    listed = {(op.operation_id, op.method, op.path) for op in documented if op.operation_id not in webhooks}
    assert http == listed
    assert len(documented) == DOCUMENTED_OPERATIONS[api]
    result = doc_coverage.measure(spec, doc_coverage.default_docs_dir(repo_project.root))
    assert result.missing == [] and result.unlisted == []


@pytest.mark.parametrize("api", sorted(DOCUMENTED_OPERATIONS))
def test_repository_keeps_each_vendor_doc_as_recorded(repo_project: Project, api: str) -> None:
    """The vendor docs are inputs kept in vendor-docs/; each matches the sha256 its docs list recorded."""
    result = doc_coverage.measure(repo_project.load(api), doc_coverage.default_docs_dir(repo_project.root))
    assert result.doc_status == "unchanged"
    assert [s for s in result.shifts if s.now_line is None] == []


def test_spec_without_docs_list_is_reported_not_fatal(tmp_project: Project, tmp_path: Path) -> None:
    spec = tmp_project.load("petstore")
    result = doc_coverage.measure(spec, tmp_path)
    assert result.doc_status == "no petstore.docs.yaml"
    assert result.documented == [] and "list_pets" in result.unlisted and not result.complete
    with pytest.raises(UsageError, match=r"petstore\.docs\.yaml"):
        doc_coverage.record_doc_hash(spec, tmp_path)
