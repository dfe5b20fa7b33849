"""The Schemathesis configuration of a fuzzing run (``schemathesis.toml`` shape, as a dict and as TOML).

Credentials appear as ``${VARIABLE}`` placeholders that Schemathesis resolves from its environment, so the
file written to disk never holds a secret. ``literal=True`` inlines the values for in-process use only.
A user's own ``schemathesis.toml`` (``--config``) is the base layer: apigen's settings are merged over it,
table by table, so its per-operation overrides, hooks or headers survive while apigen keeps auth and safety.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..spec.loading import Spec
from ._credentials import API_KEY, BASIC, CLIENT_CREDENTIALS, TOKEN, FuzzCredentials, SchemeAuth, token_path

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Schemathesis' link inference without its dependency analysis: new resources' Location headers only.
_LOCATION_HEADERS_ONLY = {"algorithms": ["location-headers"]}


def auth_config(
    spec: Spec, auths: Sequence[SchemeAuth], credentials: FuzzCredentials, base_path: str, *, literal: bool = False
) -> dict[str, Any]:
    """``[auth]``: one entry per scheme whose variables are all set; sign-up automation off (we bring keys)."""

    def value(variable: str) -> str:
        return credentials.values[variable] if literal else "${" + variable + "}"

    static: dict[str, Any] = {}
    dynamic: dict[str, Any] = {}
    for auth in auths:
        if not credentials.complete(auth):
            continue
        names = [value(v) for v in auth.variables]
        if auth.kind == API_KEY:
            static[auth.name] = {"api_key": names[0]}
        elif auth.kind == TOKEN:
            static[auth.name] = {"bearer": names[0]}
        elif auth.kind == BASIC:
            static[auth.name] = {"username": names[0], "password": names[1]}
        elif auth.kind == CLIENT_CREDENTIALS:
            dynamic[auth.name] = _token_fetch(spec, auth, names, base_path)
    config: dict[str, Any] = {"auto-signup": False}
    if static:
        config["openapi"] = static
    if dynamic:
        config["dynamic"] = {"openapi": dynamic}
    return config


def _token_fetch(spec: Spec, auth: SchemeAuth, names: list[str], base_path: str) -> dict[str, Any]:
    path = token_path(auth, base_path)
    payload = {"grant_type": "client_credentials", "client_id": names[0], "client_secret": names[1]}
    if auth.scopes:
        payload["scope"] = " ".join(auth.scopes)
    return {
        "path": path,
        "method": "post",
        "payload": payload,
        "payload_content_type": _token_media_type(spec, base_path + path),
        "extract_from": "body",
        "extract_selector": "/access_token",
        "retry_on": [401],
    }


def _token_media_type(spec: Spec, full_path: str) -> str:
    """What the spec's own token operation accepts (JSON for some vendors); RFC 6749's form otherwise."""
    for op in spec.operations(webhooks=False):
        if op.method == "post" and full_path.endswith(op.path):
            content = (spec.resolve(op.data.get("requestBody")) or {}).get("content") or {}
            for media_type in content:
                return str(media_type)
    return "application/x-www-form-urlencoded"


HEALTH_CHECKS_SUPPRESSED = ("data_too_large", "filter_too_much", "too_slow", "large_base_example")


def run_config(
    auth: Mapping[str, Any],
    *,
    read_only: bool,
    stateful: bool,
    seed: int | None,
    max_examples: int,
    infer_links: bool = True,
) -> dict[str, Any]:
    """The whole config: auth, phases (read-only sends no unsafe undeclared methods), generation.

    ``infer_links=False`` (for a spec that declares its own links) keeps Schemathesis from adding links by
    dependency analysis: on nested resources it guesses every path id from one response field (provider's
    ``/provider/{parent}/notification/{id}`` got both from ``results/*/id``), so the walks it adds pair
    unrelated ids, and a declared link naming the same target does not stop the guess from being added.
    """
    coverage: dict[str, Any] = {"unexpected-methods": ["OPTIONS"]} if read_only else {}
    walks: dict[str, Any] = {"enabled": stateful}
    if not infer_links:
        walks["inference"] = dict(_LOCATION_HEADERS_ONLY)
    config: dict[str, Any] = {
        # Hypothesis' health checks judge the data generator, not the server: a spec whose own constraints reject
        # most generated values (patterns, formats, large required bodies) would end the operation with an error
        # instead of testing it with the values that do fit.
        "suppress-health-check": list(HEALTH_CHECKS_SUPPRESSED),
        "auth": dict(auth),
        "generation": {"max-examples": max_examples, "database": "none"},
        "phases": {"coverage": coverage, "stateful": walks},
    }
    if seed is not None:
        config["seed"] = seed
    return config


def user_config(path: Path) -> dict[str, Any]:
    """A user's ``schemathesis.toml``; :class:`UsageError` when it is missing or not TOML."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"cannot read the Schemathesis config {path}: {exc}") from exc


def merged(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` merged into ``base``: tables recursively, any other value of ``over`` replaces ``base``'s."""
    result = dict(base)
    for key, value in over.items():
        below = result.get(key)
        both_tables = isinstance(value, Mapping) and isinstance(below, Mapping)
        result[key] = merged(below, value) if both_tables else value  # type: ignore[arg-type]
    return result


def to_toml(config: Mapping[str, Any]) -> str:
    """A minimal TOML writer for the shapes above: nested tables of strings, numbers, booleans and lists."""
    lines: list[str] = []
    _table(config, [], lines)
    return "\n".join(lines).strip() + "\n"


def _table(table: Mapping[str, Any], path: list[str], lines: list[str]) -> None:
    scalars = {k: v for k, v in table.items() if not isinstance(v, Mapping)}
    tables = {k: v for k, v in table.items() if isinstance(v, Mapping)}
    if path and (scalars or not tables):
        lines.append("")
        lines.append("[" + ".".join(_key(p) for p in path) + "]")
    lines.extend(f"{_key(k)} = {_value(v)}" for k, v in scalars.items())
    for key, sub in tables.items():
        _table(sub, [*path, key], lines)


def _key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() else json.dumps(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):  # inside a list ([[operations]] and the like): an inline table
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")
