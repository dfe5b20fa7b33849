"""The diff on two real releases (GitHub Enterprise Server 3.17 -> 3.19, 1,000 operations each), checked against
the documents themselves: what it calls breaking or compatible did change there, and its endpoint count is exact.

The documents are read with ``json`` and upgraded to 3.1 (the pointers of a diff name places in the upgraded
document: ``nullable`` without a ``type`` becomes an ``anyOf``); none of the diff code is used to check it.

Skipped when the shared corpus is absent (``APIGEN_CORPUS`` or ``../shared/corpus``). The time it takes is a
benchmark (``benchmarks/bench_scale.py``), not asserted here.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.diffing import Change, Level, compare_files
from generator.spec.loading import HTTP_METHODS
from generator.spec.pointers import split_pointer
from generator.spec.upgrading import upgrade

from .conftest import REPO

LARGE = Path(os.environ.get("APIGEN_CORPUS") or REPO.parent / "shared" / "corpus") / "large"
OLD, NEW = LARGE / "ghes-3.17.json", LARGE / "ghes-3.19.json"

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def versions() -> tuple[Doc, Doc, list[Change]]:
    if not (OLD.is_file() and NEW.is_file()):
        pytest.skip(f"the GHES descriptions are not in {LARGE} (set APIGEN_CORPUS to the shared corpus)")
    report = compare_files(OLD, NEW)
    return upgrade(json.loads(OLD.read_bytes())), upgrade(json.loads(NEW.read_bytes())), list(report.changes)


def at(document: Doc, pointer: str) -> Any:
    """The value at ``pointer``, following ``$ref`` wherever a token is not found (the other version may have
    held a reference where this one inlines the schema); ``None`` when it is not there."""
    node: Any = _follow(document, document)
    for token in split_pointer(pointer):
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return None
        node = _follow(document, node)
    return node


def _follow(document: Doc, node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = at(document, node["$ref"][1:])
    return node


def _parent(pointer: str) -> str:
    return pointer.rsplit("/", 1)[0]


def _min_items_set(old: Doc, new: Doc, change: Change) -> bool:
    was, now = at(old, _parent(change.pointer)), at(new, _parent(change.pointer))
    return "minItems" not in was and now["minItems"] >= 1


def _all_of_added(old: Doc, new: Doc, change: Change) -> bool:
    branches, before = at(new, change.pointer), at(old, change.pointer) or []
    return any("$ref" not in branch and branch not in before for branch in branches)


def _became_not_nullable(old: Doc, new: Doc, change: Change) -> bool:
    return _nullable(at(old, change.pointer)) and not _nullable(at(new, change.pointer))


def _nullable(schema: Doc) -> bool:
    """``null`` among the types, or a ``null`` branch of ``anyOf``/``oneOf``; all ``allOf`` parts must allow it."""
    types = schema.get("type")
    if "null" in (types if isinstance(types, list) else [types]):
        return True
    if any(branch.get("type") == "null" for key in ("anyOf", "oneOf") for branch in schema.get(key, [])):
        return True
    return bool(schema.get("allOf")) and all(_nullable(branch) for branch in schema["allOf"])


# how to see each kind of breaking change in the raw documents (a new kind must be looked at, then added here)
EVIDENCE: dict[str, Callable[[Doc, Doc, Change], bool]] = {
    "request-property-min-items-set": _min_items_set,
    "request-property-all-of-added": _all_of_added,
    "request-property-became-not-nullable": _became_not_nullable,
}


def _property_added(old: Doc, new: Doc, change: Change) -> bool:
    """The property is in the new owning schema and not in the old one (``allOf`` parts merged)."""
    name = change.message.split(" property ", 1)[1].split(" ", 1)[0].rsplit("/", 1)[-1]
    old_owner, new_owner = (cover.removesuffix("/required") for cover in change.covers[1:])
    return name in _properties(new, at(new, new_owner)) and name not in _properties(old, at(old, old_owner))


def _properties(document: Doc, schema: Doc) -> set[str]:
    parts = [_properties(document, _follow(document, part)) for part in schema.get("allOf", [])]
    return set(schema.get("properties", {})).union(*parts)


def _differs_where_it_points(old: Doc, new: Doc, change: Change) -> bool:
    return bool(at(old, change.pointer) != at(new, change.pointer))


def _operations(document: Doc) -> set[tuple[str, str]]:
    return {(path, method) for path, item in document["paths"].items() for method in item if method in HTTP_METHODS}


def test_every_breaking_change_is_in_the_documents(versions: tuple[Doc, Doc, list[Change]]) -> None:
    old, new, changes = versions
    breaking = [change for change in changes if change.level == Level.BREAKING]
    assert breaking, "3.19 tightened request bodies (minItems, nullability): the diff must say so"
    for change in breaking:
        assert change.id in EVIDENCE, f"look at {change.id} at {change.pointer}, then add its evidence"
        assert EVIDENCE[change.id](old, new, change), f"{change.id} not found at {change.pointer}"


def test_every_compatible_change_differs_where_it_points(versions: tuple[Doc, Doc, list[Change]]) -> None:
    old, new, changes = versions
    for change in changes:
        if change.level == Level.NON_BREAKING and change.pointer:
            # an added property's pointer is its schema's home, often a shared component: look at its owner
            adds = change.id in ("response-optional-property-added", "new-optional-request-property")
            evidence = _property_added if adds else _differs_where_it_points
            assert evidence(old, new, change), f"{change.id}: nothing differs at {change.pointer}"


def test_endpoints_added_and_removed_match_the_path_tables(versions: tuple[Doc, Doc, list[Change]]) -> None:
    old, new, changes = versions
    added = {change.operation for change in changes if change.id == "endpoint-added"}
    removed = {change.operation for change in changes if change.id.startswith(("api-removed", "api-path-removed"))}
    expected_added = {f"{method.upper()} {path}" for path, method in _operations(new) - _operations(old)}
    assert added == expected_added and len(added) == 73
    assert removed == {f"{method.upper()} {path}" for path, method in _operations(old) - _operations(new)} == set()
