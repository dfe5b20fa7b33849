"""Routing: request paths -> spec path templates, under the base path of the spec's first server."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
_PARAM = re.compile(r"{([^{}/]+)}")


@dataclass(frozen=True)
class Template:
    """One spec path (``/pets/{pet_id}``) compiled to a regular expression."""

    path: str
    params: tuple[str, ...]
    regex: re.Pattern[str]

    @classmethod
    def compile(cls, path: str, prefix: str = "") -> Template:
        pattern, params, position = [re.escape(prefix)], list[str](), 0
        for match in _PARAM.finditer(path):
            pattern.append(re.escape(path[position : match.start()]))
            pattern.append(f"(?P<p{len(params)}>[^/]*)")  # empty values reach validation, not a 404
            params.append(match.group(1))
            position = match.end()
        pattern.append(re.escape(path[position:]))
        return cls(path, tuple(params), re.compile("".join(pattern) + r"\Z"))

    @property
    def literal_length(self) -> int:
        return len(_PARAM.sub("", self.path))


class Router(Generic[T]):
    """Static paths by dictionary lookup; templated ones by regex, most specific first (as OpenAPI asks)."""

    def __init__(self, prefix: str, targets: Mapping[str, T]) -> None:
        self._static: dict[str, T] = {}
        templated: list[tuple[Template, T]] = []
        for path, target in targets.items():
            template = Template.compile(path, prefix)
            if template.params:
                templated.append((template, target))
            else:
                self._static[prefix + path] = target
        templated.sort(key=lambda pair: (-pair[0].literal_length, len(pair[0].params)))
        self._templated = templated

    def match(self, path: str) -> tuple[T, dict[str, str]] | None:
        target = self._static.get(path)
        if target is not None:
            return target, {}
        for template, candidate in self._templated:
            found = template.regex.match(path)
            if found is not None:
                values = {name: found.group(f"p{index}") for index, name in enumerate(template.params)}
                return candidate, values
        return None
