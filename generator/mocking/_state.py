"""In-memory state of a running mock: resources by path, deleted paths, issued OAuth tokens.

Everything is bounded (least recently used entries are dropped), so a long fuzzing run cannot grow the
process without limit.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

DEFAULT_CAPACITY = 10_000


class LruStore(Generic[K, V]):
    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def pop(self, key: K) -> V | None:
        return self._items.pop(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def values_where(self, keep: Callable[[K], bool]) -> list[V]:
        """Values whose key passes ``keep``, oldest first (a read does not refresh recency)."""
        return [value for key, value in self._items.items() if keep(key)]

    def __len__(self) -> int:
        return len(self._items)


ResourceKey = tuple[str, tuple[str, ...]]  # (item path template, path parameter values)


class MockState:
    """Created resources, tombstones of deleted ones and issued tokens."""

    def __init__(self, seed: int, capacity: int = DEFAULT_CAPACITY) -> None:
        self.resources: LruStore[ResourceKey, object] = LruStore(capacity)
        self.deleted: LruStore[ResourceKey, bool] = LruStore(capacity)
        self.tokens: LruStore[str, bool] = LruStore(capacity)
        self._seed = seed
        self._issued = 0
        self._counters: dict[str, int] = {}

    def issue_token(self) -> str:
        self._issued += 1
        digest = hashlib.sha256(f"apigen-mock:{self._seed}:{self._issued}".encode()).hexdigest()
        token = f"mock-oauth-{digest[:32]}"
        self.tokens.put(token, True)
        return token

    def next_number(self, scope: str) -> int:
        """1, 2, 3 ... per ``scope``: ids of created resources."""
        self._counters[scope] = self._counters.get(scope, 0) + 1
        return self._counters[scope]
