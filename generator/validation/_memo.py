"""The example and default checks remembered between runs, by what they read.

Checking an example runs jsonschema over the example and its schema, with every schema that one references:
GitHub's 1,143 examples took 1.2 s, every regeneration, on a fork that a regeneration waits for. A check reads
nothing else, so its outcome is kept under a key of those: the value, the schema's text and the text of every
part of the document its references reach, and our validation code with the jsonschema it runs. A changed
description reaches no check; a changed schema reaches the checks of the examples that use it.

The memo is used where a caller opened one (:func:`remembering`, around :func:`~generator.validation.check`):
the rules keep their one-argument form, and a check without a memo runs as before.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import json_refs, ref_pointer, split_pointer

# (where in the value, message) of each error a check found, in the order the rule reports them.
Errors = list[tuple[str, str]]

_CURRENT: contextvars.ContextVar[_Memo | None] = contextvars.ContextVar("validation_memo", default=None)


@contextlib.contextmanager
def remembering(spec: Spec, file: Path | None) -> Iterator[None]:
    """Checks of ``spec`` within the block are looked up in, and added to, the memo kept in ``file`` (written when
    the block ends, holding only what this run checked); ``None`` remembers nothing."""
    if file is None:
        yield
        return
    memo = _Memo(spec, file)
    token = _CURRENT.set(memo)
    try:
        yield
    finally:
        _CURRENT.reset(token)
    memo.save()


def remembered(spec: Spec, rule: str, schema_pointer: str, value: Any, check: Callable[[], Errors]) -> Errors:
    """The errors ``check`` finds in ``value`` against the schema at ``schema_pointer`` (for ``rule``: each rule
    words its errors its own way): from the memo open for ``spec`` when it holds them, else checked (and kept)."""
    memo = _CURRENT.get()
    if memo is None or memo.spec is not spec:
        return check()
    key = memo.key(rule, schema_pointer, value)
    if key is None:
        return check()
    found = memo.get(key)
    if found is None:
        found = check()
        memo.put(key, found)
    return found


class _Memo:
    def __init__(self, spec: Spec, file: Path) -> None:
        self.spec = spec
        self.file = file
        self.earlier = _read(file)
        self.now: dict[str, Errors] = {}
        self._units: dict[str, tuple[str, frozenset[str]] | None] = {}

    def get(self, key: str) -> Errors | None:
        found = self.earlier.get(key)
        if found is not None:
            self.now[key] = found
        return found

    def put(self, key: str, errors: Errors) -> None:
        self.now[key] = errors

    def save(self) -> None:
        if self.now == self.earlier:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", dir=self.file.parent, suffix=".tmp", delete=False) as handle:
                json.dump(self.now, handle, sort_keys=True)
            os.replace(handle.name, self.file)  # whole or not at all: two runs may save at once
        except OSError:  # the memo only saves time
            pass

    def key(self, rule: str, schema_pointer: str, value: Any) -> str | None:
        """The key of a check of ``value`` against the schema at ``schema_pointer``; ``None`` when a reference it
        reaches leads outside the document (no key can cover it)."""
        texts: dict[str, str] = {}  # unit -> the digest of its text
        pending = [schema_pointer]
        while pending:
            unit = _unit(pending.pop())
            if unit in texts:
                continue
            read = self._unit(unit)
            if read is None:
                return None
            texts[unit], references = read
            pending += references
        digest = hashlib.sha256(f"{_salt()}\0{rule}\0{schema_pointer}\0".encode())  # the unit may hold more
        digest.update(json.dumps(value, sort_keys=True, default=repr).encode())
        for unit in sorted(texts):
            digest.update(b"\0" + unit.encode() + b"\0" + texts[unit].encode())
        return digest.hexdigest()

    def _unit(self, unit: str) -> tuple[str, frozenset[str]] | None:
        """The digest of the part at ``unit`` and the pointers its references name; ``None`` for no local part."""
        if unit not in self._units:
            try:
                node = self.spec.at(unit)
            except (KeyError, IndexError, ValueError, TypeError):
                self._units[unit] = None
                return None
            text = json.dumps(node, sort_keys=True, default=repr)
            pointers = {ref_pointer(ref) for ref in json_refs(text)}
            self._units[unit] = (
                None
                if None in pointers
                else (hashlib.sha256(text.encode()).hexdigest(), frozenset(p for p in pointers if p is not None))
            )
        return self._units[unit]


def _unit(pointer: str) -> str:
    """The part of the document a pointer's node is read with: a whole component (a reference into a schema's
    properties reads that schema), else the node itself."""
    tokens = split_pointer(pointer)
    if len(tokens) > 3 and tokens[0] == "components":
        return "/" + "/".join(pointer.split("/")[1:4])
    return pointer


def _read(file: Path) -> dict[str, Errors]:
    try:
        data = json.loads(file.read_text())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, Mapping):
        return {}
    return {
        str(key): [(str(where), str(message)) for where, message in errors]
        for key, errors in data.items()
        if isinstance(errors, list) and all(isinstance(e, list) and len(e) == 2 for e in errors)
    }


@functools.cache
def _salt() -> str:
    """Our validation code, the spec readers it uses, and the jsonschema that checks."""
    digest = hashlib.sha256(f"jsonschema=={version('jsonschema')}".encode())
    root = Path(__file__).parent.parent
    for folder in ("validation", "spec"):
        for module in sorted((root / folder).rglob("*.py")):
            digest.update(module.relative_to(root).as_posix().encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()
