"""Regular expressions Schemathesis (Python's ``re``) can use: translated where the meaning is the same, else
dropped, each with one located note.

Specs written for Java or ECMA engines use ``\\z`` (end of input), ``(?<name>...)`` groups or ``\\p{L}``
classes; Python 3.11 compiles none of them, and Schemathesis then stops on the operation with an error instead
of testing it. ``\\z`` and named groups have Python spellings; a pattern that still does not compile is left
out of the copy of the spec Schemathesis reads (the mock validates with the original).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..spec.pointers import escape_pointer_token

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


def pattern_changes(node: Any, pointer: str = "") -> Iterator[tuple[str, str, str | None]]:
    """(pointer of the schema, its pattern, the Python spelling or None) for each pattern that needs a change."""
    if isinstance(node, dict):
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            portable = python_pattern(pattern)
            if portable != pattern:
                yield pointer, pattern, portable
        for key, value in node.items():
            yield from pattern_changes(value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from pattern_changes(value, f"{pointer}/{index}")
