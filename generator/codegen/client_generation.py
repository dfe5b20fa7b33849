"""Client generation: a validated :class:`Spec` -> the client package, rendered from ``templates/client``.

The operation layer is ours (``_operations``): every operation of the spec is read from the loaded document,
its inline schemas are named by the one naming authority (``_classes``), datamodel-code-generator writes the
classes under those names (``model_generation``), and the operation modules are rendered with jinja2 from
the operation model, typed against the classes that module actually defines (``_types``).
"""

from __future__ import annotations

import builtins
import contextlib
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import jinja2

from ..errors import GenerationError, Problem
from ..forking import forked
from ..spec.loading import Spec
from ..spec.schema_walk import ANNOTATIONS, iter_schemas
from ._classes import SCHEMAS, Classes, needs_class
from ._media_types import parseable_contents
from ._operations import Operation, Response, coverage, name_schemas, read_operations, type_operations
from ._reuse import Reuse
from ._types import PyType, Types
from ._unused_imports import without_unused_imports
from .distribution import distribution_context
from .model_generation import ModelsInput, field_name


@dataclass
class ParsedClient:
    """A spec's operations and the one set of models they use, before the models module is written."""

    spec: Spec
    operations: list[Operation]
    models: ModelsInput


def parse_client(spec: Spec) -> ParsedClient:
    """Read the operations of ``spec`` and name every class they use (see ``_classes``)."""
    document = parseable_contents(_collapse_annotated_refs(spec.document_copy()))
    operations = read_operations(document)
    classes = Classes(document)
    classes.name_components()
    name_schemas(operations, classes)
    classes.finish()
    return ParsedClient(spec, operations, ModelsInput(document, classes.field_names))


def expected_classes(parsed: ParsedClient) -> set[str]:
    """The classes datamodel-code-generator is expected to write: one per schema that needs one (``_classes``)."""
    schemas = (parsed.models.document.get("components") or {}).get("schemas") or {}
    return {
        name
        for name, schema in schemas.items()
        if isinstance(schema, Mapping) and needs_class(schema) and not _nullable_free_form(schema)
    }


def _nullable_free_form(schema: Mapping[str, Any]) -> bool:
    """An object that may be null and declares no fields: datamodel-code-generator writes it as a root model
    (``dict[str, Any] | None``), which ``collapse_root_models`` folds into the fields using it, so no class."""
    kinds = schema.get("type")
    nullable = schema.get("nullable") is True or (isinstance(kinds, list) and "null" in kinds)
    return nullable and "properties" not in schema and "enum" not in schema and "allOf" not in schema


def generate_client(
    parsed: ParsedClient,
    package_dir: Path,
    templates_dir: Path,
    defined: set[str],
    context: Mapping[str, Any] | None = None,
    reuse: Reuse | None = None,
    compiled: jinja2.BytecodeCache | None = None,
) -> tuple[list[Problem], tuple[int, int, int, int], dict[str, str]]:
    """Render the client package of ``parsed`` into ``package_dir``, typed against the ``defined`` classes of its
    models module. Returns what had to be typed loosely (warnings located in the spec), the coverage
    (operations generated, operations in the spec, success bodies typed, success bodies documented), and the key
    of each operation and resource module (by path in the package): those ``reuse`` holds are copied from it.
    ``compiled``: where the templates are kept compiled between runs."""
    spec = parsed.spec
    types = Types(parsed.models.document, defined)
    loosened = type_operations(parsed.operations, types)
    if loosened and spec.strict:
        raise GenerationError(
            f"{spec.path}: parts of a strict spec could only be typed loosely:\n"
            + "\n".join(f"  {pointer}: {message}" for pointer, message in loosened)
        )
    context = context if context is not None else distribution_context(spec)
    enums = _enum_classes(parsed.models.document)
    env = _environment(templates_dir, context, enums, compiled)
    package_dir.mkdir(parents=True, exist_ok=True)
    for name, template in (
        ("__init__.py", "package_init.py.jinja"),
        ("errors.py", "errors.py.jinja"),
        ("types.py", "types.py.jinja"),
    ):
        (package_dir / name).write_text(env.get_template(template).render())
    api = package_dir / "api"
    api.mkdir()
    (api / "__init__.py").write_text('"""Contains methods for accessing the API"""\n')
    by_function = {op["function"]: op for op in context["operations"]}
    entries: list[ResourceEntry] = []
    for operation in parsed.operations:
        folder = api / operation.module
        if not folder.is_dir():
            folder.mkdir()
            (folder / "__init__.py").write_text('"""Contains endpoint functions for accessing the API"""\n')
        plan = _pagination_plan(operation, (by_function.get(operation.function) or {}).get("pagination"), types)
        entries.append(ResourceEntry(operation, plan, _stream_kind(operation)))
    reuse = reuse or Reuse(None, {}, "")
    shared = reuse.key({k: v for k, v in context.items() if k != "operations"}, sorted(enums))
    keys = {_endpoint_file(entry.op): reuse.key(shared, entry, by_function.get(entry.op.function)) for entry in entries}
    endpoints = _Endpoints(env.get_template("endpoint_module.py.jinja"), api, entries, by_function, reuse, keys)
    with _beside(endpoints) as wait:
        keys |= _write_resources(env, package_dir, entries, reuse, keys)
        reuse.taken |= wait()
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n")
    typed, documented = coverage(parsed.operations)
    in_spec = sum(1 for _ in spec.operations(webhooks=False))
    found = (len(parsed.operations), in_spec, typed, documented)
    return [spec.problem(pointer, message, "generate").as_warning() for pointer, message in loosened], found, keys


def _endpoint_file(operation: Operation) -> str:
    """The operation's module, by path in the package."""
    return f"api/{operation.module}/{operation.function}.py"


@dataclass(frozen=True)
class _Endpoints:
    """The operation modules to render: one per entry, into ``api/<module>/<function>.py``."""

    template: jinja2.Template
    api: Path
    entries: list[ResourceEntry]
    by_function: Mapping[str, Any]
    reuse: Reuse
    keys: Mapping[str, str]  # by path in the package

    def write(self) -> set[str]:
        """Render (or take from ``reuse``) every module; returns those taken (from a fork, where ``reuse`` is the
        fork's own copy)."""
        for entry in self.entries:
            operation = entry.op
            name = _endpoint_file(operation)
            if not self.reuse.take(name, self.keys[name], self.api.parent / name):
                context = self.by_function.get(operation.function)
                text = self.template.render(endpoint=operation, operation=context, plan=entry.plan)
                (self.api.parent / name).write_text(without_unused_imports(text))
        return self.reuse.taken


# Above this many operations their modules render in a forked process while this one renders the resource
# modules (about as long: GitHub's 1,223 operations take 1.5 s of CPU each way). Below it a fork costs more
# than it saves.
_FORK_ABOVE = 300


@contextlib.contextmanager
def _beside(endpoints: _Endpoints) -> Iterator[Callable[[], set[str]]]:
    """Renders ``endpoints`` in a forked process for a large spec (yields how to wait for it), else here; what
    it renders is inherited through the fork, never pickled (GitHub's would be 100 MB)."""
    if len(endpoints.entries) <= _FORK_ABOVE:
        yield endpoints.write
        return
    with forked(endpoints.write) as wait:
        yield wait


@dataclass(frozen=True)
class ResourceEntry:
    """One method of the resource surface: its operation, pagination plan and streamed variant, if any."""

    op: Operation
    plan: PaginationPlan | None
    stream: str  # "download" (the module's stream()/astream() of a File) | "stream" | ""


def _stream_kind(operation: Operation) -> str:
    # A stream plan (server-sent events, JSON lines ...) gives the module stream()/astream() of its items, even
    # where the body is otherwise read as a File (a stream-only operation): as the endpoint template decides.
    if getattr(operation, "stream", None):
        return "stream"
    return "download" if operation.success_type.code == "File" else ""


def _write_resources(
    env: jinja2.Environment,
    package_dir: Path,
    entries: list[ResourceEntry],
    reuse: Reuse,
    endpoint_keys: Mapping[str, str],
) -> dict[str, str]:
    """``resources/<group>.py`` per group, and the client's group attributes (``groups`` in client.py). A group's
    module is taken from ``reuse`` where its key holds: that of its entries (``endpoint_keys``, by operation
    module), its class and its methods. Returns the key of each group's module."""
    folder = package_dir / "resources"
    folder.mkdir()
    by_group: dict[str, list[ResourceEntry]] = {}
    for entry in entries:
        by_group.setdefault(entry.op.group, []).append(entry)
    for members in by_group.values():
        group_class = _unshadowed_class(members)
        for entry in members:
            entry.op.group_class = group_class
    groups = [
        {"name": name, "class": members[0].op.group_class, "streams": any(e.stream for e in members)}
        for name, members in sorted(by_group.items())
    ]
    template = env.get_template("resource.py.jinja")
    keys: dict[str, str] = {}
    for name, members in sorted(by_group.items()):
        arguments = {
            "group": name,
            "group_class": members[0].op.group_class,
            "entries": members,
            "methods": {entry.op.method_name for entry in members},
            "streams": any(entry.stream for entry in members),
        }
        members_keys = [endpoint_keys[_endpoint_file(entry.op)] for entry in members]
        keys[f"resources/{name}.py"] = reuse.key({**arguments, "entries": members_keys})
        if not reuse.take(f"resources/{name}.py", keys[f"resources/{name}.py"], folder / f"{name}.py"):
            (folder / f"{name}.py").write_text(template.render(**arguments))
    (folder / "__init__.py").write_text(env.get_template("resources_init.py.jinja").render(groups=groups))
    (package_dir / "client.py").write_text(env.get_template("client.py.jinja").render(groups=groups))
    return keys


_RESOURCE_CLASSES = (
    "{}Resource",
    "{}RawResource",
    "Async{}Resource",
    "Async{}RawResource",
    "{}Streaming",
    "Async{}Streaming",
)


def _unshadowed_class(members: list[ResourceEntry]) -> str:
    """The group's class name stem, ``Group`` appended where a model its module imports would be shadowed by one
    of its classes (DigitalOcean's ``TagsResource`` schema beside the ``tags`` group's ``TagsResource``)."""
    imported = {name for entry in members for name in entry.op.models()}
    imported |= {name.strip() for entry in members for line in _entry_imports(entry) for name in _imported(line)}
    stem = members[0].op.group_class
    while any(pattern.format(stem) in imported for pattern in _RESOURCE_CLASSES):
        stem += "Group"
    return stem


def _imported(line: str) -> list[str]:
    names = line.partition(" import ")[2]
    return [name.split(" as ")[-1] for name in names.split(",")]


# Read once: ``dir(builtins)`` per method of every resource class took GitHub's render 20 s.
_BUILTIN_NAMES = frozenset(dir(builtins))


def _qualify(code: str, methods: set[str]) -> str:
    """``code`` with the builtins that a method of the class shadows spelled ``builtins.<name>`` (a method
    ``list`` would otherwise be what ``list[Item]`` means in the class body)."""
    shadowed = sorted(methods & _BUILTIN_NAMES)
    if not shadowed:
        return code
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, shadowed)) + r")\b(?!\s*[=(])")
    return pattern.sub(lambda match: f"builtins.{match.group(1)}", code)


def _op_models(operation: Operation) -> list[str]:
    return sorted(operation.models())


def _entry_imports(entry: ResourceEntry) -> list[str]:
    """The operation's type imports, as seen from ``resources/`` (one package level up from ``api/<tag>/``)."""
    lines = [*entry.op.imports(), *(entry.plan.imports if entry.plan else ())]
    return sorted({line.replace("from ...", "from ..", 1) if line.startswith("from ...") else line for line in lines})


def _enum_classes(document: Mapping[str, Any]) -> frozenset[str]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    return frozenset(name for name, schema in schemas.items() if isinstance(schema, Mapping) and "enum" in schema)


def _environment(
    templates_dir: Path, context: Mapping[str, Any], enums: frozenset[str], compiled: jinja2.BytecodeCache | None
) -> jinja2.Environment:
    from ._naming import for_docstring, in_double_quotes

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        bytecode_cache=compiled,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # renders Python
    )
    env.globals.update(
        apigen=context,
        package_name=context["package_name"],
        package_description=f"A client library for accessing {context['title']}",
        parse=_parse_code,
        load_code=load_code,
        is_enum=lambda pytype: pytype.code in enums,
        instance_check=_instance_check,
    )
    env.filters.update(
        field_name=field_name,
        safe_for_docstring=for_docstring,
        in_double_quote_literal=in_double_quotes,
        qualify=_qualify,
        op_models=_op_models,
        entry_imports=_entry_imports,
        wordwrap=_wordwrap,
    )
    return env


@jinja2.pass_environment
def _wordwrap(
    env: jinja2.Environment,
    text: str,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    """jinja2's ``wordwrap``, remembered: every operation's docstring is written four times (sync, async, raw,
    resource method), and textwrap was a tenth of GitHub's rendering time."""
    return _wrapped(env, text, width, break_long_words, wrapstring, break_on_hyphens)


@functools.lru_cache(maxsize=16384)
def _wrapped(
    env: jinja2.Environment, text: str, width: int, break_long_words: bool, wrapstring: str | None, hyphens: bool
) -> str:
    return jinja2.filters.do_wordwrap(env, text, width, break_long_words, wrapstring, hyphens)


def _parse_code(response: Response) -> str:
    """The expression that reads ``response`` (an ``httpx.Response`` named ``response``) as its Python type."""
    pytype = response.type
    if response.kind == "none":
        return "None"
    if response.kind == "text":
        return "response.text"
    if response.kind == "binary":
        return "downloaded_file(response)"
    return load_code(pytype, "response.json()")


def load_code(pytype: PyType, source: str) -> str:
    """The expression that reads the parsed JSON ``source`` (an expression) as ``pytype``."""
    if pytype.code == "Any":
        return source
    if pytype.is_model:
        return f"load({pytype.code}, {source})"
    if pytype.is_model_list:
        (model,) = pytype.models
        return f"[load({model}, item) for item in {source}]"
    if not pytype.models and "datetime" not in pytype.code and "UUID" not in pytype.code and "File" not in pytype.code:
        return f"cast({pytype.code}, {source})"
    return f"cast({pytype.code}, load_value({pytype.code}, {source}))"


def _instance_check(pytype: PyType) -> str:
    """What ``isinstance`` can test a body of ``pytype`` against (a generic alias cannot be)."""
    code = pytype.code
    if code.startswith("list["):
        return "list"
    if code.startswith("dict["):
        return "dict"
    return "object" if " | " in code or code == "Any" else code


def _collapse_annotated_refs(document: dict[str, Any]) -> dict[str, Any]:
    """``allOf: [{$ref: X}, {description: ...}]`` -> ``{$ref: X, description: ...}`` (same meaning in 3.1).

    Vendors (every AWS spec) wrap references this way only to describe them; a class that extends X would be
    written for each.
    """
    for _, schema in iter_schemas(document):
        parts = schema.get("allOf")
        if not isinstance(parts, list) or "$ref" in schema:
            continue
        refs = [part for part in parts if isinstance(part, Mapping) and "$ref" in part]
        notes = [part for part in parts if part not in refs]
        if len(refs) == 1 and all(isinstance(note, Mapping) and note.keys() <= ANNOTATIONS for note in notes):
            target = cast(dict[str, Any], schema)
            del target["allOf"]
            target["$ref"] = refs[0]["$ref"]
            for note in notes:
                for key, value in note.items():
                    target.setdefault(key, value)
    return document


@dataclass(frozen=True)
class PaginationPlan:
    """How an endpoint template walks the pages of one ``x-pagination`` operation (Python names throughout)."""

    style: str  # "page" | "offset"
    cursor: str  # the page-number or offset query parameter
    cursor_query: str  # its name in the query string (read back from next-page links)
    size: str | None  # the page-size or limit query parameter
    page_type: str  # the parsed 2xx model
    item_type: str
    items: tuple[str, ...]  # attribute path from the page model to the item list
    next: str | None  # attribute holding the next page's URL, if the page has one
    imports: tuple[str, ...]  # what the item type needs imported
    body_type: str | None = None  # set when cursor and size are fields of this JSON body model, not query parameters
    body_optional: bool = False  # the body may be omitted (then the iterator starts from an empty one)
    switches: tuple[tuple[str, str, str], ...] = ()  # (python name, value code, "query" | "body") always sent
    more: str | None = None  # without ``next``: the attribute saying another page follows (a flag, or a total)
    more_kind: str = ""  # "more" (a flag) | "total" (the number of items of every page)


def _pagination_plan(operation: Operation, pagination: Any, types: Types) -> PaginationPlan | None:
    """None when the operation's shape does not allow it (no single 2xx model, no item list)."""
    if not isinstance(pagination, Mapping):
        return None
    style = str(pagination.get("style"))
    cursor_name, size_name = ("page", "size") if style == "page" else ("offset", "limit")
    query = {p.wire_name: p for p in operation.located("query")}
    body_model = None
    fields: dict[str, str]
    if pagination.get(cursor_name) in query:
        fields = {wire: p.python_name for wire, p in query.items()}
    else:
        body_model = _paging_body(operation, str(pagination.get(cursor_name)), types)
        if body_model is None:
            return None
        fields = {wire: field_name(wire) for wire in _properties(types, body_model[0])}
    cursor = fields.get(str(pagination.get(cursor_name)))
    pages = [r for r in operation.successes if r.kind != "none"]
    if cursor is None or len(pages) != 1 or not pages[0].type.is_model:
        return None
    page_type = pages[0].type.code
    items = _attribute_path(types, page_type, str(pagination.get("items", "")).split("."))
    next_path = _attribute_path(types, page_type, [str(pagination.get("next"))])
    more_kind = next((kind for kind in ("more", "total") if next_path is None and kind in pagination), "")
    more_path = _attribute_path(types, page_type, [str(pagination.get(more_kind))]) if more_kind else None
    if items is None or not items[1].code.startswith("list["):
        return None
    if style == "offset" and next_path is None and more_path is None:
        return None
    item_code = items[1].code[len("list[") : -1]
    switches = _switches(operation, pagination, types, body_model[0] if body_model else None)
    imports = {f"from ...pydantic_models import {m}" for m in items[1].models} | set(items[1].imports)
    imports |= {f"from ...pydantic_models import {value.split('(')[0]}" for _, value, _ in switches if "(" in value}
    return PaginationPlan(
        style=style,
        cursor=cursor,
        cursor_query=str(pagination.get(cursor_name)),
        size=fields.get(str(pagination.get(size_name))),
        page_type=page_type,
        item_type=item_code,
        items=items[0],
        next=next_path[0][0] if next_path else None,
        more=more_path[0][0] if more_path else None,
        more_kind=more_kind if more_path else "",
        imports=tuple(sorted(imports)),
        body_type=body_model[0] if body_model else None,
        body_optional=bool(body_model and body_model[1]),
        switches=switches,
    )


def _switches(
    operation: Operation, pagination: Mapping[str, Any], types: Types, body_type: str | None
) -> tuple[tuple[str, str, str], ...]:
    """``x-pagination.params``: fields every page request carries (a switch that turns paging on)."""
    import json

    params = pagination.get("params")
    found: list[tuple[str, str, str]] = []
    for name, value in sorted((params or {}).items()) if isinstance(params, Mapping) else []:
        for parameter in operation.located("query"):
            if parameter.wire_name == name:
                code = json.dumps(value)
                found.append((parameter.python_name, _enum_value(parameter.type, code), "query"))
        if body_type is not None and name in _properties(types, body_type):
            kind = types.of(_properties(types, body_type)[name])
            found.append((field_name(name), _enum_value(kind, json.dumps(value)), "body"))
    return tuple(found)


def _enum_value(pytype: PyType, code: str) -> str:
    return f"{pytype.code}({code})" if pytype.is_model else code


def _paging_body(operation: Operation, cursor: str, types: Types) -> tuple[str, bool] | None:
    """(model, optional) of the operation's only body, when it is a JSON model holding the page field and can
    be built empty if omitted."""
    if len(operation.bodies) != 1 or operation.bodies[0].kind != "json" or not operation.bodies[0].type.is_model:
        return None
    body = operation.bodies[0]
    schema = types.schema(body.type.code)
    if cursor not in _properties(types, body.type.code):
        return None
    if not body.required and schema.get("required"):
        return None
    return body.type.code, not body.required


def _properties(types: Types, model: str) -> Mapping[str, Any]:
    """The JSON fields of class ``model``: its own and those of the schemas it extends (``allOf``)."""
    return _schema_properties(types, types.schema(model), set())


def _schema_properties(types: Types, schema: Mapping[str, Any], seen: set[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        if not isinstance(part, Mapping):
            continue
        ref = part.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMAS) and ref not in seen:
            seen.add(ref)
            found.update(_schema_properties(types, types.schema(ref[len(SCHEMAS) :]), seen))
        elif "$ref" not in part:
            found.update(_schema_properties(types, part, seen))
    own = schema.get("properties")
    found.update(own if isinstance(own, Mapping) else {})
    return found


def _attribute_path(types: Types, model: str, names: list[str]) -> tuple[tuple[str, ...], PyType] | None:
    """The Python attribute names along JSON field ``names`` through nested models, and the last field's type."""
    path: list[str] = []
    current: PyType = PyType(model, frozenset({model}))
    for name in names:
        model_name = _nullable_model(current)
        if model_name is None or name not in _properties(types, model_name):
            return None
        current = types.of(_properties(types, model_name)[name])
        path.append(field_name(name))
    return tuple(path), _without_none(current)


def _nullable_model(pytype: PyType) -> str | None:
    codes = [code for code in pytype.code.split(" | ") if code != "None"]
    return codes[0] if len(codes) == 1 and codes[0] in pytype.models else None


def _without_none(pytype: PyType) -> PyType:
    codes = [code for code in pytype.code.split(" | ") if code != "None"]
    return PyType(" | ".join(codes), pytype.models, pytype.imports) if codes else pytype
