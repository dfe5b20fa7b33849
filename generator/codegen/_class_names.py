"""One model class per component schema: titles that would name two classes alike give way to the schema's key.

openapi-python-client names a component schema's class after its ``title``, else its key. Big vendor specs
reuse titles: GitHub has ``simple-user`` and ``nullable-simple-user`` both titled "Simple User", and 51 such
groups. The generator then refuses the second class as a duplicate and leaves out the first as well, so every
operation returning either refers to a model module that does not exist and the package does not import.
In each such group one schema keeps the name (an untitled one, else one whose key spells the title, else the
first); the others are named after their keys (``NullableSimpleUser``), which are unique.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from openapi_python_client.strings import ClassName


def distinct_class_titles(document: dict[str, Any]) -> dict[str, Any]:
    """Drop, in place, the ``title`` of each component schema whose class name another schema already takes."""
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return document
    for keys in _groups_by_class_name(schemas).values():
        keeper = next((key for key in keys if _keeps_its_name(key, schemas[key])), keys[0])
        for key in keys:
            if key != keeper and _title(schemas[key]):
                schemas[key] = {name: value for name, value in schemas[key].items() if name != "title"}
    return document


def _groups_by_class_name(schemas: Mapping[str, Any]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for key, schema in schemas.items():
        groups[_class_name(_title(schema) or str(key))].append(str(key))
    return {name: keys for name, keys in groups.items() if len(keys) > 1}


def _keeps_its_name(key: str, schema: Any) -> bool:
    """Untitled (its key names it whatever happens) or titled as its key spells it."""
    title = _title(schema)
    return not title or _class_name(title) == _class_name(key)


def _title(schema: Any) -> str:
    title = schema.get("title") if isinstance(schema, Mapping) else None
    return title if isinstance(title, str) else ""


def _class_name(text: str) -> str:
    return str(ClassName(text, "")) if text else ""
