"""Rules as small registered functions, in the style of Schemathesis checks.

A rule is a function ``(pair) -> Iterable[Args]``: it yields one mapping of message fields per finding (and may
set ``pointer``, and ``covers``: more pointers the finding explains). Registration attaches the oasdiff id and a
message template; the level follows from the id (:mod:`._policy`), so only apigen's own rules declare one.
Guard decorators (:func:`added`, :func:`removed`, :func:`modified`) narrow a
rule to pairs where only the new side, only the old side, or both exist.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._changes import Change, Level
from ._oasdiff import OasdiffLevel
from ._pairs import Pair
from ._policy import level_of, oasdiff_level

P = TypeVar("P", bound=Pair)
Args = Mapping[str, object]
Check = Callable[[P], Iterable[Args]]


@dataclass(frozen=True)
class Rule(Generic[P]):
    id: str
    level: Level
    oasdiff: OasdiffLevel | None  # None: apigen's own rule, oasdiff has no such check
    message: str
    check: Check[P]

    def apply(self, pair: P) -> Iterator[Change]:
        for args in self.check(pair):
            fields = {**pair.fields(), **args}
            pointer = str(fields.get("pointer", pair.pointer))
            operation = str(fields.get("operation", pair.operation))
            covers = (pointer, *_pointers(fields.get("covers")))
            yield Change(self.id, self.level, operation, pointer, self.message.format_map(fields), covers)


def _pointers(value: object) -> tuple[str, ...]:
    return tuple(str(item) for item in value) if isinstance(value, list | tuple) else ()


class Registry(Generic[P]):
    """The rules of one scope (endpoints, parameters ...), in registration order."""

    def __init__(self) -> None:
        self.rules: list[Rule[P]] = []

    def rule(self, id: str, message: str, *, own: Level | None = None) -> Callable[[Check[P]], Check[P]]:
        """Register a check under ``id``; ``own`` is the level of a rule oasdiff does not have."""

        def register(check: Check[P]) -> Check[P]:
            self.rules.append(Rule(id, level_of(id, own), oasdiff_level(id), message, check))
            return check

        return register

    def run(self, pairs: Iterable[P]) -> Iterator[Change]:
        for pair in pairs:
            if pair.unchanged:
                continue
            for rule in self.rules:
                yield from rule.apply(pair)


def _guard(condition: Callable[[Pair], bool]) -> Callable[[Check[P]], Check[P]]:
    def decorate(check: Check[P]) -> Check[P]:
        @functools.wraps(check)
        def guarded(pair: P) -> Iterable[Args]:
            return check(pair) if condition(pair) else ()

        return guarded

    return decorate


def added(check: Check[P]) -> Check[P]:
    """Run only when the thing exists in the new spec and not in the old one."""
    return _guard(lambda pair: pair.old is None and pair.new is not None)(check)


def removed(check: Check[P]) -> Check[P]:
    """Run only when the thing existed in the old spec and is gone from the new one."""
    return _guard(lambda pair: pair.old is not None and pair.new is None)(check)


def modified(check: Check[P]) -> Check[P]:
    """Run only when the thing exists in both specs."""
    return _guard(lambda pair: pair.old is not None and pair.new is not None)(check)
