"""Security: each operation's effective requirements checked against the configured credentials.

Requirements are an OR of requirement objects, each an AND of schemes (``security: []`` = public).
Outcomes: ``ok``; ``missing`` (nothing presented for any scheme) -> 401 with ``WWW-Authenticate``;
``wrong`` (something presented, not accepted) -> 401, or 403 when the operation declares 403 but not 401.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request

from ..spec.loading import Operation, Spec
from ._credentials import MockCredentials
from ._state import MockState


class Outcome(Enum):
    OK = "ok"
    MISSING = "missing"
    WRONG = "wrong"


@dataclass(frozen=True)
class Scheme:
    name: str
    kind: str  # apiKey | basic | bearer | present | unchecked
    location: str = "header"  # for apiKey
    key: str = "Authorization"

    @property
    def challenge(self) -> str:
        if self.kind == "basic":
            return 'Basic realm="mock"'
        if self.kind == "apiKey":
            return f'ApiKey realm="mock", in="{self.location}", name="{self.key}"'
        return 'Bearer realm="mock"'


Requirement = tuple[Scheme, ...]


@dataclass(frozen=True)
class Guard:
    """The compiled security of one operation (``requirements`` empty = public)."""

    requirements: tuple[Requirement, ...]

    @property
    def public(self) -> bool:
        return not self.requirements or any(not req for req in self.requirements)

    @property
    def challenges(self) -> str:
        unique = dict.fromkeys(s.challenge for req in self.requirements for s in req)
        return ", ".join(unique)


class SecurityChecker:
    def __init__(self, spec: Spec, credentials: MockCredentials, state: MockState) -> None:
        self._credentials = credentials
        self._state = state
        self._root = spec.document.get("security")
        self._schemes = {
            str(name): _scheme(str(name), spec.resolve(data))
            for name, data in ((spec.document.get("components") or {}).get("securitySchemes") or {}).items()
        }

    @property
    def query_keys(self) -> frozenset[str]:
        """Query parameters that carry an API key (never logged)."""
        return frozenset(s.key for s in self._schemes.values() if s.kind == "apiKey" and s.location == "query")

    def guard(self, op: Operation) -> Guard:
        declared = op.data.get("security", self._root)
        requirements = []
        for requirement in declared or []:
            names = requirement or {}
            requirements.append(tuple(self._schemes.get(n, Scheme(str(n), "present")) for n in names))
        return Guard(tuple(requirements))

    def client_ok(self, client_id: object, secret: object) -> bool:
        """Whether an OAuth2 client-credentials pair is the configured one (constant-time compare)."""
        if not isinstance(client_id, str) or not isinstance(secret, str):
            return False
        expected = (self._credentials.client_id, self._credentials.client_secret)
        return all(
            _compare(given, (want,)) is Outcome.OK for given, want in zip((client_id, secret), expected, strict=True)
        )

    def check(self, guard: Guard, request: Request) -> Outcome:
        if guard.public:
            return Outcome.OK
        wrong = False
        for requirement in guard.requirements:
            outcomes = [self._check_one(scheme, request) for scheme in requirement]
            if all(o is Outcome.OK for o in outcomes):
                return Outcome.OK
            wrong = wrong or Outcome.WRONG in outcomes
        return Outcome.WRONG if wrong else Outcome.MISSING

    def _check_one(self, scheme: Scheme, request: Request) -> Outcome:
        if scheme.kind == "unchecked":
            return Outcome.OK
        if scheme.kind == "apiKey":
            return _compare(_api_key(scheme, request), (self._credentials.api_key,))
        authorization = request.headers.get("authorization")
        if authorization is None:
            return Outcome.MISSING
        if scheme.kind == "present":
            return Outcome.OK
        kind, _, value = authorization.partition(" ")
        if scheme.kind == "basic":
            if kind.lower() != "basic":
                return Outcome.WRONG
            user, password = decode_basic(value.strip()) or ("", "")
            expected = f"{self._credentials.basic_user}:{self._credentials.basic_password}"
            return _compare(f"{user}:{password}", (expected,))
        if kind.lower() != "bearer":
            return Outcome.WRONG
        token = value.strip()
        if token in self._state.tokens:
            return Outcome.OK
        return _compare(token, (self._credentials.bearer_token,))


def _api_key(scheme: Scheme, request: Request) -> str | None:
    if scheme.location == "query":
        return request.query_params.get(scheme.key)
    if scheme.location == "cookie":
        return request.cookies.get(scheme.key)
    return request.headers.get(scheme.key)


def _compare(presented: str | None, accepted: tuple[str, ...]) -> Outcome:
    if presented is None:
        return Outcome.MISSING
    given = presented.encode()
    if any(hmac.compare_digest(given, value.encode()) for value in accepted):
        return Outcome.OK
    return Outcome.WRONG


def decode_basic(value: str) -> tuple[str, str] | None:
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    user, sep, password = decoded.partition(":")
    return (user, password) if sep else None


def _scheme(name: str, data: Any) -> Scheme:
    if not isinstance(data, Mapping):
        return Scheme(name, "present")
    kind = data.get("type")
    if kind == "apiKey":
        location = str(data.get("in") or "header")
        key = str(data.get("name") or "")
        return Scheme(name, "apiKey", location, key.lower() if location == "header" else key)
    if kind == "http":
        scheme = str(data.get("scheme") or "").lower()
        return Scheme(name, scheme if scheme in ("basic", "bearer") else "present")
    if kind in ("oauth2", "openIdConnect"):
        return Scheme(name, "bearer")
    return Scheme(name, "unchecked")  # mutualTLS: the mock cannot see client certificates


_CREDENTIAL_FIELDS = {
    "apiKey": ("api_key",),
    "bearer": ("bearer_token",),
    "basic": ("basic_user", "basic_password"),
}


def credentials_used(spec: Spec) -> tuple[str, ...]:
    """The :class:`MockCredentials` fields the spec's operations can ask for, in declaration order.

    Only schemes some operation (or the root ``security``) requires count; the OAuth2 client pair only for
    a required scheme with a clientCredentials flow (the mock serves its token endpoint).
    """
    requirements = [spec.document.get("security")] + [op.data.get("security") for op in spec.operations(webhooks=False)]
    required = {str(name) for listed in requirements for req in listed or [] for name in req or {}}
    found: list[str] = []
    for name, raw in ((spec.document.get("components") or {}).get("securitySchemes") or {}).items():
        data = spec.resolve(raw)
        if str(name) not in required:
            continue
        found += _CREDENTIAL_FIELDS.get(_scheme(str(name), data).kind, ())
        flows = data.get("flows") if isinstance(data, Mapping) else None
        if isinstance(flows, Mapping) and isinstance(flows.get("clientCredentials"), Mapping):
            found += ["client_id", "client_secret"]
    return tuple(dict.fromkeys(found))


def client_credentials_token_paths(spec: Spec, prefix: str) -> list[str]:
    """Request paths of every oauth2 clientCredentials ``tokenUrl``.

    A relative URL is relative to the server (under ``prefix``). An absolute one contributes its path, and
    that path under ``prefix`` too: a client pointed at the mock's base URL finds the token endpoint there.
    """
    paths = []
    for data in ((spec.document.get("components") or {}).get("securitySchemes") or {}).values():
        data = spec.resolve(data)
        flow = ((data or {}).get("flows") or {}).get("clientCredentials") if isinstance(data, Mapping) else None
        if isinstance(flow, Mapping) and flow.get("tokenUrl"):
            url = urlsplit(str(flow["tokenUrl"]))
            under_prefix = f"{prefix}/{url.path.lstrip('/')}"
            paths += [url.path, under_prefix] if url.netloc else [under_prefix]
    return list(dict.fromkeys(paths))
