"""Where things are in a JSON file: JSON pointer -> line, and duplicate keys, by one scan of the text.

``json.loads`` forgets positions. Error messages need the line, so this scanner walks the text once, on demand
only, keeping a stack of the containers it is in. It is a hot loop on big specs (GitHub's is 13 MB), so the
regular expression does what it can in C (``findall``: tuples, no match objects): a string followed by ``:`` is
a key (one token, the colon included), any other string is a value the loop drops at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from .pointers import escape_pointer_token

# A string (its text in group 1; group 2 is a key's colon, with the blanks before it), or punctuation (group 3;
# a newline counts lines). The string body is the unrolled ``[^"\\]*(?:\\.[^"\\]*)*``: much faster in ``re``
# than an alternation per character.
_TOKEN = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"(?:([ \t\r\n]*:))?|([{}\[\],\n])')


@dataclass
class JsonPositions:
    lines: dict[str, int]
    duplicates: list[tuple[str, int]]  # (pointer, line) of every repeated key


def scan(text: str) -> JsonPositions:
    lines: dict[str, int] = {"": 1}
    duplicates: list[tuple[str, int]] = []
    pointers: list[str] = []
    indexes: list[int] = []  # per open container: the current element's index, -1 for an object
    keys: list[set[str]] = []  # per open container: the keys seen so far (duplicates)
    child = ""  # the pointer of the value that comes next (after a key, or an array's next element)
    line = 1
    for raw, colon, punct in chain.from_iterable(_token_chunks(text)):  # chained in C: no generator per token
        if not punct:
            if not colon or not pointers:
                continue
            key = json.loads(f'"{raw}"') if "\\" in raw else raw
            child = f"{pointers[-1]}/{escape_pointer_token(key)}"
            seen = keys[-1]
            if key in seen:
                duplicates.append((child, line))
            seen.add(key)
            lines[child] = line
            if "\n" in colon:  # the key's colon is on a later line
                line += colon.count("\n")
        elif punct == "\n":
            line += 1
        elif punct == ",":
            if pointers and (index := indexes[-1]) >= 0:
                indexes[-1] = index = index + 1
                child = f"{pointers[-1]}/{index}"
                lines[child] = line
        elif punct in "{[":
            pointer = child if pointers else ""
            lines.setdefault(pointer, line)
            pointers.append(pointer)
            keys.append(set())
            if punct == "[":
                indexes.append(0)
                child = f"{pointer}/0"
                lines[child] = line
            else:
                indexes.append(-1)
        else:
            pointers.pop()
            indexes.pop()
            keys.pop()
    return JsonPositions(lines, duplicates)


def _token_chunks(text: str) -> Iterator[list[tuple[str, str, str]]]:
    """``_TOKEN.findall(text)``, a chunk of about :data:`_CHUNK` characters at a time: all at once, the tuples of
    a 13 MB spec take 100 MB. A chunk ends after a comma that ends a line, where no token can be cut in two (a
    newline is never inside a string, and a comma is never between a key and its colon)."""
    start = 0
    while start < len(text):
        cut = text.find(",\n", start + _CHUNK)
        end = len(text) if cut < 0 else cut + 1
        yield _TOKEN.findall(text, start, end)
        start = end


_CHUNK = 1 << 20


def json_line_index(source: bytes) -> dict[str, int]:
    return scan(source.decode("utf-8", errors="replace")).lines
