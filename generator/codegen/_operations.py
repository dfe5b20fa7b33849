"""The operation layer of a client, from the loaded spec: what each operation module declares and does.

:func:`read_operations` reads every operation (none is ever left out) with its Python names, parameters,
request bodies per media type and responses per status, each holding the :class:`Slot` of its schema in the
working document. :class:`Classes` names the inline schemas that need classes through :func:`name_schemas`;
once the models module exists, :func:`type_operations` gives every slot its Python type.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ..spec.loading import PATH_PARAMETER, item_operations
from ..spec.pointers import escape_pointer_token, resolve_local
from ..spec.sequences import describes_event, essence, is_sequential, item_schema_key
from ._classes import Classes, Slot
from ._naming import class_name, distinct, python_identifier, snake_case
from ._resources import assign_resources
from ._types import ANY, NONE, PyType, Types, union, union_members

# Keyword arguments every operation function has besides the spec's parameters (templates/client).
RESERVED = frozenset({"client", "body", "timeout", "max_retries"})
# Header parameters OpenAPI says to ignore: the client sets them itself.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_LOCATIONS = ("path", "query", "header", "cookie")
_JSON_LIKE = ("*/*", "application/*", "application/javascript", "text/javascript", "text/json", "text/x-json")


@dataclass
class Parameter:
    wire_name: str
    location: str
    python_name: str
    required: bool
    description: str
    slot: Slot
    type: PyType = ANY
    deep: bool = False  # a query object of style deepObject: sent as name[field]=value

    @property
    def annotation(self) -> str:
        return self.type.code if self.required else f"{self.type.code} | Unset"

    @property
    def plain(self) -> bool:
        """Sent as it is (a string, number or boolean): no conversion to its wire form needed."""
        return self.type.code in ("str", "int", "float", "bool")


@dataclass
class Body:
    media_type: str
    kind: str  # json | form | multipart | binary | text
    required: bool
    slot: Slot | None
    description: str = ""
    type: PyType = ANY


@dataclass
class Response:
    status: str  # as the spec writes it: "200", "4XX", "default"
    low: int
    high: int
    kind: str  # json | text | binary | none
    slot: Slot | None
    type: PyType = ANY
    exact: bool = True

    @property
    def python_name(self) -> str:
        return f"response_{self.status.lower()}"

    @property
    def success(self) -> bool:
        return self.low >= 200 and self.high < 300

    @property
    def typed(self) -> bool:
        """A documented body with a type (``Any`` only for a body the spec gives no schema)."""
        return self.kind != "none"


@dataclass
class StreamPlan:
    """A success response that is a stream of items (server-sent events, JSON Lines ...): what ``stream()`` asks
    for (``Accept``) and the schema of one item."""

    media_type: str
    slot: Slot
    event_shaped: bool  # an event-stream item schema describing the event's fields, not its data
    type: PyType = ANY


@dataclass
class Operation:
    operation_id: str
    function: str
    module: str  # the tag folder
    method: str
    path: str
    pointer: str
    summary: str
    description: str
    data: Mapping[str, Any]
    parameters: list[Parameter] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    default: Response | None = None
    stream: StreamPlan | None = None
    group: str = ""  # client.<group>: see _resources
    group_class: str = ""
    method_name: str = ""  # client.<group>.<method_name>

    def located(self, location: str) -> list[Parameter]:
        return [parameter for parameter in self.parameters if parameter.location == location]

    @property
    def path_parameters(self) -> list[Parameter]:
        return self.located("path")

    @property
    def url_template(self) -> str:
        """The path with each parameter under its Python name, for ``str.format`` (other braces doubled)."""
        names = {parameter.wire_name: parameter.python_name for parameter in self.path_parameters}
        parts = PATH_PARAMETER.split(self.path)  # literal, name, literal, name ...
        return "".join(
            ("{" + names[part] + "}" if part in names else "{{" + part + "}}")
            if index % 2
            else part.replace("{", "{{").replace("}", "}}")
            for index, part in enumerate(parts)
        )

    @property
    def body_type(self) -> PyType:
        return union(body.type for body in self.bodies)

    @property
    def body_description(self) -> str:
        return self.bodies[0].description if self.bodies else ""

    @property
    def body_required(self) -> bool:
        return all(body.required for body in self.bodies)

    @property
    def return_type(self) -> PyType:
        """What ``sync_detailed`` parses, every documented status included (``Any`` for one without a body)."""
        every = [response.type for response in [*self.responses, *([self.default] if self.default else [])]]
        if not every:
            return ANY
        codes = sorted({code for pytype in every for code in union_members(pytype.code)})
        models = frozenset().union(*(pytype.models for pytype in every))
        return PyType(" | ".join(codes), models, frozenset().union(*(pytype.imports for pytype in every)))

    @property
    def success_type(self) -> PyType:
        """What ``sync`` returns: the 2xx bodies (``None`` for one without a body)."""
        return (
            union(
                (NONE if response.kind == "none" else response.type) for response in self.responses if response.success
            )
            if any(r.success for r in self.responses)
            else NONE
        )

    @property
    def successes(self) -> list[Response]:
        return [response for response in self.responses if response.success]

    def _typed(self) -> list[Parameter | Body | Response | StreamPlan]:
        stream = [self.stream] if self.stream else []
        return [*self.parameters, *self.bodies, *self.responses, *([self.default] if self.default else []), *stream]

    def models(self) -> set[str]:
        return {name for typed in self._typed() for name in typed.type.models}

    def imports(self) -> set[str]:
        return {line for typed in self._typed() for line in typed.type.imports}


def read_operations(document: Mapping[str, Any]) -> list[Operation]:
    """Every operation of the working ``document`` (paths only: webhooks are the webhooks module's)."""
    found: list[Operation] = []
    functions: set[str] = set()
    for path, item in (document.get("paths") or {}).items():
        item = _resolve(document, item)
        if not isinstance(item, Mapping):
            continue
        for method, suffix, data in item_operations(item):  # QUERY and 3.2's additionalOperations included
            pointer = f"/paths/{escape_pointer_token(str(path))}{suffix}"
            found.append(_operation(document, str(path), method, pointer, data, item, functions))
    assign_resources(found)
    return found


def name_schemas(operations: list[Operation], classes: Classes) -> None:
    """Give the inline schemas of ``operations`` their classes (``<Operation>Body``, ``<Operation>Response200``,
    ``<Operation><Parameter>``)."""
    for operation in operations:
        base = class_name(operation.operation_id)
        for parameter in operation.parameters:
            classes.name_root(parameter.slot, f"{base}_{parameter.wire_name}")
        for body in operation.bodies:
            if body.slot is not None:
                classes.name_root(body.slot, f"{base}_body")
        for response in [*operation.responses, *([operation.default] if operation.default else [])]:
            if response.slot is not None:
                classes.name_root(response.slot, f"{base}_response_{response.status.lower()}")
        if operation.stream is not None:
            classes.name_root(operation.stream.slot, f"{base}_stream_item")


def type_operations(operations: list[Operation], types: Types) -> list[tuple[str, str]]:
    """Give every parameter, body and response its Python type; (pointer, message) of what had to be typed
    more loosely than its schema says (one per parameter, body or response)."""
    loosened: list[tuple[str, str]] = []

    def typed(pointer: str, what: str, compute: Callable[[], PyType]) -> PyType:
        before = len(types.inexact)
        found = compute()
        if len(types.inexact) > before:
            loosened.append((pointer, f"{what} typed {found.code}: {types.inexact[before]}"))
        return found

    for operation in operations:
        for parameter in operation.parameters:
            what = f"parameter {parameter.wire_name!r}"
            parameter.type = typed(operation.pointer, what, partial(types.of, parameter.slot.get()))
        for body in operation.bodies:
            body.type = typed(operation.pointer, f"request body {body.media_type}", partial(_body_type, body, types))
        for response in [*operation.responses, *([operation.default] if operation.default else [])]:
            before = len(loosened)
            what = f"response {response.status}"
            response.type = typed(operation.pointer, what, partial(_response_type, response, types))
            response.exact = len(loosened) == before
        if operation.stream is not None:
            what = f"stream item {operation.stream.media_type}"
            operation.stream.type = typed(operation.pointer, what, partial(types.of, operation.stream.slot.get()))
    return loosened


def coverage(operations: list[Operation]) -> tuple[int, int]:
    """(success bodies typed, success bodies documented): typed as exactly as their schema says."""
    documented = [r for op in operations for r in op.responses if r.success and r.kind != "none"]
    return sum(1 for r in documented if r.exact), len(documented)


def _operation(
    document: Mapping[str, Any],
    path: str,
    method: str,
    pointer: str,
    data: Mapping[str, Any],
    item: Mapping[str, Any],
    functions: set[str],
) -> Operation:
    operation_id = data.get("operationId")
    if not isinstance(operation_id, str) or not snake_case(operation_id):
        operation_id = f"{method}_{path}"
    function = python_identifier(operation_id)
    unique, number = function, 2
    while unique in functions:
        unique, number = f"{function}_{number}", number + 1
    functions.add(unique)
    tags = data.get("tags")
    tag = str(tags[0]) if isinstance(tags, list) and tags else "default"
    operation = Operation(
        operation_id=operation_id,
        function=unique,
        module=python_identifier(tag) or "default",
        method=method,
        path=path,
        pointer=pointer,
        summary=str(data.get("summary") or ""),
        description=str(data.get("description") or ""),
        data=data,
    )
    operation.parameters = _parameters(document, path, item, data)
    operation.bodies = _bodies(document, data)
    operation.responses, operation.default = _responses(document, data)
    operation.stream = _stream(document, data)
    return operation


def _stream(document: Mapping[str, Any], data: Mapping[str, Any]) -> StreamPlan | None:
    """The first success response's sequential media type that has an item schema (see ``spec.sequences``)."""
    responses = data.get("responses")
    for status, raw in sorted(responses.items() if isinstance(responses, Mapping) else [], key=lambda r: str(r[0])):
        content = _resolve(document, raw).get("content") if str(status).startswith("2") else None
        for media, entry in content.items() if isinstance(content, Mapping) else []:
            key = item_schema_key(entry, str(media)) if isinstance(entry, dict) and is_sequential(str(media)) else None
            if key is not None:
                event_shaped = describes_event(_resolve(document, entry[key]))
                return StreamPlan(essence(str(media)), Slot(entry, key), event_shaped)
    return None


def _parameters(
    document: Mapping[str, Any], path: str, item: Mapping[str, Any], data: Mapping[str, Any]
) -> list[Parameter]:
    declared: dict[tuple[str, str], tuple[Mapping[str, Any], Any]] = {}
    for holder in (item.get("parameters"), data.get("parameters")):  # the operation's override the path's
        for raw in holder if isinstance(holder, list) else []:
            parameter = _resolve(document, raw)
            if not isinstance(parameter, dict) or not isinstance(parameter.get("name"), str):
                continue
            # 3.2's ``in: querystring`` is the whole query string as one object: one argument whose fields are
            # sent as the query's parameters, as an object in the query already is (style form, explode).
            location = "query" if parameter.get("in") == "querystring" else str(parameter.get("in"))
            if location not in _LOCATIONS:
                continue
            if location == "header" and parameter["name"].lower() in _IGNORED_HEADERS:
                continue
            declared[(parameter["name"], location)] = (parameter, raw)
    in_path = [name for name in PATH_PARAMETER.findall(path)]
    ordered = sorted(
        declared.items(),
        key=lambda entry: (
            _LOCATIONS.index(entry[0][1]),
            in_path.index(entry[0][0]) if entry[0][1] == "path" and entry[0][0] in in_path else 0,
        ),
    )
    preferred: dict[tuple[str, str], str] = {}
    for (name, location), _ in ordered:
        base = python_identifier(name)
        preferred[(name, location)] = f"{base}_{location}" if base in RESERVED else base
    names = distinct(((key, key[0], preferred[key]) for key, _ in ordered), RESERVED)
    result = []
    for key, (parameter, _) in ordered:
        name, location = key
        slot = Slot(parameter, "schema")
        if "schema" not in parameter:  # described by content: its first media type's schema, else a string
            content = parameter.get("content")
            media = next(iter(content.values()), None) if isinstance(content, dict) and content else None
            slot = Slot(
                media if isinstance(media, dict) and "schema" in media else {"schema": {"type": "string"}}, "schema"
            )
        result.append(
            Parameter(
                wire_name=name,
                location=location,
                python_name=names[key],
                required=bool(parameter.get("required")) or location == "path",
                description=str(parameter.get("description") or ""),
                slot=slot,
                deep=location == "query" and parameter.get("style") == "deepObject",
            )
        )
    return result


def _bodies(document: Mapping[str, Any], data: Mapping[str, Any]) -> list[Body]:
    request = _resolve(document, data.get("requestBody"))
    if not isinstance(request, Mapping):
        return []
    content = request.get("content")
    if not isinstance(content, dict):
        return []
    bodies: list[Body] = []
    for media, entry in content.items():
        kind = _body_kind(str(media), entry)
        if kind is None or any(body.kind == kind for body in bodies):
            continue
        slot = Slot(entry, "schema") if isinstance(entry, dict) and "schema" in entry else None
        description = str(request.get("description") or "")
        bodies.append(Body(str(media), kind, bool(request.get("required")), slot, description))
    return bodies


def _body_kind(media: str, entry: Any) -> str | None:
    base = media.split(";")[0].strip().lower()
    schema = entry.get("schema") if isinstance(entry, Mapping) else None
    if _is_json(base):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    if base.startswith("text/") and not (isinstance(schema, Mapping) and schema.get("format") == "binary"):
        return "text"
    return "binary"


def _responses(document: Mapping[str, Any], data: Mapping[str, Any]) -> tuple[list[Response], Response | None]:
    responses = data.get("responses")
    found: list[Response] = []
    default = None
    for status, raw in responses.items() if isinstance(responses, Mapping) else []:
        response = _resolve(document, raw)
        code = str(status).upper()
        if code == "DEFAULT":
            low, high = 0, 999
        elif len(code) == 3 and code[0].isdigit() and code[1:] == "XX":
            low, high = int(code[0]) * 100, int(code[0]) * 100 + 99
        elif code.isdigit():
            low = high = int(code)
        else:
            continue
        kind, slot = _response_body(response)
        parsed = Response(str(status), low, high, kind, slot)
        if code == "DEFAULT":
            default = parsed
        else:
            found.append(parsed)
    found.sort(key=lambda r: (r.low != r.high, r.low))
    return found, default


def _response_body(response: Any) -> tuple[str, Slot | None]:
    """The body the client parses: JSON if offered, else text, else bytes."""
    content = response.get("content") if isinstance(response, Mapping) else None
    if not isinstance(content, dict) or not content:
        return "none", None
    ranked = sorted(content.items(), key=lambda item: _rank(str(item[0]), item[1]))
    media, entry = ranked[0]
    kind = {0: "json", 1: "text", 2: "binary"}[_rank(str(media), entry)]
    slot = Slot(entry, "schema") if isinstance(entry, dict) and "schema" in entry else None
    return kind, slot if kind == "json" else None


def _rank(media: str, entry: Any) -> int:
    base = media.split(";")[0].strip().lower()
    schema = entry.get("schema") if isinstance(entry, Mapping) else None
    binary = isinstance(schema, Mapping) and schema.get("format") in ("binary", "base64")
    if _is_json(base) and not binary:
        return 0
    if base.startswith("text/") and not binary:
        return 1
    return 2


def _is_json(base: str) -> bool:
    return base == "application/json" or base.endswith("+json") or base in _JSON_LIKE


def _body_type(body: Body, types: Types) -> PyType:
    if body.kind == "binary" or (body.kind == "multipart" and body.slot is None):
        return PyType("File", imports=frozenset({"from ...types import File"}))
    if body.kind == "text":
        return PyType("str")
    if body.slot is None:
        return ANY
    found = types.of(body.slot.get())
    if body.kind == "multipart" and not found.is_model:
        return PyType("File", imports=frozenset({"from ...types import File"}))
    return found


def _response_type(response: Response, types: Types) -> PyType:
    if response.kind == "none":
        return ANY
    if response.kind == "text":
        return PyType("str")
    if response.kind == "binary":
        return PyType("File", imports=frozenset({"from ...types import File"}))
    return types.of(response.slot.get()) if response.slot is not None else ANY


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    """``node`` through its local ``$ref`` chain; the node itself where the chain leads nowhere."""
    resolved = resolve_local(document, node)
    return node if resolved is None else resolved
