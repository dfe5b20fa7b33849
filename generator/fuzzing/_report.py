"""The HTML report: operations x checks, each failing cell linking to its failures. One file, no assets."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ._results import FuzzFailure, FuzzResult

_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:center}
th.op,td.op{text-align:left;font-family:monospace;white-space:nowrap}
th.check{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}
td.pass{background:#e6f4ea}td.fail{background:#fce8e6;font-weight:bold}td.none,td.skip{color:#aaa}
.failure{border-left:4px solid #d93025;padding:.2em 1em;margin:1em 0}
pre{background:#f6f8fa;padding:.6em;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
.ok{color:#188038}.bad{color:#d93025}
"""


def write_html(result: FuzzResult, path: Path) -> None:
    path.write_text(render_html(result), encoding="utf-8")


def render_html(result: FuzzResult) -> str:
    anchors = {failure.key: f"f{index}" for index, failure in enumerate(result.failures, 1)}
    verdict = '<b class="ok">passed</b>' if result.ok else '<b class="bad">failed</b>'
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Fuzzing {escape(result.api)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>Fuzzing <code>{escape(result.api)}</code>: {verdict}</h1>",
        "<p>"
        f"Target <code>{escape(result.base_url)}</code>; {len(result.operations_tested)} of "
        f"{result.operations_selected} operation(s) tested; {result.cases} test case(s); "
        f"{len(result.failures)} distinct failure(s); seed {escape(str(result.seed))}.</p>",
        _matrix(result, anchors),
        "<p>&#10004; passed, &#10008; failed, n/a the check does not apply to the operation (skipped), "
        "&middot; not run.</p>",
        _failures(result, anchors),
        _errors(result),
        _spec_warnings(result),
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _matrix(result: FuzzResult, anchors: dict[tuple[str, str, str, str], str]) -> str:
    operations = sorted({op for op, _ in result.tallies} | set(result.operations_tested), key=_by_path)
    checks = sorted({check for _, check in result.tallies} | set(result.checks))
    first: dict[tuple[str, str], str] = {}
    for failure in result.failures:
        first.setdefault((failure.operation, failure.check), anchors[failure.key])
    head = "".join(f'<th class="check">{escape(c)}</th>' for c in checks)
    rows = [f'<table><tr><th class="op">operation</th>{head}</tr>']
    for op in operations:
        cells = []
        for check in checks:
            tally = result.tallies.get((op, check))
            if tally is None:
                cells.append('<td class="none">&middot;</td>')
            elif tally.not_applicable:
                cells.append(f'<td class="skip" title="not applicable ({tally.skipped} skipped)">n/a</td>')
            elif tally.failed:
                href = first.get((op, check))
                label = f"&#10008; {tally.failed}"
                cells.append(
                    f'<td class="fail"><a href="#{href}">{label}</a></td>' if href else f'<td class="fail">{label}</td>'
                )
            else:
                cells.append(f'<td class="pass" title="{tally.passed} passed">&#10004;</td>')
        rows.append(f'<tr><td class="op">{escape(op)}</td>{"".join(cells)}</tr>')
    rows.append("</table>")
    return "\n".join(rows)


def _by_path(label: str) -> tuple[str, str]:
    method, _, path = label.partition(" ")
    return (path, method)


def _failures(result: FuzzResult, anchors: dict[tuple[str, str, str, str], str]) -> str:
    if not result.failures:
        return "<h2>Failures</h2><p>None.</p>"
    parts = ["<h2>Failures</h2>"]
    for check, failures in result.by_check().items():
        parts.append(f"<h3>{escape(check)} ({len(failures)})</h3>")
        parts.extend(_failure(failure, anchors[failure.key]) for failure in failures)
    return "\n".join(parts)


def _failure(failure: FuzzFailure, anchor: str) -> str:
    status = f" &rarr; {failure.status}" if failure.status is not None else ""
    steps = "\n".join(failure.reproduction) or "(no request was recorded)"
    return (
        f'<div class="failure" id="{anchor}"><h4><code>{escape(failure.operation)}</code>{status}: '
        f"{escape(failure.code)} {escape(failure.title)}</h4>"
        f"<p>phase {escape(failure.phase)}, severity {escape(failure.severity)}</p>"
        f"<pre>{escape(failure.message)}</pre><p>Reproduce with:</p><pre>{escape(steps)}</pre></div>"
    )


def _errors(result: FuzzResult) -> str:
    if not result.errors:
        return ""
    items = "".join(f"<li><pre>{escape(error)}</pre></li>" for error in result.errors)
    return f"<h2>Errors</h2><ul>{items}</ul>"


def _spec_warnings(result: FuzzResult) -> str:
    if not result.spec_warnings:
        return ""
    items = "".join(f"<li><code>{escape(str(warning))}</code></li>" for warning in result.spec_warnings)
    return (
        "<h2>Spec warnings</h2><p>Statuses the mock had to send that the spec does not document: the spec's gaps, "
        f"not failures.</p><ul>{items}</ul>"
    )
