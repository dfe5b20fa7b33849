"""Streamed responses, item by item: server-sent events, JSON Lines, NDJSON and JSON text sequences.

An operation whose success response is such a stream has ``stream()`` / ``astream()``: they return a
:class:`Stream` (:class:`AsyncStream`), a context manager and an iterator of the item schema's models, each
yielded as soon as it arrives. Leaving the ``with`` block, or breaking out of the loop, closes the connection.

Server-sent events are read as the WHATWG HTML standard says ("event stream interpretation"): ``event``,
``data`` (several lines joined with "\\n"), ``id``, ``retry``, comments (lines starting with ":") skipped, a
blank line dispatches the event. A ``[DONE]`` data line, the convention of AI vendors, ends the stream. The raw
events stay reachable (:meth:`Stream.events`). An item that breaks its schema raises
``APIResponseValidationError`` whose pointer starts with the item's position (``/3/choices/0`` is item 3).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ..errors import APIConnectionError, APIError, APIResponseValidationError, APITimeoutError, status_error
from .bodies import locate
from .responses import retries_taken

T = TypeVar("T")
DONE = "[DONE]"


@dataclass(frozen=True)
class ServerSentEvent:
    """One dispatched event; ``event`` is None when the server named no type (the standard's "message")."""

    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        return json.loads(self.data)


class EventReader:
    """Lines in, events out, one line at a time (the standard's parsing state)."""

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data:
            self._event = None
            return None
        event = ServerSentEvent("\n".join(self._data), self._event, self._id, self._retry)
        self._data, self._event, self._retry = [], None, None  # the last event id persists, as the standard says
        return event


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text  # an item schema of type string: the data as sent


def _event_item(event: ServerSentEvent, event_shaped: bool) -> Any:
    if not event_shaped:
        return _value(event.data)
    fields = {"event": event.event, "id": event.id, "retry": event.retry}
    return {"data": event.data, **{name: value for name, value in fields.items() if value is not None}}


class _Items(Generic[T]):
    """What both stream classes share: the response, the item type and how to read one item."""

    def __init__(
        self, response: httpx.Response, parse: Callable[[Any], T], media_type: str, event_shaped: bool
    ) -> None:
        self.http_response = response
        self.retries_taken = retries_taken(response)
        self._parse = parse
        self._media_type = media_type.split(";", 1)[0].strip().lower()
        self._event_shaped = event_shaped
        self._position = 0

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def is_events(self) -> bool:
        return self._media_type == "text/event-stream"

    def _item(self, raw: Any) -> T:
        self._position += 1
        try:
            return self._parse(raw)
        except APIError:
            raise
        except Exception as error:
            pointer, reason = locate(error)
            raise APIResponseValidationError(
                self.http_response, f"/{self._position}{pointer}", f"item {self._position}: {reason}"
            ) from error

    def _record_values(self, line: str) -> list[Any]:
        """The items of one line of a JSON Lines / NDJSON / json-seq body (a json-seq record starts with 0x1E)."""
        records = line.split("\x1e") if self._media_type == "application/json-seq" else [line]
        return [_value(record.strip()) for record in records if record.strip()]


class Stream(_Items[T]):
    """A streamed response being received: iterate it for items, or :meth:`events` for the raw events."""

    def __iter__(self) -> Iterator[T]:
        try:
            if self.is_events:
                for event in self.events():
                    yield self._item(_event_item(event, self._event_shaped))
            else:
                for line in self._lines():
                    for value in self._record_values(line):
                        yield self._item(value)
        finally:
            self.close()

    def events(self) -> Iterator[ServerSentEvent]:
        """The raw server-sent events, up to ``[DONE]`` (not included)."""
        reader = EventReader()
        for line in itertools.chain(self._lines(), [""]):  # a last event the server did not end with a blank line
            event = reader.feed(line)
            if event is not None:
                if event.data == DONE:
                    return
                yield event

    def _lines(self) -> Iterator[str]:
        try:
            yield from self.http_response.iter_lines()
        except httpx.TimeoutException as exc:
            raise APITimeoutError(self.http_response.request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(self.http_response.request) from exc

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(_Items[T]):
    """The async twin of :class:`Stream`."""

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            if self.is_events:
                async for event in self.events():
                    yield self._item(_event_item(event, self._event_shaped))
            else:
                async for line in self._lines():
                    for value in self._record_values(line):
                        yield self._item(value)
        finally:
            await self.aclose()

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        reader = EventReader()
        async for line in self._lines():
            event = reader.feed(line)
            if event is not None:
                if event.data == DONE:
                    return
                yield event
        event = reader.feed("")
        if event is not None and event.data != DONE:
            yield event

    async def _lines(self) -> AsyncIterator[str]:
        try:
            async for line in self.http_response.aiter_lines():
                yield line
        except httpx.TimeoutException as exc:
            raise APITimeoutError(self.http_response.request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(self.http_response.request) from exc

    async def aclose(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def open_stream(
    response: httpx.Response,
    parse_error: Callable[[], object],
    parse_item: Callable[[Any], T],
    media_type: str,
    *,
    event_shaped: bool = False,
) -> Stream[T]:
    """``response`` (sent with ``stream=True``) as a :class:`Stream`; an error status is read and raised as
    its ``APIStatusError``, typed by ``parse_error``."""
    if not response.is_success:
        try:
            response.read()
            raise status_error(response, parse_error)
        finally:
            response.close()
    return Stream(response, parse_item, response.headers.get("content-type") or media_type, event_shaped)


async def aopen_stream(
    response: httpx.Response,
    parse_error: Callable[[], object],
    parse_item: Callable[[Any], T],
    media_type: str,
    *,
    event_shaped: bool = False,
) -> AsyncStream[T]:
    """The async twin of :func:`open_stream`."""
    if not response.is_success:
        try:
            await response.aread()
            raise status_error(response, parse_error)
        finally:
            await response.aclose()
    return AsyncStream(response, parse_item, response.headers.get("content-type") or media_type, event_shaped)
