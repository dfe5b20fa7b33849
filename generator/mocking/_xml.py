"""Response values as XML, shaped by the schema's OpenAPI ``xml`` objects (name, attribute, wrapped).

Only what a mock answer needs: elements named after properties (or their ``xml.name``), attributes where the
schema says so, arrays as repeated elements (inside a wrapper when ``xml.wrapped``), scalars as text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping
from typing import Any

from ..spec.schema_walk import declared_properties

Resolve = Callable[[Any], Any]
_MAX_DEPTH = 32


def to_xml(value: Any, schema: Any, resolve: Resolve) -> bytes:
    """``value`` as an XML document whose root is named by the schema's ``xml.name`` (else ``root``)."""
    resolved = resolve(schema)
    root = ElementTree.Element(_name(resolved, "root"))
    _fill(root, value, resolved, resolve, 0)
    document: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def _fill(element: ElementTree.Element, value: Any, schema: Any, resolve: Resolve, depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, Mapping):
        properties = declared_properties(schema, resolve)
        for key, item in value.items():
            prop = resolve(properties.get(key, {}))
            if _xml(prop).get("attribute") is True and not isinstance(item, Mapping | list):
                element.set(_name(prop, str(key)), _text(item))
            else:
                _child(element, _name(prop, str(key)), item, prop, resolve, depth)
    elif isinstance(value, list):
        items = resolve(schema.get("items", {})) if isinstance(schema, Mapping) else {}
        for item in value:
            _child(element, _name(items, "item"), item, items, resolve, depth)
    elif value is not None:
        element.text = _text(value)


def _child(parent: ElementTree.Element, name: str, value: Any, schema: Any, resolve: Resolve, depth: int) -> None:
    if isinstance(value, list) and not _xml(schema).get("wrapped"):
        items = resolve(schema.get("items", {})) if isinstance(schema, Mapping) else {}
        for item in value:  # an unwrapped array: the property's element repeated
            _fill(ElementTree.SubElement(parent, _name(items, name)), item, items, resolve, depth + 1)
        return
    _fill(ElementTree.SubElement(parent, name), value, schema, resolve, depth + 1)


def _xml(schema: Any) -> Mapping[str, Any]:
    xml = schema.get("xml") if isinstance(schema, Mapping) else None
    return xml if isinstance(xml, Mapping) else {}


def _name(schema: Any, fallback: str) -> str:
    name = _xml(schema).get("name")
    return str(name) if isinstance(name, str) and name else _safe(fallback)


def _safe(name: str) -> str:
    """An XML element name: characters XML does not allow in names become ``_``."""
    cleaned = "".join(c if c.isalnum() or c in "_-." else "_" for c in name) or "item"
    return cleaned if cleaned[0].isalpha() or cleaned[0] == "_" else f"_{cleaned}"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
