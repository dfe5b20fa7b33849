"""Releases in a throwaway git repository: tags, the semver policy, the changelog, and the CLI end to end."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from generator import ApigenError, UsageError
from generator.codegen.distribution import write_distribution_files
from generator.codegen.generating import fingerprint
from generator.diffing import Bump
from generator.jobs.cli import app
from generator.release.releasing import (
    add_changelog_entry,
    bump_between,
    bumped,
    changelog_path,
    compare,
    last_release_tag,
    plan_release,
    release,
)
from generator.spec.project import Project
from generator.spec.versions import Version

from .conftest import PETSTORE, REPO

API = "petstore"
TODAY = date(2026, 11, 22)


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A git repository holding specs/petstore.yaml (v1.0.0), committed, untagged; no user or system git config."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Release Test")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "release@example.invalid")
    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    shutil.copy(PETSTORE, root / "specs" / f"{API}.yaml")
    git(root, "init", "-q", "-b", "main")
    commit(root, "first spec")
    return Project(root)


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


def edit(project: Project, change: Callable[[dict[str, Any]], None], *, version: str | None = None) -> None:
    path = project.spec_path(API)
    document = yaml.safe_load(path.read_text())
    change(document)
    if version:
        document["info"]["version"] = version
    path.write_text(yaml.safe_dump(document, sort_keys=False))


def edit_and_commit(project: Project, change: Callable[[dict[str, Any]], None], version: str) -> None:
    edit(project, change, version=version)
    commit(project.root, f"spec {version}")


def tags(project: Project) -> list[str]:
    return git(project.root, "tag", "--list").split()


def first_release(project: Project) -> None:
    release(project, plan_release(project, API), today=date(2026, 1, 1))
    commit(project.root, "changelog 1.0.0")


def remove_delete_pet(document: dict[str, Any]) -> None:
    del document["paths"]["/pets/{pet_id}"]["delete"]


def add_optional_response_field(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["Pet"]["properties"]["age"] = {"type": "integer"}


def add_optional_request_field(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["NewPet"]["properties"]["nickname"] = {"type": "string"}


def reword_summary(document: dict[str, Any]) -> None:
    document["paths"]["/pets"]["get"]["summary"] = "List all the pets"


# --- versions ------------------------------------------------------------------------------------------------------


def test_semver_parsing_ordering_and_bumps() -> None:
    assert Version.parse("1.2.3") == Version(1, 2, 3)
    assert Version.parse("1.2") is None and Version.parse("v1.2.3") is None and Version.parse("01.2.3") is None
    assert Version.parse("2.0.0-rc.1") < Version.parse("2.0.0")  # type: ignore[operator]
    assert str(bumped(Version(1, 2, 3), Bump.MAJOR)) == "2.0.0"
    assert str(bumped(Version(1, 2, 3), Bump.MINOR)) == "1.3.0"
    assert str(bumped(Version(1, 2, 3), Bump.PATCH)) == "1.2.4"
    assert bump_between(Version(1, 2, 3), Version(2, 0, 0)) == Bump.MAJOR
    assert bump_between(Version(1, 2, 3), Version(1, 3, 0)) == Bump.MINOR
    assert bump_between(Version(1, 2, 3), Version(1, 2, 4)) == Bump.PATCH
    assert bump_between(Version(1, 2, 3), Version(1, 2, 3)) == Bump.NONE
    assert bump_between(Version(1, 2, 3), Version(1, 0, 0)) == Bump.NONE


def test_the_last_release_is_the_highest_in_pep_440_order(project: Project) -> None:
    for version in ("1.0.0-rc.2", "1.0.0-rc.10", "1.0.0-dev.3", "0.9.0-post.1", "not-a-version", "1.0.0-beta.x"):
        git(project.root, "tag", f"{API}-v{version}")
    assert last_release_tag(project.root, API) == "petstore-v1.0.0-rc.10"  # plain text would pick rc.2
    git(project.root, "tag", f"{API}-v1.0.0")
    assert last_release_tag(project.root, API) == "petstore-v1.0.0"
    git(project.root, "tag", f"{API}-v1.0.0-post.1")
    assert last_release_tag(project.root, API) == "petstore-v1.0.0-post.1"


def test_a_release_candidate_may_follow_a_lower_one(project: Project) -> None:
    edit_and_commit(project, reword_summary, "2.0.0-rc.2")
    release(project, plan_release(project, API), today=TODAY)
    commit(project.root, "changelog rc.2")
    edit_and_commit(project, lambda document: document["info"].update(description="Pets, again"), "2.0.0-rc.10")
    plan = plan_release(project, API)  # plain text put rc.10 before rc.2: "not above the last release"
    assert plan.previous == "2.0.0-rc.2" and plan.allowed, plan.problems
    edit_and_commit(project, add_optional_response_field, "2.0.0-SNAPSHOT")
    assert any("not a semver version PEP 440 reads" in problem for problem in plan_release(project, API).problems)


# --- the first release ---------------------------------------------------------------------------------------------


def test_first_release_takes_any_version_and_tags_head(project: Project) -> None:
    assert last_release_tag(project.root, API) is None
    plan = plan_release(project, API)
    assert plan.allowed and plan.previous is None and plan.tag == "petstore-v1.0.0"
    path = release(project, plan, today=TODAY)
    assert path == changelog_path(project, API) == project.root / "changelogs" / "petstore.md"
    text = path.read_text()
    assert text.startswith("# Changelog: Tiny Pet Store\n")
    assert "## 1.0.0 (2026-11-22)\n\nFirst release.\n" in text
    assert tags(project) == ["petstore-v1.0.0"]
    assert git(project.root, "cat-file", "-t", "petstore-v1.0.0").strip() == "tag"  # annotated
    assert git(project.root, "rev-parse", "petstore-v1.0.0^{commit}") == git(project.root, "rev-parse", "HEAD")
    assert last_release_tag(project.root, API) == "petstore-v1.0.0"


def test_compare_needs_a_tag_or_a_base(project: Project) -> None:
    with pytest.raises(UsageError, match="no release tag"):
        compare(project, API)
    edit(project, remove_delete_pet)
    report = compare(project, API, "HEAD")
    assert [c.id for c in report.changes] == ["api-removed-without-deprecation"]
    with pytest.raises(UsageError, match="unknown git ref"):
        compare(project, API, "no-such-ref")


# --- the policy against the last release ---------------------------------------------------------------------------


def test_removed_operation_is_breaking_and_blocks_a_minor_release(project: Project) -> None:
    first_release(project)
    edit_and_commit(project, remove_delete_pet, "1.1.0")

    plan = plan_release(project, API)
    assert plan.required_bump == Bump.MAJOR and plan.suggested_version == "2.0.0"
    assert not plan.allowed
    (problem,) = plan.problems
    assert "need a major version bump" in problem and "set it to 2.0.0" in problem
    grouped = "  DELETE /pets/{pet_id}:\n    - api removed without deprecation [api-removed-without-deprecation]"
    assert grouped in problem
    assert "at /paths/~1pets~1{pet_id}/delete" in problem

    before = changelog_path(project, API).read_text()
    with pytest.raises(ApigenError, match="refused"):
        release(project, plan, today=TODAY)
    assert changelog_path(project, API).read_text() == before
    assert tags(project) == ["petstore-v1.0.0"]


def test_removed_operation_with_major_bump_is_released(project: Project) -> None:
    first_release(project)
    edit_and_commit(project, remove_delete_pet, "2.0.0")

    plan = plan_release(project, API)
    assert plan.allowed, plan.problems
    path = release(project, plan, today=TODAY)
    text = path.read_text()
    assert text.index("## 2.0.0 (2026-11-22)") < text.index("## 1.0.0 (2026-01-01)")  # newest first
    assert "### Breaking changes\n\n- **`DELETE /pets/{pet_id}`**\n  - api removed without deprecation" in text
    assert sorted(tags(project)) == ["petstore-v1.0.0", "petstore-v2.0.0"]
    message = git(project.root, "tag", "--list", "--format=%(contents)", "petstore-v2.0.0")
    assert "api-removed-without-deprecation" in message
    assert "### Breaking changes" in message and "## 2.0.0 (2026-11-22)" in message  # git keeps '#' lines
    assert last_release_tag(project.root, API) == "petstore-v2.0.0"


@pytest.mark.parametrize("change", [add_optional_response_field, add_optional_request_field])
def test_added_optional_field_is_a_minor_change(project: Project, change: Callable[[dict[str, Any]], None]) -> None:
    first_release(project)
    edit_and_commit(project, change, "1.0.1")
    plan = plan_release(project, API)
    assert plan.required_bump == Bump.MINOR and not plan.allowed
    assert "need a minor version bump" in plan.problems[0] and "set it to 1.1.0" in plan.problems[0]
    summary = plan.report.summary
    assert summary["breaking"] == 0 and summary["info"] == 0 and summary["non_breaking"] >= 1

    edit_and_commit(project, lambda _: None, "1.1.0")
    assert plan_release(project, API).allowed


def test_documentation_change_is_a_patch(project: Project) -> None:
    first_release(project)
    edit_and_commit(project, reword_summary, "1.0.1")
    plan = plan_release(project, API)
    assert plan.allowed, plan.problems
    assert plan.required_bump == Bump.PATCH and plan.suggested_version == "1.0.1"
    assert [c.id for c in plan.report.changes] == ["documentation-changed"]
    text = release(project, plan, today=TODAY).read_text()
    assert "### Documentation and other changes\n\n- **`GET /pets`**\n  - summary changed" in text


def test_unbumped_version_is_refused(project: Project) -> None:
    first_release(project)
    edit_and_commit(project, reword_summary, "1.0.0")
    plan = plan_release(project, API)
    assert not plan.allowed
    assert any("not above the last release 1.0.0" in p and "set it to 1.0.1" in p for p in plan.problems)


def test_uncommitted_spec_blocks_the_release_but_not_a_dry_run(project: Project) -> None:
    first_release(project)
    edit(project, reword_summary, version="1.0.1")
    assert any("uncommitted changes" in p for p in plan_release(project, API).problems)
    dry = plan_release(project, API, dry_run=True)
    assert dry.allowed and any("uncommitted changes" in n for n in dry.notes)


def test_changelog_entries_go_newest_first() -> None:
    plan = type("Plan", (), {"title": "T", "api": "t"})()
    text = add_changelog_entry(None, plan, "## 1.0.0 (d)\n\nFirst release.\n")  # type: ignore[arg-type]
    text = add_changelog_entry(text, plan, "## 1.1.0 (d)\n\nMore.\n")  # type: ignore[arg-type]
    assert text.index("## 1.1.0") < text.index("## 1.0.0")
    assert text.startswith("# Changelog: T\n")


def test_changelog_ships_in_the_package_and_invalidates_the_cache(project: Project, tmp_path: Path) -> None:
    shutil.copytree(REPO / "templates", project.templates_dir)
    spec = project.load(API)
    without = fingerprint(spec.source, project.templates_dir, API)
    first_release(project)
    assert fingerprint(spec.source, project.templates_dir, API) != without
    out = tmp_path / "dist"
    write_distribution_files(spec, out, project.templates_dir)
    assert (out / "CHANGELOG.md").read_text() == changelog_path(project, API).read_text()


# --- the command line ----------------------------------------------------------------------------------------------


def run(project: Project, *args: str) -> Any:
    return CliRunner().invoke(app, list(args), env={"APIGEN_ROOT": str(project.root)})


def test_cli_diff_without_a_tag_is_a_usage_error(project: Project) -> None:
    result = run(project, "diff", API)
    assert result.exit_code == 2
    assert "no release tag" in result.output and "--base" in result.output


def test_cli_diff_formats_and_exit_codes(project: Project) -> None:
    first_release(project)
    edit(project, add_optional_response_field)
    result = run(project, "diff", API, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["base"] == "petstore-v1.0.0" and data["suggested_bump"] == "minor"
    assert {c["id"] for c in data["changes"]} == {"response-optional-property-added"}

    edit(project, remove_delete_pet)
    result = run(project, "diff", API, "--format", "markdown")
    assert result.exit_code == 1
    assert "## Breaking changes" in result.stdout
    assert run(project, "diff", API, "--base", "HEAD").exit_code == 1
    assert run(project, "diff", API, "--format", "xml").exit_code == 2
    assert run(project, "diff", "nosuchapi").exit_code == 2


def test_cli_release_refuses_then_releases(project: Project) -> None:
    first_release(project)
    edit_and_commit(project, remove_delete_pet, "1.1.0")
    refused = run(project, "release", API)
    assert refused.exit_code == 1
    assert "refused:" in refused.output and "api-removed-without-deprecation" in refused.output
    assert "set it to 2.0.0" in refused.output

    edit_and_commit(project, lambda _: None, "2.0.0")
    dry = run(project, "release", API, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.startswith("## 2.0.0 (") and "petstore-v2.0.0" not in tags(project)

    done = run(project, "release", API)
    assert done.exit_code == 0, done.output
    assert "released petstore-v2.0.0" in done.stdout
    assert "petstore-v2.0.0" in tags(project)
    assert run(project, "diff", API).exit_code == 0  # compared with the new tag now


def test_a_multi_file_spec_is_read_as_it_was_at_a_ref(project: Project) -> None:
    from generator.release.releasing import spec_at

    shop = project.specs_dir / "shop"
    shutil.copytree(REPO / "tests" / "fixtures" / "multifile" / "shop", shop)
    commit(project.root, "shop")
    item = shop / "resources" / "items" / "models" / "item.yml"
    item.write_text(item.read_text().replace("type: integer", "type: string"))  # a change in a piece, uncommitted
    old = spec_at(project, "shop", "HEAD")
    assert old is not None and old.name == "shop"
    assert old.document["components"]["schemas"]["Item"]["properties"]["id"] == {"type": "integer"}
    assert project.load("shop").document["components"]["schemas"]["Item"]["properties"]["id"] == {"type": "string"}
    assert spec_at(project, "shop", "HEAD~1") is None  # before the folder existed
