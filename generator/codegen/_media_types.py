"""Media types as the client handles them, decided on the working copy of the document.

The client parses JSON, forms, multipart and text, and carries anything else as bytes. A structured schema
under a type it does not parse (``*/*``, XML) would become a model built from raw bytes, which fails on every
call: :func:`parseable_contents` decides, per request body and response, what the client sends and parses instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..spec.loading import item_operations
from ..spec.sequences import is_sequential

_NATIVE = (
    "application/json",
    "application/octet-stream",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "text/plain",
)
# Types vendors declare for what is, in practice, JSON (GoDaddy's `*/*` with an object schema).
_JSON_LIKE = ("*/*", "application/*", "application/javascript", "text/javascript", "text/json", "text/x-json")
_JSON = "application/json"


def is_native(media: str) -> bool:
    base = _base(media)
    return base in _NATIVE or base.endswith("+json")


def parseable_contents(document: dict[str, Any]) -> dict[str, Any]:
    """Each request body and response of ``document``, rewritten in place to what the client can handle:

    - a structured schema under a JSON-like type (``*/*``) is JSON, unless JSON is offered beside it;
    - any other structured type (XML, YAML) is dropped beside one the client handles, else sent or
      returned as raw bytes.
    """
    for content in _contents(document):
        # A stream (server-sent events, JSON Lines) stays: the operation's stream() reads it item by item.
        unhandled = [media for media in content if not is_native(media) and not is_sequential(media)]
        for media in [media for media in unhandled if not _is_binary(content[media])]:
            item = content.pop(media)
            if _base(media) in _JSON_LIKE and _JSON not in content:
                content[_JSON] = item
            elif not content:
                content[media] = {"schema": {"type": "string", "format": "binary"}}
    return document


def _contents(document: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The ``content`` maps of every request body and response (a ``$ref`` is handled at its target)."""
    components = document.get("components") or {}
    owners = [*(components.get("requestBodies") or {}).values(), *(components.get("responses") or {}).values()]
    for operation in _operations(document):
        owners.append(operation.get("requestBody"))
        owners.extend((operation.get("responses") or {}).values())
    for owner in owners:
        content = owner.get("content") if isinstance(owner, dict) else None
        if isinstance(content, dict):
            yield content


def _operations(document: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    for section in ("paths", "webhooks"):
        for item in (document.get(section) or {}).values():
            if isinstance(item, dict):  # QUERY and 3.2's additionalOperations included
                yield from (data for _, _, data in item_operations(item) if isinstance(data, dict))


def _is_binary(media_type: Any) -> bool:
    schema = media_type.get("schema") if isinstance(media_type, Mapping) else None
    return not isinstance(schema, Mapping) or not schema or schema.get("format") in ("binary", "base64")


def _base(media: str) -> str:
    return media.split(";")[0].strip().lower()
