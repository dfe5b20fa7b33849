"""What every rewrite of the copy of a spec Schemathesis reads shares: the document to change, and where a note
points in the spec's own file."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token


def writable(spec: Spec, document: dict[str, Any] | None) -> dict[str, Any]:
    """``document``, the copy an earlier rewrite made, or else a copy of the spec's own (never changed)."""
    return document if document is not None else copy.deepcopy(dict(spec.document))


def located(spec: Spec, pointer: str) -> str:
    """``file:line: pointer``, the start of a note about the node at ``pointer``."""
    return f"{spec.path}:{spec.line_of(pointer) or '?'}: {pointer}"


def parameter_objects(node: Any, pointer: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(pointer, node) of every Parameter Object under ``node`` (a mapping with a string ``name`` and an ``in``),
    wherever it is written: in an operation, a path item or ``components/parameters``."""
    if isinstance(node, Mapping):
        if isinstance(node.get("name"), str) and "in" in node:
            yield pointer, node
        for key, value in node.items():
            yield from parameter_objects(value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from parameter_objects(value, f"{pointer}/{index}")
