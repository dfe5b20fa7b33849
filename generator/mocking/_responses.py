"""Responses: per operation and status, the documented examples or a body generated from the schema.

Everything that does not depend on the request is rendered when the app is built; per request only the
choice (status, media type, example) and, for stateful or error bodies, the value change.
"""

from __future__ import annotations

import functools
import json
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import yaml
from jsonschema import Draft202012Validator
from starlette.responses import Response

from ..spec.loading import Operation
from ..spec.pointers import escape_pointer_token
from ..spec.schema_walk import flag_applies
from ..spec.schemas import Schemas, overlay
from ..spec.sequences import describes_event, is_sequential
from ._fields import Fields, independent_fields
from ._generation import Generator, generate_valid
from ._problems import Violation, problem, summary
from ._requests import media_kind
from ._streams import Stream, item_schema_pointer, stream_items
from ._xml import to_xml

# 1x1 transparent PNG: binary image responses are real images.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
_MESSAGE_KEYS = ("message", "detail", "error_description", "reason", "error", "title", "msg", "description")
_STATUS_KEYS = ("status", "status_code", "code")
# Headers that describe the bytes on the wire: the server sets them; a documented value would be a lie
# (a Content-Length from the spec's example breaks the connection, a Content-Encoding garbles the body).
_FRAMING_HEADERS = frozenset(
    {"content-type", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "trailer"}
)
_PREFER_TOKEN = re.compile(r"\s*([A-Za-z_]+)\s*=\s*\"?([^\",;]*)\"?\s*")


@dataclass(frozen=True)
class Body:
    """One media type of one response."""

    media_type: str
    kind: str  # json | yaml | text | xml | form | binary
    validator: Draft202012Validator | None
    examples: Mapping[str, Any]
    default: Any
    default_bytes: bytes
    properties: frozenset[str] = frozenset()
    valid: bool = True
    schema: Any = None
    encoder: Callable[[Any], bytes] | None = None  # value -> bytes for this media type (default: by kind)
    fields: Fields | None = None  # the schema's properties when independent: overlays of the default check only them
    readable: Callable[[Any], Any] | None = None  # value -> the value without its writeOnly fields
    stream: Stream | None = None  # a sequential media type (server-sent events, JSON Lines ...): written item by item

    @functools.cached_property
    def content_type(self) -> str:
        """The Content-Type its answers carry (a concrete one for a documented range), worked out once."""
        return sent_media_type(self.media_type, self.kind)

    def encode(self, value: Any) -> bytes:
        value = self.readable(value) if self.readable is not None else value
        return self.encoder(value) if self.encoder is not None else encode(self.kind, self.media_type, value)

    def overlay(self, value: Any, updates: Mapping[str, Any]) -> Any:
        """``value`` with as many of ``updates`` written in as keep it valid (see :func:`overlay`)."""
        if self.validator is None:
            return value
        if self.fields is not None and value is self.default and self.valid and isinstance(value, Mapping):
            return self.fields.overlay(value, updates)  # the default is valid: only the new values need checking
        return overlay(self.validator, value, updates)


@dataclass(frozen=True)
class Plan:
    """One declared response (``key`` is "200", "2XX" or "default")."""

    key: str
    bodies: tuple[Body, ...]
    headers: Mapping[str, str] = field(default_factory=dict)

    def body_for(self, accept: str | None) -> Body | None:
        """The body ``accept`` asks for; where it leaves the choice open, a documented concrete type before a
        range (Jira's avatar: ``*/*`` without a schema, then ``application/json``, ``image/png``)."""
        if not self.bodies:
            return None
        bodies = sorted(self.bodies, key=lambda body: "*" in body.media_type.split(";", 1)[0])
        if len(bodies) == 1 or not accept:
            return bodies[0]
        wanted = [part.split(";", 1)[0].strip().lower() for part in accept.split(",")]
        for body in bodies:
            major = body.media_type.split("/", 1)[0]
            if any(w in (body.media_type, "*/*", f"{major}/*") for w in wanted):
                return body
        return bodies[0]


@dataclass(frozen=True)
class Prefer:
    """Prism-compatible response selection (``Prefer: code=404, example=name, dynamic=true``)."""

    code: int | None = None
    example: str | None = None
    dynamic: bool = False
    items: int | None = None  # how many items a streamed body sends

    @classmethod
    def parse(cls, header: str | None, query: Mapping[str, str]) -> Prefer | None:
        values: dict[str, str] = {}
        for token in re.split(r"[,;]", header or ""):
            match = _PREFER_TOKEN.fullmatch(token)
            if match:
                values[match.group(1).lower()] = match.group(2)
        for key in ("code", "example", "dynamic", "items"):
            if f"__{key}" in query:
                values[key] = query[f"__{key}"]
        if not values:
            return None
        code, items = values.get("code"), values.get("items")
        return cls(
            int(code) if code and code.isdigit() else None,
            values.get("example") or None,
            values.get("dynamic", "").lower() == "true",
            int(items) if items and items.isdigit() else None,
        )


@dataclass(frozen=True)
class Responses:
    plans: Mapping[str, Plan]
    success_status: int | None

    def find(self, status: int) -> Plan | None:
        """The declared response covering ``status``: exact, then ``4XX``-style range, then ``default``."""
        return self.plans.get(str(status)) or self.plans.get(f"{str(status)[0]}XX") or self.plans.get("default")

    def declares(self, status: int) -> bool:
        return str(status) in self.plans

    @property
    def success(self) -> Plan | None:
        return None if self.success_status is None else self.find(self.success_status)


class ResponseCompiler:
    def __init__(self, schemas: Schemas, seed: int) -> None:
        self._schemas = schemas
        self._seed = seed

    def responses(self, op: Operation) -> Responses:
        plans: dict[str, Plan] = {}
        for code, raw in (op.data.get("responses") or {}).items():
            key = str(code).upper() if str(code).upper().endswith("XX") else str(code)
            pointer = f"{op.pointer}/responses/{escape_pointer_token(code)}"
            plans[key] = self._plan(key, pointer, self._schemas.resolve(raw))
        return Responses(plans, _success_status(plans))

    def _plan(self, key: str, pointer: str, response: Any) -> Plan:
        if not isinstance(response, Mapping):
            return Plan(key, ())
        bodies = []
        for media_type, entry in (response.get("content") or {}).items():
            entry_pointer = f"{pointer}/content/{escape_pointer_token(media_type)}"
            bodies.append(self._body(str(media_type), entry_pointer, self._schemas.resolve(entry) or {}))
        bodies.sort(key=lambda b: b.kind != "json")
        return Plan(key, tuple(bodies), self._headers(response))

    def _body(self, media_type: str, pointer: str, entry: Mapping[str, Any]) -> Body:
        item_pointer = item_schema_pointer(pointer, entry, media_type) if is_sequential(media_type) else None
        if item_pointer is not None:
            return self._stream_body(media_type, item_pointer, entry)
        kind = response_kind(media_type)
        schema = entry.get("schema")
        validator = self._schemas.validator(f"{pointer}/schema", "response") if schema is not None else None
        examples = _examples(entry, self._schemas)
        if schema is not None:
            # A response never holds a writeOnly field (a password), even where the vendor's example shows one.
            examples = {name: without_write_only(self._schemas, schema, value) for name, value in examples.items()}
            examples = {
                name: value
                for name, value in examples.items()
                if self._schemas.example_fits(value, f"{pointer}/schema", "response")
            }
        valid = True
        if examples:
            default = next(iter(examples.values()))
        elif validator is not None and kind != "binary":
            default, valid = generate_valid(self._schemas, f"{pointer}/schema", validator, "response", self._seed)
        else:
            default = None
        declared = self._schemas.properties(schema) if schema is not None else {}
        # What a write may set that a later read shows: never a writeOnly field.
        resolve = self._schemas.resolve
        properties = frozenset(name for name, prop in declared.items() if not flag_applies(prop, resolve, "writeOnly"))
        encoder = self._encoder(kind, media_type, schema)
        default_bytes = encoder(default) if encoder is not None else encode(kind, media_type, default)
        fields = independent_fields(self._schemas, f"{pointer}/schema", "response") if schema is not None else None
        schemas = self._schemas

        def readable(value: Any) -> Any:  # a stored write echoed back may hold a writeOnly field, at any depth
            return without_write_only(schemas, schema, value)

        return Body(
            media_type,
            kind,
            validator,
            examples,
            default,
            default_bytes,
            properties,
            valid,
            schema,
            encoder,
            fields,
            readable if schema is not None and kind in ("json", "yaml", "xml", "form") else None,
        )

    def _stream_body(self, media_type: str, item_pointer: str, entry: Mapping[str, Any]) -> Body:
        """A sequential body: examples that fit the item schema (a list example is a whole stream), else items
        generated from it with a few seeds, so the stream is not one value repeated."""
        schema = self._schemas.at(item_pointer)
        validator = self._schemas.validator(item_pointer, "response")
        examples = {
            name: value
            for name, value in _examples(entry, self._schemas).items()
            if all(validator.is_valid(item) for item in (value if isinstance(value, list) else [value]))
        }
        generated = [
            generate_valid(self._schemas, item_pointer, validator, "response", self._seed + offset)[0]
            for offset in range(3)
        ]
        stream = Stream(media_type, stream_items(examples, generated), describes_event(self._schemas.resolve(schema)))
        default = list(stream.items)
        return Body(
            media_type, "stream", validator, examples, default, b"".join(stream.frames()), schema=schema, stream=stream
        )

    def _encoder(self, kind: str, media_type: str, schema: Any) -> Callable[[Any], bytes] | None:
        if kind != "xml":
            return None
        resolve = self._schemas.resolve

        def xml(value: Any) -> bytes:
            if value is None or isinstance(value, str | bytes):
                return encode("binary" if isinstance(value, bytes) else "text", media_type, value)
            return to_xml(value, schema, resolve)

        return xml

    def _headers(self, response: Mapping[str, Any]) -> dict[str, str]:
        headers = {}
        for name, raw in (response.get("headers") or {}).items():
            header = self._schemas.resolve(raw)
            if str(name).lower() in _FRAMING_HEADERS or not isinstance(header, Mapping):
                continue
            if not header.get("required") and "example" not in header:  # an optional header is sent when documented
                continue
            schema = header.get("schema", {})
            documented = "example" in header and self._schemas.example_fits(header["example"], schema)
            value = header["example"] if documented else Generator(self._schemas, "response").value(schema)
            headers[str(name)] = header_safe(_header_text(value))
        return headers


def _header_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_header_text(v) for v in value)
    return str(value)


def _success_status(plans: Mapping[str, Plan]) -> int | None:
    exact = sorted(int(k) for k in plans if k.isdigit() and k.startswith("2"))
    if exact:
        return exact[0]
    if "2XX" in plans or "default" in plans:
        return 200
    return None


def without_write_only(schemas: Schemas, schema: Any, value: Any, depth: int = 0) -> Any:
    """``value`` without the fields its (response) schema marks writeOnly, at any depth."""
    if depth > 32:
        return value
    if isinstance(value, list):
        items = (schemas.resolve(schema) or {}).get("items") if isinstance(schemas.resolve(schema), Mapping) else None
        return [without_write_only(schemas, items, v, depth + 1) for v in value] if items is not None else value
    if not isinstance(value, Mapping):
        return value
    declared = schemas.properties(schema)
    return {
        key: without_write_only(schemas, declared.get(key), item, depth + 1)
        for key, item in value.items()
        if not flag_applies(declared.get(key), schemas.resolve, "writeOnly")
    }


def _examples(entry: Mapping[str, Any], schemas: Schemas) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, example in (entry.get("examples") or {}).items():
        resolved = schemas.resolve(example)
        if isinstance(resolved, Mapping) and "value" in resolved:
            found[str(name)] = resolved["value"]
    if not found and "example" in entry:
        found["example"] = entry["example"]
    return found


def response_kind(media_type: str) -> str:
    """How a response body of ``media_type`` is written: json | yaml | text | xml | form | binary.

    Data a client (and Schemathesis) parses is written as such: YAML (LGTM's ``application/x-yaml`` objects) and
    JSON under any name (``text/json``, ``application/x-json``), not as placeholder bytes that parse as a string.
    """
    essence = media_type.split(";", 1)[0].strip().lower()
    if essence in ("application/xml", "text/xml") or essence.endswith("+xml"):
        return "xml"
    if essence in _YAML_TYPES or essence.endswith("+yaml"):
        return "yaml"
    if essence in _OTHER_JSON_TYPES:
        return "json"
    kind = media_kind(essence)
    return "form" if kind in ("form", "multipart") else kind


# What a documented media range (``application/*``) is answered as, by how its body is written.
_CONCRETE = {"json": "application/json", "yaml": "application/yaml", "xml": "application/xml", "text": "text/plain"}


def sent_media_type(media_type: str, kind: str) -> str:
    """The Content-Type of an answer documented with ``media_type``: a range (``application/*``, ``*/*``) is no
    type a client can read a body by (Schemathesis reads ``application/*`` as JSON), so a concrete one of it is
    sent (openSUSE's build results: binary files under ``application/*``)."""
    major, _, minor = media_type.split(";", 1)[0].strip().lower().partition("/")
    if "*" not in (major, minor):
        return media_type
    concrete = _CONCRETE.get(kind, "application/octet-stream")
    if major in ("*", concrete.split("/", 1)[0]):
        return concrete
    return {"image": "image/png", "text": "text/plain"}.get(major, f"{major}/octet-stream")


_YAML_TYPES = frozenset({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"})
_OTHER_JSON_TYPES = frozenset({"text/json", "application/x-json"})


def encode(kind: str, media_type: str, value: Any) -> bytes:
    if kind == "yaml":
        return yaml.safe_dump(value, allow_unicode=True, sort_keys=False).encode() if value is not None else b""
    if kind == "form" and isinstance(value, Mapping):
        return urlencode({k: v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}).encode()
    if kind in ("json", "form"):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode() if value is not None else b""
    if kind in ("text", "xml"):
        if value is None:
            return b""
        return (value if isinstance(value, str) else json.dumps(value)).encode()
    if isinstance(value, bytes):
        return value
    if isinstance(value, str) and value:
        return value.encode()
    return TINY_PNG if media_type == "image/png" else b"apigen-mock-binary"


def render(
    status: int,
    plan: Plan | None,
    body: Body | None,
    value: Any = None,
    *,
    head: bool = False,
    items: int | None = None,
) -> Response:
    """A response with ``body``'s media type; ``value`` replaces the pre-rendered default when given; a
    sequential body is streamed (``items`` of them, when asked)."""
    headers = dict(plan.headers) if plan is not None else {}
    if body is None or status in (204, 304):
        return Response(b"", status_code=status, headers=headers)
    if body.stream is not None and not head:
        stream = body.stream if value is None else Stream(body.media_type, _as_items(value), body.stream.event_shaped)
        return stream.response(status, headers, items)
    content = body.default_bytes if value is None else body.encode(value)
    response = Response(b"" if head else content, status_code=status, headers=headers, media_type=body.content_type)
    if head:
        response.headers["content-length"] = str(len(content))
    return response


def _as_items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def dynamic_value(schemas: Schemas, body: Body, seed: int) -> Any:
    """A fresh random body for ``Prefer: dynamic=true``; the static default when it would not validate."""
    if body.schema is None or body.validator is None:
        return body.default
    value = Generator(schemas, "response", random.Random(seed)).value(body.schema)
    return value if body.validator.is_valid(value) else body.default


def error_response(
    responses: Responses,
    status: int,
    detail: str,
    violations: Sequence[Violation] = (),
    headers: Mapping[str, str] | None = None,
    accept: str | None = None,
) -> Response:
    """The declared response for ``status`` shaped with ``detail``; problem+json when none is declared."""
    plan = responses.find(status)
    if plan is None:
        return problem(status, detail, violations, headers)
    body = plan.body_for(accept)
    value = None if body is None else fill_message(body, detail, status)
    response = render(status, plan, body, value)
    for name, header in (headers or {}).items():
        response.headers[name] = header
    if violations:
        response.headers["x-mock-violations"] = header_safe(json.dumps([v.as_json() for v in violations])[:4000])
    return response


def header_safe(text: str) -> str:
    """``text`` as a header value: characters a header may not hold escaped (json.dumps leaves DEL, 0x7f, as it
    is) and no whitespace at either end (a cut-off JSON list can end in a space, which h11 refuses to send)."""
    return _NOT_HEADER_SAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text).strip()


_NOT_HEADER_SAFE = re.compile(r"[^\x20-\x7e]")


def unreadable_response(responses: Responses, status: int, detail: str, accept: str | None) -> Response:
    """The answer to a body that cannot be read: the declared response, problem+json when it has no body."""
    plan = responses.find(status)
    if plan is not None and plan.bodies:
        return error_response(responses, status, detail, accept=accept)
    return problem(status, detail, headers=plan.headers if plan is not None else None)


def fill_message(body: Body, detail: str, status: int) -> Any:
    """The default body with its message-like fields set to ``detail`` (and status-like ones to ``status``)."""
    value = body.default
    if body.validator is None:
        return detail if body.kind == "text" and value is None else value
    if body.kind == "text" or isinstance(value, str):
        return detail if body.validator.is_valid(detail) else value
    if not isinstance(value, Mapping):
        return value
    keys = set(value) | body.properties
    updates: dict[str, Any] = {key: detail for key in _MESSAGE_KEYS if key in keys}
    updates.update({key: status for key in _STATUS_KEYS if key in keys and not isinstance(value.get(key), str)})
    for key, nested in value.items():
        if isinstance(nested, Mapping) and any(k in nested for k in _MESSAGE_KEYS):
            updates[key] = {**nested, **{k: detail for k in _MESSAGE_KEYS if k in nested}}
    return body.overlay(value, updates)


def violations_detail(violations: Sequence[Violation]) -> str:
    return f"The request is invalid: {summary(violations)}"
