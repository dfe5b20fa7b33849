"""Which operations are stateful, inferred from path structure.

``/pets/{pet_id}`` is an *item* path (its last segment is one parameter) and ``/pets`` its *collection*.
POST on the collection creates an item; GET / PUT / PATCH / DELETE on the item path read, replace, merge
and delete it. The body field carrying the item's id comes from the create response's OpenAPI ``links``
when they say (``learner__learner_id: $response.body#/learner_id``), else from the names
(``pet_id``, ``<param>_id``, ``<param>Id``, the part after the last ``__``, then ``id``) found among
the response's properties. GET on the collection *lists* what was created there: the items go where the
operation's ``x-pagination.items`` says (``results``, ``data``), or make up the body when it is an array.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .loading import Operation, Spec
from .schemas import Schemas

_LAST_PARAM = re.compile(r"^(?P<collection>.*/)\{(?P<param>[^{}/]+)\}(?P<slash>/?)$")
_ROLES = {"get": "read", "put": "replace", "patch": "merge", "delete": "delete"}


@dataclass(frozen=True)
class Item:
    """An addressable resource: its path template and the path parameters that identify one."""

    template: str
    params: tuple[str, ...]

    @property
    def param(self) -> str:
        return self.params[-1]


@dataclass(frozen=True)
class Role:
    kind: str  # create | read | replace | merge | delete | list
    item: Item
    id_field: str | None
    items_field: str | None = None  # list only: the body field holding the items; None = the body itself


def infer_roles(spec: Spec, schemas: Schemas, operations: Iterable[Operation]) -> dict[tuple[str, str], Role]:
    ops = list(operations)
    items = _items(ops)
    collections = {_collection_of(template): item for template, item in items.items()}
    linked = _linked_id_fields(spec, ops, items)
    roles: dict[tuple[str, str], Role] = {}
    for op in ops:
        if op.path in items and op.method in _ROLES:
            item = items[op.path]
            roles[(op.method, op.path)] = Role(_ROLES[op.method], item, _id_field(schemas, op, item, linked))
        elif op.method == "post" and op.path in collections:
            item = collections[op.path]
            roles[(op.method, op.path)] = Role("create", item, _id_field(schemas, op, item, linked))
    creatable = {role.item.template: role.item for role in roles.values() if role.kind == "create"}
    for op in ops:
        listed = collections.get(op.path)
        if op.method == "get" and listed is not None and listed.template in creatable:
            pagination = op.data.get("x-pagination")
            field = pagination.get("items") if isinstance(pagination, Mapping) else None
            roles[(op.method, op.path)] = Role("list", listed, None, field if isinstance(field, str) else None)
    return roles


def _items(ops: list[Operation]) -> dict[str, Item]:
    found: dict[str, Item] = {}
    for op in ops:
        if op.path in found or op.method not in _ROLES:
            continue
        match = _LAST_PARAM.match(op.path)
        if match:
            params = tuple(re.findall(r"{([^{}/]+)}", op.path))
            found[op.path] = Item(op.path, params)
    return found


def _collection_of(template: str) -> str:
    match = _LAST_PARAM.match(template)
    assert match is not None
    collection = match.group("collection")
    return collection if match.group("slash") else collection.rstrip("/") or "/"


def _linked_id_fields(spec: Spec, ops: list[Operation], items: Mapping[str, Item]) -> dict[str, str]:
    """Item template -> body field, from links whose target is an operation on that item."""
    path_of: dict[Any, str] = {op.operation_id: op.path for op in ops if op.operation_id}
    found: dict[str, str] = {}
    for op in ops:
        for response in (op.data.get("responses") or {}).values():
            for link in (spec.resolve(response) or {}).get("links", {}).values():
                link = spec.resolve(link)
                target = path_of.get(link.get("operationId")) if isinstance(link, Mapping) else None
                if target is None or target not in items:
                    continue
                expression = (link.get("parameters") or {}).get(items[target].param)
                field = _body_field(expression)
                if field is not None:
                    found.setdefault(target, field)
    return found


def _body_field(expression: Any) -> str | None:
    if isinstance(expression, str) and expression.startswith("$response.body#/"):
        field = expression[len("$response.body#/") :]
        return field if field and "/" not in field else None
    return None


def _id_field(schemas: Schemas, op: Operation, item: Item, linked: Mapping[str, str]) -> str | None:
    names = set()
    for code, response in (op.data.get("responses") or {}).items():
        if not str(code).startswith("2"):
            continue
        for entry in (schemas.resolve(response).get("content") or {}).values():
            names |= set(schemas.properties((schemas.resolve(entry) or {}).get("schema")))
    param = item.param
    candidates = [linked.get(item.template), param, f"{param}_id", f"{param}Id", param.split("__")[-1], "id"]
    return next((name for name in candidates if name and name in names), None)
