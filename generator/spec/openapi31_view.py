"""A 3.1 view of an OpenAPI 3.2 document, for the tools below us that read only 3.1 (Schemathesis, openapi-python-
client): nothing the document says is lost. What 3.1 can say is said the 3.1 way; the rest moves to an ``x-``
extension beside where it was, so a reader that knows it still finds it, and a 3.1 reader is not refused:

- ``openapi: 3.2.x`` -> ``3.1.0``; ``$self`` -> ``x-self``; a server's ``name`` -> ``x-name``;
- a tag's ``summary``, ``parent``, ``kind`` -> ``x-summary``, ``x-parent``, ``x-kind``;
- a path item's ``query`` operation and ``additionalOperations`` -> ``x-query`` and ``x-additionalOperations``
  (3.1 has no other methods: a 3.1 tool does not call them);
- a media type's ``itemSchema`` -> ``x-item-schema``, and with ``item_schemas_as_schema`` also its ``schema`` when it
  has none: the convention of 3.1 specs that stream (OpenAI's), where the schema under ``text/event-stream`` is
  that of one event. Without it a sequential media type has no ``schema``, so no 3.1 tool validates a stream of
  lines or events as one JSON document. ``itemEncoding``/``prefixEncoding``/``description`` -> ``x-...``;
- ``in: querystring`` (the whole query string as one value) -> one ``in: query`` parameter per property of its
  object schema (form style, what ``application/x-www-form-urlencoded`` means); the parameter itself is kept as
  ``x-querystring`` on its operation or path item;
- an example's ``dataValue`` -> ``value`` (``x-dataValue``, ``x-serializedValue`` kept); a response's ``summary``
  -> ``x-summary``;
- OAuth2's ``deviceAuthorization`` flow -> ``x-deviceAuthorization``; a security scheme's ``deprecated`` and
  ``oauth2MetadataUrl`` -> ``x-...``;
- ``components/mediaTypes`` -> references to them inlined, the section kept as ``x-mediaTypes``.

With ``expose_methods`` (for a tool that should *call* every operation: Schemathesis) each ``query`` and
additional operation is also exposed as a ``post`` on a synthetic path, ``/_apigen-method/<METHOD><path>``, that no
path of the document starts with; the path item says which request it stands for (``x-apigen-exposed``, read back
with :func:`exposed_operations`), so whoever sends it rewrites method and path first.

A 3.0 or 3.1 document (what :class:`~generator.spec.Spec` holds for them) is returned as it is.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._methods import ADDITIONAL
from .pointers import resolve_local
from .schema_walk import DATA_KEYS, SCHEMA_KEYS
from .upgrading import TARGET_VERSION

if TYPE_CHECKING:
    from .loading import Spec

EXPOSED = "x-apigen-exposed"  # on a synthetic path item: {"method": "QUERY", "path": "/logs"}
_EXPOSED_PREFIX = "/_apigen-method"
_PATH_ITEM_SHARED = ("summary", "description", "servers", "parameters")

_RENAMED = {
    "tag": ("summary", "parent", "kind"),
    "server": ("name",),
    "media_type": ("itemEncoding", "prefixEncoding", "description"),
    "encoding": ("encoding", "itemEncoding", "prefixEncoding"),
    "response": ("summary",),
    "example": ("dataValue", "serializedValue"),
    "security_scheme": ("deprecated", "oauth2MetadataUrl"),
    "flows": ("deviceAuthorization",),
    "path_item": ("query", ADDITIONAL),
}


def is_32(document: Mapping[str, Any]) -> bool:
    return str(document.get("openapi", "")).startswith("3.2.")


def openapi31_view(
    document: Mapping[str, Any], *, item_schemas_as_schema: bool = False, expose_methods: bool = False
) -> dict[str, Any]:
    """A 3.1 copy of a 3.2 ``document`` (see the module's docstring); other documents are returned as they are."""
    if not is_32(document):
        return dict(document)
    view = copy.deepcopy(dict(document))
    view["openapi"] = TARGET_VERSION
    _rename(view, ("$self",))
    _inline_media_types(view)
    for kind, node in list(_objects(view)):
        if kind == "media_type":
            _item_schema(node, item_schemas_as_schema)
        elif kind == "example" and "dataValue" in node and "value" not in node:
            node["value"] = copy.deepcopy(node["dataValue"])
        elif kind == "parameters_owner":
            _querystring(view, node)
            continue
        _rename(node, _RENAMED.get(kind, ()))
    _querystring_components(view)
    if expose_methods:
        _expose_methods(view)
    return view


def source_for_tools(spec: Spec, *, expose_methods: bool = False) -> bytes:
    """What a tool that reads the spec's text (Schemathesis) should read: the file as written when the in-memory
    document means what it says, else the document itself (bundled, repaired, ignored headers left out), as JSON
    in its 3.1 view (``expose_methods``: see the module's docstring)."""
    if spec.origins is None and not spec.notes and not is_32(spec.document):
        return spec.source
    view = openapi31_view(spec.document, expose_methods=expose_methods)
    return json.dumps(view, ensure_ascii=False).encode()


def exposed_operations(view: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Synthetic path -> (the method as sent, the real path) for every operation ``expose_methods`` exposed."""
    found: dict[str, tuple[str, str]] = {}
    for path, item in _dict_items(view.get("paths")):
        exposed = item.get(EXPOSED)
        if isinstance(exposed, Mapping) and isinstance(exposed.get("method"), str):
            found[path] = (exposed["method"], str(exposed.get("path")))
    return found


def _expose_methods(view: dict[str, Any]) -> None:
    paths = view.get("paths")
    if not isinstance(paths, dict):
        return
    prefix = _EXPOSED_PREFIX
    while any(p == prefix or str(p).startswith(prefix + "/") for p in paths):
        prefix += "_"
    for path, item in list(_dict_items(paths)):
        resolved = resolve_local(view, item)
        if not isinstance(resolved, Mapping):
            continue
        for method, operation in _other_operations(resolved):
            synthetic = {k: copy.deepcopy(v) for k, v in resolved.items() if k in _PATH_ITEM_SHARED}
            synthetic["post"] = copy.deepcopy(operation)
            synthetic[EXPOSED] = {"method": method, "path": path}
            paths[f"{prefix}/{quote(method, safe='')}{path}"] = synthetic


def _other_operations(item: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(method as sent, operation) for what a 3.1 reader cannot call: ``query`` and the additional operations."""
    if isinstance(item.get("x-query"), dict):
        yield "QUERY", item["x-query"]
    yield from _dict_items(item.get(f"x-{ADDITIONAL}"))


def _dict_items(mapping: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(str(k), v) for k, v in mapping.items() if isinstance(v, dict)] if isinstance(mapping, Mapping) else []


def _rename(node: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if key in node:
            node[f"x-{key.lstrip('$')}"] = node.pop(key)


def _item_schema(media_type: dict[str, Any], as_schema: bool) -> None:
    if "itemSchema" not in media_type:
        return
    item = media_type.pop("itemSchema")
    media_type["x-item-schema"] = item
    if as_schema and "schema" not in media_type:
        media_type["schema"] = copy.deepcopy(item)


def _objects(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind, object) for the OpenAPI objects 3.2 changed; kinds as in :data:`_RENAMED`."""
    for tag in _dicts(document.get("tags")):
        yield "tag", tag
    yield from _servers_of(document)
    components = document.get("components") or {}
    for item in _dicts_of(components.get("pathItems")):
        yield from _path_item(item)
    for section in ("paths", "webhooks"):
        for item in _dicts_of(document.get(section)):
            yield from _path_item(item)
    for response in _dicts_of(components.get("responses")):
        yield from _response(response)
    for example in _dicts_of(components.get("examples")):
        yield "example", example
    for owner in (*_dicts_of(components.get("parameters")), *_dicts_of(components.get("headers"))):
        yield from _content(owner)
    for body in _dicts_of(components.get("requestBodies")):
        yield from _content(body)
    for scheme in _dicts_of(components.get("securitySchemes")):
        yield "security_scheme", scheme
        if isinstance(scheme.get("flows"), dict):
            yield "flows", scheme["flows"]


def _path_item(item: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield from _servers_of(item)
    yield from _parameters(item)
    operations = [item.get(method) for method in ("get", "put", "post", "delete", "options", "head", "patch")]
    operations += [item.get("trace"), item.get("query"), *_dicts_of(item.get(ADDITIONAL))]
    for operation in _dicts(operations):
        yield from _servers_of(operation)
        yield from _parameters(operation)
        if isinstance(operation.get("requestBody"), dict):
            yield from _content(operation["requestBody"])
        for response in _dicts_of(operation.get("responses")):
            yield from _response(response)
        for callback in _dicts_of(operation.get("callbacks")):
            for callback_item in _dicts_of(callback):
                yield from _path_item(callback_item)
    yield "path_item", item


def _parameters(owner: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for parameter in _dicts(owner.get("parameters")):
        yield from _content(parameter)
    yield "parameters_owner", owner


def _response(response: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield "response", response
    yield from _content(response)
    for header in _dicts_of(response.get("headers")):
        yield from _content(header)


def _content(owner: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for media_type in _dicts_of(owner.get("content")):
        yield "media_type", media_type
        for example in _dicts_of(media_type.get("examples")):
            yield "example", example
        for encoding in _dicts_of(media_type.get("encoding")):
            yield "encoding", encoding
    for example in _dicts_of(owner.get("examples")):
        yield "example", example


def _servers_of(owner: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for server in _dicts(owner.get("servers")):
        yield "server", server


def _dicts(items: Any) -> list[dict[str, Any]]:
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _dicts_of(mapping: Any) -> list[dict[str, Any]]:
    return [v for v in mapping.values() if isinstance(v, dict)] if isinstance(mapping, dict) else []


def _querystring(document: dict[str, Any], owner: dict[str, Any]) -> None:
    parameters = owner.get("parameters")
    if not isinstance(parameters, list):
        return
    kept: list[Any] = []
    for parameter in parameters:
        resolved = resolve_local(document, parameter)
        if isinstance(resolved, Mapping) and resolved.get("in") == "querystring":
            owner["x-querystring"] = copy.deepcopy(dict(resolved))
            kept += _as_query_parameters(document, resolved)
        else:
            kept.append(parameter)
    owner["parameters"] = kept


def _as_query_parameters(document: dict[str, Any], parameter: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One form-style query parameter per property of the querystring's object schema (none if it has none)."""
    media_types = [m for m in (parameter.get("content") or {}).values() if isinstance(m, Mapping)]
    schema = resolve_local(document, media_types[0].get("schema")) if media_types else None
    if not isinstance(schema, Mapping) or not isinstance(schema.get("properties"), Mapping):
        return []
    required = set(schema.get("required") or [])
    return [
        {"name": name, "in": "query", "required": name in required, "schema": copy.deepcopy(prop)}
        for name, prop in schema["properties"].items()
    ]


def _querystring_components(document: dict[str, Any]) -> None:
    """Querystring parameters of ``components``, now used nowhere (expanded where referred to), move aside."""
    parameters = (document.get("components") or {}).get("parameters")
    if not isinstance(parameters, dict):
        return
    moved = {name: parameters.pop(name) for name, p in list(parameters.items()) if _in_querystring(p)}
    if moved:
        document["components"]["x-querystring-parameters"] = moved


def _in_querystring(parameter: Any) -> bool:
    return isinstance(parameter, Mapping) and parameter.get("in") == "querystring"


def _inline_media_types(document: dict[str, Any]) -> None:
    components = document.get("components") or {}
    if "mediaTypes" not in components:
        return

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/mediaTypes/"):
                return inline(copy.deepcopy(resolve_local(document, node)))
            return {k: v if k in DATA_KEYS or k in SCHEMA_KEYS else inline(v) for k, v in node.items()}
        return [inline(item) for item in node] if isinstance(node, list) else node

    inlined = inline({k: v for k, v in document.items() if k != "components"})
    inlined_components = inline({k: v for k, v in components.items() if k != "mediaTypes"})
    document.update(inlined)
    document["components"] = {**inlined_components, "x-mediaTypes": components["mediaTypes"]}
