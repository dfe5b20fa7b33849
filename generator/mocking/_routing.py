"""Routing: request paths -> spec path templates, under the base path of the spec's first server.

Static paths are one dictionary lookup. Templated ones live in a tree of path segments, so a lookup costs
the depth of the path, not the number of paths (GitHub's spec has 700 templated ones). At each segment a
literal wins over a segment mixing text and parameters (``{name}.json``), which wins over a bare parameter;
when the preferred branch leads nowhere the next one is tried (``/a/{x}/b`` before ``/a/{x}/{y}``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
_PARAM = re.compile(r"{([^{}/]+)}")


@dataclass
class _Node(Generic[T]):
    literal: dict[str, _Node[T]] = field(default_factory=dict)
    mixed: list[tuple[re.Pattern[str], _Node[T]]] = field(default_factory=list)
    param: _Node[T] | None = None
    target: tuple[T, tuple[str, ...]] | None = None  # what ends here, with its parameter names in order

    def child(self, segment: str) -> _Node[T]:
        if not _PARAM.search(segment):
            return self.literal.setdefault(segment, _Node())
        if _PARAM.fullmatch(segment):
            self.param = self.param or _Node()
            return self.param
        pattern = _segment_regex(segment)
        for existing, node in self.mixed:
            if existing.pattern == pattern.pattern:
                return node
        self.mixed.append((pattern, _Node()))
        return self.mixed[-1][1]


def _segment_regex(segment: str) -> re.Pattern[str]:
    parts, position = [], 0
    for match in _PARAM.finditer(segment):
        parts.append(re.escape(segment[position : match.start()]))
        parts.append("(.*?)")
        position = match.end()
    parts.append(re.escape(segment[position:]))
    return re.compile("".join(parts) + r"\Z")


class Router(Generic[T]):
    """Spec paths (under ``prefix``) -> their targets; most specific first, as OpenAPI asks."""

    def __init__(self, prefix: str, targets: Mapping[str, T]) -> None:
        self._prefix = prefix
        self._static: dict[str, T] = {}
        self._root: _Node[T] = _Node()
        for path, target in targets.items():
            names = tuple(_PARAM.findall(path))
            if not names:
                self._static[prefix + path] = target
                continue
            node = self._root
            for segment in path[1:].split("/"):
                node = node.child(segment)
            node.target = node.target or (target, names)

    def match(self, path: str) -> tuple[T, dict[str, str]] | None:
        target = self._static.get(path)
        if target is not None:
            return target, {}
        if not path.startswith(self._prefix) or not path.startswith("/", len(self._prefix)):
            return None
        values: list[str] = []
        found = _walk(self._root, path[len(self._prefix) + 1 :].split("/"), 0, values)
        if found is None:
            return None
        target, names = found
        return target, dict(zip(names, values, strict=True))


def _walk(node: _Node[T], segments: list[str], index: int, values: list[str]) -> tuple[T, tuple[str, ...]] | None:
    """The target ``segments[index:]`` lead to from ``node``; ``values`` collects the parameter values."""
    if index == len(segments):
        return node.target
    segment = segments[index]
    literal = node.literal.get(segment)
    if literal is not None and (found := _walk(literal, segments, index + 1, values)) is not None:
        return found
    for pattern, child in node.mixed:
        matched = pattern.match(segment)
        if matched is not None:
            values.extend(matched.groups())
            if (found := _walk(child, segments, index + 1, values)) is not None:
                return found
            del values[len(values) - len(matched.groups()) :]
    if node.param is not None:
        values.append(segment)  # an empty value reaches validation, not a 404
        if (found := _walk(node.param, segments, index + 1, values)) is not None:
            return found
        values.pop()
    return None
