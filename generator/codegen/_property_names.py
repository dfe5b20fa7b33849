"""Properties whose names differ only in punctuation get distinct Python attributes; the wire names stay.

openapi-python-client makes an attribute name of each property by dropping what is not a letter, digit or
delimiter. GitHub's ``reaction-rollup`` has ``+1`` and ``-1``: both become ``field_1``, the generator refuses
the model, and with it every schema using it (``issue``, ``issue-comment``, ``release`` ... 25 of them) and
the operations returning those. Before the generator reads the document, such properties are renamed with
their punctuation spelled out (``plus_sign_1``, ``hyphen_minus_1``); after it has built the models, each
renamed property gets its wire name back, so requests and responses still carry ``+1``.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.strings import PythonIdentifier

from ..spec.schema_walk import iter_schemas

Renamed = dict[str, str]  # stand-in name -> wire name


def spell_out_clashing_properties(document: dict[str, Any], config: Config) -> Renamed:
    """Rename, in place, properties of one schema whose attribute names would clash; what was renamed."""
    renamed: Renamed = {}
    for _, schema in list(iter_schemas(document)):
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            continue
        for names in _clashes(properties, config):
            for name in names:
                stand_in = _spelled(name)
                if stand_in in properties or renamed.get(stand_in, name) != name:
                    continue  # the spelled name is taken: leave this clash to the generator's report
                renamed[stand_in] = name
                _rename(schema, name, stand_in)
    return renamed


def restore_wire_names(data: GeneratorData, renamed: Renamed) -> None:
    """Give each renamed model property its wire name back (its attribute keeps the spelled name)."""
    if not renamed:
        return
    for model in data.models:
        for prop in [*(model.required_properties or ()), *(model.optional_properties or ())]:
            if prop.name in renamed:
                prop.name = renamed[prop.name]


def _clashes(properties: Mapping[str, Any], config: Config) -> Iterable[list[str]]:
    by_attribute: dict[str, list[str]] = defaultdict(list)
    for name in properties:
        by_attribute[PythonIdentifier(str(name), config.field_prefix, skip_snake_case=True)].append(str(name))
    return (names for names in by_attribute.values() if len(names) > 1)


def _spelled(name: str) -> str:
    """``+1`` -> ``plus_sign_1``: every character that cannot be in an identifier replaced by its Unicode name."""
    parts = [char if char.isalnum() or char == "_" else f"_{_char_name(char)}_" for char in name]
    return "_".join(part for part in "".join(parts).split("_") if part)


def _char_name(char: str) -> str:
    return unicodedata.name(char, f"u{ord(char):04x}").lower().replace(" ", "_").replace("-", "_")


def _rename(schema: Any, name: str, stand_in: str) -> None:
    schema["properties"] = {(stand_in if key == name else key): value for key, value in schema["properties"].items()}
    required = schema.get("required")
    if isinstance(required, list):
        schema["required"] = [stand_in if item == name else item for item in required]
