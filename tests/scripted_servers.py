"""Loopback servers that answer as a test scripts them, and the committed clients to point at them.

``Scripted`` is an ASGI app that records every request it receives (raw path, query, headers, body) and
answers with the test's ``script``. ``scripted_servers`` runs two of them on 127.0.0.1: ``api`` (the
client's base URL) and ``elsewhere`` (another port, so another origin).
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from generator.mocking import serve_on_loopback
from generator.spec.project import Project

from .conftest import REPO

PROJECT = Project(REPO)


@dataclass(frozen=True)
class Seen:
    method: str
    raw_path: bytes
    query: str
    headers: dict[str, str]
    body: bytes


Script = Callable[[Seen], Response]


@dataclass
class Scripted:
    """An ASGI app answering with ``script`` and recording every request."""

    script: Script = field(default=lambda seen: Response(status_code=204))
    seen: list[Seen] = field(default_factory=list)
    delay: float = 0.0  # seconds each answer takes (to make concurrent callers overlap)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        seen = Seen(
            request.method,
            scope["raw_path"],
            scope["query_string"].decode(),
            {k.lower(): v for k, v in request.headers.items()},
            await request.body(),
        )
        self.seen.append(seen)
        if self.delay:
            await asyncio.sleep(self.delay)
        await self.script(seen)(scope, receive, send)

    def reset(self, script: Script) -> None:
        self.script, self.seen, self.delay = script, [], 0.0


@dataclass
class Servers:
    api: Scripted
    api_url: str
    elsewhere: Scripted
    elsewhere_url: str


@contextmanager
def scripted_servers() -> Iterator[Servers]:
    api, elsewhere = Scripted(), Scripted()
    with serve_on_loopback(api) as api_url, serve_on_loopback(elsewhere) as elsewhere_url:
        yield Servers(api, api_url, elsewhere, elsewhere_url)


@contextmanager
def clients_on_path() -> Iterator[None]:
    """The committed clients importable, as ``<api>_client``."""
    dirs = [str(PROJECT.client_dir(api)) for api in PROJECT.api_names()]
    sys.path[:0] = dirs
    try:
        yield
    finally:
        for entry in dirs:
            sys.path.remove(entry)


def client_module(api: str, module: str = "") -> Any:
    return importlib.import_module(f"{api}_client{'.' + module if module else ''}")


def no_sleep_client(api: str, base_url: str, **kwargs: Any) -> Any:
    """A client of ``api`` whose retries do not wait."""
    package = client_module(api)
    clock = package.Clock(sleep=lambda seconds: None, jitter=lambda: 0.0)
    return package.Client(base_url=base_url, clock=clock, **kwargs)
