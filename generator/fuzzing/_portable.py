"""The copy of a spec Schemathesis reads: the same API, minus what stops Schemathesis on an operation.

Schemathesis stops with an error instead of testing an operation for two kinds of schema it cannot handle:
a ``pattern`` Python's ``re`` cannot compile (:mod:`._patterns`), and a choice between a file and a text value
(``oneOf: [{format: binary}, {format: uri}]``, "upload a file or give its URL"), whose file branch its coverage
phase cannot compare (``Unsupported type: 'Binary'``). The copy sends the file. Each change has one located
note; the mock validates with the original.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token, split_pointer
from ._patterns import pattern_changes

_CHOICES = ("oneOf", "anyOf")


def portable_document(spec: Spec) -> tuple[dict[str, Any] | None, list[str]]:
    """A copy of the spec's document Schemathesis can test every operation of (None when nothing changed), and
    one note per change: ``file:line: pointer: ...``."""
    patterns = list(pattern_changes(spec.document))
    files = list(_file_choices(spec.document, "", spec.resolve))
    if not patterns and not files:
        return None, []
    document: dict[str, Any] = copy.deepcopy(dict(spec.document))
    notes = []
    for pointer, original, portable in patterns:
        parent = _at(document, pointer)
        where = _where(spec, pointer + "/pattern")
        if portable is None:
            del parent["pattern"]
            notes.append(f"{where}: pattern {original!r} is not a Python regex; not used to generate data")
        else:
            parent["pattern"] = portable
            notes.append(f"{where}: pattern {original!r} generated as {portable!r}")
    for pointer, keyword, index in files:
        schema = _at(document, pointer)
        schema.update(schema.pop(keyword)[index])
        notes.append(f"{_where(spec, f'{pointer}/{keyword}')}: a file or a text value: fuzzed with files")
    return document, notes


def _where(spec: Spec, pointer: str) -> str:
    return f"{spec.path}:{spec.line_of(pointer) or '?'}: {pointer}"


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


def _at(document: Any, pointer: str) -> Any:
    node = document
    for key in split_pointer(pointer):
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node
