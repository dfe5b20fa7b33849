"""Constraint keywords as generated rules: one row per JSON Schema keyword, one rule per oasdiff id it can produce.

A row knows how to compare one keyword of two schemas and names each finding with *candidate* events, most specific
first (adding a ``maxLength`` is ``set`` where oasdiff has such an id, else ``decreased``). For every subject
(request parameter, request/response body, request/response property) and every event, the id
``<subject>-<keyword slug>-<event>`` is registered when oasdiff defines it, at oasdiff's level; a finding fires the
first of its candidates that exists. A finding with no oasdiff id (oasdiff sees no compatibility concern, e.g. a
response's ``maxLength`` lowered) is reported as apigen's own ``constraint-changed`` (non-breaking).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..spec.pointers import join_pointer
from ._changes import Level
from ._document_rules import DOC_KEYS, contract
from ._nodes import Node, canonical, shown
from ._oasdiff import LEVELS
from ._pairs import ParameterPair, is_wrapped_in_one_of
from ._registry import Args, modified
from ._subjects import SUBJECTS, Subject

Finding = tuple[tuple[str, ...], Args]  # (candidate events, message fields)
_ANNOTATIONS = DOC_KEYS | {"deprecated", "readOnly", "writeOnly", "default", "nullable", "format"}


def _at(old: Node, new: Node, *tokens: str) -> str:
    return join_pointer(tokens, new.pointer)


@dataclass(frozen=True)
class Bound:
    """A numeric bound; ``upper``: lowering it narrows what is accepted, else raising it does."""

    keyword: str
    slug: str
    upper: bool
    events = ("set", "unset", "increased", "decreased")

    def findings(self, old: Node, new: Node) -> Iterator[Finding]:
        before, after = old.value.get(self.keyword), new.value.get(self.keyword)
        if before == after or not _numbers(before, after):
            return
        narrowing, widening = ("decreased", "increased") if self.upper else ("increased", "decreased")
        if before is None:
            candidates: tuple[str, ...] = ("set", narrowing)
        elif after is None:
            candidates = ("unset", widening)
        else:
            candidates = ("decreased",) if after < before else ("increased",)
        what = f"{self.keyword} changed from {shown(before)} to {shown(after)}"
        yield candidates, {"what": what, "pointer": _at(old, new, self.keyword)}


def _numbers(*values: object) -> bool:
    return all(v is None or (isinstance(v, int | float) and not isinstance(v, bool)) for v in values)


@dataclass(frozen=True)
class Value:
    """A keyword whose value is compared as a whole (``const``, ``default``, ``pattern`` ...); ``""`` is unset."""

    keyword: str
    slug: str
    events = ("added", "removed", "changed")

    def findings(self, old: Node, new: Node) -> Iterator[Finding]:
        before, after = (_present(node.value.get(self.keyword)) for node in (old, new))
        if canonical(before) == canonical(after):
            return
        if before is None:
            candidates: tuple[str, ...] = ("added", "changed")
        elif after is None:
            candidates = ("removed", "changed")
        else:
            candidates = ("changed",)
        what = f"{self.keyword} changed from {shown(before)} to {shown(after)}"
        yield candidates, {"what": what, "pointer": _at(old, new, self.keyword)}


def _present(value: Any) -> Any:
    return None if value == "" else value


@dataclass(frozen=True)
class Presence:
    """A sub-schema keyword (``contains``, ``if`` ...) whose appearance or disappearance is the finding."""

    keyword: str
    slug: str
    events = ("added", "removed")

    def findings(self, old: Node, new: Node) -> Iterator[Finding]:
        had, has = self.keyword in old.value, self.keyword in new.value
        if had != has:
            event = "added" if has else "removed"
            yield (event,), {"what": f"{self.keyword} {event}", "pointer": _at(old, new, self.keyword)}


@dataclass(frozen=True)
class Entries:
    """A mapping keyword (``patternProperties``, ``dependentRequired`` ...): one finding per key."""

    keyword: str
    slug: str
    events = ("added", "removed", "changed")

    def findings(self, old: Node, new: Node) -> Iterator[Finding]:
        before, after = (_mapping(node.value.get(self.keyword)) for node in (old, new))
        for key in sorted(before.keys() | after.keys()):
            if key in before and key in after and canonical(before[key]) == canonical(after[key]):
                continue
            event = "added" if key not in before else "removed" if key not in after else "changed"
            yield (event,), {"what": f"{self.keyword} {key!r} {event}", "pointer": _at(old, new, self.keyword, key)}


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


@dataclass(frozen=True)
class Composition:
    """``allOf``/``anyOf``/``oneOf``: branches are matched by ``$ref`` (or their content, documentation aside: a
    reworded description inside an inline branch is not a branch removed and another added) and compared as sets."""

    keyword: str
    slug: str

    @property
    def events(self) -> tuple[str, ...]:
        wrapped = ("wrapped-in-one-of",) if self.keyword == "oneOf" else ()
        return ("added", "removed", "added-annotation-only", "removed-annotation-only", *wrapped)

    def rule_id(self, prefix: str, event: str) -> str:
        return f"{prefix}-{event}" if event == "wrapped-in-one-of" else f"{prefix}-{self.slug}-{event}"

    def findings(self, old: Node, new: Node) -> Iterator[Finding]:
        if self.keyword == "oneOf" and is_wrapped_in_one_of(old, new):
            yield ("wrapped-in-one-of",), {"what": "wrapped in oneOf", "pointer": _at(old, new, self.keyword)}
            return
        before, after = _branches(old, self.keyword, new), _branches(new, self.keyword, old)
        for key in sorted(before.keys() ^ after.keys()):
            event = "added" if key in after else "removed"
            branch = after.get(key, before.get(key))
            specific = f"{event}-annotation-only" if _annotation_only(branch) else event
            pointer = _at(old, new, self.keyword)
            yield (
                (specific, event),
                {"what": f"{self.keyword} branch {_label(key, branch)} {event}", "pointer": pointer},
            )


def _branches(node: Node, keyword: str, other: Node) -> dict[str, Mapping[str, Any]]:
    """Branches keyed by ``$ref`` or contract content; a component schema without ``keyword`` facing ``other``
    with it is its own single branch (``X`` and ``allOf: [X, Y]`` share X: only Y is new)."""
    raw = node.value.get(keyword)
    if raw is None and keyword in other.value and node.pointer.startswith("/components/schemas/"):
        return {f"#{node.pointer}": node.value}
    found: dict[str, Mapping[str, Any]] = {}
    for branch in raw if isinstance(raw, list) else []:
        if isinstance(branch, Mapping):
            ref = branch.get("$ref")
            found[ref if isinstance(ref, str) else canonical(contract(branch))] = branch
    return found


def _annotation_only(branch: Mapping[str, Any] | None) -> bool:
    return branch is not None and "$ref" not in branch and set(branch) <= _ANNOTATIONS


def _label(key: str, branch: Mapping[str, Any] | None) -> str:
    if key.startswith("#"):
        return key
    title = branch.get("title") if branch else None
    return repr(title) if isinstance(title, str) else "(inline)"


@dataclass(frozen=True)
class Discriminator:
    """``discriminator``: its ``propertyName`` and each ``mapping`` entry (appearing at all is :class:`Presence`)."""

    keyword: str
    slug: str
    events = ("property-name-changed", "mapping-added", "mapping-deleted", "mapping-changed")

    def findings(self, old: Node, new: Node) -> Iterator[Finding]:
        before, after = (_mapping(node.value.get(self.keyword)) for node in (old, new))
        if not (before and after):
            return
        pointer = _at(old, new, self.keyword)
        if before.get("propertyName") != after.get("propertyName"):
            what = (
                f"propertyName changed from {shown(before.get('propertyName'))} to {shown(after.get('propertyName'))}"
            )
            yield ("property-name-changed",), {"what": what, "pointer": f"{pointer}/propertyName"}
        old_map, new_map = _mapping(before.get("mapping")), _mapping(after.get("mapping"))
        for key in sorted(old_map.keys() | new_map.keys()):
            if old_map.get(key) != new_map.get(key):
                event = "added" if key not in old_map else "deleted" if key not in new_map else "changed"
                yield (f"mapping-{event}",), {"what": f"mapping {key!r} {event}", "pointer": f"{pointer}/mapping"}


@dataclass(frozen=True)
class RemovedValues:
    """A list keyword whose removed values are the finding (``x-extensible-enum``)."""

    keyword: str
    slug: str
    events = ("value-removed",)

    def findings(self, old: Node, new: Node) -> Iterator[Finding]:
        before, after = (node.value.get(self.keyword) for node in (old, new))
        if not (isinstance(before, list) and isinstance(after, list)):
            return
        kept = {canonical(value) for value in after}
        for value in before:
            if canonical(value) not in kept:
                what = f"{self.keyword} value {shown(value)} removed"
                yield ("value-removed",), {"what": what, "pointer": _at(old, new, self.keyword)}


Keyword = Bound | Value | Presence | Entries | Composition | Discriminator | RemovedValues
KEYWORDS: tuple[Keyword, ...] = (
    Bound("maxLength", "max-length", upper=True),
    Bound("minLength", "min-length", upper=False),
    Bound("maximum", "max", upper=True),
    Bound("minimum", "min", upper=False),
    Bound("exclusiveMaximum", "exclusive-max", upper=True),
    Bound("exclusiveMinimum", "exclusive-min", upper=False),
    Bound("maxItems", "max-items", upper=True),
    Bound("minItems", "min-items", upper=False),
    Bound("maxContains", "max-contains", upper=True),
    Bound("minContains", "min-contains", upper=False),
    Value("pattern", "pattern"),
    Value("const", "const"),
    Value("default", "default-value"),
    Value("contentEncoding", "content-encoding"),
    Value("contentMediaType", "content-media-type"),
    Presence("contains", "contains"),
    Presence("if", "if"),
    Presence("then", "then"),
    Presence("else", "else"),
    Presence("propertyNames", "property-names"),
    Presence("prefixItems", "prefix-items"),
    Presence("contentSchema", "content-schema"),
    Presence("unevaluatedItems", "unevaluated-items"),
    Presence("unevaluatedProperties", "unevaluated-properties"),
    Presence("discriminator", "discriminator"),
    Discriminator("discriminator", "discriminator"),
    Entries("patternProperties", "pattern-property"),
    Entries("dependentSchemas", "dependent-schema"),
    Entries("dependentRequired", "dependent-required"),
    Composition("allOf", "all-of"),
    Composition("anyOf", "any-of"),
    Composition("oneOf", "one-of"),
    RemovedValues("x-extensible-enum", "x-extensible-enum"),
)


def rule_id(keyword: Keyword, prefix: str, event: str) -> str:
    """``<subject>-<slug>-<event>``; the oneOf wrapping is ``<subject>-wrapped-in-one-of`` in oasdiff."""
    if isinstance(keyword, Composition):
        return keyword.rule_id(prefix, event)
    return f"{prefix}-{keyword.slug}-{event}"


GENERATED: dict[str, tuple[Subject, Keyword, str]] = {}  # rule id -> what generated it


def _register(subject: Subject, keyword: Keyword, event: str) -> None:
    def check(pair: Any) -> Iterable[Args]:
        old, new = subject.schemas(pair)
        if old is None or new is None or (keyword.keyword == "default" and _always_sent(pair)):
            return
        for candidates, args in keyword.findings(old, new):
            ids = (rule_id(keyword, subject.prefix, candidate) for candidate in candidates)
            if next((found for found in ids if found in LEVELS), None) == this:
                yield args

    this = rule_id(keyword, subject.prefix, event)
    GENERATED[this] = (subject, keyword, event)
    check.__name__ = this.replace("-", "_")
    subject.register(this, f"{subject.label}: {{what}}")(modified(check))


def _always_sent(pair: Any) -> bool:
    """A parameter required before and after: its value is always sent, so its default never applies (oasdiff
    reports no default change for it)."""
    if not isinstance(pair, ParameterPair) or pair.old is None or pair.new is None:
        return False
    return all(node.value.get("required") is True or node.value.get("in") == "path" for node in (pair.old, pair.new))


def _register_unnamed(subjects: list[Subject]) -> None:
    """``constraint-changed`` for findings oasdiff has no id for (harmless for this direction: e.g. a response's
    maxLength lowered), so that they are reported as understood rather than as unclassified. ``subjects`` share
    one registry; a pair belongs to at most one of them."""

    def check(pair: Any) -> Iterable[Args]:
        for subject in subjects:
            old, new = subject.schemas(pair)
            if old is not None and new is not None:
                yield from _unnamed(subject, old, new, subject.label.format_map(pair.fields()))

    check.__name__ = "constraint_changed"
    subjects[0].register("constraint-changed", "{subject}: {what}", own=Level.NON_BREAKING)(modified(check))


def _unnamed(subject: Subject, old: Node, new: Node, label: str) -> Iterator[Args]:
    for keyword in KEYWORDS:
        for candidates, args in keyword.findings(old, new):
            if not any(rule_id(keyword, subject.prefix, candidate) in LEVELS for candidate in candidates):
                yield {**args, "subject": label}


for _subject in SUBJECTS:
    for _keyword in KEYWORDS:
        for _event in _keyword.events:
            if rule_id(_keyword, _subject.prefix, _event) in LEVELS:
                _register(_subject, _keyword, _event)
_register_unnamed([subject for subject in SUBJECTS if subject.prefix != "request-parameter"])  # bodies, properties


def _register_always_sent_default(subject: Subject) -> None:
    """A required parameter's default changed: the client always sends a value, so nothing it does changes."""
    default = Value("default", "default-value")

    def check(pair: Any) -> Iterable[Args]:
        old, new = subject.schemas(pair)
        if old is not None and new is not None and _always_sent(pair):
            for _, args in default.findings(old, new):
                yield args

    check.__name__ = "required_request_parameter_default_changed"
    rule = "required-request-parameter-default-changed"
    subject.register(rule, f"{subject.label}: {{what}} (a required value is always sent)", own=Level.INFO)(
        modified(check)
    )


_register_always_sent_default(next(subject for subject in SUBJECTS if subject.prefix == "request-parameter"))
