"""Model classes under one naming authority: we name every class, datamodel-code-generator writes it.

Every component schema gets a class name (its ``title``, else its key: see :func:`component_names`); every
inline schema that needs a class (an object with properties, an enum) is moved under ``components/schemas``,
keyed by the name we give it (``GetOrderResponse200``, ``GetOrderResponse200Shipping``), and replaced by a
``$ref`` to it. datamodel-code-generator then writes exactly the classes the operations import.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..spec.pointers import escape_pointer_token
from ..spec.schema_walk import iter_schemas
from ._naming import attribute_name, class_name, enum_members, spelled_out

SCHEMAS = "#/components/schemas/"
# Class names the operation and resource modules import besides models (templates/client/endpoint_module.py.jinja,
# resource.py.jinja, _types.py): a model so named would shadow one or be shadowed (a schema ``Response`` or
# ``Unset``), so it is named ``<name>Model`` instead.
OPERATION_NAMES = frozenset(
    {
        "AbstractAsyncContextManager", "AbstractContextManager", "Any", "AsyncDownload", "AsyncIterator",
        "AsyncPage", "AsyncSource", "AsyncStream", "Awaitable", "BaseClient", "Continued", "DEFAULT_SECURITY",
        "Download", "File", "Iterator", "Numbered", "Offsets", "Page", "RawResponse", "Response", "Security", "Source",
        "Stream", "UNSET", "UUID", "Unset",
    }
)  # fmt: skip


@dataclass
class Slot:
    """Where a schema sits in the working document: its holder and its key there."""

    holder: Any
    key: Any

    def get(self) -> Any:
        return self.holder[self.key]

    def set(self, value: Any) -> None:
        self.holder[self.key] = value


@dataclass
class Classes:
    """The working document (changed in place) and the class names given so far."""

    document: dict[str, Any]
    taken: set[str] = field(default_factory=set)
    field_names: dict[str, str] = field(default_factory=dict)  # wire name -> attribute, where names clash

    @property
    def schemas(self) -> dict[str, Any]:
        components = self.document.setdefault("components", {})
        schemas: dict[str, Any] = components.setdefault("schemas", {})
        return schemas

    def name_components(self) -> None:
        """Key every component schema by its class name; every reference follows."""
        names = component_names(self.schemas)
        self.document["components"]["schemas"] = {names[key]: schema for key, schema in self.schemas.items()}
        self.taken.update(names.values())
        table = {SCHEMAS + escape_pointer_token(old): SCHEMAS + escape_pointer_token(new) for old, new in names.items()}
        if any(old != new for old, new in table.items()):
            _rewrite_refs(self.document, table)
        for name in list(self.schemas):
            self.name_inside(self.schemas[name], name)

    def name_root(self, slot: Slot, name: str) -> None:
        """Name the schema at ``slot`` (an operation's body, response or parameter) and what it nests."""
        node = slot.get()
        if not isinstance(node, dict) or "$ref" in node:
            return
        if needs_class(node):
            self.hoist(slot, name)
        else:
            self.name_inside(node, name)

    def hoist(self, slot: Slot, name: str) -> None:
        node = slot.get()
        unique = self._unique(class_name(name))
        self.schemas[unique] = node
        slot.set({"$ref": SCHEMAS + escape_pointer_token(unique)})
        self.name_inside(node, unique)

    def name_inside(self, schema: Any, parent: str) -> None:
        if not isinstance(schema, dict):
            return
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for prop in list(properties):
                self.name_root(Slot(properties, prop), f"{parent}_{prop}")
        if isinstance(schema.get("items"), dict):
            self.name_root(Slot(schema, "items"), f"{parent}_item")
        if isinstance(schema.get("additionalProperties"), dict):
            self.name_root(Slot(schema, "additionalProperties"), f"{parent}_additional_property")
        for keyword in ("oneOf", "anyOf"):
            members = schema.get(keyword)
            if isinstance(members, list):
                for index in range(len(members)):
                    self.name_root(Slot(members, index), f"{parent}_type_{index}")
        parts = schema.get("allOf")
        if isinstance(parts, list):  # merged into the parent's class: what they nest is named after it
            for part in parts:
                if isinstance(part, dict) and "$ref" not in part:
                    self.name_inside(part, parent)

    def _unique(self, name: str) -> str:
        name = _unreserved(name)
        unique, number = name, 2
        while unique in self.taken:
            unique, number = f"{name}{number}", number + 1
        self.taken.add(unique)
        return unique

    def finish(self) -> None:
        """Enum members and field attributes that stay distinct (values differing by case, ``+1``/``-1``)."""
        for _, schema in list(iter_schemas(self.document)):
            target: Any = schema
            values = target.get("enum")
            if isinstance(values, list) and values and target.get("x-enum-varnames") is None:
                target["x-enum-varnames"] = enum_members(values)
            properties = target.get("properties")
            if isinstance(properties, dict):
                self.field_names.update(_clashing_fields(properties))


def needs_class(schema: Mapping[str, Any]) -> bool:
    """Whether datamodel-code-generator writes a class for ``schema``: an enum, an object (with properties, or
    free-form: a model that keeps every field), or a composition of objects (``allOf``)."""
    if isinstance(schema.get("enum"), list) and any(value is not None for value in schema["enum"]):
        return True
    if isinstance(schema.get("properties"), dict):
        return True
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) > 1:
        return True
    kinds = schema.get("type")
    is_object = kinds == "object" or (isinstance(kinds, list) and "object" in kinds)
    plain = not schema.keys() & {"oneOf", "anyOf", "allOf"} and not isinstance(schema.get("additionalProperties"), dict)
    return is_object and plain


def component_names(schemas: Mapping[str, Any]) -> dict[str, str]:
    """Component key -> class name: the schema's ``title``, else its key. Where titles would name two classes
    alike (GitHub's ``simple-user`` and ``nullable-simple-user``, both "Simple User"), one keeps the name (an
    untitled one, else one whose key spells the title, else the first) and the others are named by their keys;
    names still alike are numbered."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key, schema in schemas.items():
        groups[class_name(_title(schema) or str(key))].append(str(key))
    names: dict[str, str] = {}
    for name, keys in groups.items():
        keeper = next((key for key in keys if _keeps_its_name(key, schemas[key])), keys[0])
        for key in keys:
            names[key] = name if key == keeper else class_name(key)
    taken: set[str] = set()
    for key in schemas:
        name = _unreserved(names[key])
        unique, number = name, 2
        while unique in taken:
            unique, number = f"{name}{number}", number + 1
        taken.add(unique)
        names[key] = unique
    return names


def _unreserved(name: str) -> str:
    return f"{name}Model" if name in OPERATION_NAMES else name


def _title(schema: Any) -> str:
    title = schema.get("title") if isinstance(schema, Mapping) else None
    return title if isinstance(title, str) else ""


def _keeps_its_name(key: str, schema: Any) -> bool:
    title = _title(schema)
    return not title or class_name(title) == class_name(key)


def _clashing_fields(properties: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(wire name, attribute) for properties whose attributes datamodel-code-generator would spell alike."""
    by_attribute: dict[str, list[str]] = defaultdict(list)
    for name in properties:
        by_attribute[attribute_name(str(name))].append(str(name))
    for names in by_attribute.values():
        if len(names) > 1:
            for name in names:
                yield name, spelled_out(name)


def _rewrite_refs(node: Any, table: Mapping[str, str]) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMAS):
                head, slash, rest = ref[len(SCHEMAS) :].partition("/")
                new = table.get(SCHEMAS + head)
                if new is not None:
                    current["$ref"] = new + slash + rest
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
