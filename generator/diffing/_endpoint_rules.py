"""Rules for endpoints: added and removed operations and webhooks, deprecation, operationId, tags, x-pagination and
security requirements.

Endpoint findings point at the key of the operation they concern (``.../get/deprecated``), so that they explain
only that key's differences and anything else that changed in the operation is still reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._changes import Level
from ._nodes import shown
from ._pairs import EndpointPair, Requirement
from ._registry import Args, Registry, added, modified, removed
from ._rules import NEVER, deprecated, when

BREAKING, NON_BREAKING = Level.BREAKING, Level.NON_BREAKING

ENDPOINTS: Registry[EndpointPair] = Registry()


def _at_key(pair: EndpointPair, key: str) -> list[Args]:
    """One finding located at the operation's ``key`` (so it explains only that key's differences)."""
    return [{"pointer": f"{pair.pointer}/{key}"}]


# --- endpoints -------------------------------------------------------------------------------------------------


@ENDPOINTS.rule("endpoint-added", "endpoint added")
@added
def endpoint_added(pair: EndpointPair) -> Iterable[Args]:
    return when(not pair.webhook)


@ENDPOINTS.rule("webhook-added", "webhook added")
@added
def webhook_added(pair: EndpointPair) -> Iterable[Args]:
    return when(pair.webhook)


@ENDPOINTS.rule("webhook-removed", "webhook removed")
@removed
def webhook_removed(pair: EndpointPair) -> Iterable[Args]:
    # the API stops calling the receivers that users of the client implemented
    return when(pair.webhook)


@ENDPOINTS.rule("api-path-removed-without-deprecation", "api path removed without deprecation")
@removed
def api_path_removed_without_deprecation(pair: EndpointPair) -> Iterable[Args]:
    return when(not pair.webhook and pair.path_removed and not deprecated(pair.before))


@ENDPOINTS.rule("api-path-removed-with-deprecation", "api path removed with deprecation")
@removed
def api_path_removed_with_deprecation(pair: EndpointPair) -> Iterable[Args]:
    return when(not pair.webhook and pair.path_removed and deprecated(pair.before))


@ENDPOINTS.rule("api-removed-without-deprecation", "api removed without deprecation")
@removed
def api_removed_without_deprecation(pair: EndpointPair) -> Iterable[Args]:
    return when(not pair.webhook and not pair.path_removed and not deprecated(pair.before))


@ENDPOINTS.rule("api-removed-with-deprecation", "api removed with deprecation")
@removed
def api_removed_with_deprecation(pair: EndpointPair) -> Iterable[Args]:
    return when(not pair.webhook and not pair.path_removed and deprecated(pair.before))


@ENDPOINTS.rule("endpoint-deprecated", "endpoint deprecated")
@modified
def endpointdeprecated(pair: EndpointPair) -> Iterable[Args]:
    return _at_key(pair, "deprecated") if not deprecated(pair.before) and deprecated(pair.after) else NEVER


@ENDPOINTS.rule("endpoint-reactivated", "endpoint reactivated")
@modified
def endpoint_reactivated(pair: EndpointPair) -> Iterable[Args]:
    return _at_key(pair, "deprecated") if deprecated(pair.before) and not deprecated(pair.after) else NEVER


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
