"""Media types as openapi-python-client can handle them, decided on the copy of the document it reads.

It understands JSON, forms, multipart, text and octet-stream. Everything else must be mapped to octet-stream
(:func:`binary_media_types`) or it silently drops the response; and a structured schema under a type it does not
parse (``*/*``, XML) becomes a model built from raw bytes, which fails on every call. :func:`parseable_contents`
decides, per request body and response, what the client sends and parses instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..spec.loading import HTTP_METHODS

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


def binary_media_types(document: Mapping[str, Any]) -> dict[str, str]:
    """openapi-python-client's ``content_type_overrides``: every media type it does not know, as octet-stream."""
    found = {media for media in _media_types(document) if not is_native(media)}
    return dict.fromkeys(sorted(found), "application/octet-stream")


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
        for media in [media for media in content if not is_native(media) and not _is_binary(content[media])]:
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
            for method in HTTP_METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    yield item[method]


def _is_binary(media_type: Any) -> bool:
    schema = media_type.get("schema") if isinstance(media_type, Mapping) else None
    return not isinstance(schema, Mapping) or not schema or schema.get("format") in ("binary", "base64")


def _base(media: str) -> str:
    return media.split(";")[0].strip().lower()


def _media_types(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        content = node.get("content")
        if isinstance(content, Mapping):
            yield from (str(key) for key in content)
        for value in node.values():
            yield from _media_types(value)
    elif isinstance(node, list):
        for value in node:
            yield from _media_types(value)
