"""The one naming authority of a generated client: modules, functions, arguments, classes and enum members.

The spellings follow the ones the clients had when openapi-python-client named them (so the five APIs' public
names stay), and add what it lacked: names that collide get distinct ones, deterministically, instead of a
dropped operation or a crash.
"""

from __future__ import annotations

import builtins
import functools
import json
import re
import unicodedata
from collections.abc import Hashable, Iterable
from keyword import iskeyword
from typing import Any, TypeVar

from datamodel_code_generator.reference import FieldNameResolver

K = TypeVar("K", bound=Hashable)

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def _words(value: str) -> list[str]:
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def fix_reserved(value: str) -> str:
    """``value`` with ``_`` appended when it is a keyword or a builtin (a shadowed ``list`` breaks annotations)."""
    return f"{value}_" if value in _RESERVED or iskeyword(value) else value


# Cached: GitHub's schemas and operations ask for 30,000 names, most of them asked before.
@functools.lru_cache(maxsize=1 << 16)
def snake_case(value: str) -> str:
    return "_".join(_words(_sanitize(value))).lower()


@functools.lru_cache(maxsize=1 << 16)
def pascal_case(value: str) -> str:
    return "".join(word if word.isupper() else word.capitalize() for word in _words(_sanitize(value)))


_FIELD_NAMES = FieldNameResolver(snake_case_field=True)


@functools.lru_cache(maxsize=1 << 16)
def attribute_name(wire_name: str) -> str:
    """datamodel-code-generator's attribute for a JSON field (snake_case, made an identifier)."""
    return str(_FIELD_NAMES.get_valid_name(wire_name))


def class_name(value: str, prefix: str = "Model") -> str:
    """A PascalCase class name (``get_order response 200`` -> ``GetOrderResponse200``)."""
    name = fix_reserved(pascal_case(value))
    if not name.isidentifier():
        name = fix_reserved(pascal_case(prefix + name))
    return name


def python_identifier(value: str, prefix: str = "field_") -> str:
    """A snake_case argument or module name (``DateCreated`` -> ``date_created``)."""
    safe = _sanitize(value)
    name = fix_reserved(snake_case(safe))
    if not name.isidentifier() or safe.startswith("_"):
        name = f"{prefix}{name}"
    return name


def spelled_out(value: str) -> str:
    """``DateCreated<`` -> ``date_created_less_than_sign``: what cannot be in an identifier, named."""
    parts = [char if char.isalnum() or char == "_" else f"_{_char_name(char)}_" for char in value]
    return python_identifier("_".join(part for part in "".join(parts).split("_") if part))


def _char_name(char: str) -> str:
    return unicodedata.name(char, f"u{ord(char):04x}").lower().replace(" ", "_").replace("-", "_")


def distinct(names: Iterable[tuple[K, str, str]], taken: Iterable[str] = ()) -> dict[K, str]:
    """Python names for ``(key, wire name, preferred name)`` triples: the preferred name, spelled out from the
    wire name where two collide (``DateCreated``, ``DateCreated<``), then numbered; deterministic for one order."""
    triples = list(names)
    used = set(taken)
    owners: dict[str, K] = {}
    for key, _, preferred in triples:
        owners.setdefault(preferred, key)
    result: dict[K, str] = {}
    for key, wire, preferred in triples:
        name = preferred
        if owners[preferred] != key or name in used:
            name = spelled_out(wire)
        base, number = name, 2
        while name in used:
            name, number = f"{base}_{number}", number + 1
        used.add(name)
        result[key] = name
    return result


def enum_members(values: list[Any]) -> list[str]:
    """Member names of an enum of ``values`` (``VALUE_1``, ``AVAILABLE``), distinct even where values differ only
    by case or punctuation (``ASC``/``asc`` -> ``ASC``, ``ASC_2``)."""
    members: list[str] = []
    for index, value in enumerate(values):
        if isinstance(value, bool) or value is None:
            name = f"VALUE_{str(value).upper()}"
        elif isinstance(value, int):
            name = f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
        elif isinstance(value, str) and value and value[0].isalpha():
            name = snake_case(value.upper()).upper()
        else:
            name = f"VALUE_{index}"
        if not name.isidentifier():
            name = f"VALUE_{index}"
        members.append(name)
    seen: set[str] = set()
    unique: list[str] = []
    for name in members:
        base, number = name, 2
        while name in seen:
            name, number = f"{base}_{number}", number + 1
        seen.add(name)
        unique.append(name)
    return unique


def in_double_quotes(value: str) -> str:
    """``value`` escaped for a double-quoted Python string literal (no quotes around it)."""
    # Printable text has no character of the categories below: the common case skips the per-character scan.
    value = (
        value
        if value.isprintable()
        else "".join(
            c
            for c in value
            if (c in "\b\t\f" or not unicodedata.category(c).startswith("C"))
            and unicodedata.category(c) not in {"Zl", "Zp"}
        )
    )
    return json.dumps(value, ensure_ascii=False)[1:-1]


# The control characters (Unicode category Cc) but line breaks and tabs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def for_docstring(value: Any) -> str:
    """Text safe inside a triple-quoted docstring."""
    text = _CONTROL.sub("", str(value))
    if "\\" not in text and '"""' not in text:
        return text  # GitHub's 30,000 docstrings: most need no escaping, and a pattern scan beats a per-word one
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return re.sub(r"\S+", lambda m: _split_escaped(m.group()) if "\\" in m.group() else m.group(), text)


def _split_escaped(word: str, limit: int = 76) -> str:
    """An over-long word with escapes, split where wordwrap cannot cut an escape in two."""
    chunks: list[str] = []
    start = 0
    while len(word) - start > limit:
        end = start + limit
        run = 0
        while end > start and word[end - 1] == "\\":
            end -= 1
            run += 1
        end += run - (run % 2)
        chunks.append(word[start:end])
        start = end
    chunks.append(word[start:])
    return "\n".join(chunks)
