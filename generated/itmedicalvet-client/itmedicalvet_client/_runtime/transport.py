"""httpx transports that drive a request flow (see ``pipeline``): one sync, one async, same behaviour.

A flow is a generator, as in ``httpx.Auth.auth_flow``. It yields what it wants done next:

- an ``httpx.Request``: send it and give me the response (its body still streaming);
- a :class:`Fetch`: send its request and give me the response with the body read (token requests);
- an :class:`Await`: wait until another request's :class:`Flight` (a token fetch) has landed;
- a ``float``: sleep that many seconds.

A transport error raised by the send is thrown into the flow, and the value the flow returns is the
response handed to httpx. A response the flow moves on from is closed here, so connections are released.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import TypeAlias, cast

import httpx


@dataclass(frozen=True)
class Fetch:
    """Send ``request`` and read its whole body before handing the response back."""

    request: httpx.Request


class Flight:
    """Work in progress (a token fetch) that other requests wait for, from threads or event loops alike.

    A ``threading.Lock`` cannot be held across an ``await`` without blocking the loop, so waiters park on
    an event (threads) or a future of their own loop, and :meth:`land` wakes them all.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._landed = threading.Event()
        self._futures: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self.result: object = None
        self.error: BaseException | None = None

    def land(self, result: object = None, error: BaseException | None = None) -> None:
        with self._lock:
            self.result, self.error = result, error
            self._landed.set()
            futures, self._futures = self._futures, []
        for loop, future in futures:
            loop.call_soon_threadsafe(_resolve, future)

    def wait(self) -> None:
        self._landed.wait()

    async def wait_async(self) -> None:
        with self._lock:
            if self._landed.is_set():
                return
            loop = asyncio.get_running_loop()
            future: asyncio.Future[None] = loop.create_future()
            self._futures.append((loop, future))
        await future


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


@dataclass(frozen=True)
class Await:
    """Wait until ``flight`` has landed; the flow is then resumed with None."""

    flight: Flight


Action: TypeAlias = httpx.Request | Fetch | Await | float
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
        try:
            return self._drive(flow)
        finally:
            flow.close()  # an abandoned flow still runs its cleanup (e.g. lands a token flight)

    def _drive(self, flow: Flow) -> httpx.Response:
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
            if isinstance(action, Await):
                action.flight.wait()
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
        try:
            return await self._drive(flow)
        finally:
            flow.close()  # a cancelled task's flow still runs its cleanup (e.g. lands a token flight)

    async def _drive(self, flow: Flow) -> httpx.Response:
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
            if isinstance(action, Await):
                await action.flight.wait_async()
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
