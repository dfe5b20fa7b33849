"""``apigen docs pull``: fetch each vendor page, compare it with the kept doc section by section, name what changed.

A section runs from a heading line to the next. Headings are the operations' headings from ``<api>.docs.yaml``
and the page's ``<h1>``..``<h6>`` (the levels of the previous pull are remembered, so a heading the page dropped
still cuts the kept text). The two texts' sections are aligned in order by heading, so a repeated heading (an
example named after its request) or an inserted section does not shift the others. A section documents an
operation when it starts at that operation's heading (the occurrence nearest the line recorded for it), repeats
that heading, or is a deeper heading below it.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from ..errors import FetchError, UsageError
from ..spec.loading import Spec
from . import _doc_state
from ._doc_fetch import Validators, fetch, shown_url
from ._doc_state import SectionChange
from ._doc_text import Section, body_key, heading_key, html_headings, html_to_text, split_sections
from .doc_coverage import DocumentedOperation, doc_sha256, docs_list_path, docs_url, load_docs_list

EXCERPT_LINES = 6
FORMATS = ("text", "markdown", "json")


@dataclass(frozen=True)
class PullOptions:
    write: bool = False
    timeout: float = 20.0
    retries: int = 2
    transport: httpx.BaseTransport | None = None  # tests answer in-process


@dataclass(frozen=True)
class PullResult:
    api: str
    url: str
    source: str  # the doc file in the docs folder
    not_modified: bool  # the server answered 304
    changes: list[SectionChange] = field(default_factory=list)
    written: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    @property
    def operations(self) -> list[str]:
        return sorted({op for change in self.changes for op in change.operations})


def has_url(spec: Spec) -> bool:
    return docs_url(spec) is not None


def pull(spec: Spec, docs_dir: Path, options: PullOptions = PullOptions()) -> PullResult:
    """Fetch the page of ``spec``'s docs list and compare it with the kept doc; write it only with ``write``.

    Raises :class:`UsageError` when the docs list names no ``url`` or ``source``, :class:`FetchError` when the page
    cannot be had.
    """
    url, source = _url_and_source(spec)
    _, recorded, documented = load_docs_list(spec)
    doc_path = docs_dir / source
    kept = doc_path.read_text(encoding="utf-8", errors="replace") if doc_path.exists() else ""
    state = _doc_state.load(docs_dir)
    entry = state.get(spec.name, {})
    shown = shown_url(url)  # what reports and the committed state file say: no user info or query (tokens)
    holds_fetched_copy = entry.get("url") == shown and entry.get("text_sha256") == doc_sha256(kept)
    known = Validators(entry.get("etag"), entry.get("last_modified")) if holds_fetched_copy else Validators()
    page = fetch(url, known, timeout=options.timeout, retries=options.retries, transport=options.transport)
    if page.html is None:
        return PullResult(spec.name, shown, source, not_modified=True)
    fetched = html_to_text(page.html, plain=page.plain)
    if not fetched.strip():  # an empty 200 is a broken page, not a vendor who deleted every section
        raise FetchError(f"{shown}: the page has no text")
    levels = {**entry.get("headings", {}), **html_headings(page.html)}
    changes = compare(kept, fetched, documented, levels)
    if options.write:
        doc_path.parent.mkdir(parents=True, exist_ok=True)
        if changes:
            doc_path.write_text(fetched, encoding="utf-8")
        entry = {
            **entry,
            "url": shown,
            "etag": page.validators.etag,
            "last_modified": page.validators.last_modified,
            "text_sha256": doc_sha256(fetched if changes else kept),
            "headings": dict(sorted(html_headings(page.html).items())),
        }
        state[spec.name] = _doc_state.with_pending(entry, recorded, changes) if changes else entry
        _doc_state.save(docs_dir, state)
    written = options.write and bool(changes)
    return PullResult(spec.name, shown, source, not_modified=False, changes=changes, written=written)


def compare(
    kept: str, fetched: str, documented: Sequence[DocumentedOperation], levels: Mapping[str, int]
) -> list[SectionChange]:
    """The sections added, removed and changed from ``kept`` to ``fetched``, each with the operations it documents."""
    keys = {heading_key(op.section_heading) for op in documented} | set(levels)
    old, new = split_sections(kept, keys), split_sections(fetched, keys)
    old_direct = _direct_operations(old, documented)
    new_direct: list[tuple[str, ...]] = [() for _ in new]
    pairs: list[tuple[int, int]] = []
    matcher = difflib.SequenceMatcher(None, [s.key for s in old], [s.key for s in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += zip(range(i1, i2), range(j1, j2), strict=True)
    for i, j in pairs:
        new_direct[j] = old_direct[i]
    old_owners, new_owners = _owners(old, old_direct, levels), _owners(new, new_direct, levels)
    paired_old, paired_new = {i for i, _ in pairs}, {j for _, j in pairs}
    changes: list[tuple[int, SectionChange]] = []
    for i, j in pairs:
        if body_key(old[i].body) != body_key(new[j].body):
            change = SectionChange(
                "changed", new[j].heading, _merge(old_owners[i], new_owners[j]), _excerpt(old[i], new[j])
            )
            changes.append((new[j].line, change))
    for i, section in enumerate(old):
        if i not in paired_old:
            excerpt = tuple(f"- {line}" for line in body_key(section.body)[:3])
            change = SectionChange("removed", section.heading, old_owners[i], excerpt)
            changes.append((_position(i, pairs, new), change))
    for j, section in enumerate(new):
        if j not in paired_new:
            excerpt = tuple(f"+ {line}" for line in body_key(section.body)[:3])
            changes.append((section.line, SectionChange("added", section.heading, new_owners[j], excerpt)))
    return [change for _, change in sorted(changes, key=lambda item: item[0])]


def _direct_operations(sections: Sequence[Section], documented: Iterable[DocumentedOperation]) -> list[tuple[str, ...]]:
    """Per section, the operations whose heading starts it: the occurrence nearest the operation's recorded line."""
    direct: list[list[str]] = [[] for _ in sections]
    for op in documented:
        key = heading_key(op.section_heading)
        hits = [index for index, section in enumerate(sections) if section.key == key]
        if hits:
            direct[min(hits, key=lambda index: abs(sections[index].line - op.line))].append(op.operation_id)
    return [tuple(ops) for ops in direct]


def _owners(
    sections: Sequence[Section], direct: Sequence[tuple[str, ...]], levels: Mapping[str, int]
) -> list[tuple[str, ...]]:
    """Per section, the operations it documents: its own, or those of the operation section it continues."""
    owners: list[tuple[str, ...]] = []
    current: tuple[str, ...] = ()
    current_key, current_level = "", None
    for section, ops in zip(sections, direct, strict=True):
        level = levels.get(section.key)
        deeper = level is not None and current_level is not None and level > current_level
        if ops:
            current, current_key, current_level = ops, section.key, level
        elif not (section.key == current_key or deeper):
            current, current_key, current_level = (), "", None
        owners.append(ops or current)
    return owners


def _merge(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(op for group in groups for op in group))


def _excerpt(old: Section, new: Section) -> tuple[str, ...]:
    diff = difflib.unified_diff(body_key(old.body), body_key(new.body), n=0, lineterm="")
    lines = [f"{line[0]} {line[1:]}" for line in diff if line[:1] in "+-" and not line.startswith(("---", "+++"))]
    if len(lines) > EXCERPT_LINES:
        lines = [*lines[:EXCERPT_LINES], f"  ... {len(lines) - EXCERPT_LINES} more changed line(s)"]
    return tuple(lines)


def _position(old_index: int, pairs: Sequence[tuple[int, int]], new: Sequence[Section]) -> int:
    """Where a removed section would sit in the fetched text: right after the last kept section before it."""
    before = [j for i, j in pairs if i < old_index]
    return new[max(before)].line if before else 0


def _url_and_source(spec: Spec) -> tuple[str, str]:
    url = docs_url(spec)
    source, _, _ = load_docs_list(spec)
    where = docs_list_path(spec)
    if not url:
        raise UsageError(f"{where}: no `url:` of the vendor page to pull (add one beside `source:`)")
    if not url.startswith(("http://", "https://")):
        raise UsageError(f"{where}: `url:` must be an http(s) URL, not {shown_url(url)!r}")
    if not source:
        raise UsageError(f"{where}: no `source:` doc file to compare the page with")
    return url, source


def to_text(results: Sequence[PullResult]) -> str:
    lines: list[str] = []
    for result in results:
        if not result.changed:
            how = "not modified (304)" if result.not_modified else "same text"
            lines.append(f"{result.api}: unchanged ({how})")
            continue
        written = f"; written to {result.source}" if result.written else ""
        lines.append(f"{result.api}: {len(result.changes)} section(s) changed in {result.url}{written}")
        for change in result.changes:
            operations = ", ".join(change.operations) or "no documented operation"
            lines.append(f"  {change.kind:<8} {change.title!r}: {operations}")
            lines += [f"      {line}" for line in change.excerpt]
        if result.operations:
            lines.append(f"  operations to review: {', '.join(result.operations)}")
    return "\n".join(lines) + "\n"


def to_markdown(results: Sequence[PullResult]) -> str:
    """The report a pull request carries: one part per API, a diff excerpt per section."""
    parts = ["# Vendor doc changes", ""]
    for result in results:
        if not result.changed:
            parts += [f"- **{result.api}**: unchanged", ""]
            continue
        parts += [f"## {result.api}", "", f"Page: {result.url} (kept as `vendor-docs/{result.source}`)", ""]
        parts += ["| section | change | operations |", "| --- | --- | --- |"]
        for change in result.changes:
            operations = ", ".join(f"`{op}`" for op in change.operations) or "-"
            parts.append(f"| {change.title.replace('|', '/')} | {change.kind} | {operations} |")
        parts.append("")
        for change in result.changes:
            if change.excerpt:
                parts += [f"**{change.title}** ({change.kind})", "", "```diff", *change.excerpt, "```", ""]
    return "\n".join(parts).rstrip("\n") + "\n"


def to_json(results: Sequence[PullResult]) -> str:
    rows: list[dict[str, Any]] = [
        {
            "api": result.api,
            "url": result.url,
            "status": "changed" if result.changed else "unchanged",
            "not_modified": result.not_modified,
            "written": result.written,
            "operations": result.operations,
            "sections": [
                {
                    "kind": change.kind,
                    "heading": change.heading,
                    "operations": list(change.operations),
                    "excerpt": list(change.excerpt),
                }
                for change in result.changes
            ],
        }
        for result in results
    ]
    return json.dumps(rows, indent=2) + "\n"


def render(results: Sequence[PullResult], output: str) -> str:
    return {"text": to_text, "markdown": to_markdown, "json": to_json}[output](results)
