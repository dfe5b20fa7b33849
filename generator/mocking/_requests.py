"""Request validation: parameters (path, query, querystring, header, cookie) and bodies, compiled once per operation.

Parameter strings are coerced to the declared types (``?limit=5`` -> 5) before JSON Schema validation,
following the OpenAPI styles used in practice (form / simple / deepObject, ``explode``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from jsonschema import Draft202012Validator
from starlette.datastructures import UploadFile
from starlette.requests import Request

from ..spec.loading import Operation
from ..spec.pointers import escape_pointer_token
from ..spec.schemas import Schemas, accepts_any_string, pointer_of, quick_check
from ._problems import BadRequest, Violation

_IGNORED_HEADERS = {"accept", "content-type", "authorization"}
# Headers HTTP libraries set on every request (httpx, requests, curl): an optional parameter of that name is
# the library's value unless the caller gave one.
_TRANSPORT_HEADERS = frozenset({"accept-encoding", "user-agent", "connection"})
_MISSING: Any = object()


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    validator: Draft202012Validator | None
    read: Callable[[Request, Mapping[str, str]], Any]
    quick_check: Callable[[Any], bool] | None = None  # True = certainly valid; jsonschema explains failures


@dataclass(frozen=True)
class MediaRule:
    """One media type of a request body. Only ``validated_kinds`` are checked against the schema: JSON,
    forms (as objects) and text whose schema is a string; XML, binary and the like are taken as bytes."""

    media_type: str
    kind: str  # json | form | multipart | text | binary
    validator: Draft202012Validator | None
    properties: Mapping[str, Any] = field(default_factory=dict)
    resolve: Resolve = field(default=lambda node: node)
    validated_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class BodyRule:
    required: bool
    media: tuple[MediaRule, ...]

    def rule_for(self, content_type: str | None) -> MediaRule | None:
        if not content_type:
            return self.media[0] if len(self.media) == 1 else None
        wanted = _essence(content_type)
        for rule in self.media:
            if rule.media_type == wanted:
                return rule
        for rule in self.media:
            major, _, minor = rule.media_type.partition("/")
            if rule.media_type == "*/*" or (minor == "*" and wanted.startswith(f"{major}/")):
                return rule
        return None


@dataclass(frozen=True)
class ParsedRequest:
    parameters: dict[tuple[str, str], Any]
    body: Any = None
    media_type: str | None = None


@dataclass(frozen=True)
class RequestRules:
    """What one operation accepts."""

    parameters: tuple[Parameter, ...]
    body: BodyRule | None

    def check_parameters(
        self, request: Request, path_values: Mapping[str, str]
    ) -> tuple[ParsedRequest, list[Violation]]:
        values: dict[tuple[str, str], Any] = {}
        violations: list[Violation] = []
        for param in self.parameters:
            value = param.read(request, path_values)
            if value is _MISSING:
                if param.required:
                    violations.append(
                        Violation(
                            param.location,
                            f"/{escape_pointer_token(param.name)}",
                            "required parameter is missing",
                            param.name,
                        )
                    )
                continue
            values[(param.location, param.name)] = value
            if param.quick_check is not None and param.quick_check(value):
                continue
            if param.validator is not None:
                for error in param.validator.iter_errors(value):
                    pointer = f"/{escape_pointer_token(param.name)}{pointer_of(error)}"
                    violations.append(Violation(param.location, pointer, error.message, param.name))
        return ParsedRequest(values), violations

    async def check_body(self, request: Request) -> tuple[Any, str | None, list[Violation]]:
        """The decoded body, its media type and its violations; raises BadRequest when unreadable.

        An unsupported Content-Type raises BadRequest with status 415.
        """
        rule = self.body
        if rule is None:
            return None, None, []
        raw = await request.body()
        content_type = request.headers.get("content-type")
        media = rule.rule_for(content_type) if raw or content_type else None
        # A wildcard media type says nothing of the bytes' format: they are taken as they come.
        kind = None if media is None else "binary" if "*" in media.media_type else media.kind
        if not raw and kind not in ("form", "multipart", "text", "binary"):  # empty text or bytes is a value
            if rule.required:
                return None, None, [Violation("body", "", "request body is required")]
            return None, None, []
        if media is None or kind is None:
            accepted = ", ".join(m.media_type for m in rule.media)
            raise BadRequest(f"Content-Type {content_type or '(none)'} is not accepted; send one of: {accepted}", 415)
        value = await _decode(kind, media, raw, request)
        if media.validator is None or kind not in media.validated_kinds:
            return value, media.media_type, []
        try:
            violations = [Violation("body", pointer_of(e), e.message) for e in media.validator.iter_errors(value)]
        except RecursionError:  # jsonschema recurses per level of nesting (and per $ref)
            violations = [Violation("body", "", "the body is nested too deeply to be validated")]
        return value, media.media_type, violations


def _essence(content_type: str) -> str:
    """``type/subtype`` of a Content-Type, lower case, without parameters."""
    return content_type.split(";", 1)[0].strip().lower()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # Python's json reads NaN and Infinity; JSON has neither


async def _decode(kind: str, media: MediaRule, raw: bytes, request: Request) -> Any:
    """The body as the validator sees it: JSON decoded, forms as objects, text as str, anything else bytes."""
    if kind == "json":
        try:
            return json.loads(raw, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as exc:
            raise BadRequest(f"request body is not valid JSON: {exc}") from exc
    if kind == "text" and "text" in media.validated_kinds:
        try:
            return raw.decode(_charset(request.headers.get("content-type")))
        except (UnicodeDecodeError, LookupError) as exc:
            raise BadRequest(f"request body is not valid text: {exc}") from exc
    if kind == "form":
        try:
            pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError as exc:
            raise BadRequest(f"form body is not valid UTF-8: {exc}") from exc
        return _form_object(list(pairs), media.properties, media.resolve)
    if kind == "multipart":
        return await _multipart(request, media)
    return raw


async def _multipart(request: Request, media: MediaRule) -> dict[str, Any]:
    try:
        form = await request.form()
    except Exception as exc:  # python-multipart raises several unrelated types for broken input
        raise BadRequest(f"multipart body cannot be parsed: {exc}") from exc
    pairs: list[tuple[str, str]] = []
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            # A file part stands for itself, unless the schema wants structured data (a JSON part sent as a file).
            wants_data = bool(_types(media.properties.get(key, {}), media.resolve) & _STRUCTURED)
            text = (await value.read()).decode("utf-8", errors="replace") if wants_data else None
            pairs.append((key, text if text is not None else f"<file {value.filename or ''}>"))
        else:
            pairs.append((key, value))
    return _form_object(pairs, media.properties, media.resolve)


def _charset(content_type: str | None) -> str:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip('"')
    return "utf-8"


def _form_object(pairs: list[tuple[str, str]], properties: Mapping[str, Any], resolve: Resolve) -> dict[str, Any]:
    """Form fields as an object: scalars coerced to the declared types, object and array parts JSON-decoded."""
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    result: dict[str, Any] = {}
    for key, values in grouped.items():
        schema = properties.get(key, {})
        types = _types(schema, resolve)
        if len(values) == 1 and types & _STRUCTURED and (decoded := _json_part(values[0])) is not _MISSING:
            result[key] = decoded  # a whole object or array in one part: `meta={"name": "x"}`, `tags=["a"]`
        elif "array" in types or len(values) > 1:
            item_types = _types(_items(schema, resolve), resolve)
            result[key] = [_form_value(v, item_types) for v in values]
        else:
            result[key] = coerce_as(values[0], types)
    return result


_STRUCTURED = frozenset({"object", "array"})


def _json_part(raw: str) -> Any:
    if not raw.lstrip().startswith(("{", "[")):
        return _MISSING
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return _MISSING


def _array_items(parts: list[str], item_types: set[str], whole: str | None) -> list[Any]:
    """Array items from a parameter's parts. OpenAPI defines no style for objects in an array: an object item
    travels as JSON (one per value, as Schemathesis sends them), or the whole array as one JSON value, ``whole``
    (Box's ``mdfilters=[{"scope": "enterprise", ...}]``)."""
    if whole is not None and item_types & _STRUCTURED and isinstance(decoded := _json_part(whole), list):
        return decoded
    return [_form_value(part, item_types) for part in parts]


def _form_value(raw: str, types: set[str]) -> Any:
    if types & _STRUCTURED and (decoded := _json_part(raw)) is not _MISSING:
        return decoded
    return coerce_as(raw, types)


Resolve = Callable[[Any], Any]


def _types(schema: Any, resolve: Resolve) -> set[str]:
    schema = resolve(schema)
    if not isinstance(schema, Mapping):
        return set()
    declared = schema.get("type")
    found = {declared} if isinstance(declared, str) else set(declared or [])
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in schema.get(key) or []:
            found |= _types(branch, resolve)
    enum = schema.get("enum")
    if not found and isinstance(enum, list) and enum and all(isinstance(v, int) for v in enum):
        found = {"integer"}
    return found


def _items(schema: Any, resolve: Resolve) -> Any:
    schema = resolve(schema)
    return resolve(schema.get("items", {})) if isinstance(schema, Mapping) else {}


def coerce_as(raw: str, types: set[str]) -> Any:
    """``raw`` as the first of the declared scalar ``types`` it parses as; the string itself otherwise."""
    if "integer" in types:
        try:
            return int(raw)
        except ValueError:
            pass
    if "number" in types:
        try:
            number = float(raw)
            if number == number and abs(number) != float("inf"):
                return int(number) if number.is_integer() and "." not in raw and "e" not in raw.lower() else number
        except ValueError:
            pass
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    if "null" in types and raw in ("", "null") and "string" not in types:
        return None
    return raw


class RequestCompiler:
    """Builds :class:`RequestRules` for operations of one spec."""

    def __init__(self, schemas: Schemas) -> None:
        self._schemas = schemas

    def rules(self, op: Operation) -> RequestRules:
        return RequestRules(tuple(self._parameters(op)), self._body(op))

    def _parameters(self, op: Operation) -> list[Parameter]:
        by_key: dict[tuple[str, str], tuple[str, Mapping[str, Any]]] = {}
        item_pointer = op.item_pointer
        for owner, pointer in ((op.path_item, item_pointer), (op.data, op.pointer)):
            for index, raw in enumerate(owner.get("parameters") or []):
                param_pointer = f"{pointer}/parameters/{index}"
                param = self._schemas.resolve(raw)
                if isinstance(param, Mapping) and "name" in param and "in" in param:
                    by_key[(str(param["in"]), str(param["name"]))] = (param_pointer, param)
        result = []
        for (location, name), (pointer, param) in by_key.items():
            if location == "header" and name.lower() in _IGNORED_HEADERS:
                continue
            if location == "header" and name.lower() in _TRANSPORT_HEADERS and not param.get("required"):
                continue  # unset, the HTTP library sends its own (httpx: 'gzip, deflate'): no caller's value to judge
            result.append(self._parameter(location, name, pointer, param))
        return result

    def _parameter(self, location: str, name: str, pointer: str, param: Mapping[str, Any]) -> Parameter:
        schema_pointer, schema = f"{pointer}/schema", param.get("schema")
        content_json = False
        if schema is None and isinstance(param.get("content"), Mapping) and param["content"]:
            media_type = next(iter(param["content"]))
            schema_pointer = f"{pointer}/content/{escape_pointer_token(media_type)}/schema"
            schema = param["content"][media_type].get("schema")
            content_json = "json" in media_type
        resolved = self._schemas.resolve(schema) if schema is not None else {}
        needed = schema is not None and not (accepts_any_string(resolved) and not content_json)
        validator = self._schemas.validator(schema_pointer, "request") if needed else None
        reader = _reader(location, name, param, resolved, content_json, self._schemas)
        required = bool(param.get("required")) or location == "path"
        return Parameter(name, location, required, validator, reader, quick_check(resolved))

    def _body(self, op: Operation) -> BodyRule | None:
        raw = op.data.get("requestBody")
        if raw is None:
            return None
        pointer = f"{op.pointer}/requestBody"
        body = self._schemas.resolve(raw)
        media: list[MediaRule] = []
        for media_type, entry in (body.get("content") or {}).items():
            entry_pointer = f"{pointer}/content/{escape_pointer_token(media_type)}"
            has_schema = isinstance(entry, Mapping) and "schema" in entry
            validator = self._schemas.validator(f"{entry_pointer}/schema", "request") if has_schema else None
            properties = self._schemas.properties(entry.get("schema")) if has_schema else {}
            kind = media_kind(str(media_type))
            validated = _VALIDATED | ({"text"} if _is_string_schema(entry.get("schema"), self._schemas) else set())
            media.append(
                MediaRule(_essence(str(media_type)), kind, validator, properties, self._schemas.resolve, validated)
            )
        return BodyRule(bool(body.get("required")), tuple(media)) if media else None


_VALIDATED = frozenset({"json", "form", "multipart"})


def _is_string_schema(schema: Any, schemas: Schemas) -> bool:
    return schema is not None and _types(schema, schemas.resolve) == {"string"}


def media_kind(media_type: str) -> str:
    """How a body of ``media_type`` is read: a content key may carry parameters (``application/json;
    charset=utf-8``), which say nothing of its kind."""
    lowered = _essence(media_type)
    if lowered == "application/json" or lowered.endswith("+json") or lowered == "*/*":
        return "json"
    if lowered == "application/x-www-form-urlencoded":
        return "form"
    if lowered.startswith("multipart/"):
        return "multipart"
    if lowered.startswith("text/") or lowered.endswith("+xml") or lowered == "application/xml":
        return "text"
    return "binary"


def _reader(
    location: str, name: str, param: Mapping[str, Any], schema: Any, content_json: bool, schemas: Schemas
) -> Callable[[Request, Mapping[str, str]], Any]:
    style = param.get("style") or ("form" if location in ("query", "cookie") else "simple")
    explode = param.get("explode", style == "form")
    resolve = schemas.resolve
    types = _types(schema, resolve)
    item_types = _types(_items(schema, resolve), resolve)
    properties = schemas.properties(schema)
    property_types = {name: _types(prop, resolve) for name, prop in properties.items()}

    def convert(raw: str) -> Any:
        if content_json:
            try:
                return json.loads(raw)
            except ValueError:
                return raw
        if "array" in types and not ({"string"} & types):
            return _array_items(raw.split(",") if raw else [], item_types, raw)
        if "object" in types and style != "deepObject":
            parts = raw.split(",")
            pairs = zip(parts[::2], parts[1::2], strict=False)
            return {k: coerce_as(v, property_types.get(k, set())) for k, v in pairs}
        return coerce_as(raw, types)

    if location == "querystring":
        return _querystring_reader(content_json, properties, resolve)
    if location == "path":
        return lambda _request, path_values: convert(path_values[name]) if name in path_values else _MISSING
    if location == "header":
        header = name.lower()
        return lambda request, _path: convert(request.headers[header]) if header in request.headers else _MISSING
    if location == "cookie":
        return lambda request, _path: convert(request.cookies[name]) if name in request.cookies else _MISSING
    if "array" in types and explode and not content_json:

        def read_exploded(request: Request, _path: Mapping[str, str]) -> Any:
            found = request.query_params.getlist(name)
            return _array_items(found, item_types, found[0] if len(found) == 1 else None) if found else _MISSING

        return read_exploded
    if "object" in types and (style == "deepObject" or explode) and not content_json:

        def read_object(request: Request, _path: Mapping[str, str]) -> Any:
            if style == "deepObject":
                prefix = f"{name}["
                found = {k[len(prefix) : -1]: v for k, v in request.query_params.items() if k.startswith(prefix)}
            else:
                found = {k: v for k, v in request.query_params.items() if k in properties}
            return {k: coerce_as(v, property_types.get(k, set())) for k, v in found.items()} if found else _MISSING

        return read_object
    return lambda request, _path: convert(request.query_params[name]) if name in request.query_params else _MISSING


def _querystring_reader(
    content_json: bool, properties: Mapping[str, Any], resolve: Resolve
) -> Callable[[Request, Mapping[str, str]], Any]:
    """OpenAPI 3.2's ``in: querystring``: the whole query string is the one value, JSON or a form (as an
    object: fields coerced to their declared types). The mock's own ``__`` switches (``?__items=``) are not
    part of it."""

    def read(request: Request, _path: Mapping[str, str]) -> Any:
        pairs = [(k, v) for k, v in parse_qsl(request.url.query, keep_blank_values=True) if not k.startswith("__")]
        if not pairs:
            return _MISSING
        if content_json:
            try:
                return json.loads(unquote(request.url.query), parse_constant=_reject_constant)
            except (ValueError, RecursionError):
                return unquote(request.url.query)
        return _form_object(pairs, properties, resolve)

    return read
