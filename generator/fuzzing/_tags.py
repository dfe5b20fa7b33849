"""Discriminators Schemathesis cannot honour, left out of the copy of the spec it reads, each with one located note.

Where a discriminator names a branch by a tag the branch's own schema forbids (see
:mod:`generator.spec.discriminators`), Schemathesis pins that tag and finds no request body to send ("Cannot
generate test data"), and fails every response the mock can serve ("Unknown discriminator value"): the spec
admits no value that satisfies both. Without the discriminator the ``oneOf`` / ``anyOf`` still says which values
are valid; the mock and the generated clients read the original.
"""

from __future__ import annotations

from typing import Any

from ..spec.discriminators import contradictions
from ..spec.loading import Spec
from ..spec.pointers import node_at
from ._tool_copy import located, writable


def without_contradicting_discriminators(
    spec: Spec, document: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, list[str]]:
    """``document`` (None: the spec's own) without the discriminators that contradict their branches (None when
    nothing changed), and one note per discriminator: ``file:line: pointer: ...``."""
    found: dict[str, str] = {}
    for pointer, name, contradiction in contradictions(spec):
        found.setdefault(pointer, f"{contradiction.message(name)}; not used to generate or check data")
    if not found:
        return document, []
    changed = writable(spec, document)
    notes = []
    for pointer, why in found.items():
        node_at(changed, pointer).pop("discriminator", None)
        where = f"{pointer}/discriminator"
        notes.append(f"{located(spec, where)}: {why}")
    return changed, notes
