"""Fetch a vendor's doc page politely: conditional GET (ETag / If-Modified-Since), a timeout, a few retries."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from ..errors import FetchError

# Worth trying again: the server is busy or briefly broken. Anything else (404, 403 ...) will not heal in seconds.
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Validators:
    """What the server said identifies the copy we hold; sent back so an unchanged page costs a 304."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class Page:
    html: str | None  # None: 304, the copy we hold is current
    validators: Validators
    plain: bool = False  # served as text/plain, not HTML


def fetch(
    url: str,
    known: Validators,
    *,
    timeout: float = 20.0,
    retries: int = 2,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Page:
    """GET ``url``; raises :class:`FetchError` (one line: URL and reason) when no attempt got the page."""
    shown = shown_url(url)
    if not url.startswith(("http://", "https://")):
        raise FetchError(f"{shown}: not an http(s) URL")
    headers = {"Accept": "text/html, text/plain;q=0.9", **known.headers()}
    reason = ""
    with httpx.Client(timeout=timeout, follow_redirects=True, transport=transport) as client:
        for attempt in range(retries + 1):
            if attempt:
                sleep(min(0.5 * 2 ** (attempt - 1), 5.0))
            try:
                response = client.get(url, headers=headers)
            except httpx.HTTPError as exc:
                reason = _describe(exc)
                continue
            if response.status_code == 304:
                return Page(None, known)
            if response.status_code in _RETRY_STATUSES:
                reason = f"HTTP {response.status_code}"
                continue
            if response.is_error:
                raise FetchError(f"{shown}: HTTP {response.status_code} {response.reason_phrase}")
            validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
            plain = response.headers.get("Content-Type", "").startswith("text/plain")
            return Page(response.text, validators, plain)
    tries = f"{retries + 1} attempt{'s' if retries else ''}"
    raise FetchError(f"{shown}: {reason} ({tries}, timeout {timeout:g}s)")


def _describe(exc: httpx.HTTPError) -> str:
    kind = {
        httpx.ConnectError: "cannot connect",
        httpx.TimeoutException: "timed out",
    }
    for cls, words in kind.items():
        if isinstance(exc, cls):
            return words
    return type(exc).__name__


def shown_url(url: str) -> str:
    """The URL without user info or query: a token put there must not reach a message or a CI log."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return "<invalid URL>"
    return str(parsed.copy_with(userinfo=b"", query=None, fragment=None))
