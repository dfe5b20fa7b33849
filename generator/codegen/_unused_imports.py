"""The operation template's imports a module does not use, dropped before ruff sees it.

Every operation module starts with the same import header (about 30 names: pagination, streams, downloads, ...),
and most modules use a few of them: GitHub's 1,223 modules held 38,000 unused imports, and ruff's fix pass took
1.05 s to remove them (0.67 s once they are gone; same output). A name is dropped here only when it occurs nowhere
else in the module, not even in a string: this never removes an import that is used, and ruff's pass, which still
runs, removes the rest and sorts what is left.
"""

from __future__ import annotations

import re

# An import statement of the header: ``from x import a, b``, ``from x import (\n    a,\n)`` or ``import x``.
_STATEMENT = r"(?:from [\w.]+ import (?:\([^)]*\)|[\w, ]+)|import [\w.]+)"
_HEADER_LINE = re.compile(rf"^(?:{_STATEMENT}|)\n", re.MULTILINE)
_FROM = re.compile(r"^from (?P<module>[\w.]+) import (?:\((?P<many>[^)]*)\)|(?P<one>[\w, ]+))$", re.MULTILINE)
_PLAIN = re.compile(r"^import (?P<module>[\w.]+)$", re.MULTILINE)
_WORD = re.compile(r"\w+")


def without_unused_imports(source: str) -> str:
    """``source`` with the names its leading imports bring in that it never mentions again left out."""
    end = _header_end(source)
    header, body = source[:end], source[end:]
    mentioned = set(_WORD.findall(body))

    def from_import(match: re.Match[str]) -> str:
        names = [name.strip() for name in (match["many"] or match["one"]).split(",") if name.strip()]
        kept = [name for name in names if name.split(" as ")[-1] in mentioned]
        if not kept:
            return ""
        if match["many"] is not None:  # the same parenthesized form, one name a line
            return f"from {match['module']} import (\n" + "".join(f"    {name},\n" for name in kept) + ")"
        return f"from {match['module']} import {', '.join(kept)}"

    header = _FROM.sub(from_import, header)
    header = _PLAIN.sub(lambda match: match[0] if match["module"].split(".")[0] in mentioned else "", header)
    return header + body


def _header_end(source: str) -> int:
    """Where the leading import statements (and the blank lines among them) end."""
    position = 0
    for match in _HEADER_LINE.finditer(source):
        if match.start() != position:
            break
        position = match.end()
    return position
