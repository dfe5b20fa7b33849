"""Client generation: a validated :class:`Spec` -> the openapi-python-client package, using ``templates/client``."""

from __future__ import annotations

import contextlib
import copy
import io
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import Project as OpcProject
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError as OpcError
from openapi_python_client.strings import snake_case

from ._errors import GenerationError
from .distribution import distribution_context
from .loading import Spec

# Media types openapi-python-client understands natively; any other one is binary to us, and must be
# declared as octet-stream or the generator silently drops the response.
_NATIVE = (
    "application/json",
    "application/octet-stream",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "text/plain",
)


def generate_client(
    spec: Spec, package_dir: Path, templates_dir: Path, context: Mapping[str, Any] | None = None
) -> None:
    """Render the client package of ``spec`` into ``package_dir`` (which must not exist).

    ``context`` is :func:`distribution_context` of ``spec``, when the caller already has it.
    """
    config = Config.from_sources(
        ConfigFile(
            project_name_override=spec.project_name,
            package_name_override=spec.package_name,
            content_type_overrides=binary_media_types(spec),
            post_hooks=[],
        ),
        MetaType.NONE,
        spec.path,
        "utf-8",
        True,
        package_dir,
    )
    data = GeneratorData.from_dict(copy.deepcopy(dict(spec.document)), config=config)
    if isinstance(data, OpcError):
        raise GenerationError(f"{spec.path}: openapi-python-client: {_describe(data)}")
    project = OpcProject(openapi=data, config=config, custom_template_path=templates_dir)
    # opc's templates cannot see security schemes, servers or x-pagination; ours read them from here.
    context = context if context is not None else distribution_context(spec)
    project.env.globals.update(apigen=context, pagination_plan=_planner(context))
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        errors = project.build()
    if errors:  # warnings included: a warning means a dropped endpoint or response
        raise GenerationError(f"{spec.path}: openapi-python-client: " + "; ".join(_describe(e) for e in errors))
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n")


def binary_media_types(spec: Spec) -> dict[str, str]:
    found = {media for media in _media_types(spec.document) if not _is_native(media)}
    return dict.fromkeys(sorted(found), "application/octet-stream")


def _is_native(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base in _NATIVE or base.endswith("+json")


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


def _describe(error: OpcError) -> str:
    return " ".join(part for part in (error.header, error.detail) if part)


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
        fields = {str(p.name.get_untrusted_value()): str(p.python_name) for p in _fields(body.prop)}
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
        path.append(str(prop.python_name))
    return tuple(path), prop
