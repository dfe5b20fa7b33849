"""Rules for body schemas and their properties (request and response): requiredness, types, enums, nullability.

Constraint keywords (bounds, patterns, const, contains ...) are the generated rules of ``_keyword_rules.py``.

Direction matters: narrowing what a request accepts breaks callers, widening what a response may contain breaks
the generated models that parse it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from ._changes import Level
from ._nodes import enum_values, is_nullable
from ._pairs import Direction, Pair, SchemaPair
from ._registry import Args, Check, Registry, added, modified, removed
from ._rules import NEVER, enum_delta

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


@SCHEMAS.rule("new-required-request-property", "added the new required request property {property}")
@_on("request")
@added
def new_required_request_property(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.new_required and "default" not in pair.after)


@SCHEMAS.rule(
    "new-required-request-property-with-default",
    "added the new required request property {property} (with a default, which callers must still send)",
)
@_on("request")
@added
def new_required_request_property_with_default(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.new_required and "default" in pair.after)


@SCHEMAS.rule("new-optional-request-property", "added the new optional request property {property}")
@_on("request")
@added
def new_optional_request_property(pair: SchemaPair) -> Iterable[Args]:
    return _when(not pair.new_required)


@SCHEMAS.rule("request-property-removed", "removed the request property {property}")
@_on("request")
@removed
def request_property_removed(pair: SchemaPair) -> Iterable[Args]:
    return [{}]


@SCHEMAS.rule("request-property-became-required", "the request property {property} became required")
@_on("request")
@modified
def request_property_became_required(pair: SchemaPair) -> Iterable[Args]:
    return _when(not pair.old_required and pair.new_required)


@SCHEMAS.rule("request-property-became-optional", "the request property {property} became optional")
@_on("request")
@modified
def request_property_became_optional(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.old_required and not pair.new_required)


@SCHEMAS.rule(
    "response-required-property-added",
    "added the required property {property} to the response with the {status} status",
)
@_on("response")
@added
def response_required_property_added(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.new_required)


@SCHEMAS.rule(
    "response-optional-property-added",
    "added the optional property {property} to the response with the {status} status",
)
@_on("response")
@added
def response_optional_property_added(pair: SchemaPair) -> Iterable[Args]:
    return _when(not pair.new_required)


@SCHEMAS.rule(
    "response-required-property-removed",
    "removed the required property {property} from the response with the {status} status",
)
@_on("response")
@removed
def response_required_property_removed(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.old_required)


@SCHEMAS.rule(
    "response-optional-property-removed",
    "removed the optional property {property} from the response with the {status} status",
)
@_on("response")
@removed
def response_optional_property_removed(pair: SchemaPair) -> Iterable[Args]:
    # the generated model loses the attribute: code reading it stops working
    return _when(not pair.old_required)


@SCHEMAS.rule(
    "response-property-became-optional",
    "the response property {property} became optional for the status {status}",
)
@_on("response")
@modified
def response_property_became_optional(pair: SchemaPair) -> Iterable[Args]:
    return _when(pair.old_required and not pair.new_required)


@SCHEMAS.rule(
    "response-property-became-required",
    "the response property {property} became required for the status {status}",
)
@_on("response")
@modified
def response_property_became_required(pair: SchemaPair) -> Iterable[Args]:
    return _when(not pair.old_required and pair.new_required)


# --- enums and nullability -------------------------------------------------------------------------------------


@SCHEMAS.rule(
    "request-property-enum-value-removed",
    "removed the enum value {value} of the request property {property}",
)
@_on("request")
@modified
def request_property_enum_value_removed(pair: SchemaPair) -> Iterable[Args]:
    return enum_delta(pair.before, pair.after, gained=False)


@SCHEMAS.rule(
    "request-property-enum-value-added",
    "added the new {value} enum value to the request property {property}",
)
@_on("request")
@modified
def request_property_enum_value_added(pair: SchemaPair) -> Iterable[Args]:
    return enum_delta(pair.before, pair.after, gained=True)


@SCHEMAS.rule(
    "request-property-became-enum",
    "request property {property} was restricted to a list of enum values",
)
@_on("request")
@modified
def request_property_became_enum(pair: SchemaPair) -> Iterable[Args]:
    return _when(enum_values(pair.before) is None and enum_values(pair.after) is not None)


@SCHEMAS.rule(
    "response-property-enum-value-added",
    "added the new {value} enum value to the {property} response property for the response status {status}",
)
@_on("response")
@modified
def response_property_enum_value_added(pair: SchemaPair) -> Iterable[Args]:
    # generated clients parse enums strictly: an unknown value fails validation
    return enum_delta(pair.before, pair.after, gained=True)


@SCHEMAS.rule(
    "response-property-enum-value-removed",
    "removed the {value} enum value from the {property} response property for the response status {status}",
)
@_on("response")
@modified
def response_property_enum_value_removed(pair: SchemaPair) -> Iterable[Args]:
    return enum_delta(pair.before, pair.after, gained=False)


@SCHEMAS.rule("request-property-became-nullable", "the request property {property} became nullable")
@_on("request")
@modified
def request_property_became_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _when(not is_nullable(pair.before) and is_nullable(pair.after))


@SCHEMAS.rule(
    "request-property-became-not-nullable",
    "the request property {property} became not nullable",
)
@_on("request")
@modified
def request_property_became_not_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _when(is_nullable(pair.before) and not is_nullable(pair.after))


@SCHEMAS.rule(
    "response-property-became-nullable",
    "the response property {property} became nullable for the status {status}",
)
@_on("response")
@modified
def response_property_became_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _when(not is_nullable(pair.before) and is_nullable(pair.after))


@SCHEMAS.rule(
    "response-property-became-not-nullable",
    "the response property {property} became not nullable for the status {status}",
)
@_on("response")
@modified
def response_property_became_not_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _when(is_nullable(pair.before) and not is_nullable(pair.after))


def _nullability(pair: SchemaPair, *, became: bool) -> list[Args]:
    """The schema became nullable (``became``) or stopped being nullable."""
    was, now = is_nullable(pair.before), is_nullable(pair.after)
    return _when(was != now and now == became)


@SCHEMAS.rule("request-body-became-nullable", "the request body became nullable")
@_on("request", body=True)
@modified
def request_body_became_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _nullability(pair, became=True)


@SCHEMAS.rule("request-body-became-not-nullable", "the request body became not nullable")
@_on("request", body=True)
@modified
def request_body_became_not_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _nullability(pair, became=False)


@SCHEMAS.rule("response-body-became-nullable", "the {status} response body became nullable")
@_on("response", body=True)
@modified
def response_body_became_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _nullability(pair, became=True)


@SCHEMAS.rule("response-body-became-not-nullable", "the {status} response body became not nullable")
@_on("response", body=True)
@modified
def response_body_became_not_nullable(pair: SchemaPair) -> Iterable[Args]:
    return _nullability(pair, became=False)
