"""Where things are in a JSON file: JSON pointer -> line, and duplicate keys, by one scan of the text.

``json.loads`` forgets positions. Error messages need the line, so this tokenizer walks the text once, on
demand only (a 13 MB spec takes about a second), keeping a stack of the containers it is in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .pointers import escape_pointer_token

_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\],:\n]')


@dataclass
class _Container:
    pointer: str
    is_object: bool
    key: str | None = None  # the current key (objects) ...
    index: int = 0  # ... or element index (arrays)
    expecting_key: bool = True
    keys: set[str] = field(default_factory=set)

    def child(self) -> str:
        token = self.key if self.is_object else str(self.index)
        return f"{self.pointer}/{escape_pointer_token(token)}"


@dataclass
class JsonPositions:
    lines: dict[str, int]
    duplicates: list[tuple[str, int]]  # (pointer, line) of every repeated key


def scan(text: str) -> JsonPositions:
    lines: dict[str, int] = {"": 1}
    duplicates: list[tuple[str, int]] = []
    stack: list[_Container] = []
    line = 1
    for match in _TOKEN.finditer(text):
        token = match.group()
        top = stack[-1] if stack else None
        if token == "\n":
            line += 1
        elif token in "{[":
            pointer = top.child() if top is not None else ""
            lines.setdefault(pointer, line)
            stack.append(_Container(pointer, token == "{"))
            if token == "[":
                lines[f"{pointer}/0"] = line
        elif token in "}]":
            stack.pop()
        elif top is None:
            continue
        elif token == ",":
            top.expecting_key = top.is_object
            if not top.is_object:
                top.index += 1
                lines[top.child()] = line
        elif token == ":":
            top.expecting_key = False
        elif top.is_object and top.expecting_key:
            top.key = json.loads(token) if "\\" in token else token[1:-1]
            if top.key in top.keys:
                duplicates.append((top.child(), line))
            top.keys.add(top.key)
            lines[top.child()] = line
    return JsonPositions(lines, duplicates)


def json_line_index(source: bytes) -> dict[str, int]:
    return scan(source.decode("utf-8", errors="replace")).lines
