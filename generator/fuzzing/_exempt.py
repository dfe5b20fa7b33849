"""Required readOnly / writeOnly properties split across ``allOf`` parts, spelled out for Schemathesis' copy.

OpenAPI exempts a readOnly property from ``required`` in requests (and a writeOnly one in responses).
Schemathesis applies that where the property and the ``required`` entry share a schema, but PagerDuty's
``Reference`` declares ``id`` and ``type`` readOnly in one ``allOf`` part and requires them in the next: Schemathesis
then forbids the properties and still requires them, and generates no body for any operation taking a
reference ("Nothing satisfies the schema"). Its Schedule redeclares its base's readOnly ``type`` unflagged beside
``required: [type]``: the flag still holds (JSON Schema reads it true when any schema applying says so), and
Schemathesis' coverage phase found no positive body, then sent its negative fallback (``0``) as positive data. In
the copy it reads, the part holding ``required`` declares the flag itself (an annotation: what the schema
accepts is unchanged), with one located note per part.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token, node_at
from ..spec.schema_walk import flagged_properties
from ._tool_copy import located, writable

_FLAGS = ("readOnly", "writeOnly")


def with_exemptions_spelled_out(spec: Spec, document: dict[str, Any] | None) -> tuple[dict[str, Any] | None, list[str]]:
    """``document`` (None: the spec's own) with each such ``allOf`` part flagging the properties it requires (None
    when nothing changed), and one note per part: ``file:line: pointer: ...``."""
    found = list(_split_parts(spec, spec.document, ""))
    if not found:
        return document, []
    changed = writable(spec, document)
    notes = []
    for pointer, flags in found:
        properties = node_at(changed, pointer).setdefault("properties", {})
        for name, flag in flags.items():
            properties[name] = {**properties.get(name, {}), flag: True}
        named = ", ".join(f"{name} ({flag})" for name, flag in flags.items())
        where = located(spec, pointer)
        notes.append(f"{where}: requires {named}, flagged so in another allOf part; the flag is repeated here")
    return changed, notes


def _split_parts(spec: Spec, node: Any, pointer: str) -> Iterator[tuple[str, dict[str, str]]]:
    if isinstance(node, Mapping):
        parts = node.get("allOf")
        if isinstance(parts, list):
            yield from _parts_requiring_flagged(spec, node, parts, pointer)
        for key, value in node.items():
            yield from _split_parts(spec, value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _split_parts(spec, value, f"{pointer}/{index}")


def _parts_requiring_flagged(
    spec: Spec, node: Mapping[str, Any], parts: list[Any], pointer: str
) -> Iterator[tuple[str, dict[str, str]]]:
    flagged = {name: flag for flag in _FLAGS for name in flagged_properties(node, spec.resolve, flag)}
    for index, part in enumerate(parts):
        if not isinstance(part, Mapping) or "$ref" in part or not isinstance(part.get("required"), list):
            continue  # a referenced part is shared with other schemas: it is left as written
        missing = {
            name: flagged[name]
            for name in part["required"]
            if name in flagged and not _flags_itself(spec, part, name, flagged[name])
        }
        if missing:
            yield f"{pointer}/allOf/{index}", missing


def _flags_itself(spec: Spec, part: Mapping[str, Any], name: str, flag: str) -> bool:
    """Whether ``part`` declares ``name`` with ``flag`` itself (a part redeclaring it unflagged, as PagerDuty's
    Schedule its base's readOnly ``type``, needs the flag repeated as much as one not declaring it)."""
    own = part.get("properties")
    prop = spec.resolve(own.get(name)) if isinstance(own, Mapping) else None
    return isinstance(prop, Mapping) and prop.get(flag) is True
