"""Type and format changes of parameters, bodies and properties, with oasdiff's verdicts.

A change is ``generalized`` (every old value is still valid: integer -> number, a format dropped), ``compatible``
(only where values travel as text: anything -> string), ``specialized`` (the new type is a subset: number ->
integer) or ``changed`` (anything else, including a format added). Requests break on anything but a widening;
responses on anything but a narrowing. A format added to a response type is ``changed``, not ``specialized``: the
generated model would parse the field into another Python type (``datetime`` instead of ``str``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from ._nodes import type_label, types_of, widens
from ._oasdiff import LEVELS
from ._pairs import ParameterPair, is_wrapped_in_one_of
from ._registry import Args, modified
from ._rules import PARAMETERS, parameter_properties
from ._subjects import SUBJECTS, Subject

Verdict = Literal["generalized", "compatible", "specialized", "changed"]
_VERBS: dict[Verdict, str] = {
    "generalized": "was widened",
    "compatible": "was changed compatibly",
    "specialized": "was narrowed",
    "changed": "was changed",
}
# Which id each verdict reports under, per direction, where oasdiff has no id of that exact name.
_FALLBACK: dict[str, dict[Verdict, Verdict]] = {
    "request": {"compatible": "generalized", "specialized": "changed"},
    "response": {},
}


def verdict(old: Mapping[str, Any], new: Mapping[str, Any], *, direction: str, strongly_typed: bool) -> Verdict | None:
    """How the type changed for a reader of ``direction`` values (the API for requests, the client for responses)."""
    if type_label(old) == type_label(new):
        return None
    widened, narrowed = widens(old, new), widens(new, old) and new.get("format") == old.get("format")
    as_text = (old, new) if direction == "request" else (new, old)  # what must still be accepted, read as text
    if direction == "response" and narrowed:
        return "specialized"
    if widened:
        return "generalized"
    if not strongly_typed and widens(*as_text, strongly_typed=False):
        return "compatible"
    return "specialized" if narrowed else "changed"


def _one_value_of_an_array(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """A query/header value that became an array of it: one value is still a valid (one-item) array.

    Only unconstrained items qualify: a ``pattern`` or bound on them may refuse values the old type took.
    """
    items = new.get("items")
    if types_of(new) != {"array"} or not isinstance(items, Mapping) or set(items) - _UNCONSTRAINED:
        return False
    return widens(old, items, strongly_typed=False)


_UNCONSTRAINED = frozenset({"type", "format", "description", "title", "example", "examples"})


def _register(subject: Subject, target: Verdict) -> None:
    rule_id = f"{subject.prefix}-type-{target}"

    def check(pair: Any) -> Iterable[Args]:
        old, new = subject.schemas(pair)
        if old is None or new is None or is_wrapped_in_one_of(old, new):
            return  # a oneOf wrapping is reported once, as <direction>-body-wrapped-in-one-of
        found = verdict(old.value, new.value, direction=subject.direction, strongly_typed=subject.strongly_typed(pair))
        if (
            found == "changed"
            and subject.prefix == "request-parameter"
            and _one_value_of_an_array(old.value, new.value)
        ):
            found = "generalized"
        if found is not None and _reported_as(subject, found) == target:
            yield {"what": f"the type {_VERBS[found]} from {type_label(old.value)} to {type_label(new.value)}"}

    check.__name__ = rule_id.replace("-", "_")
    subject.register(rule_id, f"{subject.label}: {{what}}")(modified(check))


def _verdict_for(subject: Subject, pair: Any, old: Mapping[str, Any], new: Mapping[str, Any]) -> Verdict | None:
    found = verdict(old, new, direction=subject.direction, strongly_typed=subject.strongly_typed(pair))
    if found == "changed" and subject.prefix == "request-parameter" and _one_value_of_an_array(old, new):
        return "generalized"
    return found


def _reported_as(subject: Subject, found: Verdict) -> Verdict:
    if f"{subject.prefix}-type-{found}" in LEVELS:
        return found
    return _FALLBACK[subject.direction].get(found, "changed")


_VERDICTS: tuple[Verdict, ...] = ("generalized", "compatible", "specialized", "changed")
for _subject in SUBJECTS:
    for _target in _VERDICTS:
        if f"{_subject.prefix}-type-{_target}" in LEVELS:
            _register(_subject, _target)


# --- properties of object parameters (deepObject, JSON in a query): serialised as text or as JSON, unknown -----


def _property_verdict(old: Mapping[str, Any], new: Mapping[str, Any]) -> Verdict | None:
    """oasdiff's fork: breaking for JSON and for text alike is ``specialized``; for only one, ``changed`` (WARN)."""
    if type_label(old) == type_label(new):
        return None
    as_json, as_text = (not widens(old, new, strongly_typed=typed) for typed in (True, False))
    if as_json != as_text:
        return "changed"
    return "specialized" if as_json else "generalized"


def _parameter_property_types(pair: ParameterPair, target: Verdict) -> Iterable[Args]:
    for name, old, new in parameter_properties(pair):
        if isinstance(old, Mapping) and isinstance(new, Mapping) and _property_verdict(old, new) == target:
            yield {"property": name, "old": type_label(old), "new": type_label(new)}


def _register_parameter_property(target: Verdict) -> None:
    rule_id = f"request-parameter-property-type-{target}"

    def check(pair: ParameterPair) -> Iterable[Args]:
        return _parameter_property_types(pair, target)

    check.__name__ = rule_id.replace("-", "_")
    message = "the {location} request parameter {name}: the type of its property {property} changed from {old} to {new}"
    PARAMETERS.rule(rule_id, message)(modified(check))


_PARAMETER_PROPERTY_VERDICTS: tuple[Verdict, ...] = ("generalized", "specialized", "changed")
for _verdict in _PARAMETER_PROPERTY_VERDICTS:
    _register_parameter_property(_verdict)
