"""What a diff finds: one :class:`Change` per difference, with a :class:`Level` that maps to a semver :class:`Bump`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    """How a change affects users of the generated client (oasdiff: ERR and WARN -> breaking, INFO -> the rest)."""

    BREAKING = "breaking"  # existing callers or parsed responses may fail: major bump
    NON_BREAKING = "non-breaking"  # a compatible feature or widening: minor bump
    INFO = "info"  # documentation only: patch bump


class Bump(StrEnum):
    MAJOR = "major"
    MINOR = "minor"
    PATCH = "patch"
    NONE = "none"

    @property
    def rank(self) -> int:
        return _BUMP_ORDER.index(self)


_BUMP_ORDER = (Bump.NONE, Bump.PATCH, Bump.MINOR, Bump.MAJOR)
_LEVEL_ORDER = (Level.BREAKING, Level.NON_BREAKING, Level.INFO)
LEVEL_BUMP = {Level.BREAKING: Bump.MAJOR, Level.NON_BREAKING: Bump.MINOR, Level.INFO: Bump.PATCH}


@dataclass(frozen=True)
class Change:
    """One classified difference between two versions of a spec.

    ``operation`` is ``"GET /pets/{id}"`` or ``""`` for document-level changes; ``pointer`` is a JSON pointer into
    the new spec, or into the old one for things that were removed.
    """

    id: str
    level: Level
    operation: str
    pointer: str
    message: str
    covers: tuple[str, ...] = field(default=(), compare=False, repr=False)  # pointers of the differences it explains

    @property
    def sort_key(self) -> tuple[int, str, str, str, str]:
        return (_LEVEL_ORDER.index(self.level), self.operation, self.id, self.pointer, self.message)

    def as_dict(self) -> dict[str, str]:
        return {
            "id": self.id,
            "level": str(self.level),
            "operation": self.operation,
            "pointer": self.pointer,
            "message": self.message,
        }


def required_bump(changes: list[Change]) -> Bump:
    """The smallest semver bump that ``changes`` allow: major for any breaking change, and so on."""
    return max((LEVEL_BUMP[c.level] for c in changes), key=lambda bump: bump.rank, default=Bump.NONE)
