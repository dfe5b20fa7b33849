"""An API's version (``info.version``): written as semver, ordered as PEP 440 orders the client wheels it becomes.

:data:`SEMVER` is the one spelling apigen accepts for a release: ``MAJOR.MINOR.PATCH``, then an optional
``-suffix`` and ``+build`` (SemVer 2.0's syntax). :class:`Version` orders versions by ``packaging.version``
(PEP 440), the rules pip applies to the published client, whose version is ``info.version`` read by PEP 440:

- a suffix is a pre-release (``-a.1``/``-alpha.1``, ``-b.2``/``-beta.2``, ``-rc.3``), a development release
  (``-dev.4``) or a post-release (``-post.5``); its number is compared as a number (``rc.2`` < ``rc.10``);
- ``1.0.0-dev.1`` < ``1.0.0-a.1`` < ``1.0.0-rc.1`` < ``1.0.0`` < ``1.0.0-post.1`` < ``1.0.1``;
- a ``+build`` label sorts after the same version without one (SemVer would ignore it).

A semver pre-release PEP 440 cannot read (``1.0.0-SNAPSHOT``, ``1.0.0-beta.x``) is no release version: its wheel
would carry the bare ``1.0.0``.
"""

from __future__ import annotations

import functools
import re

from packaging.version import InvalidVersion
from packaging.version import Version as Pep440Version

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")


@functools.total_ordering
class Version:
    """A release version: ``MAJOR.MINOR.PATCH`` with an optional ``suffix`` (``rc.1``) and ``build``, compared by
    PEP 440 (see the module's docstring); equal versions may be written differently (``rc.1`` and ``rc1``)."""

    __slots__ = ("build", "key", "major", "minor", "patch", "suffix")

    def __init__(self, major: int, minor: int, patch: int, suffix: str = "", build: str = "") -> None:
        self.major, self.minor, self.patch, self.suffix, self.build = major, minor, patch, suffix, build
        self.key = Pep440Version(str(self))  # raises InvalidVersion for a suffix PEP 440 cannot read

    @classmethod
    def parse(cls, text: str) -> Version | None:
        """``text`` as a release version; ``None`` unless it is semver that PEP 440 reads too."""
        match = SEMVER.match(text.strip())
        if match is None:
            return None
        major, minor, patch, suffix, build = match.groups()
        try:
            return cls(int(major), int(minor), int(patch), suffix or "", build or "")
        except InvalidVersion:
            return None

    @property
    def is_release(self) -> bool:
        """Neither a pre-release nor a development release (a post-release is one)."""
        return not self.key.is_prerelease

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self.key == other.key

    def __lt__(self, other: Version) -> bool:
        return self.key < other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        return text + (f"-{self.suffix}" if self.suffix else "") + (f"+{self.build}" if self.build else "")

    def __repr__(self) -> str:
        return f"Version({str(self)!r})"
