"""Pages of a paginated operation, one at a time (:class:`Page`) or as one stream of items, sync and async.

Endpoint modules describe an operation's paging as a :class:`Source`: how to fetch the page at a cursor
(a page number or an offset), read its items, and which cursor comes next (:class:`Numbered`,
:class:`Offsets`). A server that ignores the page asked for answers with the same page again: a page
equal to the previous one ends the walk, so it can never loop forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from ..types import Unset

T = TypeVar("T")
P = TypeVar("P")  # the operation's parsed page
Item = TypeVar("Item")
# What a page says of the next one: its link (``Offsets``), or a flag or total count (``Continued``).
Signal = str | bool | int | None


def present(value: T | None | Unset) -> T | None:
    """``value``, with an unset field read as None."""
    return None if isinstance(value, Unset) else value


class Numbered:
    """Page numbers: one more each time, while pages come back full (``size`` items, else the first page's count).

    One instance per walk: it learns the page size from the first page when the caller did not set one.
    """

    def __init__(self, size: int | None) -> None:
        self._size = size

    def following(self, at: int, items: Sequence[object], link: Signal) -> int | None:
        # A page longer than the size asked for means the server ignored paging: it returned everything.
        if not items or (self._size is not None and len(items) != self._size):
            return None
        self._size = self._size or len(items)
        return at + 1


@dataclass(frozen=True)
class Offsets:
    """Offsets: the next one is read from the page's ``next`` link (``parameter`` in its query string)."""

    parameter: str

    def following(self, at: int, items: Sequence[object], link: Signal) -> int | None:
        if not items or not isinstance(link, str) or not link:
            return None
        values = parse_qs(urlsplit(link).query).get(self.parameter)
        following = int(values[0]) if values and values[0].isdigit() else at + len(items)
        return following if following > at else None  # never walk backwards or in place


@dataclass(frozen=True)
class Continued:
    """Offsets without a next link: the next page starts after this one's items while the page says more follow,
    by a flag (PagerDuty's ``more``) or by a total count of items not reached yet (Box's ``total_count``)."""

    def following(self, at: int, items: Sequence[object], signal: Signal) -> int | None:
        following = at + len(items)
        if not items or signal is None or signal is False:
            return None
        if signal is True:
            return following
        return following if isinstance(signal, int) and following < signal else None


def _no_link(page: object) -> Signal:
    return None


@dataclass(frozen=True)
class Source(Generic[P, Item]):
    """How to fetch an operation's page at a cursor, read its items and find the next cursor."""

    fetch: Callable[[int], P]
    items: Callable[[P], list[Item]]
    rule: Numbered | Offsets | Continued
    link: Callable[[P], Signal] = _no_link


@dataclass(frozen=True)
class AsyncSource(Generic[P, Item]):
    """The async twin of :class:`Source`: ``fetch`` is a coroutine function."""

    fetch: Callable[[int], Awaitable[P]]
    items: Callable[[P], list[Item]]
    rule: Numbered | Offsets | Continued
    link: Callable[[P], Signal] = _no_link


class _PageBase(Generic[P, Item]):
    def __init__(self, at: int, page: P, items: list[Item], following: int | None) -> None:
        self.at = at
        self.page = page
        self.items = items
        self._following = following

    def has_next_page(self) -> bool:
        """Whether this page names a next one (which may still turn out empty: then ``next_page`` is None)."""
        return self._following is not None

    def _continues(self, following: _PageBase[P, Item]) -> bool:
        """Whether ``following`` is a new page, not an empty one or this page again."""
        return bool(following.items) and following.items != self.items

    def __repr__(self) -> str:
        return f"<{type(self).__name__} at={self.at} items={len(self.items)} has_next_page={self.has_next_page()}>"


class Page(_PageBase[P, Item]):
    """One page: ``page`` is the parsed body (``sync``'s value), ``items`` its items, ``at`` its page number or offset.

    Iterating a page yields its items and then those of every following page, fetched as needed.
    """

    def __init__(self, source: Source[P, Item], at: int, page: P) -> None:
        items = source.items(page)
        super().__init__(at, page, items, source.rule.following(at, items, source.link(page)))
        self._source = source

    @classmethod
    def first(cls, source: Source[P, Item], at: int) -> Page[P, Item]:
        return cls(source, at, source.fetch(at))

    def next_page(self) -> Page[P, Item] | None:
        """The next page, fetched now; None at the end (no next page named, or it is empty or this one again)."""
        if self._following is None:
            return None
        following = Page.first(self._source, self._following)
        return following if self._continues(following) else None

    def iter_pages(self) -> Iterator[Page[P, Item]]:
        """This page and every following one."""
        page: Page[P, Item] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[Item]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[P, Item]):
    """The async twin of :class:`Page`: ``await page.next_page()``, ``async for`` over pages or items."""

    def __init__(self, source: AsyncSource[P, Item], at: int, page: P) -> None:
        items = source.items(page)
        super().__init__(at, page, items, source.rule.following(at, items, source.link(page)))
        self._source = source

    @classmethod
    async def first(cls, source: AsyncSource[P, Item], at: int) -> AsyncPage[P, Item]:
        return cls(source, at, await source.fetch(at))

    async def next_page(self) -> AsyncPage[P, Item] | None:
        if self._following is None:
            return None
        following = await AsyncPage.first(self._source, self._following)
        return following if self._continues(following) else None

    async def iter_pages(self) -> AsyncIterator[AsyncPage[P, Item]]:
        page: AsyncPage[P, Item] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[Item]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


def iterate_items(source: Source[P, Item], at: int) -> Iterator[Item]:
    """Every item from the page at ``at`` on; nothing is fetched before the first item is asked for."""
    yield from Page.first(source, at)


async def aiterate_items(source: AsyncSource[P, Item], at: int) -> AsyncIterator[Item]:
    async for item in await AsyncPage.first(source, at):
        yield item
