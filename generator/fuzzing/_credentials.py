"""Credentials for fuzzing: one documented environment variable per security scheme value.

Naming: ``APIGEN_FUZZ_<API>_<VALUE>`` where ``<VALUE>`` is ``API_KEY`` (apiKey), ``TOKEN`` (http bearer,
openIdConnect, oauth2 without a client-credentials flow), ``USERNAME`` + ``PASSWORD`` (http basic) or
``CLIENT_ID`` + ``CLIENT_SECRET`` (oauth2 client credentials: a token is fetched from the spec's ``tokenUrl``
and refreshed). When two schemes of a spec need the same ``<VALUE>``, the scheme name is inserted:
``APIGEN_FUZZ_<API>_<SCHEME>_<VALUE>``. Values never travel on a command line; ``repr`` hides them.
"""

from __future__ import annotations

import base64
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, quote_plus, urlsplit

from ..spec.loading import Spec

API_KEY, TOKEN, BASIC, CLIENT_CREDENTIALS = "api_key", "token", "basic", "client_credentials"
_VALUES = {API_KEY: ("API_KEY",), TOKEN: ("TOKEN",), BASIC: ("USERNAME", "PASSWORD")}
_VALUES[CLIENT_CREDENTIALS] = ("CLIENT_ID", "CLIENT_SECRET")
_SECRET_SUFFIXES = ("API_KEY", "TOKEN", "PASSWORD", "CLIENT_SECRET")


@dataclass(frozen=True)
class SchemeAuth:
    """How one security scheme of a spec is authenticated while fuzzing."""

    name: str
    kind: str  # api_key | token | basic | client_credentials
    variables: tuple[str, ...]  # environment variables, in the order of _VALUES[kind]
    header: str | None = None  # apiKey in header: the header name (redacted in reports)
    query: str | None = None  # apiKey in query: the parameter name
    token_url: str | None = None  # client_credentials: tokenUrl as written in the spec
    scopes: tuple[str, ...] = ()


def env_prefix(api: str) -> str:
    return "APIGEN_FUZZ_" + _upper(api)


def scheme_auths(spec: Spec) -> list[SchemeAuth]:
    """The fuzzable security schemes of ``spec`` with their variable names (mutualTLS etc. are skipped)."""
    found = []
    for name, data in ((spec.document.get("components") or {}).get("securitySchemes") or {}).items():
        kind, extra = _kind(spec.resolve(data))
        if kind is not None:
            found.append((str(name), kind, extra))
    clashes = Counter(kind for _, kind, _ in found)
    prefix = env_prefix(spec.name)
    result = []
    for name, kind, extra in found:
        middle = f"_{_upper(name)}" if clashes[kind] > 1 else ""
        variables = tuple(f"{prefix}{middle}_{suffix}" for suffix in _VALUES[kind])
        result.append(SchemeAuth(name, kind, variables, **extra))
    return result


def _kind(data: Any) -> tuple[str | None, dict[str, Any]]:
    if not isinstance(data, Mapping):
        return None, {}
    kind = data.get("type")
    if kind == "apiKey":
        where, key = data.get("in"), str(data.get("name") or "")
        return API_KEY, {
            "header": key if where in ("header", "cookie") else None,
            "query": key if where == "query" else None,
        }
    if kind == "http":
        scheme = str(data.get("scheme") or "").lower()
        return {"basic": BASIC, "bearer": TOKEN}.get(scheme), {}
    if kind == "oauth2":
        flow = (data.get("flows") or {}).get("clientCredentials")
        if isinstance(flow, Mapping) and flow.get("tokenUrl"):
            scopes = tuple(str(s) for s in (flow.get("scopes") or {}))
            return CLIENT_CREDENTIALS, {"token_url": str(flow["tokenUrl"]), "scopes": scopes}
        return TOKEN, {}
    if kind == "openIdConnect":
        return TOKEN, {}
    return None, {}


def _upper(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper()


@dataclass(frozen=True)
class FuzzCredentials:
    """Values of the fuzzing variables that are set (name -> value); ``repr`` shows names only."""

    values: Mapping[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"FuzzCredentials({sorted(self.values)})"

    @classmethod
    def from_env(cls, spec: Spec, environ: Mapping[str, str]) -> FuzzCredentials:
        wanted = {v for auth in scheme_auths(spec) for v in auth.variables}
        return cls({name: environ[name] for name in sorted(wanted) if environ.get(name)})

    @classmethod
    def for_mock(cls, spec: Spec, mock: Any) -> FuzzCredentials:
        """The values a ``generator.mocking.MockCredentials`` accepts, under this spec's variable names."""
        by_kind = {
            API_KEY: (mock.api_key,),
            TOKEN: (mock.bearer_token,),
            BASIC: (mock.basic_user, mock.basic_password),
            CLIENT_CREDENTIALS: (mock.client_id, mock.client_secret),
        }
        return cls(
            {v: value for a in scheme_auths(spec) for v, value in zip(a.variables, by_kind[a.kind], strict=True)}
        )

    def complete(self, auth: SchemeAuth) -> bool:
        return all(self.values.get(v) for v in auth.variables)

    def secrets(self, auths: Iterable[SchemeAuth]) -> list[str]:
        """Every secret value and its encodings seen on the wire (Basic header, URL-encoded), to redact."""
        found: set[str] = set()
        for auth in auths:
            if not self.complete(auth):
                continue
            values = [self.values[v] for v in auth.variables]
            found.update(value for v, value in zip(auth.variables, values, strict=True) if v.endswith(_SECRET_SUFFIXES))
            if auth.kind in (BASIC, CLIENT_CREDENTIALS):
                found.add(base64.b64encode(f"{values[0]}:{values[1]}".encode()).decode())
        found.update(encoded for value in list(found) for encoded in (quote(value, safe=""), quote_plus(value)))
        return sorted((s for s in found if s), key=len, reverse=True)


def token_path(auth: SchemeAuth, base_path: str) -> str:
    """``tokenUrl`` as a path relative to the fuzzed base URL (Schemathesis fetches it from the same host)."""
    path = urlsplit(auth.token_url or "").path or "/"
    path = path if path.startswith("/") else "/" + path
    if base_path and path.startswith(base_path + "/"):
        path = path[len(base_path) :]
    return path
