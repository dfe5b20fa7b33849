"""Request bodies and parameter values the mock accepts, one set per operation: what a client's first call can
send."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..spec.loading import Operation, Spec
from ..spec.pointers import escape_pointer_token
from ..spec.schemas import Schemas
from ._generation import generate_valid
from ._requests import media_kind
from ._xml import to_xml

# The kinds of body a generated client builds, in the order a probe prefers them: from a JSON-like value first.
_KINDS = ("json", "form", "multipart", "text", "binary")
_STRUCTURED = ("json", "form", "multipart")


def request_body_examples(spec: Spec, *, seed: int = 0) -> dict[tuple[str, str], tuple[str, Any]]:
    """(method, path) -> (media type, value) of a body the mock's own validation accepts, for every operation
    with a body: a JSON-like value for JSON, forms and multipart, ``str`` for text, ``bytes`` for anything else
    (a string schema's value, or the XML document of a structured one; other structured schemas under a type
    read as text or bytes have none)."""
    schemas = Schemas(spec)
    found = {}
    for op in spec.operations(webhooks=False):
        example = _example(schemas, op, seed) if op.data.get("requestBody") is not None else None
        if example is not None:
            found[(op.method, op.path)] = example
    return found


def parameter_examples(spec: Spec, *, seed: int = 0) -> dict[tuple[str, str], dict[str, Any]]:
    """(method, path) -> {parameter name: a value its schema accepts} for the required parameters of every
    operation (path parameters always), where one is found: a pattern or format that ``"1"`` does not satisfy
    (Azure's subscription ids) is satisfied here."""
    schemas = Schemas(spec)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for op in spec.operations(webhooks=False):
        values = dict(_parameter_values(schemas, op, seed))
        if values:
            found[(op.method, op.path)] = values
    return found


def _parameter_values(schemas: Schemas, op: Operation, seed: int) -> Iterator[tuple[str, Any]]:
    item_pointer = op.pointer.rsplit("/", 1)[0]
    for owner, pointer in ((op.path_item, item_pointer), (op.data, op.pointer)):
        for index, raw in enumerate(owner.get("parameters") or []):
            param = schemas.resolve(raw)
            required = isinstance(param, dict) and (param.get("required") is True or param.get("in") == "path")
            if not required or "schema" not in param:
                continue
            schema_pointer = f"{pointer}/parameters/{index}/schema"
            validator = schemas.validator(schema_pointer, "request")
            value, valid = generate_valid(schemas, schema_pointer, validator, "request", seed)
            if valid:
                yield str(param["name"]), value


def _example(schemas: Schemas, op: Operation, seed: int) -> tuple[str, Any] | None:
    body = schemas.resolve(op.data.get("requestBody"))
    content = (body or {}).get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict):
        return None
    ranked = sorted((m for m in content if _kind(str(m)) in _KINDS), key=lambda m: _KINDS.index(_kind(str(m))))
    for media_type in ranked:
        entry = schemas.resolve(content[media_type])
        kind = _kind(str(media_type))
        if not isinstance(entry, dict) or ("schema" not in entry and kind in _STRUCTURED):
            continue
        if "schema" not in entry:  # text or bytes of any form: the mock takes them unchecked
            return str(media_type), "" if kind == "text" else b""
        pointer = f"{op.pointer}/requestBody/content/{escape_pointer_token(str(media_type))}/schema"
        value, valid = generate_valid(schemas, pointer, schemas.validator(pointer, "request"), "request", seed)
        if valid and kind in _STRUCTURED:
            return str(media_type), value
        if valid and isinstance(value, str):
            return str(media_type), value if kind == "text" else value.encode()
        if valid and "xml" in str(media_type).lower():  # the client sends an XML body as the bytes it is given
            return str(media_type), to_xml(value, entry["schema"], schemas.resolve)
    return None


def _kind(media_type: str) -> str:
    """As the mock reads bodies, except that any JSON dialect (AWS's ``application/x-amz-json-1.1``) is JSON."""
    return "json" if "json" in media_type.lower() else media_kind(media_type)
