"""Credentials, and how each security scheme of the spec puts them on a request."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import httpx

from ..errors import APIError, MissingCredentialsError, status_error
from .transport import Action, Await, Fetch, Flight

# A security requirement: alternatives, any one of which suffices; each names schemes that must all be applied.
Security: TypeAlias = tuple[tuple[str, ...], ...]
Signing: TypeAlias = Generator[Action, httpx.Response | None, httpx.Request]


@dataclass(frozen=True)
class Scheme:
    """One security scheme of the spec, as the client applies it."""

    kind: str  # "apiKey" | "bearer" | "basic" | "oauth2" (client credentials)
    location: str = "header"  # where an API key goes: header | query | cookie
    parameter: str = "Authorization"  # the API key's header, query parameter or cookie name
    token_url: str = ""  # oauth2: where tokens come from
    scopes: str = ""  # oauth2: space-separated scopes to ask for
    token_body: str = "form"  # oauth2: how the token request is encoded, "form" (RFC 6749) or "json"


@dataclass(frozen=True)
class Credentials:
    """What the caller supplied. ``repr`` shows none of it."""

    api_key: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    username: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    client_id: str | None = field(default=None, repr=False)
    client_secret: str | None = field(default=None, repr=False)
    token_prefix: str = "Bearer"

    def supply(self, kind: str) -> bool:
        """Whether these credentials can satisfy a scheme of ``kind``."""
        needed = {
            "apiKey": (self.api_key,),
            "bearer": (self.token,),
            "basic": (self.username,),
            "oauth2": (self.client_id, self.client_secret),
        }
        return all(needed.get(kind, (None,)))


@dataclass
class _Token:
    value: str = field(repr=False)
    expires_at: float | None


class Authenticator:
    """Signs requests; fetches, caches and refreshes OAuth2 client-credentials tokens.

    Many first calls at once (threads or tasks) share one token fetch: the first becomes its leader, the
    others wait for its :class:`Flight` and take its token, or raise its error.
    """

    def __init__(
        self,
        schemes: Mapping[str, Scheme],
        credentials: Credentials,
        *,
        hint: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._schemes = dict(schemes)
        self._credentials = credentials
        self._hint = hint
        self._clock = clock
        self._tokens: dict[str, _Token] = {}
        self._flights: dict[str, Flight] = {}
        self._lock = threading.Lock()  # guards the two dicts above; never held across a yield

    def __repr__(self) -> str:
        return f"Authenticator(schemes={sorted(self._schemes)})"

    def sign(self, request: httpx.Request, security: Security) -> Signing:
        """A copy of ``request`` carrying the credentials of the first alternative that can be satisfied.

        The caller's request object is left untouched, so the one httpx logs and attaches to responses
        and exceptions never holds a credential.
        """
        if not security:
            return request
        chosen = next((names for names in security if all(self._can(name) for name in names)), None)
        if chosen is None:
            raise MissingCredentialsError(f"{request.method} {request.url.path} needs credentials. {self._hint}")
        headers = request.headers.copy()
        params: dict[str, str] = {}
        for name in chosen:
            scheme = self._schemes[name]
            value = yield from self._value(name, scheme, request)
            if scheme.kind != "apiKey" or scheme.location == "header":
                headers[scheme.parameter] = value
            elif scheme.location == "query":
                params[scheme.parameter] = value
            else:
                headers["cookie"] = "; ".join(filter(None, (headers.get("cookie"), f"{scheme.parameter}={value}")))
        url = request.url.copy_merge_params(params) if params else request.url
        return httpx.Request(request.method, url, headers=headers, stream=request.stream, extensions=request.extensions)

    def refresh(self, security: Security, signed: httpx.Request) -> bool:
        """Forget the tokens ``signed`` carried; True if it carried any (a fresh token is worth one more try).

        A token another request has already replaced stays: concurrent 401s cause one new fetch, not many.
        """
        used = False
        with self._lock:
            for name in {name for names in security for name in names}:
                scheme = self._schemes.get(name)
                token = self._tokens.get(name)
                if scheme is None or scheme.kind != "oauth2" or not signed.headers.get(scheme.parameter):
                    continue
                used = True
                if token is not None and signed.headers[scheme.parameter] == f"Bearer {token.value}":
                    del self._tokens[name]
        return used

    def _can(self, name: str) -> bool:
        scheme = self._schemes.get(name)
        return scheme is not None and self._credentials.supply(scheme.kind)

    def _value(
        self, name: str, scheme: Scheme, request: httpx.Request
    ) -> Generator[Action, httpx.Response | None, str]:
        credentials = self._credentials
        if scheme.kind == "apiKey":
            return credentials.api_key or ""
        if scheme.kind == "basic":
            pair = f"{credentials.username}:{credentials.password or ''}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        if scheme.kind == "oauth2":
            token = yield from self._access_token(name, scheme, request)
            return f"Bearer {token}"
        prefix = credentials.token_prefix
        return f"{prefix} {credentials.token}" if prefix else credentials.token or ""

    def _access_token(
        self, name: str, scheme: Scheme, request: httpx.Request
    ) -> Generator[Action, httpx.Response | None, str]:
        while True:
            with self._lock:
                token = self._tokens.get(name)
                if token is not None and (token.expires_at is None or self._clock() < token.expires_at):
                    return token.value
                flight = self._flights.get(name)
                if flight is None:
                    flight = self._flights[name] = Flight()
                    break  # this request leads the fetch
            yield Await(flight)
            if flight.error is None:
                return str(flight.result)
            if not isinstance(flight.error, GeneratorExit):
                raise flight.error
            # the leader was abandoned (its task cancelled): try again, maybe leading this time
        try:
            response = yield Fetch(self._token_request(scheme, request))
            assert response is not None  # a Fetch is always answered with a response
            token = self._parse_token(response)
        except BaseException as error:  # GeneratorExit included: waiters must never hang
            self._land(name, flight, error=error)
            raise
        self._land(name, flight, token=token)
        return token.value

    def _land(
        self, name: str, flight: Flight, *, token: _Token | None = None, error: BaseException | None = None
    ) -> None:
        with self._lock:
            del self._flights[name]
            if token is not None:
                self._tokens[name] = token
        flight.land(token.value if token is not None else None, error)

    def _token_request(self, scheme: Scheme, request: httpx.Request) -> httpx.Request:
        fields = {
            "grant_type": "client_credentials",
            "client_id": self._credentials.client_id or "",
            "client_secret": self._credentials.client_secret or "",
        }
        if scheme.scopes:
            fields["scope"] = scheme.scopes
        body: dict[str, Any] = {"json": fields} if scheme.token_body == "json" else {"data": fields}
        headers = {"Accept": "application/json", "User-Agent": request.headers.get("user-agent", "")}
        timeout = {key: value for key, value in request.extensions.items() if key == "timeout"}
        return httpx.Request("POST", scheme.token_url, headers=headers, extensions=timeout, **body)

    def _parse_token(self, response: httpx.Response) -> _Token:
        if not response.is_success:
            raise status_error(response)
        try:
            body = response.json()
        except ValueError:
            body = None
        value = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(value, str) or not value:
            raise APIError(f"The token response of {response.request.url.path} has no access_token")
        lifetime = _seconds(body.get("expires_in"))
        # Renew a little early, so a token does not expire between signing and arriving.
        expires_at = None if lifetime is None else self._clock() + lifetime - min(30.0, lifetime / 10)
        return _Token(value, expires_at)


def _seconds(value: object) -> float | None:
    try:
        return float(value) if isinstance(value, int | float | str) else None
    except ValueError:
        return None
