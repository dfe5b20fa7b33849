"""httpx transports that drive a request flow (see ``pipeline``): one sync, one async, same behaviour.

A flow is a generator, as in ``httpx.Auth.auth_flow``. It yields what it wants done next:

- an ``httpx.Request``: send it and give me the response (its body still streaming);
- a :class:`Fetch`: send its request and give me the response with the body read (token requests);
- a ``float``: sleep that many seconds.

A transport error raised by the send is thrown into the flow, and the value the flow returns is the
response handed to httpx. A response the flow moves on from is closed here, so connections are released.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import TypeAlias, cast

import httpx


@dataclass(frozen=True)
class Fetch:
    """Send ``request`` and read its whole body before handing the response back."""

    request: httpx.Request


Action: TypeAlias = httpx.Request | Fetch | float
Flow: TypeAlias = Generator[Action, httpx.Response | None, httpx.Response]
FlowFactory: TypeAlias = Callable[[httpx.Request], Flow]


class Transport(httpx.BaseTransport):
    """Runs each request's flow over ``inner`` (normally ``httpx.HTTPTransport``)."""

    def __init__(self, inner: httpx.BaseTransport, flow: FlowFactory, sleep: Callable[[float], None] = time.sleep):
        self._inner = inner
        self._flow = flow
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        flow = self._flow(request)
        reply: httpx.Response | None = None
        error: httpx.TransportError | None = None
        pending: httpx.Response | None = None
        while True:
            try:
                action = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration as done:
                return cast(httpx.Response, done.value)
            if pending is not None:
                pending.close()
            reply = pending = None
            error = None
            if isinstance(action, float):
                self._sleep(action)
                continue
            try:
                if isinstance(action, Fetch):
                    reply = self._inner.handle_request(action.request)
                    reply.request = action.request
                    reply.read()
                else:
                    reply = pending = self._inner.handle_request(action)
            except httpx.TransportError as exc:
                error = exc

    def close(self) -> None:
        self._inner.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`Transport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        flow: FlowFactory,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ):
        self._inner = inner
        self._flow = flow
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        flow = self._flow(request)
        reply: httpx.Response | None = None
        error: httpx.TransportError | None = None
        pending: httpx.Response | None = None
        while True:
            try:
                action = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration as done:
                return cast(httpx.Response, done.value)
            if pending is not None:
                await pending.aclose()
            reply = pending = None
            error = None
            if isinstance(action, float):
                await self._sleep(action)
                continue
            try:
                if isinstance(action, Fetch):
                    reply = await self._inner.handle_async_request(action.request)
                    reply.request = action.request
                    await reply.aread()
                else:
                    reply = pending = await self._inner.handle_async_request(action)
            except httpx.TransportError as exc:
                error = exc

    async def aclose(self) -> None:
        await self._inner.aclose()
