"""When to retry a request, and how long to wait first."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 409, 429})  # 409: a lock or concurrent update, usually gone on retry
SHOULD_RETRY = "x-should-retry"  # the server's own verdict, "true" or "false", overrides ours
# Raised before any byte of the request left this machine: safe to repeat even a POST.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout)
# Transient failures worth repeating for idempotent methods (not e.g. UnsupportedProtocol).
TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries connection errors, 408, 409, 429 and 5xx with exponential backoff and jitter.

    POST and PATCH are retried only when the connection failed before the request was sent, unless
    ``retry_non_idempotent`` is set. A response header ``x-should-retry: true`` or ``false`` overrides
    the status and the method: the server knows best whether repeating is safe. A ``Retry-After`` header is obeyed; one asking for more than
    ``max_retry_after`` seconds ends the retries (the error is raised rather than blocking for minutes).
    """

    max_retries: int = 2
    retry_non_idempotent: bool = False
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def retries_error(self, method: str, error: Exception, *, repeatable: bool = False) -> bool:
        """Whether to retry after ``error``; ``repeatable`` marks a request safe to repeat whatever its method."""
        if isinstance(error, NOT_SENT_ERRORS):
            return True
        return isinstance(error, TRANSIENT_ERRORS) and (repeatable or self._may_repeat(method))

    def retries_response(self, method: str, response: httpx.Response, *, repeatable: bool = False) -> bool:
        verdict = str(response.headers.get(SHOULD_RETRY, "")).strip().lower()
        if verdict in ("true", "false"):
            return verdict == "true"
        status = response.status_code
        return (status in RETRY_STATUSES or status >= 500) and (repeatable or self._may_repeat(method))

    def backoff(self, attempt: int, jitter: float) -> float:
        """``initial_delay * 2**attempt`` capped at ``max_delay``, minus up to a quarter (``jitter`` in [0, 1))."""
        return min(self.initial_delay * 2.0**attempt, self.max_delay) * (1 - 0.25 * jitter)

    def delay(self, attempt: int, headers: Mapping[str, str], now: float, jitter: float) -> float | None:
        """Seconds to wait before retrying a response; None when its ``Retry-After`` is beyond our patience."""
        asked = retry_after(headers, now)
        if asked is None:
            return self.backoff(attempt, jitter)
        return asked if asked <= self.max_retry_after else None

    def _may_repeat(self, method: str) -> bool:
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS


def retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds asked for by ``retry-after-ms`` or ``Retry-After`` (delay-seconds or an HTTP-date), if any."""
    if milliseconds := _number(headers.get("retry-after-ms")):
        return max(0.0, milliseconds / 1000)
    value = headers.get("retry-after")
    if not value:
        return None
    seconds = _number(value)
    if seconds is not None:
        return max(0.0, seconds)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
