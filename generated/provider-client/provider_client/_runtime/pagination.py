"""Walking every page of a paginated operation, once each, sync and async.

Endpoint modules wrap their typed ``sync``/``asyncio`` call in a ``fetch`` function; these helpers only
decide which page comes next and when to stop. A server that ignores the page asked for answers with the
same page again: a page equal to the previous one ends the walk, so it can never loop forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

from ..types import Unset

T = TypeVar("T")
Item = TypeVar("Item")


def present(value: T | None | Unset) -> T | None:
    """``value``, with an unset field read as None."""
    return None if isinstance(value, Unset) else value


def iterate_numbered(fetch: Callable[[int], Sequence[Item]], *, first: int, size: int | None) -> Iterator[Item]:
    """Pages ``first``, ``first + 1`` ... until an empty or short page (``size``, else the first page's length)."""
    number = first
    previous: Sequence[Item] | None = None
    while True:
        items = fetch(number)
        if _repeats(items, previous):
            return
        yield from items
        if _last_numbered(items, size):
            return
        size = size or len(items)
        number += 1
        previous = items


async def aiterate_numbered(
    fetch: Callable[[int], Awaitable[Sequence[Item]]], *, first: int, size: int | None
) -> AsyncIterator[Item]:
    number = first
    previous: Sequence[Item] | None = None
    while True:
        items = await fetch(number)
        if _repeats(items, previous):
            return
        for item in items:
            yield item
        if _last_numbered(items, size):
            return
        size = size or len(items)
        number += 1
        previous = items


def iterate_offsets(
    fetch: Callable[[int], tuple[Sequence[Item], str | None]], *, first: int, parameter: str
) -> Iterator[Item]:
    """Offsets ``first`` onwards while the page names a next page; the offset comes from that link."""
    offset: int | None = first
    previous: Sequence[Item] | None = None
    while offset is not None:
        items, link = fetch(offset)
        if _repeats(items, previous):
            return
        yield from items
        offset = _next_offset(offset, items, link, parameter)
        previous = items


async def aiterate_offsets(
    fetch: Callable[[int], Awaitable[tuple[Sequence[Item], str | None]]], *, first: int, parameter: str
) -> AsyncIterator[Item]:
    offset: int | None = first
    previous: Sequence[Item] | None = None
    while offset is not None:
        items, link = await fetch(offset)
        if _repeats(items, previous):
            return
        for item in items:
            yield item
        offset = _next_offset(offset, items, link, parameter)
        previous = items


def _repeats(items: Sequence[object], previous: Sequence[object] | None) -> bool:
    return bool(items) and previous is not None and list(items) == list(previous)


def _last_numbered(items: Sequence[object], size: int | None) -> bool:
    # A page longer than the size asked for means the server ignored paging: it returned everything.
    return not items or (size is not None and len(items) != size)


def _next_offset(offset: int, items: Sequence[object], link: str | None, parameter: str) -> int | None:
    if not items or not link:
        return None
    values = parse_qs(urlsplit(link).query).get(parameter)
    following = int(values[0]) if values and values[0].isdigit() else offset + len(items)
    return following if following > offset else None  # never walk backwards or in place
