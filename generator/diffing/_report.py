"""A diff's result as a value (:class:`Report`) and its three renderings: text, Markdown and JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ._changes import Bump, Change, Level, required_bump

_HEADINGS = {
    Level.BREAKING: "Breaking changes",
    Level.NON_BREAKING: "New features and compatible changes",
    Level.INFO: "Documentation and other changes",
}


@dataclass(frozen=True)
class Report:
    api: str
    base: str  # the git ref compared against, e.g. "provider-v1.2.0"
    head: str  # what was compared, e.g. "working tree"
    changes: tuple[Change, ...]
    base_version: str = ""
    head_version: str = ""

    @property
    def summary(self) -> dict[str, int]:
        return {
            "breaking": self.count(Level.BREAKING),
            "non_breaking": self.count(Level.NON_BREAKING),
            "info": self.count(Level.INFO),
        }

    def count(self, level: Level) -> int:
        return sum(1 for change in self.changes if change.level == level)

    @property
    def suggested_bump(self) -> Bump:
        return required_bump(list(self.changes))

    def of_level(self, level: Level) -> list[Change]:
        return [change for change in self.changes if change.level == level]


def to_json(report: Report) -> str:
    data = {
        "api": report.api,
        "base": report.base,
        "head": report.head,
        "versions": {"base": report.base_version, "head": report.head_version},
        "changes": [change.as_dict() for change in report.changes],
        "summary": report.summary,
        "suggested_bump": str(report.suggested_bump),
    }
    return json.dumps(data, indent=2) + "\n"


def to_text(report: Report) -> str:
    lines = [
        f"{report.api}: {report.base} ({report.base_version or '?'}) -> {report.head} ({report.head_version or '?'})"
    ]
    for change in report.changes:
        where = f"{change.operation}: " if change.operation else ""
        lines.append(f"  {change.level:<12} {where}{change.message}  [{change.id}]")
    if not report.changes:
        lines.append("  no changes")
    summary = report.summary
    lines.append(
        f"{summary['breaking']} breaking, {summary['non_breaking']} non-breaking, {summary['info']} info;"
        f" suggested bump: {report.suggested_bump}"
    )
    return "\n".join(lines) + "\n"


def to_markdown(report: Report) -> str:
    title = f"# `{report.api}`: {report.base} → {report.head}\n\n"
    summary = report.summary
    counts = (
        f"{summary['breaking']} breaking, {summary['non_breaking']} non-breaking, {summary['info']} info; "
        f"suggested bump: **{report.suggested_bump}**\n"
    )
    return title + counts + markdown_sections(report.changes, level=2)


def by_operation(changes: Iterable[Change]) -> dict[str, list[Change]]:
    """Changes grouped by operation (document-wide ones under ``""``), operations in order of first appearance."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.operation, []).append(change)
    return groups


def markdown_sections(changes: tuple[Change, ...] | list[Change], *, level: int) -> str:
    """One heading per level, then one bullet per operation with its changes; for ``apigen diff`` and changelogs.

    Each change shows its message, rule id and JSON pointer: fit for a pull-request comment.
    """
    hashes = "#" * level
    out = []
    for change_level, heading in _HEADINGS.items():
        selected = [change for change in changes if change.level == change_level]
        if selected:
            out.append(f"\n{hashes} {heading}\n\n")
            for operation, group in by_operation(selected).items():
                out.append(f"- **`{operation}`**\n" if operation else "- **Whole API**\n")
                out.extend(f"  - {_markdown_item(change)}\n" for change in group)
    return "".join(out)


def _markdown_item(change: Change) -> str:
    message = change.message.replace("|", "\\|").replace("`", "'")
    where = f" at `{change.pointer}`" if change.pointer and change.pointer not in change.message else ""
    return f"{message} (`{change.id}`){where}"


def text_list(changes: Iterable[Change], indent: str = "  ") -> list[str]:
    """Plain-text lines grouped like :func:`markdown_sections`: the operation, then each change with its pointer."""
    lines = []
    for operation, group in by_operation(changes).items():
        lines.append(f"{indent}{operation or 'whole API'}:")
        for change in group:
            where = f" at {change.pointer}" if change.pointer else ""
            lines.append(f"{indent}  - {change.message} [{change.id}]{where}")
    return lines


FORMATS: dict[str, Callable[[Report], str]] = {"text": to_text, "markdown": to_markdown, "json": to_json}


def render(report: Report, fmt: str) -> str:
    return FORMATS[fmt](report)
