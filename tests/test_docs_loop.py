"""The whole loop in one test, in a throwaway copy of the project: a vendor's page changes -> ``apigen docs pull``
-> edit the spec -> the release script the CI workflows run (generate -> diff -> release -> build -> publish) ->
the new client is on a loopback pypiserver."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from generator.jobs.cli import app
from generator.spec.project import Project

from .conftest import REPO
from .test_docs_pull import DocServer, as_html, operations_of, server  # noqa: F401  (server: the fixture)
from .test_publishing import PASSWORD, USER, Index, index  # noqa: F401  (index: the fixture)

API = "innovatrics"
DOC = "innovatrics-customer-portal.txt"
ADDED_LINE = "include_history: also list the earlier versions of the license detail (optional, boolean)."
PARAMETER = """        - name: include_history
          in: query
          required: false
          description: Also list the earlier versions of the license detail.
          schema:
            type: boolean
          example: true
"""


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


def apigen(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"APIGEN_ROOT": str(root)})
    return result.exit_code, result.output


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: DocServer) -> Project:  # noqa: F811
    """One API of this repository in a git repository of its own, released once (``innovatrics-v1.0.0``)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Loop Test")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "loop@example.invalid")
    root = tmp_path / "repo"
    for folder in ("specs", "vendor-docs", ".ci"):
        (root / folder).mkdir(parents=True)
    shutil.copy(REPO / "specs" / f"{API}.yaml", root / "specs")
    docs_list = (REPO / "specs" / f"{API}.docs.yaml").read_text()
    (root / "specs" / f"{API}.docs.yaml").write_text(f"url: {server.url}\n{docs_list}")
    shutil.copy(REPO / "vendor-docs" / DOC, root / "vendor-docs")
    shutil.copy(REPO / ".ci" / "release-changed-specs", root / ".ci")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / ".gitignore").write_text("/dist/\n/reports/\n")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "innovatrics 1.0.0")
    code, output = apigen(root, "release", API)
    assert code == 0, output
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "changelog 1.0.0")
    return Project(root)


@pytest.mark.slow
def test_doc_change_to_published_client(checkout: Project, server: DocServer, index: Index) -> None:  # noqa: F811
    root = checkout.root
    documented = operations_of(checkout, API)
    # 1. The vendor documents a new query parameter in one endpoint's section.
    lines = (root / "vendor-docs" / DOC).read_text().splitlines()
    lines.insert(lines.index("Show License Detail") + 4, ADDED_LINE)
    server.page = as_html("\n".join(lines), documented)

    # 2. The scheduled job: the pull names that section and its operation, and writes the new text.
    code, output = apigen(root, "docs", "pull", "--write", "--format", "json")
    assert code == 1, output
    report = json.loads(output[output.index("[") :])
    assert report[0]["operations"] == ["get_license_detail"]
    assert [(s["kind"], s["heading"]) for s in report[0]["sections"]] == [("changed", "Show License Detail")]
    code, output = apigen(root, "coverage", API)
    assert "section changed in the pulled doc: 'Show License Detail': get_license_detail" in output

    # 3. A person edits the spec (a new optional parameter: a minor bump), records the doc; the change is merged.
    spec = root / "specs" / f"{API}.yaml"
    text = spec.read_text().replace("  version: 1.0.0\n", "  version: 1.1.0\n", 1)
    at = text.index("\n", text.index("example: 1", text.index("operationId: get_license_detail"))) + 1
    spec.write_text(text[:at] + PARAMETER + text[at:])
    code, output = apigen(root, "coverage", API, "--record")
    assert code == 0 and "pulled" not in output, output
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "innovatrics 1.1.0: include_history, as the vendor's doc now says")

    # 4. The release workflow's script on that merge: generate -> diff -> release -> build -> publish.
    env = {
        **os.environ,
        "APIGEN_CMD": f"{sys.executable} -m generator",
        "PYTHONPATH": str(REPO),
        "APIGEN_ROOT": str(root),
        "APIGEN_INDEX_URL": f"{index.url}simple/",
        "APIGEN_INDEX_USERNAME": USER,
        "APIGEN_INDEX_PASSWORD": PASSWORD,
        "GITHUB_STEP_SUMMARY": str(root / "summary.md"),
    }
    script = [str(root / ".ci" / "release-changed-specs"), "HEAD~1"]
    run = subprocess.run(script, cwd=root, env=env, capture_output=True, text=True, timeout=540)
    log = run.stdout + run.stderr
    assert run.returncode == 0, log
    assert PASSWORD not in log

    # 5. Released, tagged and published: the index serves the new client, which has the new parameter.
    assert "innovatrics-v1.1.0" in git(root, "tag", "--list")
    summary = (root / "summary.md").read_text()  # the diff, as the workflow's job summary shows it
    assert "suggested bump: **minor**" in summary and "include_history (`new-optional-request-parameter`)" in summary
    assert "## 1.1.0" in (root / "changelogs" / f"{API}.md").read_text()
    assert "## 1.1.0" in (root / "generated" / f"{API}-client" / "CHANGELOG.md").read_text()
    assert sorted(index.listing()) == ["innovatrics_client-1.1.0-py3-none-any.whl", "innovatrics_client-1.1.0.tar.gz"]
    page = httpx.get(f"{index.url}simple/innovatrics-client/", timeout=10).text
    assert "innovatrics_client-1.1.0-py3-none-any.whl" in page
    operation = root / "generated" / f"{API}-client" / "innovatrics_client" / "api" / "license_details"
    assert "include_history" in (operation / "get_license_detail.py").read_text()
