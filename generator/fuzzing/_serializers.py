"""Request serializers for every media type the mock and the generated clients understand.

Schemathesis serializes JSON, forms, multipart, XML, plain text and a few binary types; an operation whose only
body media type is another one (``application/merge-patch+json`` is covered, ``application/x-yaml`` or
``application/vnd.ms-excel`` are not) stops with "Serialization not possible" and is never tested. The mock
reads such a body by its kind (JSON-like, form, multipart, text, binary), so each unknown media type of the spec
is registered as an alias of Schemathesis' serializer for that kind. Runs in the Schemathesis process.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import schemathesis
from schemathesis.transport.requests import REQUESTS_TRANSPORT

from ..spec.loading import Spec

# By kind: the media type whose Schemathesis serializer writes that kind of body.
_SOURCES = {
    "json": "application/json",
    "form": "application/x-www-form-urlencoded",
    "multipart": "multipart/form-data",
    "xml": "application/xml",
    "text": "text/plain",
    "binary": "application/octet-stream",
}


def body_kind(media_type: str) -> str:
    lowered = media_type.split(";", 1)[0].strip().lower()
    if "json" in lowered or lowered == "*/*":
        return "json"
    if lowered == "application/x-www-form-urlencoded":
        return "form"
    if lowered.startswith("multipart/"):
        return "multipart"
    if lowered.endswith("xml"):
        return "xml"
    if lowered.startswith("text/") or "yaml" in lowered or "csv" in lowered:
        return "text"
    return "binary"


def request_media_types(spec: Spec) -> Iterator[str]:
    for op in spec.operations(webhooks=False):
        body: Any = spec.resolve(op.data.get("requestBody"))
        content = body.get("content") if isinstance(body, dict) else None
        yield from (str(media_type) for media_type in content or {})


def register_missing(spec: Spec) -> list[str]:
    """Alias every request media type of ``spec`` Schemathesis cannot serialize; the ones registered."""
    registered = []
    for media_type in sorted(set(request_media_types(spec))):
        if media_type == "*/*" or REQUESTS_TRANSPORT.get_first_matching_media_type(media_type) is not None:
            continue
        try:
            schemathesis.serializer.alias(media_type, _SOURCES[body_kind(media_type)])
        except ValueError:  # a media type Schemathesis cannot parse: left as it is
            continue
        registered.append(media_type)
    return registered
