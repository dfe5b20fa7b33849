"""Identical schemas share one class: a large spec's twins are written once, the others become aliases of it.

GitHub's spec repeats the same inline shapes (a user, a repository, a label) in hundreds of webhook payloads;
once the naming authority has lifted them into ``components/schemas``, 7,240 schemas hold only 2,899 distinct
ones. datamodel-code-generator's time and memory grow with the schemas it reads (GitHub: 40 s and 830 MB of
CPU and memory before, 17 s and 470 MB after), so twins are merged before it runs, and each merged name comes
back as ``Twin = Kept`` after it: every class name stays importable and annotations do not change.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from ..spec.pointers import escape_pointer_token

_SCHEMA_REF = "#/components/schemas/"
# Below this many schemas datamodel-code-generator is fast, and distinct classes read better in a repr.
MERGE_ABOVE = 300


def merge_twins(schemas: dict[str, Any]) -> dict[str, str]:
    """Merge the schemas of ``schemas`` (edited in place) whose JSON is identical, references rewritten to the
    kept twin, until none are left; the kept twin is the shortest name, then the first in order. Returns every
    merged name -> the name kept for it."""
    if len(schemas) <= MERGE_ABOVE:
        return {}
    merged: dict[str, str] = {}
    keys = {name: _key(schema) for name, schema in schemas.items()}
    referrers = _referrers(keys)
    while True:
        found = _twins(keys)
        if not found:
            return merged
        for twin, kept in found.items():
            del schemas[twin], keys[twin]
            merged[twin] = kept
        merged = {twin: found.get(kept, kept) for twin, kept in merged.items()}
        changed = {name for twin in found for name in referrers.get(twin, ()) if name in schemas}
        refs = {_ref(twin): _ref(kept) for twin, kept in found.items()}
        for name in sorted(changed):
            schemas[name] = _rewritten(schemas[name], refs)
            keys[name] = _key(schemas[name])
        for twin, kept in found.items():  # who referred to a twin refers to its kept one now
            referrers[kept] = referrers.get(kept, set()) | referrers.pop(twin, set())


def alias_lines(merged: Mapping[str, str], code: str) -> str:
    """``Twin = Kept`` for every merged name whose kept twin the models module ``code`` defines (a schema written
    as no class, a free-form nullable object, say, has none to alias)."""
    defined = {match[1] or match[2] for match in _TOP_LEVEL.finditer(code)}
    lines = [f"{twin} = {kept}" for twin, kept in sorted(merged.items()) if kept in defined]
    return "\n\n" + "\n".join(lines) + "\n" if lines else ""


_TOP_LEVEL = re.compile(r"^(?:class (\w+)\b|(\w+) = )", re.MULTILINE)


def _key(schema: Any) -> str:
    return json.dumps(schema, sort_keys=True)


def _twins(keys: Mapping[str, str]) -> dict[str, str]:
    groups: dict[str, list[str]] = defaultdict(list)
    for name, key in keys.items():
        groups[key].append(name)
    found: dict[str, str] = {}
    for names in groups.values():
        kept, *twins = sorted(names, key=lambda name: (len(name), name))
        found |= dict.fromkeys(twins, kept)
    return found


def _ref(name: str) -> str:
    return _SCHEMA_REF + escape_pointer_token(name)


def _referrers(keys: Mapping[str, str]) -> dict[str, set[str]]:
    """Schema name -> the names of the schemas that reference it, read from their JSON text (``keys``): a
    ``$ref``, or a discriminator's ``mapping`` target. A string that only looks like a reference (an example's)
    makes a schema count as a referrer too, which costs its rewriting, never a wrong class."""
    by_ref = {_ref(name): name for name in keys}
    found: dict[str, set[str]] = defaultdict(set)
    for name, text in keys.items():
        for literal in _REF_LITERAL.findall(text) if _SCHEMA_REF in text else ():
            target = by_ref.get(json.loads(f'"{literal}"'))
            if target is not None:
                found[target].add(name)
    return found


_REF_LITERAL = re.compile(r'"(#/components/schemas/(?:[^"\\]|\\.)*)"')


def _rewritten(node: Any, refs: Mapping[str, str]) -> Any:
    if isinstance(node, dict):
        return {key: _rewritten_value(key, value, refs) for key, value in node.items()}
    if isinstance(node, list):
        return [_rewritten(item, refs) for item in node]
    return node


def _rewritten_value(key: str, value: Any, refs: Mapping[str, str]) -> Any:
    if key == "$ref" and isinstance(value, str):
        return refs.get(value, value)
    if key == "mapping" and isinstance(value, dict):  # a property named "mapping" holds a schema: walked on
        return {
            tag: refs.get(target, target) if isinstance(target, str) else _rewritten(target, refs)
            for tag, target in value.items()
        }
    return _rewritten(value, refs)
