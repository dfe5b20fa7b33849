"""Routing: request paths -> spec path templates, under the base path of the spec's first server.

Static paths are one dictionary lookup. Templated ones live in a tree of path segments, so a lookup costs
the depth of the path, not the number of paths (GitHub's spec has 700 templated ones). At each segment a
literal wins over a segment mixing text and parameters (``{name}.json``), which wins over a bare parameter;
when the preferred branch leads nowhere the next one is tried (``/a/{x}/b`` before ``/a/{x}/{y}``).

Two templates of the same shape (``/a/{id}`` and ``/a/{digest}``, allowed when their methods differ) share
a node; the caller's ``fits`` picks between them (by method). A percent-encoded ``/`` belongs to a
parameter value (GitHub's ``git/ref/heads%2Fmain``), so such paths are split before being decoded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import unquote_to_bytes

from ..spec.loading import PATH_PARAMETER as _PARAM

T = TypeVar("T")
_ENCODED_SLASH = re.compile(rb"%2f", re.IGNORECASE)

Target = tuple[T, tuple[str, ...]]  # what a template leads to, with its parameter names in order


@dataclass
class _Node(Generic[T]):
    literal: dict[str, _Node[T]] = field(default_factory=dict)
    mixed: list[tuple[re.Pattern[str], _Node[T]]] = field(default_factory=list)
    param: _Node[T] | None = None
    targets: list[Target[T]] = field(default_factory=list)  # what ends here, in declaration order

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
        self._prefix_segments = prefix.split("/")
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
            node.targets.append((target, names))

    def match(
        self, path: str, raw_path: bytes | None = None, fits: Callable[[T], bool] | None = None
    ) -> tuple[T, dict[str, str]] | None:
        """The target of ``path`` (decoded) with its parameter values; None when no template matches.

        ``raw_path`` is the path as received (percent-encoded), needed to tell ``a%2Fb`` from ``a/b``;
        ``fits`` picks among same-shaped templates (the first one when none fits).
        """
        if raw_path is not None and _ENCODED_SLASH.search(raw_path):
            segments = [unquote_to_bytes(part).decode("utf-8", "replace") for part in raw_path.split(b"/")]
        else:
            static = self._static.get(path)
            if static is not None:
                return static, {}
            segments = path.split("/")
        depth = len(self._prefix_segments)
        if len(segments) <= depth or segments[:depth] != self._prefix_segments:
            return None
        values: list[str] = []
        targets = _walk(self._root, segments, depth, values)
        if targets is None:
            return None
        target, names = _pick(targets, fits)
        return target, dict(zip(names, values, strict=True))


def _pick(targets: list[Target[T]], fits: Callable[[T], bool] | None) -> Target[T]:
    if len(targets) > 1 and fits is not None:
        return next((candidate for candidate in targets if fits(candidate[0])), targets[0])
    return targets[0]


def _walk(node: _Node[T], segments: list[str], index: int, values: list[str]) -> list[Target[T]] | None:
    """The targets ``segments[index:]`` lead to from ``node``; ``values`` collects the parameter values."""
    if index == len(segments):
        return node.targets or None
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
