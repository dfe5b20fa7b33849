"""Every generated keyword rule (``_keyword_rules.py``) fires on a minimal change of its keyword, at its level."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from generator.diffing import Level, all_rules, diff
from generator.diffing._keyword_rules import (
    GENERATED,
    Bound,
    Composition,
    Discriminator,
    Entries,
    Keyword,
    Presence,
    Value,
)

from .test_diffing import STR, Doc, body, obj, returning, spec, with_param

RULES = {rule.id: rule for rule in all_rules()}
_VALUES = {
    "pattern": ("^a", "^b"),
    "const": ("a", "b"),
    "default": ("a", "b"),
    "contentEncoding": ("base64", "base32"),
    "contentMediaType": ("image/png", "image/gif"),
}
_PRESENT: dict[str, Any] = {"prefixItems": [STR], "unevaluatedItems": False, "unevaluatedProperties": False}
_PRESENT["discriminator"] = {"propertyName": "kind"}
INTEGER: Doc = {"type": "integer"}
_ENTRY: dict[str, tuple[object, object]] = {"dependentRequired": (["a"], ["b"])}
_BRANCHES = [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]


def _values(keyword: Keyword, event: str) -> tuple[Doc, Doc]:
    """The keyword's part of the old and the new schema for ``event``."""
    name = keyword.keyword
    old: object
    new: object
    if isinstance(keyword, Bound):
        old, new = {"set": (None, 5), "unset": (5, None), "increased": (5, 10), "decreased": (10, 5)}[event]
    elif isinstance(keyword, Value):
        first, second = _VALUES[name]
        old, new = {"added": (None, first), "removed": (first, None), "changed": (first, second)}[event]
    elif isinstance(keyword, Presence):
        present = _PRESENT.get(name, STR)
        old, new = (None, present) if event == "added" else (present, None)
    elif isinstance(keyword, Entries):
        entry, other = _ENTRY.get(name, (STR, INTEGER))
        cases = {"added": ({}, {"k": entry}), "removed": ({"k": entry}, {}), "changed": ({"k": entry}, {"k": other})}
        old, new = cases[event]
    elif isinstance(keyword, Discriminator):
        return _discriminator(event)
    elif isinstance(keyword, Composition):
        return _composition(name, event)
    else:
        old, new = ["a", "b"], ["a"]
    return ({} if old is None else {name: old}), ({} if new is None else {name: new})


def _discriminator(event: str) -> tuple[Doc, Doc]:
    before = {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A", "b": "#/components/schemas/B"}}
    after = {
        "property-name-changed": {**before, "propertyName": "type"},
        "mapping-added": {**before, "mapping": {**before["mapping"], "c": "#/components/schemas/C"}},
        "mapping-deleted": {**before, "mapping": {"a": "#/components/schemas/A"}},
        "mapping-changed": {**before, "mapping": {"a": "#/components/schemas/A", "b": "#/components/schemas/C"}},
    }[event]
    return {"discriminator": before}, {"discriminator": after}


def _composition(name: str, event: str) -> tuple[Doc, Doc]:
    if event == "wrapped-in-one-of":
        return obj(a=STR), {"oneOf": [obj(a=STR), obj(b=STR)]}
    extra = {"description": "annotation only"} if "annotation-only" in event else {"$ref": "#/components/schemas/C"}
    fewer, more = {name: _BRANCHES}, {name: [*_BRANCHES, extra]}
    return (fewer, more) if event.startswith("added") else (more, fewer)


_WRAPS: dict[str, Callable[[Doc], Doc]] = {
    "request-body": body,
    "request-property": lambda schema: body(obj(a=schema)),
    "response-body": returning,
    "response-property": lambda schema: returning(obj(a=schema)),
}


def _documents(rule_id: str) -> tuple[Doc, Doc]:
    subject, keyword, event = GENERATED[rule_id]
    old, new = _values(keyword, event)
    if subject.prefix == "request-parameter":
        return with_param(schema={**STR, **old}), with_param(schema={**STR, **new})
    wrap = _WRAPS[subject.prefix]
    base: Doc = {} if isinstance(keyword, Composition) else STR
    documents = wrap({**base, **old}), wrap({**base, **new})
    for document in documents:
        document["components"] = {"schemas": {name: STR for name in "ABC"}}
    return documents


@pytest.mark.parametrize("rule_id", sorted(GENERATED))
def test_generated_rule_fires_at_oasdiff_level(rule_id: str) -> None:
    old, new = _documents(rule_id)
    fired = [change for change in diff(spec(old), spec(new)) if change.id == rule_id]
    assert fired, rule_id
    assert {change.level for change in fired} == {RULES[rule_id].level}
    assert RULES[rule_id].oasdiff is not None
    assert (RULES[rule_id].level == Level.BREAKING) == (RULES[rule_id].oasdiff in ("ERR", "WARN"))


def test_every_keyword_of_every_subject_generates_rules() -> None:
    assert len(GENERATED) >= 150
    prefixes = {GENERATED[rule_id][0].prefix for rule_id in GENERATED}
    assert prefixes == {"request-parameter", "request-body", "request-property", "response-body", "response-property"}


def test_empty_pattern_counts_as_no_pattern() -> None:
    changes = diff(spec(body(obj(a={**STR, "pattern": ""}))), spec(body(obj(a={**STR, "pattern": "^a"}))))
    assert [change.id for change in changes] == ["request-property-pattern-added"]
