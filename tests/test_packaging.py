from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import PackagingError, UsageError
from generator.jobs.cli import app
from generator.release import packaging
from generator.release.packaging import SOURCE_DATE_EPOCH, Artifacts, build, build_distributions
from generator.spec.project import Project

from .conftest import REPO

API = "intelliprove"  # a real generated client: small, and its README is the real template's output


def _digests(artifacts: Artifacts) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in artifacts.files}


@pytest.fixture
def client_copy(tmp_path: Path, repo_project: Project) -> Project:
    """A project whose generated/ holds a copy of one real client, free to be broken by a test."""
    project = Project(tmp_path / "checkout")
    shutil.copytree(repo_project.client_dir(API), project.client_dir(API))
    return project


@pytest.mark.slow
def test_two_builds_are_byte_identical(tmp_path: Path, repo_project: Project, client_copy: Project) -> None:
    first = build_distributions(repo_project.client_dir(API), tmp_path / "first")
    # The second build runs elsewhere, over a tree with stray bytecode: neither may reach the archives.
    pycache = client_copy.client_dir(API) / f"{API}_client" / "__pycache__"
    pycache.mkdir(exist_ok=True)
    (pycache / "stray.cpython-311.pyc").write_bytes(b"not reproducible")
    second = build_distributions(client_copy.client_dir(API), tmp_path / "second")
    assert (first.project_name, first.version) == ("intelliprove-client", "1.0.0")
    assert _digests(first) == _digests(second)
    with zipfile.ZipFile(first.wheel) as wheel:
        names = wheel.namelist()
        assert {info.date_time for info in wheel.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)
    assert f"{API}_client/py.typed" in names


@pytest.mark.slow
def test_source_date_epoch_from_environment_wins(
    tmp_path: Path, repo_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(SOURCE_DATE_EPOCH + 86400 * 366))  # 1981-01-01
    artifacts = build_distributions(repo_project.client_dir(API), tmp_path)
    with zipfile.ZipFile(artifacts.wheel) as wheel:
        assert {info.date_time[:3] for info in wheel.infolist()} == {(1981, 1, 1)}


@pytest.mark.slow
def test_build_checks_installs_and_reports_each_step(tmp_path: Path, repo_project: Project) -> None:
    steps: list[tuple[str, str]] = []
    outcome = build(repo_project, API, tmp_path / "dist", progress=lambda api, step: steps.append((api, step)))
    assert sorted(p.name for p in (tmp_path / "dist" / API).iterdir()) == [
        "intelliprove_client-1.0.0-py3-none-any.whl",
        "intelliprove_client-1.0.0.tar.gz",
    ]
    assert outcome.artifacts == Artifacts.find(tmp_path / "dist" / API)
    assert [step for _, step in steps][:3] == [
        "building sdist and wheel",
        "twine check --strict",
        "installing into a fresh venv and importing",
    ]
    assert steps[-1][1].startswith("built intelliprove_client-1.0.0.tar.gz")
    assert [p.name for p in (tmp_path / "dist").iterdir()] == [API]  # no scratch folder left behind


@pytest.mark.slow
def test_twine_check_failure_keeps_previous_output(tmp_path: Path, client_copy: Project) -> None:
    out = tmp_path / "dist"
    (out / API).mkdir(parents=True)
    (out / API / "previous.txt").write_text("earlier build")
    pyproject = client_copy.client_dir(API) / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('readme = "README.md"\n', ""))  # no long_description
    with pytest.raises(PackagingError, match=r"twine check failed(.|\n)*long_description"):
        build(client_copy, API, out)
    assert [p.name for p in (out / API).iterdir()] == ["previous.txt"]


@pytest.mark.slow
def test_fresh_venv_catches_a_module_that_cannot_import(tmp_path: Path, client_copy: Project) -> None:
    package = client_copy.client_dir(API) / f"{API}_client"
    (package / "needs_missing.py").write_text("import apigen_surely_not_installed\n")
    with pytest.raises(PackagingError, match=r"cannot import intelliprove_client\.needs_missing"):
        build(client_copy, API, tmp_path / "dist")
    assert not (tmp_path / "dist" / API).exists()


@pytest.mark.slow
def test_fresh_venv_is_isolated_from_the_host_packages(tmp_path: Path, client_copy: Project) -> None:
    # Regression: the pydantic models need email-validator (EmailStr); the venv once saw the host's copy.
    pyproject = client_copy.client_dir(API) / "pyproject.toml"
    text = pyproject.read_text()
    assert ', "email-validator>=2.0"' in text
    pyproject.write_text(text.replace(', "email-validator>=2.0"', "").replace('    "email-validator>=2.0",\n', ""))
    package = client_copy.client_dir(API) / f"{API}_client"
    (package / "needs_yaml.py").write_text("import yaml\n")  # installed here, not declared by the client
    with pytest.raises(PackagingError) as caught:
        build(client_copy, API, tmp_path / "dist")
    assert "cannot import intelliprove_client.pydantic_models" in str(caught.value)
    assert "cannot import intelliprove_client.needs_yaml" in str(caught.value)


@pytest.mark.slow
def test_fresh_venv_catches_an_unmet_requirement(tmp_path: Path, client_copy: Project) -> None:
    pyproject = client_copy.client_dir(API) / "pyproject.toml"
    text = pyproject.read_text().replace('"attrs>=22.2.0",', '"attrs>=22.2.0",\n    "apigen-surely-not-installed>=1",')
    pyproject.write_text(text)
    with pytest.raises(PackagingError, match="unmet requirement apigen-surely-not-installed>=1"):
        build(client_copy, API, tmp_path / "dist")


def test_missing_client_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="run: apigen generate nowhere"):
        packaging.build_all(Project(tmp_path), ["nowhere"], tmp_path / "dist")


def test_artifacts_need_exactly_one_matching_pair(tmp_path: Path) -> None:
    (tmp_path / "a_client-1.0.0.tar.gz").write_bytes(b"")
    with pytest.raises(PackagingError, match="expected one sdist and one wheel"):
        Artifacts.find(tmp_path)
    (tmp_path / "a_client-1.0.1-py3-none-any.whl").write_bytes(b"")
    with pytest.raises(PackagingError, match="not the same release"):
        Artifacts.find(tmp_path)


@pytest.mark.slow
def test_cli_builds_several_apis_in_parallel(tmp_path: Path) -> None:
    apis = ["innovatrics", "intelliprove"]  # two small ones: all five are built in test_publishing
    args = ["build", *apis, "--out", str(tmp_path), "-j", "2"]
    result = CliRunner().invoke(app, args, env={"APIGEN_ROOT": str(REPO)})
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == apis
    for api in apis:
        assert Artifacts.find(tmp_path / api).version
        assert f"{api:<16} built " in result.output


def test_cli_build_unknown_api_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", "nowhere", "--out", str(tmp_path)], env={"APIGEN_ROOT": str(REPO)})
    assert result.exit_code == 2
    assert "unknown API nowhere" in result.output
