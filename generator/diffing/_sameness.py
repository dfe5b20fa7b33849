"""Which parts of two specs are identical, ``$ref`` targets included: the walk in ``_pairs.py`` skips them.

Big APIs share a few hundred component schemas among a thousand operations, and between two releases most of
them do not change. Without this, every operation re-walks every schema it reaches (GitHub Enterprise 3.17 ->
3.19: 640,000 schema pairs, nearly all identical). A subtree is identical when it sits at the same pointer in both
documents, its raw JSON is equal, and so is every subtree its local ``$ref`` chains reach; the answers are
remembered per pointer, so each shared component is compared once per diff.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import ref_pointer
from ._nodes import Node

_MISSING = object()


class Sameness:
    """Answers "is the subtree at this pointer the same in ``old`` and ``new``, references followed?"."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self._old, self._new = old, new
        self._known: dict[str, bool] = {}  # pointer -> identical with everything it references
        self._refs: dict[str, frozenset[str]] = {}  # pointer -> local refs inside it (read in the old document)

    def identical(self, old: Node | None, new: Node | None) -> bool:
        """Both sides exist, at the same pointer, and nothing in or below them differs."""
        if old is None or new is None or old.pointer != new.pointer:
            return False
        return old.value == new.value and self.same(old.pointer)  # values differ when unwrapping added nullable

    def same(self, pointer: str) -> bool:
        """Whether the value at ``pointer`` and everything reachable from it by ``$ref`` is equal on both sides."""
        known = self._known.get(pointer)
        if known is not None:
            return known
        reached = {pointer}
        pending = [pointer]
        while pending:
            current = pending.pop()
            if self._known.get(current) is True:
                continue  # its whole reach is already known to be identical
            if self._known.get(current) is False or not self._equal_here(current):
                self._known[pointer] = False
                return False
            for ref in self._refs_in(current) - reached:
                reached.add(ref)
                pending.append(ref)
        # every pointer reached has all of its own reach inside ``reached``: all of them are identical
        self._known.update(dict.fromkeys(reached, True))
        return True

    def _equal_here(self, pointer: str) -> bool:
        old, new = _at(self._old, pointer), _at(self._new, pointer)
        return old is not _MISSING and old == new

    def _refs_in(self, pointer: str) -> frozenset[str]:
        refs = self._refs.get(pointer)
        if refs is None:
            refs = self._refs[pointer] = frozenset(_local_refs(_at(self._old, pointer)))
        return refs


def _at(spec: Spec, pointer: str) -> Any:
    try:
        return spec.at(pointer)
    except (KeyError, IndexError, ValueError, TypeError):
        return _MISSING


def _local_refs(value: Any) -> Iterator[str]:
    """The pointers of the local ``$ref`` values anywhere inside ``value``."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            pointer = ref_pointer(ref) if isinstance(ref, str) else None
            if pointer is not None:
                yield pointer
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
