"""The life of one request: sign, send, log, retry. Written once, as a generator that ``transport`` drives.

Credentials go only to the API's own origin (scheme, host and port of ``base_url``): a request elsewhere,
such as a redirect to another host, is sent unsigned and without the headers that may hold a secret.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeAlias

import httpx

from .auth import Authenticator, Security
from .retries import RetryPolicy
from .transport import Action, Fetch, Flow

OPTIONS_KEY = "client_options"  # request.extensions key carrying the CallOptions of one call
REDACTED = "[redacted]"
RETRY_COUNT = "x-retry-count"  # sent on retried requests: how many attempts came before this one
RETRIES_TAKEN = "retries_taken"  # response.extensions key: how many times the request was retried
# Methods whose repetition may do the work twice: each call carries one idempotency key for all its attempts.
KEYED_METHODS = frozenset({"POST", "PATCH"})
# Header and query parameter names whose values are never logged (the spec's API key names are added).
SENSITIVE = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "api_key", "apikey"}
    | {"access_token", "refresh_token", "token", "client_secret", "password", "key"}
)


Origin: TypeAlias = tuple[str, str, int | None]
Step: TypeAlias = Generator[Action, httpx.Response | None, httpx.Response]


def origin_of(url: httpx.URL) -> Origin:
    """Scheme, host and port, the port made explicit: where credentials may be sent."""
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, port


@dataclass(frozen=True)
class CallOptions:
    """Per-call settings, carried to the transport in ``request.extensions[OPTIONS_KEY]``."""

    policy: RetryPolicy
    security: Security


class Pipeline:
    """Signs each attempt, sends it, logs it (redacted) and retries it according to the call's policy."""

    def __init__(
        self,
        auth: Authenticator,
        defaults: CallOptions,
        logger: logging.Logger,
        *,
        origin: httpx.URL,
        sensitive: Iterable[str] = (),
        clock: Callable[[], float] = time.time,
        jitter: Callable[[], float] = random.random,
        idempotency_header: str = "Idempotency-Key",
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self._auth = auth
        self._defaults = defaults
        self._logger = logger
        self._origin = origin_of(origin)
        self._sensitive = SENSITIVE | {name.lower() for name in sensitive}
        self._clock = clock
        self._jitter = jitter
        self._idempotency_header = idempotency_header
        self._new_key = new_key

    def flow(self, request: httpx.Request) -> Flow:
        options: CallOptions = request.extensions.get(OPTIONS_KEY, self._defaults)
        trusted = origin_of(request.url) == self._origin
        if not trusted:
            request = self._without_secrets(request)
        request = self._keyed(request, options.policy)
        attempt = 0
        refreshed = False
        while True:
            numbered = _numbered(request, attempt)
            signed = (yield from self._signed(numbered, options)) if trusted else numbered
            self._log_request(numbered, attempt)
            try:
                response = yield signed
            except httpx.TransportError as error:
                retry = self._retry(options.policy, request.method, attempt, error)
                if retry is None:
                    raise
            else:
                assert response is not None  # a send is always answered with a response
                self._log_response(request, response)
                if response.status_code == 401 and not refreshed and self._auth.refresh(options.security, signed):
                    refreshed = True  # the token was rejected: fetch a new one, once
                    continue
                retry = self._retry(options.policy, request.method, attempt, response)
                if retry is None:
                    response.extensions[RETRIES_TAKEN] = attempt + int(refreshed)
                    return response
            self._logger.info("Retrying %s %s in %.2fs (%s)", request.method, request.url.path, *retry)
            yield retry[0]
            attempt += 1

    def _signed(
        self, request: httpx.Request, options: CallOptions
    ) -> Generator[Action, httpx.Response | None, httpx.Request]:
        """Drive the authenticator's signing; its token requests are retried like any call."""
        signing = self._auth.sign(request, options.security)
        reply: httpx.Response | None = None
        error: httpx.TransportError | None = None
        while True:
            try:
                action = signing.send(reply) if error is None else signing.throw(error)
            except StopIteration as done:
                signed: httpx.Request = done.value
                return signed
            reply, error = None, None
            if not isinstance(action, Fetch):
                reply = yield action
                continue
            try:
                reply = yield from self._fetch(action, options.policy)
            except httpx.TransportError as exc:
                error = exc

    def _fetch(self, fetch: Fetch, policy: RetryPolicy) -> Step:
        """A token request with retries: fetching a token changes nothing, so it is safe to repeat."""
        attempt = 0
        while True:
            try:
                response = yield fetch
            except httpx.TransportError as error:
                retry = self._retry(policy, fetch.request.method, attempt, error, repeatable=True)
                if retry is None:
                    raise
            else:
                assert response is not None
                retry = self._retry(policy, fetch.request.method, attempt, response, repeatable=True)
                if retry is None:
                    return response
            self._logger.info("Retrying the token request in %.2fs (%s)", *retry)
            yield retry[0]
            attempt += 1

    def _retry(
        self,
        policy: RetryPolicy,
        method: str,
        attempt: int,
        outcome: httpx.Response | httpx.TransportError,
        *,
        repeatable: bool = False,
    ) -> tuple[float, str] | None:
        """Seconds to wait and why, when ``outcome`` of attempt ``attempt`` deserves another try; else None."""
        if attempt >= policy.max_retries:
            return None
        if isinstance(outcome, httpx.TransportError):
            if not policy.retries_error(method, outcome, repeatable=repeatable):
                return None
            return policy.backoff(attempt, self._jitter()), type(outcome).__name__
        if outcome.is_success or not policy.retries_response(method, outcome, repeatable=repeatable):
            return None
        delay = policy.delay(attempt, outcome.headers, self._clock(), self._jitter())
        return None if delay is None else (delay, f"status {outcome.status_code}")

    def _keyed(self, request: httpx.Request, policy: RetryPolicy) -> httpx.Request:
        """A POST or PATCH that may be sent again carries one idempotency key, the same on every attempt, so
        the server can tell a retry from a second order. A key the caller set is kept."""
        may_resend = policy.max_retries > 0 and policy.retry_non_idempotent
        header = self._idempotency_header
        if request.method.upper() not in KEYED_METHODS or not may_resend or header in request.headers:
            return request
        headers = request.headers.copy()
        headers[header] = self._new_key()
        return httpx.Request(
            request.method, request.url, headers=headers, stream=request.stream, extensions=request.extensions
        )

    def _without_secrets(self, request: httpx.Request) -> httpx.Request:
        headers = [
            (name, value) for name, value in request.headers.multi_items() if name.lower() not in self._sensitive
        ]
        return httpx.Request(
            request.method, request.url, headers=headers, stream=request.stream, extensions=request.extensions
        )

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "Request: %s %s (attempt %d) headers=%s",
                request.method,
                self.redact_url(request.url),
                attempt + 1,
                self.redact_headers(request.headers),
            )

    def _log_response(self, request: httpx.Request, response: httpx.Response) -> None:
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "Response: %s %s -> %d headers=%s",
                request.method,
                self.redact_url(request.url),
                response.status_code,
                self.redact_headers(response.headers),
            )

    def redact_headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        return {name: REDACTED if name.lower() in self._sensitive else value for name, value in headers.items()}

    def redact_url(self, url: httpx.URL) -> str:
        params = [
            (name, REDACTED if name.lower() in self._sensitive else value) for name, value in url.params.multi_items()
        ]
        return str(url.copy_with(params=params)) if params else str(url)


def _numbered(request: httpx.Request, attempt: int) -> httpx.Request:
    """``request`` itself on the first attempt; a copy telling the server how many attempts came before."""
    if not attempt:
        return request
    headers = request.headers.copy()
    headers[RETRY_COUNT] = str(attempt)
    return httpx.Request(
        request.method, request.url, headers=headers, stream=request.stream, extensions=request.extensions
    )
