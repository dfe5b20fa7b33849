"""Documentation coverage: what each spec holds of its vendor doc, from ``specs/<api>.docs.yaml`` and the doc itself.

``<api>.docs.yaml`` lists every operation the vendor documents (operationId, method, path, title, line; and
``heading`` when the line that starts the operation's section in the doc is not its title) and the sha256 of the
doc file it was transcribed from; ``url`` is the page ``apigen docs pull`` fetches. Comparing the list with the
spec and with the doc file as it is now tells a reviewer, after a vendor's page changed, what is new, moved or
gone; after a pull, which operations sit in the sections that changed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import UsageError
from ..spec.loading import Spec
from . import _doc_state
from ._doc_state import SectionChange

_NEAR = 5  # a title found this many lines from where it was recorded has not moved


@dataclass(frozen=True)
class DocumentedOperation:
    operation_id: str
    method: str
    path: str
    title: str
    line: int
    heading: str = ""  # the doc's heading line for this operation when it is not the title

    @property
    def section_heading(self) -> str:
        return self.heading or self.title


@dataclass(frozen=True)
class TitleShift:
    operation_id: str
    title: str
    recorded_line: int
    now_line: int | None  # None: the title is gone from the doc


@dataclass(frozen=True)
class Coverage:
    api: str
    source: str
    documented: list[DocumentedOperation]
    missing: list[DocumentedOperation]  # documented, not in the spec
    unlisted: list[str]  # in the spec, not in the docs list
    parameters: int
    examples: int
    doc_notes: int
    doc_status: str  # "unchanged" | "changed" | "no hash recorded" | "no <api>.docs.yaml"
    shifts: list[TitleShift] = field(default_factory=list)
    pulled: list[SectionChange] = field(default_factory=list)  # sections `apigen docs pull` found changed

    @property
    def complete(self) -> bool:
        return not self.missing and not self.unlisted and not any(s.now_line is None for s in self.shifts)


def docs_list_path(spec: Spec) -> Path:
    return spec.path.with_name(f"{spec.name}.docs.yaml")


def load_docs_list(spec: Spec) -> tuple[str, str | None, list[DocumentedOperation]]:
    """(doc file name, recorded sha256, documented operations) from ``<api>.docs.yaml``."""
    data = _read_docs_list(spec)
    operations = [
        DocumentedOperation(
            str(item["operationId"]),
            str(item["method"]).upper(),
            str(item["path"]),
            str(item["title"]),
            item["line"],
            str(item.get("heading") or ""),
        )
        for item in data.get("operations") or []
    ]
    return str(data.get("source", "")), data.get("source_sha256"), operations


def docs_url(spec: Spec) -> str | None:
    """The vendor page ``<api>.docs.yaml`` names by ``url:`` (None when it names none)."""
    url = _read_docs_list(spec).get("url")
    return str(url) if url else None


def _read_docs_list(spec: Spec) -> dict[str, Any]:
    path = docs_list_path(spec)
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read the documented-operations list: {exc}") from exc
    if not isinstance(data, dict):
        raise UsageError(f"{path}: the documented-operations list must be a mapping (source, url, operations)")
    return data


def measure(spec: Spec, docs_dir: Path) -> Coverage:
    """Coverage of ``spec`` against its docs list and the doc file in ``docs_dir``.

    Raises :class:`UsageError` when the docs list names a doc file that is not in ``docs_dir``: the vendor docs
    are this project's inputs, and a report without them would claim nothing changed.
    """
    source, recorded_hash, documented = load_docs_list(spec)
    in_spec = {op.operation_id for op in spec.operations()}
    listed = {op.operation_id for op in documented}
    doc_text = read_doc(docs_dir, source) if source else None
    return Coverage(
        api=spec.name,
        source=source,
        documented=documented,
        missing=[op for op in documented if op.operation_id not in in_spec],
        unlisted=sorted(str(op_id) for op_id in in_spec - listed),
        parameters=sum(1 for _ in _parameters(spec)),
        examples=_count_examples(spec.document),
        doc_notes=_count_key(spec.document, "x-doc-note"),
        doc_status=_doc_status(doc_text, recorded_hash) if doc_text is not None else f"no {docs_list_path(spec).name}",
        shifts=_title_shifts(doc_text, documented) if doc_text is not None else [],
        pulled=_doc_state.pending(docs_dir, spec.name, recorded_hash) if source else [],
    )


def read_doc(docs_dir: Path, source: str) -> str:
    """The text of the vendor doc ``source``; raises :class:`UsageError` naming the file when it is missing."""
    path = docs_dir / source
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(
            f"{path}: vendor doc not found ({exc.strerror}); the docs of every API are kept in vendor-docs/ "
            "of the repository: restore the file there, or pass --docs-dir with the folder that holds it"
        ) from None


def doc_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _doc_status(doc_text: str, recorded_hash: str | None) -> str:
    if recorded_hash is None:
        return "no hash recorded"
    return "unchanged" if doc_sha256(doc_text) == recorded_hash else "changed"


def _title_shifts(doc_text: str, documented: list[DocumentedOperation]) -> list[TitleShift]:
    lines = [_normalise(line) for line in doc_text.splitlines()]
    shifts = []
    for op in documented:
        title = _normalise(op.title)
        hits = [number for number, line in enumerate(lines, start=1) if title and title in line]
        if any(abs(hit - op.line) <= _NEAR for hit in hits):
            continue
        nearest = min(hits, key=lambda hit: abs(hit - op.line)) if hits else None
        shifts.append(TitleShift(op.operation_id, op.title, op.line, nearest))
    return shifts


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9{}/]+", " ", text.lower()).strip()


def _parameters(spec: Spec) -> Iterator[Mapping[str, Any]]:
    for op in spec.operations(webhooks=False):
        for parameter in [*(op.path_item.get("parameters") or []), *(op.data.get("parameters") or [])]:
            yield spec.resolve(parameter)


def _count_examples(node: Any) -> int:
    if isinstance(node, Mapping):
        own = len(node["examples"]) if isinstance(node.get("examples"), Mapping) else 0
        own += 1 if "example" in node else 0
        return own + sum(_count_examples(value) for key, value in node.items() if key not in ("examples", "example"))
    if isinstance(node, list):
        return sum(_count_examples(item) for item in node)
    return 0


def _count_key(node: Any, key: str) -> int:
    if isinstance(node, Mapping):
        return (key in node) + sum(_count_key(value, key) for value in node.values())
    if isinstance(node, list):
        return sum(_count_key(item, key) for item in node)
    return 0


def record_doc_hash(spec: Spec, docs_dir: Path) -> str:
    """Store the current doc file's sha256 in ``<api>.docs.yaml`` (text edit: the file's comments survive)."""
    path = docs_list_path(spec)
    source, _, _ = load_docs_list(spec)
    if not source:
        raise UsageError(f"{path}: missing or names no `source:` doc file; write it first (specs/CONVENTIONS.md)")
    digest = doc_sha256(read_doc(docs_dir, source))
    lines = [line for line in path.read_text().splitlines() if not line.startswith("source_sha256:")]
    at = next((i for i, line in enumerate(lines) if line.startswith("source:")), -1) + 1
    lines.insert(at, f"source_sha256: {digest}")
    path.write_text("\n".join(lines) + "\n")
    _doc_state.clear_pending(docs_dir, spec.name)  # recorded: the changed sections have been dealt with
    return digest


def default_docs_dir(root: Path) -> Path:
    """Where vendor docs live unless told otherwise: ``vendor-docs/`` of the repository (they are its inputs)."""
    return root / "vendor-docs"


def as_rows(coverages: list[Coverage]) -> list[dict[str, Any]]:
    return [
        {
            "api": c.api,
            "documented": len(c.documented),
            "in_spec": len(c.documented) - len(c.missing),
            "missing": [op.operation_id for op in c.missing],
            "unlisted": c.unlisted,
            "parameters": c.parameters,
            "examples": c.examples,
            "doc_notes": c.doc_notes,
            "doc": f"{c.source} ({c.doc_status})",
            "moved": [f"{s.title!r}: line {s.recorded_line} -> {s.now_line}" for s in c.shifts if s.now_line],
            "gone": [s.title for s in c.shifts if s.now_line is None],
            "pulled": [
                {"kind": change.kind, "section": change.title, "operations": list(change.operations)}
                for change in c.pulled
            ],
        }
        for c in coverages
    ]


def to_markdown(coverages: list[Coverage]) -> str:
    head = "| API | operations (in spec / documented) | parameters | examples | x-doc-notes | doc |"
    lines = [head, "| --- | ---: | ---: | ---: | ---: | --- |"]
    rows = as_rows(coverages)
    for row in rows:
        counts = f"{row['in_spec']} / {row['documented']}"
        cells = [row["api"], counts, row["parameters"], row["examples"], row["doc_notes"], row["doc"]]
        lines.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    return "\n".join(lines + _findings(rows)) + "\n"


def to_text(coverages: list[Coverage]) -> str:
    lines = [f"{'API':<16} {'operations':>10} {'params':>7} {'examples':>9} {'notes':>6}  doc"]
    rows = as_rows(coverages)
    for row in rows:
        counts = f"{row['in_spec']}/{row['documented']}"
        numbers = f"{counts:>10} {row['parameters']:>7} {row['examples']:>9} {row['doc_notes']:>6}"
        lines.append(f"{row['api']:<16} {numbers}  {row['doc']}")
    return "\n".join(lines + _findings(rows)) + "\n"


def _findings(rows: list[dict[str, Any]]) -> list[str]:
    found = []
    for row in rows:
        found += [f"{row['api']}: documented but not in the spec: {op}" for op in row["missing"]]
        found += [f"{row['api']}: in the spec but not in {row['api']}.docs.yaml: {op}" for op in row["unlisted"]]
        found += [f"{row['api']}: moved in the doc: {move}" for move in row["moved"]]
        found += [f"{row['api']}: gone from the doc: {title!r}" for title in row["gone"]]
        found += [_pulled_line(row["api"], change) for change in row["pulled"]]
    return ["", *found] if found else []


def _pulled_line(api: str, change: dict[str, Any]) -> str:
    operations = ", ".join(change["operations"]) or "no documented operation"
    return f"{api}: section {change['kind']} in the pulled doc: {change['section']!r}: {operations}"
