"""The life of one request: sign, send, log, retry. Written once, as a generator that ``transport`` drives."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import httpx

from .auth import Authenticator, Security
from .retries import RetryPolicy
from .transport import Flow

OPTIONS_KEY = "client_options"  # request.extensions key carrying the CallOptions of one call
REDACTED = "[redacted]"
# Header and query parameter names whose values are never logged (the spec's API key names are added).
SENSITIVE = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "api_key", "apikey"}
    | {"access_token", "refresh_token", "token", "client_secret", "password", "key"}
)


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
        sensitive: Iterable[str] = (),
        clock: Callable[[], float] = time.time,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._auth = auth
        self._defaults = defaults
        self._logger = logger
        self._sensitive = SENSITIVE | {name.lower() for name in sensitive}
        self._clock = clock
        self._jitter = jitter

    def flow(self, request: httpx.Request) -> Flow:
        options = request.extensions.get(OPTIONS_KEY, self._defaults)
        policy: RetryPolicy = options.policy
        attempt = 0
        refreshed = False
        while True:
            try:
                signed = yield from self._auth.sign(request, options.security)
                self._log_request(request, attempt)
                response = yield signed
            except httpx.TransportError as error:
                if attempt >= policy.max_retries or not policy.retries_error(request.method, error):
                    raise
                wait = policy.backoff(attempt, self._jitter())
                reason = type(error).__name__
            else:
                assert response is not None  # a send is always answered with a response
                self._log_response(request, response)
                if response.status_code == 401 and not refreshed and self._auth.refresh(options.security):
                    refreshed = True  # the cached token was rejected: fetch a new one, once
                    continue
                if attempt >= policy.max_retries or not policy.retries_status(request.method, response.status_code):
                    return response
                delay = policy.delay(attempt, response.headers, self._clock(), self._jitter())
                if delay is None:
                    return response
                wait, reason = delay, f"status {response.status_code}"
            self._logger.info("Retrying %s %s in %.2fs (%s)", request.method, request.url.path, wait, reason)
            yield wait
            attempt += 1

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
