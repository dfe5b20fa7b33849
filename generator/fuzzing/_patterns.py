"""Regular expressions Schemathesis can use: translated where the meaning is the same, else dropped, each with
one located note.

Schemathesis generates strings with Python's ``re`` and checks the spec's patterns as ECMA-262 regexes (JSON
Schema's ``regex`` format, which jsonschema checks with an ECMA engine when one is installed), so a pattern
must be both. Specs written for Java, PCRE or ECMA engines use ``\\z`` (end of input), ``(?<name>...)`` groups,
``\\p{L}`` classes or a leading ``(?i)``; Schemathesis then stops on the operation with an error instead of testing
it. ``\\z`` has a spelling both accept, a named group matches as a plain group, and ``(?i)`` is spelled out letter
by letter; a pattern that still fails either is left out of the copy of the spec Schemathesis reads (the mock
validates with the original).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token, node_at
from ._tool_copy import located, writable

_TRANSLATIONS = (
    (re.compile(r"(?<!\\)((?:\\\\)*)\\z"), r"\1\\Z"),  # Java/PCRE end of input
    (re.compile(r"\(\?<(?=[A-Za-z_])[A-Za-z_0-9]*>"), "("),  # a named group matches as a plain one
)
_IGNORE_CASE = "(?i)"
_REGEX_FORMAT = Draft202012Validator.FORMAT_CHECKER


def python_pattern(pattern: str) -> str | None:
    """``pattern`` as a regex both Python and ECMA-262 read alike, or None when it cannot be written so."""
    if "\\k<" in pattern:
        return None  # a back reference to a named group, which the plain group no longer has
    for regex, replacement in _TRANSLATIONS:
        pattern = regex.sub(replacement, pattern)
    if pattern.startswith(_IGNORE_CASE):
        pattern = _both_cases(pattern[len(_IGNORE_CASE) :])
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    return pattern if _REGEX_FORMAT.conforms(pattern, "regex") else None


def _both_cases(pattern: str) -> str:
    """``pattern`` matching as it would case-insensitively: each ASCII letter as ``[aA]``, each class with its
    letters in both cases; escapes kept as written."""
    out, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
        elif char == "[":
            end = _class_end(pattern, index)
            inner = pattern[index + 1 : end]
            negated = inner.startswith("^")
            body = inner[1:] if negated else inner
            out.append("[" + ("^" if negated else "") + _cased(body, str.lower) + _cased(body, str.upper) + "]")
            index = end + 1
        else:
            out.append(f"[{char.lower()}{char.upper()}]" if char.isascii() and char.isalpha() else char)
            index += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    index = start + 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def _cased(body: str, case: Any) -> str:
    parts = re.split(r"(\\.)", body)
    return "".join(part if part.startswith("\\") else case(part) for part in parts)


def portable_document(spec: Spec) -> tuple[dict[str, Any] | None, list[str]]:
    """A copy of the spec's document with every ``pattern`` Schemathesis can use (None when nothing changed), and
    one note per pattern translated or dropped: ``file:line: pointer: ...``."""
    changes = list(pattern_changes(spec.document))
    if not changes:
        return None, []
    document = writable(spec, None)
    notes = []
    for pointer, original, portable in changes:
        parent = node_at(document, pointer)
        where = located(spec, f"{pointer}/pattern")
        if portable is None:
            del parent["pattern"]
            notes.append(f"{where}: pattern {original!r} is not a Python regex; not used to generate data")
        else:
            parent["pattern"] = portable
            notes.append(f"{where}: pattern {original!r} generated as {portable!r}")
    return document, notes


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
