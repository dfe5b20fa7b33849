"""Rules for body schemas and their properties (request and response), plus the bound/pattern rule table.

Direction matters: narrowing what a request accepts breaks callers, widening what a response may contain breaks
the generated models that parse it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ._changes import Level
from ._nodes import canonical, enum_values, is_nullable, type_label, widens
from ._pairs import Direction, Pair, SchemaPair
from ._registry import Args, Check, OasdiffLevel, Registry, added, modified, removed
from ._rules import NEVER, PARAMETERS, enum_delta, parameter_schemas

BREAKING, NON_BREAKING, INFO = Level.BREAKING, Level.NON_BREAKING, Level.INFO

SCHEMAS: Registry[SchemaPair] = Registry()

P = TypeVar("P", bound=Pair)


def _on(direction: Direction, *, body: bool = False) -> Callable[[Check[SchemaPair]], Check[SchemaPair]]:
    """Guard: run on ``direction`` pairs, and on the body schema itself (``body``) or on properties (default)."""

    def decorate(check: Check[SchemaPair]) -> Check[SchemaPair]:
        def guarded(pair: SchemaPair) -> Iterable[Args]:
            return check(pair) if pair.direction == direction and pair.is_body == body else NEVER

        guarded.__name__ = check.__name__
        guarded.__doc__ = check.__doc__
        return guarded

    return decorate


def _when(condition: bool) -> list[Args]:
    return [{}] if condition else NEVER


# --- properties appearing, disappearing, changing requiredness -------------------------------------------------


@SCHEMAS.rule(
    "new-required-request-property", BREAKING, "added the new required request property {property}", oasdiff="ERR"
)
@_on("request")
@added
def new_required_request_property(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.new_required)


@SCHEMAS.rule(
    "new-optional-request-property", NON_BREAKING, "added the new optional request property {property}", oasdiff="INFO"
)
@_on("request")
@added
def new_optional_request_property(pair: SchemaPair) -> Iterable[Args]:
    return _when(not pair.new_required)


@SCHEMAS.rule("request-property-removed", BREAKING, "removed the request property {property}", oasdiff="WARN")
@_on("request")
@removed
def request_property_removed(pair: SchemaPair) -> Iterable[Args]:
    return [{}]


@SCHEMAS.rule(
    "request-property-became-required", BREAKING, "the request property {property} became required", oasdiff="ERR"
)
@_on("request")
@modified
def request_property_became_required(pair: SchemaPair) -> Iterable[Args]:
    return _when(not pair.old_required and pair.new_required)


@SCHEMAS.rule(
    "request-property-became-optional", NON_BREAKING, "the request property {property} became optional", oasdiff="INFO"
)
@_on("request")
@modified
def request_property_became_optional(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.old_required and not pair.new_required)


@SCHEMAS.rule(
    "response-required-property-added",
    NON_BREAKING,
    "added the required property {property} to the response with the {status} status",
    oasdiff="INFO",
)
@_on("response")
@added
def response_required_property_added(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.new_required)


@SCHEMAS.rule(
    "response-optional-property-added",
    NON_BREAKING,
    "added the optional property {property} to the response with the {status} status",
    oasdiff="INFO",
)
@_on("response")
@added
def response_optional_property_added(pair: SchemaPair) -> Iterable[Args]:
    return _when(not pair.new_required)


@SCHEMAS.rule(
    "response-required-property-removed",
    BREAKING,
    "removed the required property {property} from the response with the {status} status",
    oasdiff="ERR",
)
@_on("response")
@removed
def response_required_property_removed(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.old_required)


@SCHEMAS.rule(
    "response-optional-property-removed",
    BREAKING,
    "removed the optional property {property} from the response with the {status} status",
    oasdiff="INFO",
)
@_on("response")
@removed
def response_optional_property_removed(pair: SchemaPair) -> Iterable[Args]:
    # the generated model loses the attribute: code reading it stops working
    return _when(not pair.old_required)


@SCHEMAS.rule(
    "response-property-became-optional",
    BREAKING,
    "the response property {property} became optional for the status {status}",
    oasdiff="ERR",
)
@_on("response")
@modified
def response_property_became_optional(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.old_required and not pair.new_required)


@SCHEMAS.rule(
    "response-property-became-required",
    NON_BREAKING,
    "the response property {property} became required for the status {status}",
    oasdiff="INFO",
)
@_on("response")
@modified
def response_property_became_required(pair: SchemaPair) -> Iterable[Args]:
    return _when(not pair.old_required and pair.new_required)


# --- types -----------------------------------------------------------------------------------------------------


def _type_change(pair: SchemaPair, *, widened: bool | None) -> list[Args]:
    """A type/format change; ``widened`` selects widenings (True), narrowing/incomparable ones (False) or any."""
    old, new = pair.before, pair.after
    if type_label(old) == type_label(new) or (widened is not None and widens(old, new) != widened):
        return NEVER
    return [{"old": type_label(old), "new": type_label(new)}]


@SCHEMAS.rule(
    "request-body-type-changed", BREAKING, "the request's body type changed from {old} to {new}", oasdiff="ERR"
)
@_on("request", body=True)
@modified
def request_body_type_changed(pair: SchemaPair) -> Iterable[Args]:
    return _type_change(pair, widened=False)


@SCHEMAS.rule(
    "request-body-type-generalized",
    NON_BREAKING,
    "the request's body type was widened from {old} to {new}",
    oasdiff="INFO",
)
@_on("request", body=True)
@modified
def request_body_type_generalized(pair: SchemaPair) -> Iterable[Args]:
    return _type_change(pair, widened=True)


@SCHEMAS.rule(
    "request-property-type-changed",
    BREAKING,
    "the request property {property} type changed from {old} to {new}",
    oasdiff="ERR",
)
@_on("request")
@modified
def request_property_type_changed(pair: SchemaPair) -> Iterable[Args]:
    return _type_change(pair, widened=False)


@SCHEMAS.rule(
    "request-property-type-generalized",
    NON_BREAKING,
    "the request property {property} type was widened from {old} to {new}",
    oasdiff="INFO",
)
@_on("request")
@modified
def request_property_type_generalized(pair: SchemaPair) -> Iterable[Args]:
    return _type_change(pair, widened=True)


@SCHEMAS.rule(
    "response-body-type-changed",
    BREAKING,
    "the response's body type changed from {old} to {new} for status {status}",
    oasdiff="ERR",
)
@_on("response", body=True)
@modified
def response_body_type_changed(pair: SchemaPair) -> Iterable[Args]:
    return _type_change(pair, widened=None)


@SCHEMAS.rule(
    "response-property-type-changed",
    BREAKING,
    "the response's property {property} type changed from {old} to {new} for status {status}",
    oasdiff="ERR",
)
@_on("response")
@modified
def response_property_type_changed(pair: SchemaPair) -> Iterable[Args]:
    # any change alters the generated model's field type, widening included
    return _type_change(pair, widened=None)


# --- enums and nullability -------------------------------------------------------------------------------------


@SCHEMAS.rule(
    "request-property-enum-value-removed",
    BREAKING,
    "removed the enum value {value} of the request property {property}",
    oasdiff="ERR",
)
@_on("request")
@modified
def request_property_enum_value_removed(pair: SchemaPair) -> Iterable[Args]:
    return enum_delta(pair.before, pair.after, gained=False)


@SCHEMAS.rule(
    "request-property-enum-value-added",
    NON_BREAKING,
    "added the new {value} enum value to the request property {property}",
    oasdiff="INFO",
)
@_on("request")
@modified
def request_property_enum_value_added(pair: SchemaPair) -> Iterable[Args]:
    return enum_delta(pair.before, pair.after, gained=True)


@SCHEMAS.rule(
    "request-property-became-enum",
    BREAKING,
    "request property {property} was restricted to a list of enum values",
    oasdiff="ERR",
)
@_on("request")
@modified
def request_property_became_enum(pair: SchemaPair) -> Iterable[Args]:
    return _when(enum_values(pair.before) is None and enum_values(pair.after) is not None)


@SCHEMAS.rule(
    "response-property-enum-value-added",
    BREAKING,
    "added the new {value} enum value to the {property} response property for the response status {status}",
    oasdiff="WARN",
)
@_on("response")
@modified
def response_property_enum_value_added(pair: SchemaPair) -> Iterable[Args]:
    # generated clients parse enums strictly: an unknown value fails validation
    return enum_delta(pair.before, pair.after, gained=True)


@SCHEMAS.rule(
    "response-property-enum-value-removed",
    NON_BREAKING,
    "removed the {value} enum value from the {property} response property for the response status {status}",
    oasdiff="INFO",
)
@_on("response")
@modified
def response_property_enum_value_removed(pair: SchemaPair) -> Iterable[Args]:
    return enum_delta(pair.before, pair.after, gained=False)


@SCHEMAS.rule(
    "request-property-became-nullable", NON_BREAKING, "the request property {property} became nullable", oasdiff="INFO"
)
@_on("request")
@modified
def request_property_became_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _when(not is_nullable(pair.before) and is_nullable(pair.after))


@SCHEMAS.rule(
    "request-property-became-not-nullable",
    BREAKING,
    "the request property {property} became not nullable",
    oasdiff="ERR",
)
@_on("request")
@modified
def request_property_became_not_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _when(is_nullable(pair.before) and not is_nullable(pair.after))


@SCHEMAS.rule(
    "response-property-became-nullable",
    BREAKING,
    "the response property {property} became nullable for the status {status}",
    oasdiff="ERR",
)
@_on("response")
@modified
def response_property_became_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _when(not is_nullable(pair.before) and is_nullable(pair.after))


@SCHEMAS.rule(
    "response-property-became-not-nullable",
    NON_BREAKING,
    "the response property {property} became not nullable for the status {status}",
    oasdiff="INFO",
)
@_on("response")
@modified
def response_property_became_not_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _when(is_nullable(pair.before) and not is_nullable(pair.after))


# --- bounds and patterns of what a request accepts: a declarative table, one small rule per row -----------------


@dataclass(frozen=True)
class Bound:
    keyword: str  # the JSON Schema keyword
    slug: str  # its name in oasdiff ids
    upper: bool  # an upper bound: lowering it narrows; a lower bound: raising it narrows
    set_id: bool  # oasdiff reports adding the bound as "...-set" rather than as a narrowing


BOUNDS = (
    Bound("maxLength", "max-length", upper=True, set_id=True),
    Bound("minLength", "min-length", upper=False, set_id=False),
    Bound("maximum", "max", upper=True, set_id=True),
    Bound("minimum", "min", upper=False, set_id=True),
)


@dataclass(frozen=True)
class Subject:
    """Where a request constraint sits: a parameter's schema or a request body property."""

    prefix: str
    label: str
    schemas: Callable[[Any], tuple[Mapping[str, Any], Mapping[str, Any]]]
    register: Callable[..., Callable[[Check[Any]], Check[Any]]]


def _property_schemas(pair: SchemaPair) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    return (pair.before, pair.after) if pair.direction == "request" and not pair.is_body else ({}, {})


SUBJECTS = (
    Subject("request-parameter", "the {location} request parameter {name}", parameter_schemas, PARAMETERS.rule),
    Subject("request-property", "the request property {property}", _property_schemas, SCHEMAS.rule),
)


def _bound_rule(subject: Subject, bound: Bound, kind: str) -> None:
    """Register ``<prefix>-<slug>-<kind>``; kind is ``set``, or ``increased``/``decreased`` (narrowing or not)."""
    narrowing = kind == "set" or (kind == "decreased") == bound.upper
    rule_id = f"{subject.prefix}-{bound.slug}-{kind}"
    verb = "was set to {new}" if kind == "set" else f"was {kind} from {{old}} to {{new}}"

    def check(pair: Any) -> Iterable[Args]:
        old, new = (schema.get(bound.keyword) for schema in subject.schemas(pair))
        if old == new or not _is_number(old, new):
            return NEVER
        if old is None:
            fired = kind == "set" if bound.set_id else narrowing and kind != "set"
        elif new is None:
            fired = not narrowing
        else:
            fired = kind != "set" and (new < old) == (kind == "decreased")
        return [{"old": _show(old), "new": _show(new)}] if fired else NEVER

    check.__name__ = rule_id.replace("-", "_")
    oasdiff: OasdiffLevel = "ERR" if narrowing else "INFO"
    level = BREAKING if narrowing else NON_BREAKING
    subject.register(rule_id, level, f"{subject.label}: {bound.keyword} {verb}", oasdiff=oasdiff)(modified(check))


def _is_number(*values: object) -> bool:
    return all(v is None or (isinstance(v, int | float) and not isinstance(v, bool)) for v in values)


def _show(value: object) -> str:
    return "(none)" if value is None else canonical(value)


def _pattern_rule(subject: Subject, kind: str, level: Level, oasdiff: OasdiffLevel, message: str) -> None:
    def check(pair: Any) -> Iterable[Args]:
        old, new = (schema.get("pattern") for schema in subject.schemas(pair))
        state = "added" if old is None else "removed" if new is None else "changed"
        return [{"old": old, "new": new}] if old != new and state == kind else NEVER

    check.__name__ = f"{subject.prefix}-pattern-{kind}".replace("-", "_")
    subject.register(f"{subject.prefix}-pattern-{kind}", level, f"{subject.label}: {message}", oasdiff=oasdiff)(
        modified(check)
    )


for _subject in SUBJECTS:
    for _bound in BOUNDS:
        for _kind in ("decreased", "increased", *(("set",) if _bound.set_id else ())):
            _bound_rule(_subject, _bound, _kind)
    _pattern_rule(_subject, "added", BREAKING, "ERR", "added the pattern {new}")
    _pattern_rule(_subject, "removed", NON_BREAKING, "INFO", "removed the pattern {old}")
    _pattern_rule(_subject, "changed", BREAKING, "WARN", "changed the pattern from {old} to {new}")
