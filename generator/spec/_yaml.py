"""YAML with 1.2 core-schema semantics, as OpenAPI documents are written.

PyYAML implements YAML 1.1: an unquoted ``2024-02-01T09:00:00Z`` becomes a ``datetime``, ``yes``/``on`` become
booleans and ``0777`` an octal integer. In YAML 1.2 (what OpenAPI and every JSON-minded tool expect) those are
strings, ``true``/``false`` only are booleans, and octals are written ``0o777``.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Base  # libyaml: about 10x faster
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Base  # type: ignore[assignment]

_CORE_RESOLVERS = (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
)
_REPLACED = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_DROPPED = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:value"} | _REPLACED


class Loader(_Base):
    """A safe loader resolving plain scalars by the YAML 1.2 core schema."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _DROPPED]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
for _tag, _pattern, _first in _CORE_RESOLVERS:
    Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    value = str(loader.construct_scalar(node))
    if value.startswith("0o"):
        return int(value[2:], 8)
    return int(value, 16) if value.startswith("0x") else int(value)


def _construct_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    value = str(loader.construct_scalar(node)).lower()
    if value.endswith("nan"):
        return float("nan")
    if value.endswith("inf"):
        return float("-inf") if value.startswith("-") else float("inf")
    return float(value)


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    # JSON (and so OpenAPI) keys are strings: `200:` is the response code "200", not the integer 200.
    loader.flatten_mapping(node)  # YAML merge keys (`<<: *defaults`)
    pairs = loader.construct_pairs(node, deep=True)
    return {_key(key): value for key, value in pairs}


def _key(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
