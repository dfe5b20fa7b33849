"""Header examples no request can carry, left out of the copy of the spec Schemathesis reads.

Schemathesis refuses to test an operation when an example of one of its header parameters is no valid header
value, and stops with an error: openbankingproject.ch's ``Signature`` example ends in a line break. A header
value is Latin-1 text without control characters and without whitespace around it (RFC 9110, section 5.5);
an example that is not is dropped from Schemathesis' copy, with one located note, and the rest is tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token, node_at
from ._tool_copy import located, parameter_objects, writable

# RFC 9110 section 5.5: a field value holds no NUL, line break or other control character.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def without_unsendable_header_examples(
    spec: Spec, document: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, list[str]]:
    """``document`` (None: the spec's own) without the header examples no request can carry (None when nothing
    changed), and one note per example: ``file:line: pointer: ...``."""
    found = [
        example
        for pointer, node in parameter_objects(spec.document)
        if node.get("in") == "header"
        for example in _parameter_examples(node, pointer, str(node["name"]))
    ]
    if not found:
        return document, []
    changed = writable(spec, document)
    notes = []
    for owner, key, name in reversed(found):  # the last first: removing a list item keeps earlier indexes
        container = node_at(changed, owner)
        del container[int(key) if isinstance(container, list) else key]
        notes.append(
            f"{located(spec, f'{owner}/{escape_pointer_token(key)}')}: the example of header {name!r} is no "
            "header value (a control character, a line break, surrounding space or non-Latin-1 text); left out"
        )
    return changed, list(reversed(notes))


def _parameter_examples(parameter: Mapping[str, Any], pointer: str, name: str) -> Iterator[tuple[str, str, str]]:
    if "example" in parameter and not _sendable(parameter["example"]):
        yield pointer, "example", name
    examples = parameter.get("examples")
    for key, example in examples.items() if isinstance(examples, Mapping) else ():
        if isinstance(example, Mapping) and "value" in example and not _sendable(example["value"]):
            yield f"{pointer}/examples", str(key), name
    schema = parameter.get("schema")
    listed = schema.get("examples") if isinstance(schema, Mapping) else None
    for index, value in enumerate(listed) if isinstance(listed, list) else ():
        if not _sendable(value):
            yield f"{pointer}/schema/examples", str(index), name


def _sendable(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return _CONTROL.search(value) is None and value == value.strip()
