"""The operation and resource modules of an earlier rendering, reused where what they were rendered from holds.

A module's key hashes everything its template is given: the operation (its spec fragment, Python names and the
types worked out for it), its pagination plan and its entry of the distribution context, the rest of that
context, the enum classes, the templates and the generator's code (``salt``). An operation module whose key is
the one its earlier copy was rendered from is copied, formatted, from the earlier client instead of rendered:
GitHub's 1,223 take 1.5 s to render. The key is of the template's inputs, not of a hand-kept list of what it
reads: an input that changes, changes the key.

A module's model imports are pointed at the modules defining the classes after it is rendered (a large spec's
models are split), so each module's record keeps those too: a copy is only good while every class it imports
is still defined where it was.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._classes import Slot


@dataclass(frozen=True)
class Source:
    """What a module was rendered from (its key) and where the classes it imports were defined."""

    key: str
    imports: Mapping[str, str]  # class -> module under _models ("" for the models module itself)

    def as_json(self) -> list[Any]:
        return [self.key, dict(self.imports)]

    @classmethod
    def from_json(cls, data: Any) -> Source | None:
        if isinstance(data, list) and len(data) == 2 and isinstance(data[0], str) and isinstance(data[1], dict):
            return cls(data[0], {str(k): str(v) for k, v in data[1].items()})
        return None


@dataclass
class Reuse:
    """The earlier client's package folder and its modules' sources by path in the package; the modules taken."""

    package: Path | None
    earlier: Mapping[str, Source]
    salt: str
    taken: set[str] = field(default_factory=set)

    def nothing(self) -> Reuse:
        """One that takes nothing (every module is rendered), keying as this one does."""
        return Reuse(None, {}, self.salt)

    def key(self, *parts: Any) -> str:
        try:  # plain data is written by json's C encoder, which calls _plain for anything else
            text = json.dumps(parts, sort_keys=True, default=_plain)
        except TypeError:  # keys json cannot sort (a YAML spec's response 200 beside "default")
            text = json.dumps(_state(parts), sort_keys=True, default=repr)
        return hashlib.sha256(self.salt.encode() + b"\0" + text.encode()).hexdigest()

    def take(self, name: str, key: str, target: Path) -> bool:
        """Copy the earlier ``name`` to ``target`` when it was rendered from ``key``; whether it was."""
        found = self.earlier.get(name)
        if self.package is None or found is None or found.key != key or not (self.package / name).is_file():
            return False
        shutil.copyfile(self.package / name, target)
        self.taken.add(name)
        return True

    def still_placed(self, module_of: Mapping[str, str]) -> bool:
        """Whether every class a taken module imports is defined where it was when the module was written."""
        return all(
            module_of.get(name, "") == module
            for taken in self.taken
            for name, module in self.earlier[taken].imports.items()
        )


def _state(value: Any) -> Any:
    """``value`` as plain data whose mappings have string keys (what json can sort), converted by :func:`_plain`."""
    if isinstance(value, dict):
        return {str(key): _state(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_state(item) for item in value]
    if value is None or isinstance(value, str | int | float):
        return value
    return _state(_plain(value))


def _plain(value: Any) -> Any:
    """A value json cannot write itself as plain data: dataclasses by their fields, a schema's slot by the schema
    there (json writes what this returns)."""
    if isinstance(value, Slot):
        return value.get()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__, {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}]
    if isinstance(value, Mapping):
        return {str(key): item for key, item in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(map(repr, value))
    return repr(value)
