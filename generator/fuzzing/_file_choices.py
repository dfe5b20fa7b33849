"""Choices of a file or a text value, fuzzed with files in the copy of the spec Schemathesis reads.

``oneOf: [{format: binary}, {format: uri}]`` ("upload a file or give its URL", Together AI's transcriptions)
stops Schemathesis' coverage phase on the operation ("Unsupported type: 'Binary'": it cannot compare the file
branch's values). The copy keeps the file branch alone, with one located note; the mock and the clients read
the original.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token, node_at
from ._tool_copy import located, writable

_CHOICES = ("oneOf", "anyOf")


def with_files_for_file_choices(spec: Spec, document: dict[str, Any] | None) -> tuple[dict[str, Any] | None, list[str]]:
    """``document`` (None: the spec's own) with each choice of a file or text reduced to the file (None when
    nothing changed), and one note per choice: ``file:line: pointer: ...``."""
    found = list(_file_choices(spec.document, "", spec.resolve))
    if not found:
        return document, []
    changed = writable(spec, document)
    notes = []
    for pointer, keyword, index in found:
        schema = node_at(changed, pointer)
        schema.update(schema.pop(keyword)[index])
        where = f"{pointer}/{keyword}"
        notes.append(f"{located(spec, where)}: a file or a text value: fuzzed with files")
    return changed, notes


def _file_choices(node: Any, pointer: str, resolve: Callable[[Any], Any]) -> Iterator[tuple[str, str, int]]:
    """(schema pointer, keyword, index of the file branch) for each oneOf/anyOf of strings, one of them a file."""
    if isinstance(node, dict):
        for keyword in _CHOICES:
            branches = [resolve(b) for b in node.get(keyword) or [] if isinstance(node.get(keyword), list)]
            if len(branches) > 1 and all(isinstance(b, dict) and b.get("type") == "string" for b in branches):
                files = [i for i, b in enumerate(branches) if b.get("format") == "binary" or "contentMediaType" in b]
                if files:
                    yield pointer, keyword, files[0]
        for key, value in node.items():
            yield from _file_choices(value, f"{pointer}/{escape_pointer_token(str(key))}", resolve)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _file_choices(value, f"{pointer}/{index}", resolve)
