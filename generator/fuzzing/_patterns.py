"""Regular expressions Schemathesis (Python's ``re``) can use: translated where the meaning is the same, else
dropped, each with one located note.

Specs written for Java or ECMA engines use ``\\z`` (end of input), ``(?<name>...)`` groups or ``\\p{L}``
classes; Python 3.11 compiles none of them, and Schemathesis then stops on the operation with an error instead
of testing it. ``\\z`` and named groups have Python spellings; a pattern that still does not compile is left
out of the copy of the spec Schemathesis reads (the mock validates with the original).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token, node_at

_TRANSLATIONS = (
    (re.compile(r"(?<!\\)((?:\\\\)*)\\z"), r"\1\\Z"),  # Java/PCRE end of input
    (re.compile(r"\(\?<(?=[A-Za-z_])"), "(?P<"),  # named group, not a lookbehind
)


def python_pattern(pattern: str) -> str | None:
    """``pattern`` in Python's syntax, or None when it cannot be written so."""
    for regex, replacement in _TRANSLATIONS:
        pattern = regex.sub(replacement, pattern)
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    return pattern


def portable_document(spec: Spec) -> tuple[dict[str, Any] | None, list[str]]:
    """A copy of the spec's document with every ``pattern`` Python can use (None when nothing changed), and one
    note per pattern translated or dropped: ``file:line: pointer: ...``."""
    changes = list(_patterns(spec.document, ""))
    if not changes:
        return None, []
    document: dict[str, Any] = copy.deepcopy(dict(spec.document))
    notes = []
    for pointer, original, portable in changes:
        parent = node_at(document, pointer)
        where = f"{spec.path}:{spec.line_of(pointer + '/pattern') or '?'}: {pointer}/pattern"
        if portable is None:
            del parent["pattern"]
            notes.append(f"{where}: pattern {original!r} is not a Python regex; not used to generate data")
        else:
            parent["pattern"] = portable
            notes.append(f"{where}: pattern {original!r} generated as {portable!r}")
    return document, notes


def _patterns(node: Any, pointer: str) -> Iterator[tuple[str, str, str | None]]:
    if isinstance(node, dict):
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            portable = python_pattern(pattern)
            if portable != pattern:
                yield pointer, pattern, portable
        for key, value in node.items():
            yield from _patterns(value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _patterns(value, f"{pointer}/{index}")
