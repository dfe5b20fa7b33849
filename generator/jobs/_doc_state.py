"""What ``apigen docs pull --write`` remembers beside the docs, in ``<docs dir>/.docs-pull.json``.

Per API: the page's ETag and Last-Modified with the sha256 of the text they describe (sent back only while the
kept doc is that text, so a 304 can never hide a change we do not hold), the page's heading levels, and the
sections found changed since the doc's hash was last recorded (``apigen coverage`` lists their operations until
``apigen coverage --record``). Sorted keys and no timestamps: the file is committed and diffs cleanly.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError

STATE_FILE = ".docs-pull.json"


@dataclass(frozen=True)
class SectionChange:
    kind: str  # "added" | "removed" | "changed"
    heading: str  # the heading line as the doc writes it; "" for the text before the first heading
    operations: tuple[str, ...]  # operationIds the section documents
    excerpt: tuple[str, ...] = ()  # a few "- old" / "+ new" lines

    @property
    def title(self) -> str:
        return self.heading or "(text before the first heading)"


def state_path(docs_dir: Path) -> Path:
    return docs_dir / STATE_FILE


def load(docs_dir: Path) -> dict[str, dict[str, Any]]:
    path = state_path(docs_dir)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: unreadable pull state ({exc}); delete it, the next pull rebuilds it") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: unreadable pull state (not an object); delete it, the next pull rebuilds it")
    return {str(api): entry for api, entry in data.items() if isinstance(entry, dict)}


def save(docs_dir: Path, state: dict[str, dict[str, Any]]) -> None:
    state_path(docs_dir).write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")


def pending(docs_dir: Path, api: str, recorded_sha256: str | None) -> list[SectionChange]:
    """The sections pulled as changed since ``recorded_sha256`` was recorded (none once it is recorded anew)."""
    entry = load(docs_dir).get(api, {}).get("pending")
    if not isinstance(entry, dict) or entry.get("base_sha256") != recorded_sha256:
        return []
    return [_change(item) for item in entry.get("sections") or []]


def with_pending(entry: dict[str, Any], recorded_sha256: str | None, changes: list[SectionChange]) -> dict[str, Any]:
    """``entry`` with ``changes`` added to those pending against the same recorded doc (a heading's latest wins)."""
    old = entry.get("pending") or {}
    kept = [_change(item) for item in old.get("sections") or []] if old.get("base_sha256") == recorded_sha256 else []
    merged = {(change.heading, change.kind): change for change in [*kept, *changes]}
    sections = [_plain(change) for change in merged.values()]
    return {**entry, "pending": {"base_sha256": recorded_sha256, "sections": sections}}


def clear_pending(docs_dir: Path, api: str) -> None:
    state = load(docs_dir)
    if state.get(api, {}).pop("pending", None) is not None:
        save(docs_dir, state)


def _plain(change: SectionChange) -> dict[str, Any]:
    plain = asdict(change)
    plain.pop("excerpt")  # the pull report shows it; the state only needs what coverage lists
    plain["operations"] = list(change.operations)
    return plain


def _change(item: dict[str, Any]) -> SectionChange:
    operations = tuple(str(op) for op in item.get("operations", ()))
    return SectionChange(str(item.get("kind", "changed")), str(item.get("heading", "")), operations)
