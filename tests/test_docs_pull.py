"""``apigen docs pull`` against a loopback server that serves a vendor doc as HTML, and coverage after a pull."""

from __future__ import annotations

import html
import json
import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner, Result

from generator import FetchError
from generator.jobs import docs_pull
from generator.jobs._doc_fetch import Validators, fetch
from generator.jobs._doc_text import heading_key, html_to_text
from generator.jobs.cli import app
from generator.jobs.doc_coverage import DocumentedOperation, load_docs_list
from generator.spec.project import Project

from .conftest import REPO

# API -> (doc file, the operation whose section the tests change): three docs of different shapes.
DOCS = {
    "innovatrics": ("innovatrics-customer-portal.txt", "get_license_detail"),
    "provider": ("provider-v2.txt", "update_provider_enrolment"),
    "itmedicalvet": ("itmedicalvet.txt", "remove_pet"),
}
NOTE = "Note: this endpoint now also needs the X-Tenant header."


@dataclass
class DocServer:
    """Serves ``page`` at /doc with an ETag; answers 304 to a matching If-None-Match; keeps request headers."""

    page: str = ""
    seen: list[dict[str, str]] = field(default_factory=list)
    url: str = ""

    @property
    def etag(self) -> str:
        return f'"{abs(hash(self.page))}"'


@pytest.fixture
def server() -> Iterator[DocServer]:
    state = DocServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.seen.append(dict(self.headers.items()))
            if self.headers.get("If-None-Match") == state.etag:
                self.send_response(304)
                self.end_headers()
                return
            body = state.page.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("ETag", state.etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # keep the test output clean
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/doc"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def make_project(root: Path, api: str, url: str) -> Project:
    """A copy of one API: its spec, its docs list (with ``url:``) and its vendor doc; the repository is untouched."""
    (root / "specs").mkdir(parents=True)
    (root / "vendor-docs").mkdir()
    shutil.copy(REPO / "specs" / f"{api}.yaml", root / "specs")
    docs_list = (REPO / "specs" / f"{api}.docs.yaml").read_text()
    (root / "specs" / f"{api}.docs.yaml").write_text(f"url: {url}\n{docs_list}")
    source = DOCS[api][0]
    shutil.copy(REPO / "vendor-docs" / source, root / "vendor-docs" / source)
    return Project(root)


def as_html(text: str, documented: list[DocumentedOperation]) -> str:
    """The doc as a vendor would publish it: operation headings as <h2>, every other line a paragraph."""
    headings = {heading_key(op.section_heading) for op in documented}
    lines = []
    for line in text.splitlines():
        tag = "h2" if heading_key(line) in headings else "p"
        lines.append(f"<{tag}>{html.escape(line)}</{tag}>")
    return "<!doctype html><html><head><title>API</title></head><body>\n" + "\n".join(lines) + "\n</body></html>"


def operations_of(project: Project, api: str) -> list[DocumentedOperation]:
    return load_docs_list(project.load(api))[2]


def kept_text(project: Project, api: str) -> str:
    return (project.root / "vendor-docs" / DOCS[api][0]).read_text()


def with_note(text: str, op: DocumentedOperation) -> str:
    """``text`` with one line added inside the section of ``op`` (two lines below its heading)."""
    lines = text.splitlines()
    lines.insert(op.line + 1, NOTE)
    return "\n".join(lines) + "\n"


def pull(project: Project, *args: str) -> Result:
    return CliRunner().invoke(app, ["docs", "pull", *args], env={"APIGEN_ROOT": str(project.root)})


def coverage(project: Project, *args: str) -> Result:
    return CliRunner().invoke(app, ["coverage", *args], env={"APIGEN_ROOT": str(project.root)})


@pytest.mark.parametrize("api", sorted(DOCS))
def test_one_changed_section_names_that_section_and_operation(api: str, server: DocServer, tmp_path: Path) -> None:
    project = make_project(tmp_path, api, server.url)
    documented = operations_of(project, api)
    (op,) = [op for op in documented if op.operation_id == DOCS[api][1]]
    before = kept_text(project, api)
    server.page = as_html(with_note(before, op), documented)

    result = pull(project, api, "--format", "json")

    assert result.exit_code == 1, result.output
    (report,) = json.loads(result.stdout)
    assert report["status"] == "changed" and report["operations"] == [op.operation_id]
    (section,) = report["sections"]
    assert section["kind"] == "changed"
    assert heading_key(section["heading"]) == heading_key(op.section_heading)
    assert section["operations"] == [op.operation_id]
    assert section["excerpt"] == [f"+ {NOTE}"]
    assert kept_text(project, api) == before  # nothing is written without --write


def test_text_report_names_section_operation_and_excerpt(server: DocServer, tmp_path: Path) -> None:
    project = make_project(tmp_path, "innovatrics", server.url)
    documented = operations_of(project, "innovatrics")
    text = kept_text(project, "innovatrics").replace("Get details of a specific license .", "Get one license.")
    server.page = as_html(text, documented)

    result = pull(project)

    assert result.exit_code == 1, result.output
    assert "changed  'Show License Detail': get_license_detail" in result.stdout
    assert "- Get details of a specific license ." in result.stdout and "+ Get one license." in result.stdout
    markdown = pull(project, "--format", "markdown")
    assert "| Show License Detail | changed | `get_license_detail` |" in markdown.stdout


def test_same_text_then_not_modified_exit_0(server: DocServer, tmp_path: Path) -> None:
    project = make_project(tmp_path, "innovatrics", server.url)
    before = kept_text(project, "innovatrics")
    server.page = as_html(before, operations_of(project, "innovatrics"))

    first = pull(project, "--write")
    assert first.exit_code == 0, first.output
    assert first.stdout == "innovatrics: unchanged (same text)\n"
    assert kept_text(project, "innovatrics") == before  # the same text is not rewritten in another layout
    assert "If-None-Match" not in server.seen[0]

    second = pull(project)
    assert second.exit_code == 0, second.output
    assert second.stdout == "innovatrics: unchanged (not modified (304))\n"
    assert server.seen[1]["If-None-Match"] == server.etag


def test_validators_are_not_sent_for_a_copy_we_do_not_hold(server: DocServer, tmp_path: Path) -> None:
    """The written page's ETag is sent back only while the kept doc is that page: else a 304 would hide a change."""
    project = make_project(tmp_path, "innovatrics", server.url)
    documented = operations_of(project, "innovatrics")
    before = kept_text(project, "innovatrics")
    server.page = as_html(with_note(before, documented[3]), documented)
    assert pull(project, "--write").exit_code == 1
    (project.root / "vendor-docs" / DOCS["innovatrics"][0]).write_text(before)  # as `git checkout vendor-docs/`

    again = pull(project)

    assert again.exit_code == 1, again.output
    assert "If-None-Match" not in server.seen[-1]


def test_unreachable_page_exits_3_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed once the block ends: nothing listens there
    project = make_project(tmp_path, "innovatrics", f"http://user:hunter2@127.0.0.1:{port}/doc?token=s3cret")

    result = pull(project, "--retries", "1", "--timeout", "2")

    assert result.exit_code == 3
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: innovatrics: cannot fetch http://127.0.0.1:{port}/doc: cannot connect")
    assert "hunter2" not in line and "s3cret" not in line


def test_write_writes_the_text_and_coverage_lists_the_operations(server: DocServer, tmp_path: Path) -> None:
    project = make_project(tmp_path, "provider", server.url)
    assert coverage(project, "provider", "--record").exit_code == 0
    documented = operations_of(project, "provider")
    targets = [op for op in documented if op.operation_id in ("get_provider", "delete_provider_enrolment")]
    text = kept_text(project, "provider")
    for op in sorted(targets, key=lambda op: -op.line):
        text = with_note(text, op)
    server.page = as_html(text, documented)

    result = pull(project, "--write")

    assert result.exit_code == 1, result.output
    assert kept_text(project, "provider") == html_to_text(server.page)
    state = json.loads((project.root / "vendor-docs" / ".docs-pull.json").read_text())
    assert state["provider"]["etag"] == server.etag
    shown = coverage(project, "provider")
    assert "provider-v2.txt (changed)" in shown.stdout
    for op in targets:
        assert f"section changed in the pulled doc: '{_heading_line(text, op)}': {op.operation_id}" in shown.stdout
    listed = json.loads(coverage(project, "provider", "--format", "json").stdout)[0]["pulled"]
    assert sorted(op for change in listed for op in change["operations"]) == sorted(op.operation_id for op in targets)

    recorded = coverage(project, "provider", "--record")  # reviewed and recorded: nothing pending any more
    assert "pulled" not in recorded.stdout and "provider-v2.txt (unchanged)" in recorded.stdout
    assert pull(project).exit_code == 0  # and the written copy is what the server has


def _heading_line(text: str, op: DocumentedOperation) -> str:
    (line,) = [line.strip() for line in text.splitlines()[op.line - 3 : op.line + 3] if _is_heading(line, op)]
    return line


def _is_heading(line: str, op: DocumentedOperation) -> bool:
    return heading_key(line) == heading_key(op.section_heading)


def test_a_token_in_the_url_stays_out_of_reports_and_state(server: DocServer, tmp_path: Path) -> None:
    project = make_project(tmp_path, "innovatrics", f"{server.url}?token=s3cret")
    documented = operations_of(project, "innovatrics")
    server.page = as_html(with_note(kept_text(project, "innovatrics"), documented[0]), documented)
    outputs = [pull(project, "--write", "--format", output).output for output in ("text", "markdown", "json")]
    state = (project.root / "vendor-docs" / ".docs-pull.json").read_text()
    assert server.url in outputs[0] and server.url in state
    assert not any("s3cret" in text for text in [*outputs, state])


def test_removed_and_added_sections(server: DocServer, tmp_path: Path) -> None:
    project = make_project(tmp_path, "innovatrics", server.url)
    documented = operations_of(project, "innovatrics")
    lines = kept_text(project, "innovatrics").splitlines()
    start = lines.index("Download License")
    lines[start:] = ["Revoke License", "Endpoint: /api/license/revoke/<int:license_id>", "Method: POST"]
    page = as_html("\n".join(lines), documented).replace("<p>Revoke License</p>", "<h2>Revoke License</h2>")
    server.page = page

    result = pull(project, "--format", "json")

    assert result.exit_code == 1, result.output
    sections = {(s["kind"], s["heading"]): s["operations"] for s in json.loads(result.stdout)[0]["sections"]}
    assert sections == {("removed", "Download License"): ["download_license"], ("added", "Revoke License"): []}


def test_plain_text_and_xhtml_pages_read_as_the_kept_doc(server: DocServer, tmp_path: Path) -> None:
    project = make_project(tmp_path, "innovatrics", server.url)
    text = kept_text(project, "innovatrics")
    documented = operations_of(project, "innovatrics")
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + as_html(text, documented).replace("<!doctype html>", "")
    assert html_to_text(xhtml) == html_to_text(as_html(text, documented))
    assert html_to_text(text, plain=True) == text.rstrip("\n") + "\n"
    server.page = xhtml
    assert pull(project).exit_code == 0


def test_empty_page_is_a_fetch_failure_not_a_change(server: DocServer, tmp_path: Path) -> None:
    project = make_project(tmp_path, "innovatrics", server.url)
    server.page = "<html><body><!-- maintenance --></body></html>"
    result = pull(project, "--write")
    assert result.exit_code == 3
    assert result.stderr == f"error: innovatrics: cannot fetch {server.url}: the page has no text\n"
    assert kept_text(project, "innovatrics") == (REPO / "vendor-docs" / DOCS["innovatrics"][0]).read_text()


def test_url_that_is_not_http_is_a_usage_error(tmp_path: Path) -> None:
    project = make_project(tmp_path, "innovatrics", "ftp://127.0.0.1/doc")
    result = pull(project, "innovatrics")
    assert result.exit_code == 2
    assert "innovatrics.docs.yaml: `url:` must be an http(s) URL, not 'ftp://127.0.0.1/doc'" in result.stderr


def test_named_api_without_url_is_a_usage_error(tmp_path: Path) -> None:
    project = make_project(tmp_path, "innovatrics", "")
    docs_list = project.specs_dir / "innovatrics.docs.yaml"
    docs_list.write_text(docs_list.read_text().replace("url: \n", ""))
    named = pull(project, "innovatrics")
    assert named.exit_code == 2 and "no `url:`" in named.stderr
    everything = pull(project)
    assert everything.exit_code == 0 and "nothing to pull" in everything.stderr


def test_busy_server_is_retried() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, text="<h1>Doc</h1>", headers={"ETag": '"v2"'})])
    waits: list[float] = []
    page = fetch(
        "http://127.0.0.1:1/doc",
        Validators(),
        retries=2,
        transport=httpx.MockTransport(lambda request: next(answers)),
        sleep=waits.append,
    )
    assert (page.html, page.validators.etag, waits) == ("<h1>Doc</h1>", '"v2"', [0.5])


def test_missing_page_is_not_retried() -> None:
    calls: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: calls.append(request) or httpx.Response(404))
    with pytest.raises(FetchError, match=r"^http://127.0.0.1:1/doc: HTTP 404 Not Found$"):
        fetch("http://127.0.0.1:1/doc", Validators(), retries=3, transport=transport, sleep=lambda _: None)
    assert len(calls) == 1


def test_html_to_text_keeps_headings_as_lines_and_ampersands() -> None:
    page = "<h1>Pets</h1><h2>1.1 List Pets</h2><p>GET /pets?page=1&amp;notify_to=me &amp;lt;</p><ul><li>a</li></ul>"
    assert html_to_text(page) == "Pets\n\n1.1 List Pets\n\nGET /pets?page=1&notify_to=me &lt;\n\n  * a\n"


def test_compare_ignores_layout() -> None:
    documented = [DocumentedOperation("list_pets", "GET", "/pets", "List Pets", 2)]
    kept = "Pets\nList Pets\nGET   /pets\n\n\nReturns pets.\n"
    assert docs_pull.compare(kept, "Pets\n\nList Pets\n\nGET /pets\nReturns pets.\n", documented, {}) == []
