"""Rules for endpoints, security, parameters, request bodies, media types and response statuses.

Ids and messages follow oasdiff (``checker/rules.go``, ``localizations_src/en/messages.yaml``); ``oasdiff=`` records
oasdiff's default level. Our level is about the *generated client*: a removed parameter or a new response enum
value breaks callers of a typed client even where oasdiff only warns, so WARN maps to breaking, and removals
oasdiff excuses after a deprecation still need a major bump because the client function or field disappears.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._changes import Level
from ._nodes import Node, enum_values, is_nullable, shown
from ._pairs import EndpointPair, MediaPair, ParameterPair, RequestBodyPair, Requirement, ResponsePair, unwrap
from ._registry import Args, Registry, added, modified, removed

BREAKING, NON_BREAKING, INFO = Level.BREAKING, Level.NON_BREAKING, Level.INFO
ONCE: list[Args] = [{}]
NEVER: list[Args] = []

ENDPOINTS: Registry[EndpointPair] = Registry()
PARAMETERS: Registry[ParameterPair] = Registry()
REQUEST_BODIES: Registry[RequestBodyPair] = Registry()
MEDIA: Registry[MediaPair] = Registry()
RESPONSES: Registry[ResponsePair] = Registry()


def _when(condition: bool) -> list[Args]:
    return ONCE if condition else NEVER


def _deprecated(value: Mapping[str, Any]) -> bool:
    return value.get("deprecated") is True


def _at_key(pair: EndpointPair, key: str) -> list[Args]:
    """One finding located at the operation's ``key`` (so it explains only that key's differences)."""
    return [{"pointer": f"{pair.pointer}/{key}"}]


# --- endpoints -------------------------------------------------------------------------------------------------


@ENDPOINTS.rule("endpoint-added", "endpoint added")
@added
def endpoint_added(pair: EndpointPair) -> Iterable[Args]:
    return _when(not pair.webhook)


@ENDPOINTS.rule("webhook-added", "webhook added")
@added
def webhook_added(pair: EndpointPair) -> Iterable[Args]:
    return _when(pair.webhook)


@ENDPOINTS.rule("webhook-removed", "webhook removed")
@removed
def webhook_removed(pair: EndpointPair) -> Iterable[Args]:
    # the API stops calling the receivers that users of the client implemented
    return _when(pair.webhook)


@ENDPOINTS.rule("api-path-removed-without-deprecation", "api path removed without deprecation")
@removed
def api_path_removed_without_deprecation(pair: EndpointPair) -> Iterable[Args]:
    return _when(not pair.webhook and pair.path_removed and not _deprecated(pair.before))


@ENDPOINTS.rule("api-path-removed-with-deprecation", "api path removed with deprecation")
@removed
def api_path_removed_with_deprecation(pair: EndpointPair) -> Iterable[Args]:
    return _when(not pair.webhook and pair.path_removed and _deprecated(pair.before))


@ENDPOINTS.rule("api-removed-without-deprecation", "api removed without deprecation")
@removed
def api_removed_without_deprecation(pair: EndpointPair) -> Iterable[Args]:
    return _when(not pair.webhook and not pair.path_removed and not _deprecated(pair.before))


@ENDPOINTS.rule("api-removed-with-deprecation", "api removed with deprecation")
@removed
def api_removed_with_deprecation(pair: EndpointPair) -> Iterable[Args]:
    return _when(not pair.webhook and not pair.path_removed and _deprecated(pair.before))


@ENDPOINTS.rule("endpoint-deprecated", "endpoint deprecated")
@modified
def endpoint_deprecated(pair: EndpointPair) -> Iterable[Args]:
    return _at_key(pair, "deprecated") if not _deprecated(pair.before) and _deprecated(pair.after) else NEVER


@ENDPOINTS.rule("endpoint-reactivated", "endpoint reactivated")
@modified
def endpoint_reactivated(pair: EndpointPair) -> Iterable[Args]:
    return _at_key(pair, "deprecated") if _deprecated(pair.before) and not _deprecated(pair.after) else NEVER


@ENDPOINTS.rule("api-operation-id-removed", "api operation id {old} removed and replaced with {new}")
@modified
def api_operation_id_removed(pair: EndpointPair) -> Iterable[Args]:
    # the operationId names the generated function: renaming it breaks every caller
    old, new = pair.before.get("operationId"), pair.after.get("operationId")
    return [{"old": old, "new": new or "(none)", **_at_key(pair, "operationId")[0]}] if old and old != new else NEVER


def _tags(value: Mapping[str, Any]) -> set[str]:
    return {str(tag) for tag in value.get("tags") or []}


@ENDPOINTS.rule("api-tag-removed", "api tag {tag} removed")
@modified
def api_tag_removed(pair: EndpointPair) -> Iterable[Args]:
    # the first tag names the client module the function lives in
    return [{"tag": tag, **_at_key(pair, "tags")[0]} for tag in sorted(_tags(pair.before) - _tags(pair.after))]


@ENDPOINTS.rule("api-tag-added", "api tag {tag} added")
@modified
def api_tag_added(pair: EndpointPair) -> Iterable[Args]:
    return [{"tag": tag, **_at_key(pair, "tags")[0]} for tag in sorted(_tags(pair.after) - _tags(pair.before))]


# --- x-pagination (specs/CONVENTIONS.md): the generated client's page iterators are built from it ---------------


@ENDPOINTS.rule("x-pagination-added", "auto-pagination added (x-pagination)", own=NON_BREAKING)
@modified
def x_pagination_added(pair: EndpointPair) -> Iterable[Args]:
    return (
        _at_key(pair, "x-pagination") if "x-pagination" not in pair.before and "x-pagination" in pair.after else NEVER
    )


@ENDPOINTS.rule("x-pagination-removed", "auto-pagination removed (x-pagination)", own=BREAKING)
@modified
def x_pagination_removed(pair: EndpointPair) -> Iterable[Args]:
    # the client's iterate_* helper for this operation disappears
    return (
        _at_key(pair, "x-pagination") if "x-pagination" in pair.before and "x-pagination" not in pair.after else NEVER
    )


@ENDPOINTS.rule("x-pagination-changed", "auto-pagination changed: {what}", own=BREAKING)
@modified
def x_pagination_changed(pair: EndpointPair) -> Iterable[Args]:
    old, new = pair.before.get("x-pagination"), pair.after.get("x-pagination")
    if not (isinstance(old, Mapping) and isinstance(new, Mapping)) or old == new:
        return NEVER
    keys = sorted(key for key in {*old, *new} if old.get(key) != new.get(key))
    what = ", ".join(f"{key} {shown(old.get(key))} -> {shown(new.get(key))}" for key in keys)
    return [{"what": what, **_at_key(pair, "x-pagination")[0]}]


# --- security: alternatives are OR-ed, so adding one widens and removing one narrows ----------------------------


ANONYMOUS = "anonymous"


def _by_schemes(requirements: frozenset[Requirement]) -> dict[str, dict[str, frozenset[str]]]:
    """Alternatives keyed by their scheme names (``"anonymous"`` for ``{}``), each with its scopes per scheme."""
    return {" + ".join(sorted(s for s, _ in req)) or ANONYMOUS: dict(req) for req in requirements}


def _security(pair: EndpointPair, scheme: str) -> Args:
    """Message fields of a security finding, located at the operation's own ``security`` (or the global one)."""
    own = "security" in pair.after or "security" in pair.before
    return {"scheme": scheme, "pointer": f"{pair.pointer}/security" if own else "/security"}


def _alternatives(pair: EndpointPair, *, gained: bool) -> list[Args]:
    old, new = _by_schemes(pair.old_security), _by_schemes(pair.new_security)
    if ANONYMOUS in new:
        return NEVER  # anyone may call: no caller is refused (endpoint-authentication-optional says so)
    delta = new.keys() - old.keys() if gained else old.keys() - new.keys()
    return [_security(pair, scheme) for scheme in sorted(delta - {ANONYMOUS})]


@ENDPOINTS.rule("api-security-removed", "the endpoint scheme security {scheme} was removed from the API")
@modified
def api_security_removed(pair: EndpointPair) -> Iterable[Args]:
    return _alternatives(pair, gained=False)


@ENDPOINTS.rule("api-security-added", "the endpoint scheme security {scheme} was added to the API")
@modified
def api_security_added(pair: EndpointPair) -> Iterable[Args]:
    return _alternatives(pair, gained=True)


@ENDPOINTS.rule("endpoint-authentication-required", "the endpoint now requires authentication ({scheme})", own=BREAKING)
@modified
def endpoint_authentication_required(pair: EndpointPair) -> Iterable[Args]:
    # oasdiff reports adding security as api-security-added (INFO); callers without credentials are now refused
    old, new = _by_schemes(pair.old_security), _by_schemes(pair.new_security)
    return [_security(pair, " or ".join(sorted(new)))] if ANONYMOUS in old and ANONYMOUS not in new else NEVER


@ENDPOINTS.rule(
    "endpoint-authentication-optional",
    "the endpoint no longer requires authentication (was {scheme})",
    own=NON_BREAKING,
)
@modified
def endpoint_authentication_optional(pair: EndpointPair) -> Iterable[Args]:
    old, new = _by_schemes(pair.old_security), _by_schemes(pair.new_security)
    return [_security(pair, " or ".join(sorted(old)))] if ANONYMOUS in new and ANONYMOUS not in old else NEVER


def _scope_changes(pair: EndpointPair, *, gained: bool) -> list[Args]:
    old, new = _by_schemes(pair.old_security), _by_schemes(pair.new_security)
    found: list[Args] = []
    for alternative in sorted(old.keys() & new.keys()):
        for scheme, old_scopes in sorted(old[alternative].items()):
            new_scopes = new[alternative].get(scheme, frozenset())
            delta = new_scopes - old_scopes if gained else old_scopes - new_scopes
            found.extend({**_security(pair, scheme), "scope": scope} for scope in sorted(delta))
    return found


@ENDPOINTS.rule(
    "api-security-scope-added",
    "the security scope {scope} was added to the endpoint's security scheme {scheme}",
)
@modified
def api_security_scope_added(pair: EndpointPair) -> Iterable[Args]:
    return _scope_changes(pair, gained=True)


@ENDPOINTS.rule(
    "api-security-scope-removed",
    "the security scope {scope} was removed from the endpoint's security scheme {scheme}",
)
@modified
def api_security_scope_removed(pair: EndpointPair) -> Iterable[Args]:
    return _scope_changes(pair, gained=False)


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
    return _when(pair.location == "path")


@PARAMETERS.rule(
    "new-required-request-parameter",
    "added the new required {location} request parameter {name}",
)
@added
def new_required_request_parameter(pair: ParameterPair) -> Iterable[Args]:
    return _when(pair.location != "path" and _required(pair.after))


@PARAMETERS.rule(
    "new-optional-request-parameter",
    "added the new optional {location} request parameter {name}",
)
@added
def new_optional_request_parameter(pair: ParameterPair) -> Iterable[Args]:
    return _when(not _required(pair.after))


@PARAMETERS.rule("request-parameter-removed", "deleted the {location} request parameter {name}")
@removed
def request_parameter_removed(pair: ParameterPair) -> Iterable[Args]:
    return _when(not _deprecated(pair.before))


@PARAMETERS.rule(
    "request-parameter-removed-with-deprecation",
    "deleted the {location} request parameter {name} with deprecation",
)
@removed
def request_parameter_removed_with_deprecation(pair: ParameterPair) -> Iterable[Args]:
    return _when(_deprecated(pair.before))


@PARAMETERS.rule(
    "request-parameter-became-required",
    "the {location} request parameter {name} became required",
)
@modified
def request_parameter_became_required(pair: ParameterPair) -> Iterable[Args]:
    return _when(not _required(pair.before) and _required(pair.after))


@PARAMETERS.rule(
    "request-parameter-became-optional",
    "the {location} request parameter {name} became optional",
)
@modified
def request_parameter_became_optional(pair: ParameterPair) -> Iterable[Args]:
    return _when(_required(pair.before) and not _required(pair.after))


@PARAMETERS.rule("request-parameter-deprecated", "{location} request parameter {name} was deprecated")
@modified
def request_parameter_deprecated(pair: ParameterPair) -> Iterable[Args]:
    return _when(not _deprecated(pair.before) and _deprecated(pair.after))


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
    return _when(_nullability(*parameter_schemas(pair), became=True))


@PARAMETERS.rule("request-parameter-became-not-nullable", "the {location} request parameter {name} became not nullable")
@modified
def request_parameter_became_not_nullable(pair: ParameterPair) -> Iterable[Args]:
    return _when(_nullability(*parameter_schemas(pair), became=False))


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
    return _when(enum_values(old) is None and enum_values(new) is not None)


# --- request bodies --------------------------------------------------------------------------------------------


@REQUEST_BODIES.rule("request-body-added-required", "added required request body")
@added
def request_body_added_required(pair: RequestBodyPair) -> Iterable[Args]:
    return _when(pair.after.get("required") is True)


@REQUEST_BODIES.rule("request-body-added-optional", "added optional request body")
@added
def request_body_added_optional(pair: RequestBodyPair) -> Iterable[Args]:
    return _when(pair.after.get("required") is not True)


@REQUEST_BODIES.rule("request-body-removed", "removed the request body")
@removed
def request_body_removed(pair: RequestBodyPair) -> Iterable[Args]:
    return ONCE


@REQUEST_BODIES.rule("request-body-became-required", "request body became required")
@modified
def request_body_became_required(pair: RequestBodyPair) -> Iterable[Args]:
    return _when(pair.before.get("required") is not True and pair.after.get("required") is True)


@REQUEST_BODIES.rule("request-body-became-optional", "request body became optional")
@modified
def request_body_became_optional(pair: RequestBodyPair) -> Iterable[Args]:
    return _when(pair.before.get("required") is True and pair.after.get("required") is not True)


# --- media types -----------------------------------------------------------------------------------------------


@MEDIA.rule(
    "request-body-media-type-added",
    "added the media type {media_type} to the request body",
)
@added
def request_body_media_type_added(pair: MediaPair) -> Iterable[Args]:
    return _when(pair.direction == "request")


@MEDIA.rule(
    "request-body-media-type-removed",
    "removed the media type {media_type} from the request body",
)
@removed
def request_body_media_type_removed(pair: MediaPair) -> Iterable[Args]:
    return _when(pair.direction == "request")


@MEDIA.rule(
    "response-media-type-added",
    "added the media type {media_type} for the response with the status {status}",
)
@added
def response_media_type_added(pair: MediaPair) -> Iterable[Args]:
    return _when(pair.direction == "response")


@MEDIA.rule(
    "response-media-type-removed",
    "removed the media type {media_type} for the response with the status {status}",
)
@removed
def response_media_type_removed(pair: MediaPair) -> Iterable[Args]:
    return _when(pair.direction == "response")


# --- response statuses -----------------------------------------------------------------------------------------


@RESPONSES.rule("response-success-status-removed", "removed the success response with the status {status}")
@removed
def response_success_status_removed(pair: ResponsePair) -> Iterable[Args]:
    return _when(pair.success)


@RESPONSES.rule(
    "response-non-success-status-removed",
    "removed the non-success response with the status {status}",
)
@removed
def response_non_success_status_removed(pair: ResponsePair) -> Iterable[Args]:
    return _when(not pair.success)


@RESPONSES.rule("response-success-status-added", "added the success response with the status {status}")
@added
def response_success_status_added(pair: ResponsePair) -> Iterable[Args]:
    return _when(pair.success)


@RESPONSES.rule(
    "response-non-success-status-added",
    "added the non-success response with the status {status}",
)
@added
def response_non_success_status_added(pair: ResponsePair) -> Iterable[Args]:
    return _when(not pair.success)
