"""What ``sync_raw``/``asyncio_raw`` return: the HTTP exchange of one call, with its parsed value on demand."""

from __future__ import annotations

import datetime
import time
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar, cast

import httpx

from .pipeline import RETRIES_TAKEN

T = TypeVar("T")
_UNPARSED = object()


class RawResponse(Generic[T]):
    """One call's response, whatever its status, beside what the call cost.

    Attributes:
        http_response: the ``httpx.Response``, its body read.
        request: the ``httpx.Request`` the call built. Credentials go on a copy of it, so none appear here.
        elapsed: wall time of the whole call: every attempt, the waits between them, reading the body.
        retries_taken: how many times the request was retried before this response (0: the first attempt).
    """

    def __init__(self, response: httpx.Response, elapsed: float, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self.request = response.request
        self.elapsed = datetime.timedelta(seconds=elapsed)
        self.retries_taken = retries_taken(response)
        self._parse = parse
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """What ``sync`` returns for this response (parsed once), raising what ``sync`` raises for it:
        ``APIStatusError`` for an error status, ``APIResponseValidationError`` for an unexpected body."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse(self.http_response)
        return cast(T, self._parsed)  # set from self._parse

    def __repr__(self) -> str:
        request = self.request
        return f"<RawResponse {request.method} {request.url.path} -> {self.status_code}>"


def retries_taken(response: httpx.Response) -> int:
    """How many retries the client's pipeline made before ``response`` (0 when it did not send it)."""
    taken = response.extensions.get(RETRIES_TAKEN, 0)
    return taken if isinstance(taken, int) else 0


def send_raw(send: Callable[[], httpx.Response], parse: Callable[[httpx.Response], T]) -> RawResponse[T]:
    """``send()`` timed, as a :class:`RawResponse` whose ``parse()`` is ``parse``."""
    started = time.perf_counter()
    response = send()
    return RawResponse(response, time.perf_counter() - started, parse)


async def asend_raw(
    send: Callable[[], Awaitable[httpx.Response]], parse: Callable[[httpx.Response], T]
) -> RawResponse[T]:
    """The async twin of :func:`send_raw`."""
    started = time.perf_counter()
    response = await send()
    return RawResponse(response, time.perf_counter() - started, parse)
