"""Client generation: a validated :class:`Spec` -> the openapi-python-client package, using ``templates/client``."""

from __future__ import annotations

import contextlib
import copy
import io
import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from attrs import evolve
from datamodel_code_generator.reference import FieldNameResolver
from openapi_python_client import Project as OpcProject
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError as OpcError
from openapi_python_client.schema import UntrustedString
from openapi_python_client.strings import snake_case

from ..errors import GenerationError, Problem
from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token
from ..spec.schema_walk import ANNOTATIONS, iter_schemas
from ._class_names import distinct_class_titles
from ._media_types import binary_media_types, parseable_contents
from ._model_names import ModelNames, mark_schemas, models_document, record_models, recording_enums
from ._nullable_components import nullable_references
from ._property_names import restore_wire_names, spell_out_clashing_properties
from .distribution import distribution_context
from .model_generation import ModelsInput


@dataclass
class ParsedClient:
    """A spec as openapi-python-client parsed it, and what datamodel-code-generator needs to write its models."""

    spec: Spec
    config: Config
    data: GeneratorData
    models: ModelsInput


def parse_client(spec: Spec) -> ParsedClient:
    """Parse ``spec`` for the client: its operations, and the one set of models they use (see ``_model_names``)."""
    config = Config.from_sources(
        ConfigFile(
            project_name_override=spec.project_name,
            package_name_override=spec.package_name,
            content_type_overrides=binary_media_types(spec.document),
            post_hooks=[],
        ),
        MetaType.NONE,
        spec.path,
        "utf-8",
        True,
        Path(spec.package_name),
    )
    document = parseable_contents(_collapse_annotated_refs(copy.deepcopy(dict(spec.document))))
    nullable_references(document)  # else nullable object components are left out
    distinct_class_titles(document)  # else same-titled schemas are left out, with the operations using them
    renamed = spell_out_clashing_properties(document, config)  # else "+1" and "-1" drop their model
    names = ModelNames()
    mark_schemas(document)
    with recording_enums(names):
        data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, OpcError):
        raise GenerationError(f"{spec.path}: openapi-python-client: {_describe(data)}")
    record_models(data, names)
    restore_wire_names(data, renamed)
    _avoid_reserved_names(data, config)
    models_document_, aliases = models_document(document, names, renamed)
    field_aliases = {wire: stand_in for stand_in, wire in renamed.items()}  # so that "+1" stays plus_sign_1
    models = ModelsInput(models_document_, aliases, field_aliases)
    return ParsedClient(spec, config, data, models)


def generate_client(
    parsed: ParsedClient, package_dir: Path, templates_dir: Path, context: Mapping[str, Any] | None = None
) -> list[Problem]:
    """Render the client package of ``parsed`` into ``package_dir`` (which must not exist).

    ``context`` is :func:`distribution_context` of the spec, when the caller already has it. Returns what the
    generator had to leave out (as warnings located in the spec); for a strict spec that is an error instead.
    """
    spec = parsed.spec
    config = evolve(parsed.config, output_path=package_dir)
    project = OpcProject(openapi=parsed.data, config=config, custom_template_path=templates_dir)
    # opc's templates cannot see security schemes, servers or x-pagination; ours read them from here.
    context = context if context is not None else distribution_context(spec)
    project.env.globals.update(apigen=context, pagination_plan=_planner(context))
    project.env.filters.update(pydantic_import=pydantic_import, field_name=field_name)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        errors = project.build()
    shutil.rmtree(package_dir / "models")  # opc's attrs models: the operations use the pydantic ones instead
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n")
    skipped = sorted({skipped_piece(spec, error) for error in errors})
    # A warning means a dropped endpoint, response or model: acceptable in a vendor's spec, not in ours.
    if skipped and spec.strict:
        raise GenerationError(f"{spec.path}: openapi-python-client skipped parts of a strict spec:\n" + _lines(skipped))
    return skipped


_FIELD_NAMES = FieldNameResolver(snake_case_field=True)


def field_name(wire_name: object) -> str:
    """The attribute of a JSON field in the pydantic models (datamodel-code-generator's name for it)."""
    name = wire_name.get_untrusted_value() if isinstance(wire_name, UntrustedString) else wire_name
    valid = str(_FIELD_NAMES.get_valid_name(str(name)))
    return f"{valid}_" if valid in _TYPE_NAMES else valid


# Names the models module uses in annotations: datamodel-code-generator suffixes a field so named with "_".
_TYPE_NAMES = frozenset(
    {"list", "dict", "set", "tuple", "type", "str", "int", "float", "bool", "bytes", "date", "datetime"}
)


_OPC_MODEL_IMPORT = re.compile(r"^from (\.+)models\.\w+ import ")


def pydantic_import(line: str) -> str:
    """opc's import of a model (``from ...models.pet import Pet``) as the import of its pydantic class."""
    return _OPC_MODEL_IMPORT.sub(r"from \1pydantic_models import ", line)


def _collapse_annotated_refs(document: dict[str, Any]) -> dict[str, Any]:
    """``allOf: [{$ref: X}, {description: ...}]`` -> ``{$ref: X, description: ...}`` (same meaning in 3.1).

    Vendors (every AWS spec) wrap references this way only to describe them; openapi-python-client reads such an
    allOf as a model that extends X, and drops the model when X is not an object.
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


# Keyword arguments every generated operation function has besides the spec's parameters (templates/client).
_RESERVED = frozenset({"client", "body", "timeout", "max_retries"})


def _avoid_reserved_names(data: GeneratorData, config: Config) -> None:
    """A spec parameter called ``timeout`` (Azure Batch) would repeat an argument of every operation function;
    rename it the way openapi-python-client renames clashing parameters: ``timeout_query``."""
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for location in ("path", "query", "header", "cookie"):
                for parameter in getattr(endpoint, f"{location}_parameters"):
                    if parameter.python_name in _RESERVED:
                        new_name = UntrustedString(f"{parameter.python_name}_{location}")
                        parameter.set_python_name(new_name=new_name, config=config)


def _describe(error: OpcError) -> str:
    return " ".join(_plain(part, error) for part in (error.header, error.detail) if part)


_ENDPOINT = re.compile(
    r"parsing (?P<method>[A-Z]+) (?P<path>\S+) within .*?\.(?P<dropped> Endpoint will not be generated\.)?$"
)
_SCHEMA = re.compile(r"Unable to process schema (?P<pointer>/\S+):")
_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def skipped_piece(spec: Spec, error: OpcError) -> Problem:
    """One generator warning as a located, plain-words problem: what was left out, where, and why."""
    header = " ".join(str(error.header or "").split())
    reason = _plain(str(error.detail or "").strip().splitlines()[0] if error.detail else "no reason given", error)
    if match := _ENDPOINT.search(header):
        pointer = f"/paths/{escape_pointer_token(match['path'])}/{match['method'].lower()}"
        what = "operation not generated" if match["dropped"] else "part of the operation left out"
    elif match := _SCHEMA.search(header):
        pointer, what = match["pointer"], "model not generated"
    else:
        pointer, what = "", "left out"
    return spec.problem(pointer, f"{what}: {reason}", "generate").as_warning()


def _plain(text: str, error: OpcError) -> str:
    """``text`` without object reprs: the reference the error is about, when it carries one, names it."""
    ref = getattr(getattr(error, "data", None), "ref", None)
    return _REPR.sub(repr(str(ref)) if ref is not None else "(unnamed)", text).rstrip(" ,;:")


def _lines(problems: list[Problem]) -> str:
    return "\n".join(f"  {problem}" for problem in problems)


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


def _planner(context: Mapping[str, Any]) -> Callable[[Any], PaginationPlan | None]:
    by_function = {op["function"]: op["pagination"] for op in context["paginated_operations"]}

    def plan(endpoint: Any) -> PaginationPlan | None:
        pagination = by_function.get(snake_case(str(endpoint.name)))
        return _pagination_plan(endpoint, pagination) if pagination else None

    return plan


def _pagination_plan(endpoint: Any, pagination: Mapping[str, Any]) -> PaginationPlan | None:
    """None when the operation's shape does not allow it (page fields in a body, no single 2xx model)."""
    style = str(pagination.get("style"))
    cursor_name, size_name = ("page", "size") if style == "page" else ("offset", "limit")
    fields = {str(p.name.get_untrusted_value()): str(p.python_name) for p in endpoint.query_parameters}
    body = (
        _paging_body(endpoint, str(pagination.get(cursor_name))) if pagination.get(cursor_name) not in fields else None
    )
    if body is not None:
        fields = {str(p.name.get_untrusted_value()): field_name(p.name) for p in _fields(body.prop)}
    cursor = fields.get(str(pagination.get(cursor_name)))
    pages = [r.prop for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300]
    if cursor is None or len(pages) != 1 or not hasattr(pages[0], "class_info"):
        return None
    items = _attribute_path(pages[0], str(pagination.get("items", "")).split("."))
    next_path = _attribute_path(pages[0], [str(pagination.get("next"))])
    if items is None or not hasattr(items[1], "inner_property") or (style == "offset" and next_path is None):
        return None
    inner = items[1].inner_property
    return PaginationPlan(
        style=style,
        cursor=cursor,
        cursor_query=str(pagination.get(cursor_name)),
        size=fields.get(str(pagination.get(size_name))),
        page_type=str(pages[0].class_info.name),
        item_type=inner.get_type_string(no_optional=True).as_unembedded_code(),
        items=items[0],
        next=next_path[0][0] if next_path else None,
        imports=tuple(sorted(inner.get_imports(prefix="...") | inner.get_lazy_imports(prefix="..."))),
        body_type=str(body.prop.class_info.name) if body is not None else None,
        body_optional=body is not None and not body.prop.required,
    )


def _paging_body(endpoint: Any, cursor: str) -> Any:
    """The endpoint's only body, when it is a JSON model holding the page field and can be built empty if omitted."""
    if len(endpoint.bodies) != 1 or endpoint.bodies[0].body_type != "json":
        return None
    body = endpoint.bodies[0]
    if not hasattr(body.prop, "class_info") or cursor not in {
        str(p.name.get_untrusted_value()) for p in _fields(body.prop)
    }:
        return None
    return body if body.prop.required or not body.prop.required_properties else None


def _fields(model: Any) -> list[Any]:
    return [*(getattr(model, "required_properties", None) or ()), *(getattr(model, "optional_properties", None) or ())]


def _attribute_path(model: Any, names: list[str]) -> tuple[tuple[str, ...], Any] | None:
    """The Python attribute names along JSON field ``names`` through nested models, and the last property."""
    path: list[str] = []
    prop = model
    for name in names:
        found = [field for field in _fields(prop) if field.name == name]
        if not found:
            return None
        prop = found[0]
        path.append(field_name(prop.name))
    return tuple(path), prop
