"""Rules for parameters, request bodies, media types and response statuses.

Ids and messages follow oasdiff (``checker/rules.go``, ``localizations_src/en/messages.yaml``); levels follow from
the ids (``_policy.py``), so only apigen's own rules declare one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._changes import Level
from ._nodes import Node, enum_values, is_nullable
from ._pairs import MediaPair, ParameterPair, RequestBodyPair, ResponsePair, unwrap
from ._registry import Args, Registry, added, modified, removed

BREAKING, NON_BREAKING, INFO = Level.BREAKING, Level.NON_BREAKING, Level.INFO
ONCE: list[Args] = [{}]
NEVER: list[Args] = []

PARAMETERS: Registry[ParameterPair] = Registry()
REQUEST_BODIES: Registry[RequestBodyPair] = Registry()
MEDIA: Registry[MediaPair] = Registry()
RESPONSES: Registry[ResponsePair] = Registry()


def when(condition: bool) -> list[Args]:
    return ONCE if condition else NEVER


def deprecated(value: Mapping[str, Any]) -> bool:
    return value.get("deprecated") is True


# --- parameters ------------------------------------------------------------------------------------------------


def _required(value: Mapping[str, Any]) -> bool:
    return value.get("required") is True or value.get("in") == "path"


def parameter_schemas(pair: ParameterPair) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    return _schema(pair.old), _schema(pair.new)


def _schema(node: Node | None) -> Mapping[str, Any]:
    """A parameter's schema, a nullable wrapper (``oneOf: [X, {type: 'null'}]``) read as a nullable X."""
    schema = node.child("schema") if node is not None else None
    return unwrap(schema).value if schema is not None else {}


@PARAMETERS.rule("new-request-path-parameter", "added the new path request parameter {name}")
@added
def new_request_path_parameter(pair: ParameterPair) -> Iterable[Args]:
    return when(pair.location == "path")


@PARAMETERS.rule(
    "new-required-request-parameter",
    "added the new required {location} request parameter {name}",
)
@added
def new_required_request_parameter(pair: ParameterPair) -> Iterable[Args]:
    return when(pair.location != "path" and _required(pair.after))


@PARAMETERS.rule(
    "new-optional-request-parameter",
    "added the new optional {location} request parameter {name}",
)
@added
def new_optional_request_parameter(pair: ParameterPair) -> Iterable[Args]:
    return when(not _required(pair.after))


@PARAMETERS.rule("request-parameter-removed", "deleted the {location} request parameter {name}")
@removed
def request_parameter_removed(pair: ParameterPair) -> Iterable[Args]:
    return when(not deprecated(pair.before))


@PARAMETERS.rule(
    "request-parameter-removed-with-deprecation",
    "deleted the {location} request parameter {name} with deprecation",
)
@removed
def request_parameter_removed_with_deprecation(pair: ParameterPair) -> Iterable[Args]:
    return when(deprecated(pair.before))


@PARAMETERS.rule(
    "request-parameter-became-required",
    "the {location} request parameter {name} became required",
)
@modified
def request_parameter_became_required(pair: ParameterPair) -> Iterable[Args]:
    return when(not _required(pair.before) and _required(pair.after))


@PARAMETERS.rule(
    "request-parameter-became-optional",
    "the {location} request parameter {name} became optional",
)
@modified
def request_parameter_became_optional(pair: ParameterPair) -> Iterable[Args]:
    return when(_required(pair.before) and not _required(pair.after))


@PARAMETERS.rule("request-parameter-deprecated", "{location} request parameter {name} was deprecated")
@modified
def request_parameterdeprecated(pair: ParameterPair) -> Iterable[Args]:
    return when(not deprecated(pair.before) and deprecated(pair.after))


def enum_delta(old: Mapping[str, Any], new: Mapping[str, Any], *, gained: bool) -> list[Args]:
    """Enum values only ``new`` has (``gained``) or only ``old`` had; nothing unless both have an enum."""
    old_values, new_values = enum_values(old), enum_values(new)
    if old_values is None or new_values is None:
        return NEVER
    keys = new_values.keys() - old_values.keys() if gained else old_values.keys() - new_values.keys()
    return [{"value": key} for key in sorted(keys)]


@PARAMETERS.rule(
    "request-parameter-enum-value-removed",
    "removed the enum value {value} from the {location} request parameter {name}",
)
@modified
def request_parameter_enum_value_removed(pair: ParameterPair) -> Iterable[Args]:
    return enum_delta(*parameter_schemas(pair), gained=False)


@PARAMETERS.rule(
    "request-parameter-enum-value-added",
    "added the new enum value {value} to the {location} request parameter {name}",
)
@modified
def request_parameter_enum_value_added(pair: ParameterPair) -> Iterable[Args]:
    return enum_delta(*parameter_schemas(pair), gained=True)


def parameter_properties(pair: ParameterPair) -> list[tuple[str, Mapping[str, Any], Mapping[str, Any]]]:
    """``(name, old, new)`` for each property both versions of an object parameter (e.g. deepObject) declare."""
    old, new = (_schema(node) for node in (pair.old, pair.new))
    old_props, new_props = (schema.get("properties") or {} for schema in (old, new))
    if not (isinstance(old_props, Mapping) and isinstance(new_props, Mapping)):
        return []
    return [
        (str(name), old_props[name], new_props[name]) for name in sorted(old_props.keys() & new_props.keys(), key=str)
    ]


def _nullability(old: Mapping[str, Any], new: Mapping[str, Any], *, became: bool) -> bool:
    return is_nullable(old) != is_nullable(new) and is_nullable(new) == became


@PARAMETERS.rule("request-parameter-became-nullable", "the {location} request parameter {name} became nullable")
@modified
def request_parameter_became_nullable(pair: ParameterPair) -> Iterable[Args]:
    return when(_nullability(*parameter_schemas(pair), became=True))


@PARAMETERS.rule("request-parameter-became-not-nullable", "the {location} request parameter {name} became not nullable")
@modified
def request_parameter_became_not_nullable(pair: ParameterPair) -> Iterable[Args]:
    return when(_nullability(*parameter_schemas(pair), became=False))


def _property_nullability(pair: ParameterPair, *, became: bool) -> list[Args]:
    return [
        {"property": name}
        for name, old, new in parameter_properties(pair)
        if isinstance(old, Mapping) and isinstance(new, Mapping) and _nullability(old, new, became=became)
    ]


@PARAMETERS.rule(
    "request-parameter-property-became-nullable",
    "the property {property} of the {location} request parameter {name} became nullable",
)
@modified
def request_parameter_property_became_nullable(pair: ParameterPair) -> Iterable[Args]:
    return _property_nullability(pair, became=True)


@PARAMETERS.rule(
    "request-parameter-property-became-not-nullable",
    "the property {property} of the {location} request parameter {name} became not nullable",
)
@modified
def request_parameter_property_became_not_nullable(pair: ParameterPair) -> Iterable[Args]:
    return _property_nullability(pair, became=False)


def _property_enum_delta(pair: ParameterPair, *, gained: bool) -> list[Args]:
    found: list[Args] = []
    for name, old, new in parameter_properties(pair):
        if isinstance(old, Mapping) and isinstance(new, Mapping):
            found.extend({**args, "property": name} for args in enum_delta(old, new, gained=gained))
    return found


@PARAMETERS.rule(
    "request-parameter-property-enum-value-removed",
    "removed the enum value {value} of the property {property} of the {location} request parameter {name}",
)
@modified
def request_parameter_property_enum_value_removed(pair: ParameterPair) -> Iterable[Args]:
    return _property_enum_delta(pair, gained=False)


@PARAMETERS.rule(
    "request-parameter-property-enum-value-added",
    "added the enum value {value} to the property {property} of the {location} request parameter {name}",
)
@modified
def request_parameter_property_enum_value_added(pair: ParameterPair) -> Iterable[Args]:
    return _property_enum_delta(pair, gained=True)


@PARAMETERS.rule(
    "request-parameter-became-enum",
    "the {location} request parameter {name} was restricted to a list of enum values",
)
@modified
def request_parameter_became_enum(pair: ParameterPair) -> Iterable[Args]:
    old, new = parameter_schemas(pair)
    return when(enum_values(old) is None and enum_values(new) is not None)


# --- request bodies --------------------------------------------------------------------------------------------


@REQUEST_BODIES.rule("request-body-added-required", "added required request body")
@added
def request_body_added_required(pair: RequestBodyPair) -> Iterable[Args]:
    return when(pair.after.get("required") is True)


@REQUEST_BODIES.rule("request-body-added-optional", "added optional request body")
@added
def request_body_added_optional(pair: RequestBodyPair) -> Iterable[Args]:
    return when(pair.after.get("required") is not True)


@REQUEST_BODIES.rule("request-body-removed", "removed the request body")
@removed
def request_body_removed(pair: RequestBodyPair) -> Iterable[Args]:
    return ONCE


@REQUEST_BODIES.rule("request-body-became-required", "request body became required")
@modified
def request_body_became_required(pair: RequestBodyPair) -> Iterable[Args]:
    return when(pair.before.get("required") is not True and pair.after.get("required") is True)


@REQUEST_BODIES.rule("request-body-became-optional", "request body became optional")
@modified
def request_body_became_optional(pair: RequestBodyPair) -> Iterable[Args]:
    return when(pair.before.get("required") is True and pair.after.get("required") is not True)


# --- media types -----------------------------------------------------------------------------------------------


@MEDIA.rule(
    "request-body-media-type-added",
    "added the media type {media_type} to the request body",
)
@added
def request_body_media_type_added(pair: MediaPair) -> Iterable[Args]:
    return when(pair.direction == "request")


@MEDIA.rule(
    "request-body-media-type-removed",
    "removed the media type {media_type} from the request body",
)
@removed
def request_body_media_type_removed(pair: MediaPair) -> Iterable[Args]:
    return when(pair.direction == "request")


@MEDIA.rule(
    "response-media-type-added",
    "added the media type {media_type} for the response with the status {status}",
)
@added
def response_media_type_added(pair: MediaPair) -> Iterable[Args]:
    return when(pair.direction == "response")


@MEDIA.rule(
    "response-media-type-removed",
    "removed the media type {media_type} for the response with the status {status}",
)
@removed
def response_media_type_removed(pair: MediaPair) -> Iterable[Args]:
    return when(pair.direction == "response")


# --- response statuses -----------------------------------------------------------------------------------------


@RESPONSES.rule("response-success-status-removed", "removed the success response with the status {status}")
@removed
def response_success_status_removed(pair: ResponsePair) -> Iterable[Args]:
    return when(pair.success)


@RESPONSES.rule(
    "response-non-success-status-removed",
    "removed the non-success response with the status {status}",
)
@removed
def response_non_success_status_removed(pair: ResponsePair) -> Iterable[Args]:
    return when(not pair.success)


@RESPONSES.rule("response-success-status-added", "added the success response with the status {status}")
@added
def response_success_status_added(pair: ResponsePair) -> Iterable[Args]:
    return when(pair.success)


@RESPONSES.rule(
    "response-non-success-status-added",
    "added the non-success response with the status {status}",
)
@added
def response_non_success_status_added(pair: ResponsePair) -> Iterable[Args]:
    return when(not pair.success)
