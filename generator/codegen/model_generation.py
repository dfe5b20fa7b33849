"""Model generation: a validated :class:`Spec` -> one module of pydantic v2 models (datamodel-code-generator)."""

from __future__ import annotations

import ast
import contextlib
import copy
import functools
import json
import re
import warnings
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, DefaultValueType, InputFileType
from datamodel_code_generator.format import PythonVersion
from pydantic_core import SchemaError, SchemaValidator, core_schema

from ..errors import GenerationError, Problem
from ..spec.loading import Spec
from ..spec.pointers import escape_pointer_token, resolve_local
from ..spec.schema_walk import iter_schemas
from ._defaults import root_model_defaults
from ._inheritance import flatten_conflicting_subclasses
from ._model_chunks import CHUNK_ABOVE, ChunkCache, chunk_documents, compose, render_chunks
from ._model_code import ModelCode
from ._naming import attribute_name
from ._twins import alias_lines, merge_twins
from ._worker_pool import WorkerPool

MODULE_NAME = "pydantic_models"
_EMPTY = '"""{title}: the spec declares no schemas (components/schemas), so there are no models."""\n'
_SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True)
class ModelsInput:
    """What the models are generated from: the client's document with every schema that needs a class under
    ``components/schemas/<its class name>`` (see ``_classes``)."""

    document: dict[str, Any]
    field_names: Mapping[str, str]  # wire name -> attribute, where datamodel-code-generator's would clash


def render_models(
    spec: Spec, models: ModelsInput, *, private: bool = False, cache: ChunkCache | None = None
) -> tuple[str, list[Problem]]:
    """The source of ``pydantic_models.py``, and why it holds no models when a non-strict spec's schemas could
    not be turned into models (a strict spec raises :class:`GenerationError` instead).

    datamodel-code-generator edits the document it is given: it gets a copy, unless ``private`` says that this
    process's copy is a throwaway (a forked worker), which spares GitHub's spec a 100 MB copy. A large spec's
    models render in chunks (``_model_chunks``), each looked up in ``cache`` first.
    """
    with _chunk_workers(models.document, cache) as pool:
        return _rendered_models(spec, models, private, cache, pool)


def _rendered_models(
    spec: Spec, models: ModelsInput, private: bool, cache: ChunkCache | None, pool: WorkerPool | None
) -> tuple[str, list[Problem]]:
    document = models.document if private else copy.deepcopy(models.document)
    document = _schemas_fixed(_selecting_discriminators(_importable_names(document)), spec.package_name)
    title = spec.title.replace('"', "'")
    if not (document.get("components") or {}).get("schemas"):
        return _EMPTY.format(title=title), []
    merged = merge_twins(document["components"]["schemas"])
    try:
        rendered = _render_chunked(spec, document, models.field_names, cache, pool) or _render(
            spec.path, models.field_names, document
        )
        code = ModelCode(_formats_kept(rendered + alias_lines(merged, rendered), spec.package_name))
        # defaults first: on most specs they change nothing, and the flattening reuses their parse
        code = flatten_conflicting_subclasses(root_model_defaults(code))
        return code, []
    except GenerationError as exc:
        if spec.strict:
            raise
        problem = spec.problem("/components/schemas", f"pydantic models not generated: {exc}", "generate")
        return _EMPTY.format(title=title).replace("declares no", "has unusable"), [problem.as_warning()]


# Names the models module uses in annotations: datamodel-code-generator suffixes a field so named with "_".
_TYPE_NAMES = frozenset(
    {"list", "dict", "set", "tuple", "type", "str", "int", "float", "bool", "bytes", "date", "datetime"}
)


def field_name(wire_name: object) -> str:
    """The attribute of a JSON field in the pydantic models (datamodel-code-generator's name for it)."""
    valid = attribute_name(str(wire_name))
    return f"{valid}_" if valid in _TYPE_NAMES else valid


_IMPORTED = re.compile(rf"^from \.+{MODULE_NAME} import (?P<names>[\w, ]+)$", re.MULTILINE)


def missing_classes(code: str, package_dir: Path) -> list[str]:
    """The classes the package's modules import from the models module ``code`` that it does not define."""
    return missing_names(_defined(code), package_dir)


def missing_names(defined: set[str], package_dir: Path, skip: Collection[str] = ()) -> list[str]:
    """The classes the package's modules import from the models module that are not among ``defined``; the
    modules ``skip`` names (by path in the package: ones copied from an earlier client) are not read."""
    used = {
        name.strip()
        for module in package_dir.rglob("*.py")
        if module.relative_to(package_dir).as_posix() not in skip
        for match in _IMPORTED.finditer(module.read_text())
        for name in match["names"].split(",")
    }
    return sorted(used - defined)


def defined_names(code: str) -> set[str]:
    """The classes (and aliases) the models module ``code`` defines, from its AST."""
    return _defined(code)


def _defined(code: str) -> set[str]:
    body = (code.tree if isinstance(code, ModelCode) else ast.parse(code)).body
    defined = {node.name for node in body if isinstance(node, ast.ClassDef)}
    return defined | {
        target.id
        for node in body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


@contextlib.contextmanager
def _chunk_workers(document: Mapping[str, Any], cache: ChunkCache | None) -> Iterator[WorkerPool | None]:
    """The workers of a spec that may render in chunks (twins not merged yet), started now: one, or both when
    every chunk renders again (``--force``, no cache); ``None`` for a smaller spec."""
    if len((document.get("components") or {}).get("schemas") or {}) <= CHUNK_ABOVE:
        yield None
        return
    with WorkerPool(_CHUNK_JOBS, warm=(_warm_up, None)) as pool:
        pool.start(_CHUNK_JOBS if cache is None or not cache.read else 1)
        yield pool


# Workers rendering chunks: this machine's two cores (more would hold more copies of datamodel-code-generator).
_CHUNK_JOBS = 2
_TINY = {
    "openapi": "3.0.3",
    "info": {"title": "warm-up", "version": "1"},
    "paths": {},
    "components": {"schemas": {"A": {"type": "object", "properties": {"a": {"type": "string"}}}}},
}


def _warm_up(_: object) -> None:
    """A worker's first task: render a tiny document, which imports what datamodel-code-generator renders with."""
    _render(Path("warm-up.json"), {}, copy.deepcopy(_TINY))


def _render_chunked(
    spec: Spec,
    document: dict[str, Any],
    field_names: Mapping[str, str],
    cache: ChunkCache | None,
    pool: WorkerPool | None,
) -> str | None:
    """The models module rendered in chunks, or ``None`` when the spec is too small for it or its chunks' classes
    do not fit together."""
    if len(document["components"]["schemas"]) <= CHUNK_ABOVE:
        return None
    version = cache.version if cache is not None else ""
    salt = json.dumps([spec.path.name, sorted(field_names.items()), _RENDER_OPTIONS, version], default=str)
    chunks = chunk_documents(document, salt)
    render = functools.partial(_render, spec.path, dict(field_names))
    code = compose(chunks, render_chunks(chunks, render, cache, pool))
    if cache is not None:
        cache.keep_only(chunk.key for chunk in chunks)
    return code


def _render(path: Path, field_names: Mapping[str, str], document: dict[str, Any]) -> str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = generate(
                document,
                input_file_type=InputFileType.OpenAPI,
                input_filename=path.name,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                aliases=dict(field_names) or None,
                deserialize_default_values=[DefaultValueType.Enum],
                formatters=[],
                **_RENDER_OPTIONS,
            )
    except Exception as exc:  # dcg raises many unrelated types; translate them at this boundary
        raise GenerationError(f"{path}: datamodel-code-generator: {_first_line(exc)}") from exc
    if not isinstance(code, str):
        raise GenerationError(f"{path}: datamodel-code-generator produced several modules, not one")
    return code


# datamodel-code-generator's options (the others are given where they are not plain values).
_RENDER_OPTIONS: dict[str, Any] = {
    "disable_timestamp": True,
    "use_standard_collections": True,
    "use_union_operator": True,
    "use_annotated": True,
    "collapse_root_models": True,
    "use_schema_description": True,
    "use_double_quotes": True,
    "snake_case_field": True,
    "capitalise_enum_members": True,
    "keep_field_defaults_off_branch_roots": True,
    "allow_population_by_field_name": True,
    "extra_fields": "allow",
}


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _importable_names(document: dict[str, Any]) -> dict[str, Any]:
    """Schema names with dots make datamodel-code-generator write a package of modules (``a.B`` -> ``a/B``);
    rename them (``a_B``) in this copy, references included, so the models stay one module."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    renames = {name: _flat_name(name, schemas) for name in schemas if "." in name}
    if not renames:
        return document
    document["components"]["schemas"] = {renames.get(name, name): schema for name, schema in schemas.items()}
    refs = {
        f"{_SCHEMA_REF}{escape_pointer_token(old)}": f"{_SCHEMA_REF}{escape_pointer_token(new)}"
        for old, new in renames.items()
    }
    pattern = re.compile("|".join(re.escape(json.dumps(old)) for old in sorted(refs, key=len, reverse=True)))
    text = pattern.sub(lambda match: json.dumps(refs[json.loads(match.group())]), json.dumps(document))
    renamed: dict[str, Any] = json.loads(text)
    return renamed


def _selecting_discriminators(document: dict[str, Any]) -> dict[str, Any]:
    """Drop a base schema's ``discriminator`` when a value the base allows selects no schema.

    datamodel-code-generator types every reference to a schema that carries a discriminator (and that others
    extend with ``allOf``) as the union of those others, so it refuses an instance that is the base and none
    of them: PagerDuty's ``Restriction`` of type ``daily_restriction``, which only ``WeeklyRestriction``
    extends, broke every schedule. A value selects a schema through the ``mapping`` or by naming it; where one
    selects none (or the property's values are not enumerated), the reference stays the base, as the ``$ref``
    says. ``oneOf``/``anyOf`` discriminators choose among their own alternatives and are kept.
    """
    schemas = (document.get("components") or {}).get("schemas") or {}
    for schema in schemas.values():
        found = schema.get("discriminator") if isinstance(schema, dict) else None
        if not isinstance(found, Mapping) or "oneOf" in schema or "anyOf" in schema:
            continue
        if not _every_value_selects(document, schema, found, schemas):
            del schema["discriminator"]
    return document


def _every_value_selects(
    document: Mapping[str, Any], schema: Mapping[str, Any], discriminator: Mapping[str, Any], schemas: Mapping[str, Any]
) -> bool:
    prop = resolve_local(document, (schema.get("properties") or {}).get(discriminator.get("propertyName")))
    values = prop.get("enum", [prop["const"]] if "const" in prop else None) if isinstance(prop, Mapping) else None
    mapping = discriminator.get("mapping")
    mapped = set(mapping) if isinstance(mapping, Mapping) else set()
    return isinstance(values, list) and all(str(value) in mapped or str(value) in schemas for value in values)


def _schemas_fixed(document: dict[str, Any], package_name: str) -> dict[str, Any]:
    """Every schema of ``document``, in one walk (GitHub's take 0.2 s each): binary fields hold the client's
    ``types.File`` (name, media type and stream), as in the operations; the ``pattern``s pydantic cannot compile
    are dropped (its Rust engine caps a compiled regex at 10 MB, which ``[\\s\\S]{1,51200}`` exceeds): a module
    holding one fails at import, so no model of the spec would be usable."""
    for _, found in iter_schemas(document):
        schema = cast(dict[str, Any], found)
        if schema.get("format") == "binary":
            schema["x-python-type"] = f"{package_name}.types.File"
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not _pydantic_compiles(pattern):
            del schema["pattern"]
    return document


# pydantic types that rewrite a value as they read it -> the client's aliases that keep it (_runtime/formats.py).
_KEPT_FORMATS = {"AnyUrl": "Uri", "EmailStr": "Email", "Base64Str": "Base64", "AwareDatetime": "DateTime"}
_KEPT_FORMATS |= {"SecretStr": "Secret"}
_PYDANTIC_IMPORT = re.compile(r"^from pydantic import (?P<names>[\w, ]+)\n", re.MULTILINE)
_KEPT_NAME = re.compile(r"\b(" + "|".join(_KEPT_FORMATS) + r")\b")


def _formats_kept(code: str, package_name: str) -> str:
    """``code`` with the fields pydantic would rewrite (a URL, a datetime's text, a password sent as stars)
    typed by the aliases of the client's ``_runtime.formats``, so values round-trip as sent. An alias is imported
    under another name where a model has its name (Plaid's ``Email`` schema)."""
    imported = _PYDANTIC_IMPORT.search(code)
    if imported is None:
        return code
    names = [name.strip() for name in imported["names"].split(",")]
    kept = sorted({_KEPT_FORMATS[name] for name in names if name in _KEPT_FORMATS})
    if not kept:
        return code
    # A spec may name a schema like an alias (Plaid's Email object): the alias is then imported under another name.
    local = {alias: _free_name(alias, _top_level_names(code, alias)) for alias in kept}
    others = [name for name in names if name not in _KEPT_FORMATS]
    body = _KEPT_NAME.sub(lambda match: local[_KEPT_FORMATS[match[1]]], code[imported.end() :])
    header = f"from pydantic import {', '.join(others)}\n" if others else ""
    aliases = ", ".join(alias if local[alias] == alias else f"{alias} as {local[alias]}" for alias in kept)
    header += f"\nfrom {package_name}._runtime.formats import {aliases}\n"
    return code[: imported.start()] + header + body


def _top_level_names(code: str, name: str) -> set[str]:
    """The names starting with ``name`` that ``code`` defines at top level (a class or an assignment): by
    pattern, since parsing GitHub's models module to learn them took a second."""
    return set(re.findall(rf"^(?:class |)({re.escape(name)}\w*)(?:\b\(| = )", code, re.MULTILINE))


def _free_name(name: str, taken: set[str]) -> str:
    free = name
    while free in taken:
        free = f"{free}Format" if free == name else f"{free}_"
    return free


@functools.lru_cache(maxsize=4096)
def _pydantic_compiles(pattern: str) -> bool:
    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern))
    except SchemaError:
        return False
    return True


def _flat_name(name: str, taken: Mapping[str, Any]) -> str:
    flat = name.replace(".", "_")
    while flat in taken:
        flat += "_"
    return flat
