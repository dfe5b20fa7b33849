"""Repairs: vendor slips with one obvious meaning, fixed in memory at load, each with one located note.

A vendor's published spec is used as published, and a generator works around what it can: refusing a spec for a
3.0 keyword in a 3.1 document helps nobody. Each repair leaves a :class:`Note` (the pointer of the slip in the
file as written); validation reports it as a warning (rule ``repaired``), or as an error for a spec with
``x-apigen-strict: true`` (ours must be right as written). What has no meaning is left alone for validation to
refuse. Repaired: 3.0 keywords in a 3.1 document (``nullable``, boolean ``exclusiveMinimum``/``exclusiveMaximum``,
a schema's ``example``, rewritten as :mod:`.upgrading` does for 3.0 documents), duplicate ``required`` entries,
JSON Schema 2019-09's ``$recursiveAnchor``/``$recursiveRef``, a schema's ``examples`` written as a map of Example
Objects (their values), a ``content`` key that is no media type (``examples``),
a discriminator without mapping whose branches fix the property to values that are not their schema names,
fields beside ``$ref`` in a Reference Object (ignored, as OpenAPI says), ``allowEmptyValue``/``allowReserved``
on a parameter not in the query (ignored, as OpenAPI says), a ``null`` description, summary or title
(none), links to operationIds no operation has, and in a 3.0 document 3.1's numeric
``exclusiveMinimum``/``exclusiveMaximum`` (3.0 takes a boolean; generators such as utoipa write the 3.1 form
under ``openapi: 3.0.3``): kept as 3.1 means it.
An apiKey scheme in a header or cookie whose name no request can carry (not an HTTP token: RapidAPI's
"RapidAPI.com API Key") is left out of the security requirements.
In a spec that is not ``x-apigen-strict``, also: a duplicate operationId (the later one gets its method appended),
a path template parameter no parameter declares (a required string), a server url that is a host name without a
scheme (``https://`` is put before it), and ``enum`` values (and the ``default`` beside them) of another type than
the schema's that each convert to it without loss (``enum: [1, 2]`` under ``type: string`` read as
``["1", "2"]``): as written, no value could satisfy both keywords.

Also here, as a note of its own (rule ``ignored-header``): header parameters named ``Accept``, ``Content-Type`` or
``Authorization``, which OpenAPI says to ignore (the media types and security schemes say those); they are
dropped from the in-memory document, so no client argument, mock check or fuzzed value comes from them.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

from ._methods import PATH_PARAMETER, item_operations
from .pointers import (
    escape_pointer_token,
    last_token,
    parent_pointer,
    pointer_fragment,
    ref_pointer,
    resolve_local,
    split_pointer,
)
from .schema_walk import DATA_KEYS, SCHEMA_KEYS, declared_properties, schema_roots, subschemas
from .upgrading import KEYWORDS_30, TARGET_VERSION, upgrade_node

REPAIRED = "repaired"
IGNORED_HEADER = "ignored-header"
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_RECURSIVE = frozenset({"$recursiveAnchor", "$recursiveRef"})
_SLIP_KEYWORDS = KEYWORDS_30 | _RECURSIVE | {"required", "discriminator", "pattern", "enum", "examples"}
_COMPONENT_SCHEMA = "#/components/schemas/"
_TEXT_FIELDS = frozenset({"description", "summary"})

_KEYWORD_30 = {
    "nullable": "`nullable` is OpenAPI 3.0, not 3.1: read as a type that admits null",
    "exclusiveMinimum": "boolean `exclusiveMinimum` is OpenAPI 3.0 (3.1 takes the bound itself): read as 3.0 meant it",
    "exclusiveMaximum": "boolean `exclusiveMaximum` is OpenAPI 3.0 (3.1 takes the bound itself): read as 3.0 meant it",
    "example": "`example` in a schema is OpenAPI 3.0 (deprecated in 3.1): read as `examples: [<the example>]`",
}
_EXCLUSIVE_BOUNDS = ("exclusiveMinimum", "exclusiveMaximum")


@dataclass(frozen=True)
class Note:
    """What loading changed in the document, and where the file says what it changed."""

    pointer: str
    message: str
    rule: str = REPAIRED


def repair(document: dict[str, Any]) -> list[Note]:
    """Upgrade a 3.0 ``document`` to 3.1 semantics (:mod:`.upgrading`, silently: its 3.0 keywords are right) and
    repair the slips of any document, in place, in one walk of its schemas; one note per slip."""
    declared_30 = str(document.get("openapi", "")).startswith("3.0")
    strict = document.get("x-apigen-strict") is True
    notes = list(_schema_slips(document, quiet_30=declared_30, strict=strict))
    if declared_30 or any(note.pointer.endswith("/example") for note in notes):  # the upgrade moved examples
        _follow_moved_examples(document)
    if declared_30:
        document["openapi"] = TARGET_VERSION
    if not strict:  # ours: the validation rule names these precisely
        notes += _duplicate_operation_ids(document)
        notes += _undeclared_path_parameters(document)
        notes += _schemeless_hosts(document)
    notes += _object_slips(document)
    notes += _unsendable_keys(document)
    notes += _query_only_fields(document)
    return notes + list(_ignored_headers(document))


def _schema_slips(document: dict[str, Any], *, quiet_30: bool, strict: bool) -> list[Note]:
    notes: list[Note] = []
    for root_pointer, root in list(schema_roots(document)):
        for pointer, schema in reversed(list(subschemas(root, root_pointer))):  # inner first (upgrade_node)
            if _SLIP_KEYWORDS.isdisjoint(schema):
                if None in (schema.get("description", ""), schema.get("title", "")):
                    notes += _null_texts(pointer, cast(dict[str, Any], schema))
                continue  # most schemas: one set operation, then the next
            node = cast(dict[str, Any], schema)
            notes += _null_texts(pointer, node)
            if quiet_30:  # before the upgrade, which turns 3.0's boolean bounds into numbers
                notes += _numeric_bounds_in_30(pointer, node)
            rewritten = upgrade_node(node)
            if not quiet_30:
                notes += [Note(f"{pointer}/{keyword}", _KEYWORD_30[keyword]) for keyword in rewritten]
            if isinstance(node.get("required"), list) and _has_duplicates(node["required"]):
                notes += _duplicate_required(pointer, node)
            if not _RECURSIVE.isdisjoint(node):
                notes += _recursive_keywords(pointer, node, root_pointer)
            if isinstance(node.get("pattern"), str) and isinstance(node.get("format"), str):
                notes += _placeholder_pattern(pointer, node)
            if isinstance(node.get("pattern"), str) and "\\\\" in node["pattern"]:
                notes += _doubled_escapes(pointer, node)
            if isinstance(node.get("discriminator"), dict):
                notes += _implicit_mapping(document, pointer, node)
            if not strict and isinstance(node.get("enum"), list):
                notes += _mistyped_enum(pointer, node)
            if isinstance(node.get("examples"), dict):
                notes += _examples_map(pointer, node)
    return notes


def _examples_map(pointer: str, schema: dict[str, Any]) -> Iterator[Note]:
    """A schema's ``examples`` written as a media type's (Codat: ``{"Example 1": {"value": {...}}}``), where JSON
    Schema takes an array of values: read as the array of the Example Objects' values."""
    examples = schema["examples"]
    if not examples or not all(isinstance(entry, Mapping) and "value" in entry for entry in examples.values()):
        return  # not Example Objects: no one reading, so validation says what is wrong
    schema["examples"] = [entry["value"] for entry in examples.values()]
    names = ", ".join(repr(name) for name in examples)
    message = (
        f"`examples` in a schema is an array of values, not a map of Example Objects: read as the values of {names}"
    )
    yield Note(f"{pointer}/examples", message)


_MISSING = object()


def _mistyped_enum(pointer: str, schema: dict[str, Any]) -> Iterator[Note]:
    """``enum`` values of another type than the schema declares (bhagavadgita.io: ``enum: [1, 2, 3]`` under
    ``type: string``): no value satisfies both, so every consumer refuses or breaks. When the schema declares one
    type (besides null) and every stray value converts to it and back unchanged, they are read as converted; the
    ``default`` likewise."""
    declared = schema.get("type")
    types = [declared] if isinstance(declared, str) else declared if isinstance(declared, list) else []
    wanted = [t for t in types if t != "null"]
    if len(wanted) != 1 or wanted[0] not in _CONVERTERS:
        return
    target, values = wanted[0], schema["enum"]
    stray = [index for index, value in enumerate(values) if not _of_types(value, types)]
    converted = {index: _CONVERTERS[target](values[index]) for index in stray}
    if not stray or _MISSING in converted.values():
        return
    schema["enum"] = list(dict.fromkeys(converted.get(index, value) for index, value in enumerate(values)))
    shown = ", ".join(repr(values[index]) for index in stray)
    read = ", ".join(repr(converted[index]) for index in stray)
    yield Note(f"{pointer}/enum", f"enum values {shown} are not of the declared type {target}: read as {read}")
    default = schema.get("default", _MISSING)
    fixed = _MISSING if default is _MISSING or _of_types(default, types) else _CONVERTERS[target](default)
    if fixed is not _MISSING:
        schema["default"] = fixed
        yield Note(f"{pointer}/default", f"default {default!r} is not of the declared type {target}: read as {fixed!r}")


def _of_types(value: Any, types: list[Any]) -> bool:
    return any(_CHECKS.get(str(kind), _anything)(value) for kind in types)


def _anything(value: Any) -> bool:
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: _is_number(value) and float(value).is_integer(),
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
}


def _as_string(value: Any) -> Any:
    return json.dumps(value) if _is_number(value) and math.isfinite(value) else _MISSING


def _from_text(check: Callable[[Any], bool]) -> Callable[[Any], Any]:
    """A string holding a JSON scalar that passes ``check`` and is written the way JSON writes it ("01" is not
    1: converting back would not give the string)."""

    def convert(value: Any) -> Any:
        if not isinstance(value, str):
            return _MISSING
        try:
            parsed = json.loads(value)
        except ValueError:
            return _MISSING
        finite = not isinstance(parsed, float) or math.isfinite(parsed)  # JSON has no NaN or Infinity
        return parsed if finite and check(parsed) and json.dumps(parsed) == value else _MISSING

    return convert


_CONVERTERS = {
    "string": _as_string,
    "integer": _from_text(_CHECKS["integer"]),
    "number": _from_text(_is_number),
    "boolean": _from_text(_CHECKS["boolean"]),
}


def _follow_moved_examples(document: dict[str, Any]) -> None:
    """A ``$ref`` to a schema's ``example`` (Shutterstock's response examples: ``$ref: .../DescriptorsListResult/
    example``) follows it to ``examples/0``, where the upgrade moved it; no note: the file was right as written."""
    for node in _references(document):
        pointer = ref_pointer(node["$ref"])
        if pointer is None or last_token(pointer) != "example" or _at(document, pointer) is not None:
            continue
        owner = _at(document, parent_pointer(pointer))
        if isinstance(owner, Mapping) and isinstance(owner.get("examples"), list) and owner["examples"]:
            node["$ref"] = pointer_fragment(f"{parent_pointer(pointer)}/examples/0")


def _references(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping of ``node`` that holds a ``$ref`` string, example values included (tools resolve those too)."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)


def _numeric_bounds_in_30(pointer: str, schema: dict[str, Any]) -> Iterator[Note]:
    """3.1's numeric exclusive bounds in a 3.0 document: one meaning (the bound itself), which 3.1 readers of the
    upgraded document take; a 3.0 reader of the file as written (Schemathesis) cannot, so this is a repair."""
    for keyword in _EXCLUSIVE_BOUNDS:
        value = schema.get(keyword)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            message = f"numeric `{keyword}` is OpenAPI 3.1 (3.0 takes a boolean): read as 3.1 means it (the bound)"
            yield Note(f"{pointer}/{keyword}", message)


_REGEX_SYNTAX = frozenset(".^$*+?{}[]\\|()")
# A value of each format, to tell a pattern that is the format's written-out shape ("YYYY-MM-DDThh:mm:ssZ").
_FORMAT_SAMPLES = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "email": "user@example.com",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
}


def _placeholder_pattern(pointer: str, schema: dict[str, Any]) -> Iterator[Note]:
    """A ``pattern`` with no regex syntax that no value of the schema's format contains (PagerDuty's
    ``YYYY-MM-DDThh:mm:ssZ`` beside ``format: date-time``) is the format written out, not a regex: ignored."""
    pattern, sample = schema["pattern"], _FORMAT_SAMPLES.get(schema["format"])
    if sample is None or not _REGEX_SYNTAX.isdisjoint(pattern) or re.search(pattern, sample):
        return
    del schema["pattern"]
    message = f"pattern {pattern!r} is {schema['format']} written out (no {schema['format']} matches it): ignored"
    yield Note(f"{pointer}/pattern", message)


def _doubled_escapes(pointer: str, schema: dict[str, Any]) -> Iterator[Note]:
    """A ``pattern`` escaped twice (Amadeus: ``@[a-zA-Z0-9-]+\\\\.[a-z]+`` asks for a backslash before the dot),
    which none of the schema's own examples (nor a value of its format) matches and all of them match with each
    ``\\\\`` read as ``\\``: the vendor's examples say which was meant; as written, no valid value may exist."""
    pattern = schema["pattern"]
    samples = [value for value in schema.get("examples") or [] if isinstance(value, str)]
    samples += [_FORMAT_SAMPLES[schema["format"]]] if schema.get("format") in _FORMAT_SAMPLES else []
    single = pattern.replace("\\\\", "\\")
    try:
        written, meant = re.compile(pattern), re.compile(single)
    except re.error:
        return
    if not samples or any(written.search(s) for s in samples) or not all(meant.search(s) for s in samples):
        return
    schema["pattern"] = single
    message = (
        f"pattern {pattern!r} escapes its backslashes twice (no example of its own matches it): read as {single!r}"
    )
    yield Note(f"{pointer}/pattern", message)


def _null_texts(pointer: str, schema: dict[str, Any]) -> Iterator[Note]:
    for key in [key for key in ("description", "title") if key in schema and schema[key] is None]:
        del schema[key]
        yield Note(f"{pointer}/{key}", f"`{key}: null` says there is none: read as absent")


def _has_duplicates(items: list[Any]) -> bool:
    try:
        return len(set(items)) != len(items)
    except TypeError:  # not names at all: the structure check says so
        return False


def _duplicate_required(pointer: str, schema: Any) -> Iterator[Note]:
    required = schema.get("required")
    seen: list[Any] = []
    for index, name in enumerate(required):
        if name in seen:
            yield Note(f"{pointer}/required/{index}", f"`required` lists {name!r} twice: read once")
        else:
            seen.append(name)
    schema["required"] = seen


def _recursive_keywords(pointer: str, schema: Any, root_pointer: str) -> Iterator[Note]:
    """2019-09's recursion keywords, which 2020-12 replaced: ``$recursiveRef: "#"`` means the schema that holds
    the ``$recursiveAnchor``, which vendors put on the component: read as a ``$ref`` to that component."""
    if "$recursiveAnchor" in schema:
        schema.pop("$recursiveAnchor")
        yield Note(f"{pointer}/$recursiveAnchor", "`$recursiveAnchor` is JSON Schema 2019-09, not 2020-12: ignored")
    target = schema.get("$recursiveRef")
    if isinstance(target, str) and "$ref" not in schema:
        schema.pop("$recursiveRef")
        schema["$ref"] = f"#{root_pointer}" if target == "#" else target
        message = f"`$recursiveRef` is JSON Schema 2019-09, not 2020-12: read as $ref {schema['$ref']!r}"
        yield Note(f"{pointer}/$recursiveRef", message)


def _implicit_mapping(document: dict[str, Any], pointer: str, schema: dict[str, Any]) -> Iterator[Note]:
    """A discriminator without a mapping takes the branches' schema names as its values (OpenAPI); when every
    branch fixes the property to one value of its own that is not its name (Spotify: ``type: track`` for
    ``TrackObject``), no valid value could match and the vendor plainly meant those values: read as the mapping."""
    discriminator = schema["discriminator"]
    name = discriminator.get("propertyName")
    branches = [b for key in ("oneOf", "anyOf") for b in schema.get(key) or [] if isinstance(b, Mapping)]
    if "mapping" in discriminator or not isinstance(name, str) or not branches:
        return
    mapping: dict[str, str] = {}
    for branch in branches:
        reference = branch.get("$ref")
        if not isinstance(reference, str) or not reference.startswith(_COMPONENT_SCHEMA):
            return
        value = _fixed_value(document, resolve_local(document, branch), name)
        if value is None or mapping.setdefault(value, reference) != reference:
            return
    if all(_COMPONENT_SCHEMA + value == reference for value, reference in mapping.items()):
        return  # the values are the names: what OpenAPI reads anyway
    discriminator["mapping"] = mapping
    read = ", ".join(f"{value} -> {reference.removeprefix(_COMPONENT_SCHEMA)}" for value, reference in mapping.items())
    names = ", ".join(reference.removeprefix(_COMPONENT_SCHEMA) for reference in mapping.values())
    message = f"discriminator {name!r} has no mapping, so its values would be the schema names ({names}), which "
    yield Note(f"{pointer}/discriminator", message + f"the branches' {name!r} cannot take: read as the mapping {read}")


def _fixed_value(document: dict[str, Any], schema: Any, name: str) -> str | None:
    """The one string value ``schema`` allows its property ``name`` (a ``const`` or a one-value ``enum``)."""
    if not isinstance(schema, Mapping):
        return None
    prop = resolve_local(document, declared_properties(schema, lambda node: resolve_local(document, node)).get(name))
    if not isinstance(prop, Mapping):
        return None
    values = [prop["const"]] if "const" in prop else [v for v in prop.get("enum") or [] if v is not None]
    return values[0] if len(values) == 1 and isinstance(values[0], str) else None


def _objects(node: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
    """(pointer, key, value) for every entry of the document's OpenAPI objects (not inside schemas, example data or
    extensions)."""
    if isinstance(node, Mapping):
        for key, value in list(node.items()):
            child = f"{pointer}/{escape_pointer_token(key)}"
            if key in DATA_KEYS or key in SCHEMA_KEYS or str(key).startswith("x-") or child == "/components/schemas":
                continue
            yield pointer, str(key), value
            yield from _objects(value, child)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _objects(item, f"{pointer}/{index}")


# A host name (``api.example.com``, ``localhost:8080``), optionally with a port and a path, and no scheme.
_SCHEMELESS_HOST = re.compile(r"^(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:/\S*)?$")


def _schemeless_hosts(document: dict[str, Any]) -> Iterator[Note]:
    """A server ``url`` that is a host name without a scheme (``api.calorieninjas.com``): OpenAPI reads it as a
    path relative to the document, where no client finds the API; the vendor meant the host."""
    for pointer, owner in _server_owners(document):
        for index, server in enumerate(owner.get("servers") or []):
            url = server.get("url") if isinstance(server, dict) else None
            if isinstance(url, str) and _SCHEMELESS_HOST.match(url):
                server["url"] = f"https://{url}"
                message = f"server url `{url}` has no scheme (a relative path): read as the host `https://{url}`"
                yield Note(f"{pointer}/servers/{index}/url", message)


def _server_owners(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The objects that may hold ``servers``: the document, its path items and their operations."""
    yield "", document
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            item_pointer = f"/paths/{escape_pointer_token(path)}"
            yield item_pointer, item
            for _, suffix, operation in item_operations(item):
                if isinstance(operation, dict):
                    yield f"{item_pointer}{suffix}", operation


def _object_slips(document: dict[str, Any]) -> Iterator[Note]:
    contents, links, references, nulls = [], [], [], []
    for pointer, key, value in _objects(document, ""):
        if key in _TEXT_FIELDS and value is None:
            nulls.append(f"{pointer}/{key}")
        elif key == "content" and isinstance(value, dict):
            contents.append((pointer, value))
        elif key == "links" and isinstance(value, dict) and pointer != "/components":
            links.append((f"{pointer}/links", value))
        elif key == "$ref" and not _holds_path_items(parent_pointer(pointer)):  # a Path Item's fields are its own
            references.append(pointer)
    yield from _content_keys(contents)
    yield from _dangling_links(document, links)
    yield from _reference_siblings(document, references)
    yield from _null_fields(document, nulls)


def _null_fields(document: dict[str, Any], pointers: list[str]) -> Iterator[Note]:
    for pointer in pointers:
        owner, key = _at(document, parent_pointer(pointer)), pointer.rsplit("/", 1)[-1]
        if isinstance(owner, dict) and key in owner:
            del owner[key]
            yield Note(pointer, f"`{key}: null` says there is none: read as absent")


_REFERENCE_KEYS = frozenset({"$ref", "summary", "description"})


def _at(document: Any, pointer: str) -> Any:
    node = document
    for token in split_pointer(pointer):
        try:
            node = node[int(token)] if isinstance(node, list) else node[token]
        except (KeyError, IndexError, ValueError, TypeError):
            return None
    return node


def _holds_path_items(pointer: str) -> bool:
    return pointer in ("/paths", "/webhooks", "/components/pathItems") or pointer.rsplit("/", 2)[-2:-1] == ["callbacks"]


def _reference_siblings(document: dict[str, Any], pointers: list[str]) -> Iterator[Note]:
    """A Reference Object (outside schemas) with fields beside ``$ref`` (Xero: a parameter's ``type: string``):
    OpenAPI says they are ignored (3.1 keeps ``summary`` and ``description``), so they are dropped."""
    for pointer in pointers:
        reference = _at(document, pointer)
        if not isinstance(reference, dict):  # gone with a repair before this one (a dangling link)
            continue
        for key in [key for key in reference if key not in _REFERENCE_KEYS]:  # extensions too: "cannot be extended"
            del reference[key]
            message = f"{key!r} beside $ref in a Reference Object is ignored, as OpenAPI says"
            yield Note(f"{pointer}/{escape_pointer_token(key)}", message)


def _content_keys(contents: list[tuple[str, dict[str, Any]]]) -> Iterator[Note]:
    """A ``content`` key without a "/" names no media type: ``examples`` beside ``application/json`` is the
    usual slip (examples meant for the media types); its examples go to the media types that have none."""
    for pointer, content in contents:
        for name in [name for name in content if "/" not in str(name)]:
            at = f"{pointer}/content/{escape_pointer_token(name)}"
            value = content.pop(name)
            media_types = [m for m in content.values() if isinstance(m, dict)]
            if name == "examples" and isinstance(value, Mapping) and media_types:
                for media_type in media_types:
                    if "example" not in media_type and "examples" not in media_type:
                        media_type["examples"] = dict(value)
                message = f"content key {name!r} is no media type: its examples are read as the media types' examples"
            else:
                message = f"content key {name!r} is no media type: ignored"
            yield Note(at, message)


def _dangling_links(document: dict[str, Any], links_of: list[tuple[str, dict[str, Any]]]) -> Iterator[Note]:
    """A response link naming an operationId no operation has leads nowhere: it is dropped."""
    if not links_of:
        return
    known = {op.get("operationId") for _, _, op in _all_operations(document)}
    dangling = []  # every link decided before any is dropped: a link may be a $ref to another (DigitalOcean)
    for pointer, links in links_of:
        for name in list(links):
            link = resolve_local(document, links[name])
            target = link.get("operationId") if isinstance(link, Mapping) else None
            if isinstance(target, str) and target not in known:
                dangling.append((pointer, links, name, target))
    for pointer, links, name, target in dangling:
        field = "$ref" if isinstance(links[name], Mapping) and "$ref" in links[name] else "operationId"
        del links[name]
        message = f"link {name!r} names operationId {target!r}, which no operation has: dropped"
        yield Note(f"{pointer}/{escape_pointer_token(name)}/{field}", message)


def _duplicate_operation_ids(document: dict[str, Any]) -> Iterator[Note]:
    """A second operation with the same operationId (Svix's HEAD beside its GET) gets the id with its method."""
    operations = [(p, m, op) for p, m, op in _all_operations(document) if isinstance(op, dict)]
    taken = {op.get("operationId") for _, _, op in operations}
    first: dict[str, str] = {}
    for pointer, method, operation in operations:
        op_id = operation.get("operationId")
        if not isinstance(op_id, str):
            continue
        if op_id in first:
            renamed = next(c for c in _candidates(op_id, method) if c not in taken)
            operation["operationId"] = renamed
            taken.add(renamed)
            yield Note(
                f"{pointer}/operationId", f"operationId {op_id!r} is taken (by {first[op_id]}): read as {renamed!r}"
            )
        else:
            first[op_id] = pointer


def _candidates(op_id: str, method: str) -> Iterator[str]:
    yield f"{op_id}_{method}"
    yield from (f"{op_id}_{method}_{n}" for n in itertools.count(2))


def _undeclared_path_parameters(document: dict[str, Any]) -> Iterator[Note]:
    """A ``{name}`` of the path template that no parameter declares is read as a required string parameter."""
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, Mapping) else []:
        if not isinstance(item, dict) or "$ref" in item:
            continue
        pointer = f"/paths/{escape_pointer_token(path)}"
        names = list(dict.fromkeys(PATH_PARAMETER.findall(str(path))))
        for _, suffix, operation in item_operations(item):
            if not isinstance(operation, dict):
                continue
            declared = _path_parameter_names(document, item) | _path_parameter_names(document, operation)
            missing = [name for name in names if name not in declared]
            if missing:
                operation["parameters"] = [*(operation.get("parameters") or []), *map(_string_path_parameter, missing)]
                listed = ", ".join(f"{{{name}}}" for name in missing)
                yield Note(pointer + suffix, f"path parameter {listed} is not declared: read as a required string")


def _path_parameter_names(document: dict[str, Any], owner: Mapping[str, Any]) -> set[str]:
    resolved = [resolve_local(document, p) for p in owner.get("parameters") or []]
    return {str(p.get("name")) for p in resolved if isinstance(p, Mapping) and p.get("in") == "path"}


def _string_path_parameter(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


# RFC 9110's token: what a header field or cookie name is made of (no space, no separator).
_FIELD_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _unsendable_keys(document: dict[str, Any]) -> list[Note]:
    """An apiKey scheme in a header or cookie whose name is not an HTTP field name (RapidAPI's "RapidAPI.com API
    Key"): no request can carry it (HTTP clients refuse to send it, servers to read it), so a security
    requirement naming it asks for what cannot be sent; it is left out of every requirement."""
    schemes = (document.get("components") or {}).get("securitySchemes")
    unsendable, notes = set(), []
    for name, scheme in schemes.items() if isinstance(schemes, Mapping) else []:
        key = scheme.get("name") if isinstance(scheme, Mapping) else None
        if scheme.get("type") != "apiKey" or scheme.get("in") not in ("header", "cookie") or not isinstance(key, str):
            continue
        if not _FIELD_NAME.fullmatch(key):
            unsendable.add(name)
            message = (
                f"{key!r} is not an HTTP {scheme['in']} name (a token: no spaces or separators), so no request can "
                "carry this key: the scheme is left out of the security requirements"
            )
            notes.append(Note(f"/components/securitySchemes/{escape_pointer_token(name)}/name", message))
    if unsendable:
        owners = [document, *(operation for _, _, operation in _all_operations(document))]
        for owner in owners:
            if isinstance(owner, dict) and isinstance(owner.get("security"), list):
                owner["security"] = _without_schemes(owner["security"], unsendable)
    return notes


def _without_schemes(requirements: list[Any], names: set[str]) -> list[Any]:
    """``requirements`` with ``names`` left out of each; alternatives that become the same are kept once."""
    kept: list[Any] = []
    for requirement in requirements:
        if isinstance(requirement, Mapping):
            requirement = {name: scopes for name, scopes in requirement.items() if name not in names}
        if requirement not in kept:
            kept.append(requirement)
    return kept


def _ignored_headers(document: dict[str, Any]) -> Iterator[Note]:
    """Header parameters OpenAPI says to ignore (Accept, Content-Type, Authorization) leave the document."""
    for pointer, owner in _parameter_owners(document):
        parameters = owner.get("parameters")
        if not isinstance(parameters, list):
            continue
        kept = []
        for index, parameter in enumerate(parameters):
            resolved = resolve_local(document, parameter)
            name = str(resolved.get("name", "")) if isinstance(resolved, Mapping) else ""
            if isinstance(resolved, Mapping) and resolved.get("in") == "header" and name.lower() in IGNORED_HEADERS:
                message = f"header parameter {name!r} is ignored, as OpenAPI says (media types and security say it)"
                yield Note(f"{pointer}/parameters/{index}", message, IGNORED_HEADER)
            else:
                kept.append(parameter)
        if len(kept) != len(parameters):
            owner["parameters"] = kept


_QUERY_ONLY = ("allowEmptyValue", "allowReserved")


def _query_only_fields(document: dict[str, Any]) -> Iterator[Note]:
    """``allowEmptyValue`` and ``allowReserved`` on a parameter not in the query (alertersystem.com writes both,
    false, on every path parameter): OpenAPI says they apply to query parameters only, so they are dropped."""
    components = (document.get("components") or {}).get("parameters")
    declared = [
        (f"{pointer}/parameters/{index}", parameter)
        for pointer, owner in _parameter_owners(document)
        for index, parameter in enumerate(owner.get("parameters") or [])
    ]
    declared += [
        (f"/components/parameters/{escape_pointer_token(name)}", parameter)
        for name, parameter in (components.items() if isinstance(components, Mapping) else [])
    ]
    for pointer, parameter in declared:
        if not isinstance(parameter, dict) or parameter.get("in") in ("query", None) or "$ref" in parameter:
            continue
        for key in [key for key in _QUERY_ONLY if key in parameter]:
            del parameter[key]
            message = f"`{key}` applies to query parameters only (this one is in {parameter['in']}): ignored"
            yield Note(f"{pointer}/{key}", message)


def _parameter_owners(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, path item or operation) for everything that can hold ``parameters``."""
    for pointer, item in _path_items(document):
        yield pointer, item
        for _, suffix, operation in item_operations(item):
            if isinstance(operation, dict):
                yield pointer + suffix, operation


def _all_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for pointer, item in _path_items(document):
        for method, suffix, operation in item_operations(item):
            yield pointer + suffix, method, operation
            for name, callback in (operation.get("callbacks") or {}).items():
                for expression, callback_item in (resolve_local(document, callback) or {}).items():
                    callback_item = resolve_local(document, callback_item)
                    base = (
                        f"{pointer}{suffix}/callbacks/{escape_pointer_token(name)}/{escape_pointer_token(expression)}"
                    )
                    for inner_method, inner_suffix, inner in item_operations(callback_item or {}):
                        yield base + inner_suffix, inner_method, inner


def _path_items(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for section in ("paths", "webhooks"):
        items = document.get(section)
        for path, item in items.items() if isinstance(items, Mapping) else []:
            if isinstance(item, dict) and "$ref" not in item:
                yield f"/{section}/{escape_pointer_token(path)}", item
    items = (document.get("components") or {}).get("pathItems")
    for name, item in items.items() if isinstance(items, Mapping) else []:
        if isinstance(item, dict):
            yield f"/components/pathItems/{escape_pointer_token(name)}", item
