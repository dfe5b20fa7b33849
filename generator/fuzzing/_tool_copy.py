"""What every rewrite of the copy of a spec Schemathesis reads shares: the document to change, and where a note
points in the spec's own file."""

from __future__ import annotations

import copy
from typing import Any

from ..spec.loading import Spec


def writable(spec: Spec, document: dict[str, Any] | None) -> dict[str, Any]:
    """``document``, the copy an earlier rewrite made, or else a copy of the spec's own (never changed)."""
    return document if document is not None else copy.deepcopy(dict(spec.document))


def located(spec: Spec, pointer: str) -> str:
    """``file:line: pointer``, the start of a note about the node at ``pointer``."""
    return f"{spec.path}:{spec.line_of(pointer) or '?'}: {pointer}"
