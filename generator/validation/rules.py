"""Validation: structural (openapi-spec-validator) plus the project's own rules, as small named checks.

Each rule is a function ``(spec) -> Iterator[Problem]`` registered in :data:`RULES`; ``validate`` runs
them all and raises one :class:`SpecError` listing every problem, each with file, line and JSON pointer.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packaging.version import InvalidVersion

from ..errors import Problem, SpecError
from ..forking import forked
from ..spec.loading import Operation, Spec, item_operations, template_shape
from ..spec.pointers import escape_pointer_token, join_pointer, ref_pointer
from ..spec.project import Project
from ..spec.repairing import REPAIRED
from ..spec.schema_walk import iter_schemas
from ..spec.versions import SEMVER
from ._memo import remembered, remembering

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

Rule = Callable[[Spec], Iterator[Problem]]
# OpenAPI validity: a spec breaking one of these cannot be used, whoever wrote it.
RULES: list[Rule] = []
# The house conventions of specs/CONVENTIONS.md: errors for specs with ``x-apigen-strict: true`` (the ones we
# transcribe), warnings for the rest (a vendor's published spec is used as it is).
CONVENTIONS: list[Rule] = []

_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
SUPPORTED_VERSIONS = ("3.0.", "3.1.", "3.2.")


def rule(func: Rule) -> Rule:
    RULES.append(func)
    return func


def convention(func: Rule) -> Rule:
    CONVENTIONS.append(func)
    return func


def validate(spec: Spec) -> Spec:
    """Return ``spec`` when nothing blocks it (warnings allowed); raise :class:`SpecError` listing every error."""
    errors = [problem for problem in check(spec) if not problem.is_warning]
    if errors:
        raise SpecError(errors)
    return spec


def check(spec: Spec, memo: Path | None = None) -> list[Problem]:
    """Every problem of ``spec``, errors and warnings (see :data:`RULES` and :data:`CONVENTIONS`), and what
    loading repaired or ignored (:func:`loading_notes`). ``memo``: the file where the example checks are
    remembered between runs (see ``_memo``)."""
    with remembering(spec, memo):
        return _problems(spec)


def _problems(spec: Spec) -> list[Problem]:
    notes = list(loading_notes(spec))
    dangling = list(dangling_refs(spec))
    if dangling:  # the structural validator and the example checks would crash on them
        return notes + dangling
    structural = list(openapi_structure(spec))
    if structural:  # the other rules assume a well-formed document (valid schemas, responses, ...)
        return notes + structural
    problems = [problem for func in RULES for problem in func(spec)]
    conventions = [problem for func in CONVENTIONS for problem in func(spec)]
    return notes + problems + (conventions if spec.strict else [problem.as_warning() for problem in conventions])


def loading_notes(spec: Spec) -> Iterator[Problem]:
    """The vendor slips loading repaired: warnings, or errors in a strict spec (ours must be right as written);
    and what OpenAPI says to ignore (always a warning: the spec is right, it only says nothing)."""
    for note in spec.notes:
        problem = spec.problem(note.pointer, note.message, note.rule)
        yield problem if note.rule == REPAIRED and spec.strict else problem.as_warning()


def dangling_refs(spec: Spec) -> Iterator[Problem]:
    for pointer, ref in _walk_refs(spec.document, ""):
        target = ref_pointer(ref)
        if target is None:
            yield spec.problem(pointer, f"$ref {ref!r}: only local references (#/...) are supported", "ref")
            continue
        try:
            spec.at(target)
        except (KeyError, IndexError, ValueError, TypeError):
            yield spec.problem(pointer, f"$ref {ref!r} points to nothing", "ref")


def _walk_refs(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield f"{pointer}/$ref", ref
        for key, value in node.items():
            if _is_container(value):
                yield from _walk_refs(value, f"{pointer}/{escape_pointer_token(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if _is_container(value):
                yield from _walk_refs(value, f"{pointer}/{index}")


def openapi_structure(spec: Spec) -> Iterator[Problem]:
    if not spec.openapi_version.startswith(SUPPORTED_VERSIONS):
        message = f"openapi must be 3.0.x, 3.1.x or 3.2.x, got {spec.openapi_version or None!r}"
        yield spec.problem("/openapi", message, "structure")
        return
    # Imported here: openapi-spec-validator takes 0.3 s to import, and `apigen generate` imports this module
    # to validate in a fork, beside the rendering; the fork imports it instead.
    from ._structure import structure_errors

    for pointer, message in structure_errors(spec.document):
        yield spec.problem(pointer, message, "structure")


@convention
def semver_version(spec: Spec) -> Iterator[Problem]:
    if not SEMVER.match(spec.version):
        yield spec.problem("/info/version", f"info.version {spec.version!r} is not a semver string (1.2.3)", "version")
    else:
        try:
            from packaging.version import Version

            Version(spec.version)
        except InvalidVersion:
            yield spec.problem(
                "/info/version", f"info.version {spec.version!r} is not a valid PEP 440 version", "version"
            )


@rule
def unique_operation_ids(spec: Spec) -> Iterator[Problem]:
    first: dict[str, str] = {}
    for op in spec.operations():
        op_id = op.operation_id
        if op_id is None:
            continue
        if op_id in first:
            yield spec.problem(
                f"{op.pointer}/operationId",
                f"duplicate operationId {op_id!r} (first used at {first[op_id]})",
                "operation-id",
            )
        else:
            first[op_id] = op.pointer


@convention
def operation_metadata(spec: Spec) -> Iterator[Problem]:
    declared_tags = {t.get("name") for t in spec.document.get("tags") or [] if isinstance(t, Mapping)}
    for op in spec.operations():
        op_id = op.operation_id
        if op_id is None:
            yield spec.problem(op.pointer, "operation has no operationId", "operation-id")
        elif not _SNAKE.match(op_id):
            yield spec.problem(f"{op.pointer}/operationId", f"operationId {op_id!r} is not snake_case", "operation-id")
        for key in ("summary", "description"):
            if not str(op.data.get(key) or "").strip():
                yield spec.problem(op.pointer, f"operation has no {key}", "metadata")
        tags = op.data.get("tags") or []
        if len(tags) != 1:
            yield spec.problem(op.pointer, f"operation must have exactly one tag, has {len(tags)}", "metadata")
        for index, tag in enumerate(tags):
            if tag not in declared_tags:
                yield spec.problem(
                    f"{op.pointer}/tags/{index}", f"tag {tag!r} is not declared in root tags", "metadata"
                )


@convention
def error_responses_declared(spec: Spec) -> Iterator[Problem]:
    for op in spec.operations(webhooks=False):
        codes = [str(code) for code in op.data.get("responses") or {}]
        if not any(code[0] in "45" or code == "default" for code in codes):
            yield spec.problem(
                f"{op.pointer}/responses", "operation declares no error response (4xx/5xx/default)", "errors"
            )


@rule
def distinct_path_templates(spec: Spec) -> Iterator[Problem]:
    """``/a/{x}`` and ``/a/{y}`` are one path to a server, which OpenAPI forbids. When they share a method no
    router can tell them apart: an error. With disjoint methods (GitHub's ``GET .../{subject_digest}`` beside
    ``DELETE .../{attestation_id}``) every request still has one operation: a warning, unless the spec is strict.
    """
    first: dict[str, str] = {}
    paths = spec.document.get("paths") or {}
    for path in paths:
        shape = template_shape(str(path))
        if shape not in first:
            first[shape] = str(path)
            continue
        shared = sorted(_methods(paths[first[shape]]) & _methods(paths[path]))
        line = spec.line_of(f"/paths/{escape_pointer_token(first[shape])}")
        message = f"path {path} is the same template as {first[shape]} (line {line})"
        if shared:
            message += f" and both declare {', '.join(m.upper() for m in shared)}; rename one"
        else:
            message += "; their methods differ, so requests are routed by method"
        problem = spec.problem(f"/paths/{escape_pointer_token(path)}", message, "paths")
        yield problem if shared or spec.strict else problem.as_warning()


def _methods(item: Any) -> set[str]:
    return {method for method, _, _ in item_operations(item)} if isinstance(item, Mapping) else set()


@rule
def tag_parents(spec: Spec) -> Iterator[Problem]:
    """OpenAPI 3.2 nests tags (``parent``): a parent must be a declared tag, and no tag may be its own ancestor."""
    tags = [t for t in spec.document.get("tags") or [] if isinstance(t, Mapping)]
    parents = {t.get("name"): t.get("parent") for t in tags if t.get("parent") is not None}
    declared = {t.get("name") for t in tags}
    for index, tag in enumerate(tags):
        parent, seen = tag.get("parent"), {tag.get("name")}
        if parent is None:
            continue
        pointer = f"/tags/{index}/parent"
        if parent not in declared:
            yield spec.problem(pointer, f"tag {tag.get('name')!r}: parent {parent!r} is not a declared tag", "tags")
            continue
        while parent is not None and parent not in seen:
            seen.add(parent)
            parent = parents.get(parent)
        if parent is not None:
            yield spec.problem(pointer, f"tag {tag.get('name')!r} is its own ancestor (through {parent!r})", "tags")


def _parameters(spec: Spec, op: Operation) -> Iterator[tuple[str, Mapping[str, Any]]]:
    base = op.item_pointer
    for owner, pointer in ((op.path_item, base), (op.data, op.pointer)):
        for index, param in enumerate(owner.get("parameters") or []):
            resolved = spec.resolve(param)
            if isinstance(resolved, Mapping):
                yield f"{pointer}/parameters/{index}", resolved


@rule
def path_parameters_declared(spec: Spec) -> Iterator[Problem]:
    for op in spec.operations(webhooks=False):
        in_template = set(re.findall(r"{([^}/]+)}", op.path))
        declared = {p.get("name"): ptr for ptr, p in _parameters(spec, op) if p.get("in") == "path"}
        for name in sorted(in_template - declared.keys()):
            message = f"path parameter {{{name}}} of {op.path} is not declared for {op.method.upper()}"
            yield spec.problem(op.pointer, message, "path-params")
        for name in sorted(declared.keys() - in_template, key=str):
            yield spec.problem(declared[name], f"path parameter {name!r} does not occur in {op.path}", "path-params")


@rule
def security_schemes_exist(spec: Spec) -> Iterator[Problem]:
    schemes = (spec.document.get("components") or {}).get("securitySchemes") or {}
    requirements: list[tuple[str, Any]] = [("/security", spec.document.get("security"))]
    requirements += [(f"{op.pointer}/security", op.data.get("security")) for op in spec.operations()]
    for pointer, reqs in requirements:
        for index, requirement in enumerate(reqs or []):
            for name in requirement or {}:
                if name not in schemes:
                    yield spec.problem(f"{pointer}/{index}", f"security scheme {name!r} is not declared", "security")


@convention
def examples_match_schemas(spec: Spec) -> Iterator[Problem]:
    # jsonschema is imported where it is used: `apigen generate` imports this module in the process that renders
    from ..spec.json_schema import FORMAT_CHECKER, Validator, schema_ref, spec_registry

    registry = functools.cache(lambda: spec_registry(spec))  # built when a check is not remembered

    def errors(schema_pointer: str, value: Any) -> list[tuple[str, str]]:
        validator = Validator(schema_ref(schema_pointer), registry=registry(), format_checker=FORMAT_CHECKER)
        found = sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
        return [(join_pointer(error.absolute_path), _example_message(error)) for error in found]

    for schema_pointer, example_pointer, value in [*_examples(spec), *_schema_examples(spec)]:
        checked = remembered(spec, "example", schema_pointer, value, lambda: errors(schema_pointer, value))  # noqa: B023
        for where, message in checked:
            yield spec.problem(example_pointer + where, message, "examples")


@convention
def defaults_match_schemas(spec: Spec) -> Iterator[Problem]:
    from ..spec.json_schema import FORMAT_CHECKER, Validator, schema_ref, spec_registry

    registry = functools.cache(lambda: spec_registry(spec))

    def first_error(pointer: str, value: Any) -> list[tuple[str, str]]:
        validator = Validator(schema_ref(pointer), registry=registry(), format_checker=FORMAT_CHECKER)
        error = next(iter(validator.iter_errors(value)), None)
        if error is None:
            return []
        where = join_pointer(error.absolute_path) or "/"
        return [("", f"default does not match its schema at {where}: {error.message}")]

    for pointer, schema in iter_schemas(spec.document):
        if "default" not in schema or "$ref" in schema:
            continue
        value = schema["default"]
        for _, message in remembered(spec, "default", pointer, value, lambda: first_error(pointer, value)):  # noqa: B023
            yield spec.problem(f"{pointer}/default", message, "examples")


def _schema_examples(spec: Spec) -> Iterator[tuple[str, str, Any]]:
    schemas = (spec.document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        pointer = f"/components/schemas/{escape_pointer_token(name)}"
        for index, value in enumerate(schema.get("examples") or [] if isinstance(schema, Mapping) else []):
            yield pointer, f"{pointer}/examples/{index}", value


def _example_message(error: ValidationError) -> str:
    return f"example does not match its schema at {join_pointer(error.absolute_path) or '/'}: {error.message}"


def _examples(spec: Spec) -> Iterator[tuple[str, str, Any]]:
    """(schema pointer, example pointer, example value) for every example in the document."""
    for pointer, node in _walk(spec.document, ""):
        if "schema" not in node:
            continue
        schema_pointer = f"{pointer}/schema"
        if "example" in node:
            yield schema_pointer, f"{pointer}/example", node["example"]
        examples = node.get("examples")
        if isinstance(examples, Mapping):
            for name, example in examples.items():
                example_pointer = f"{pointer}/examples/{escape_pointer_token(name)}"
                resolved = spec.resolve(example)
                if isinstance(resolved, Mapping) and "value" in resolved:
                    yield schema_pointer, f"{example_pointer}/value", resolved["value"]


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every mapping that can hold ``schema`` + ``example(s)``: media types, parameters, headers."""
    if isinstance(node, Mapping):
        yield pointer, node
        for key, value in node.items():
            if key in ("schema", "examples", "example"):
                continue  # schema-internal ``examples`` arrays are validated by the structure check
            if _is_container(value):
                yield from _walk(value, f"{pointer}/{escape_pointer_token(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if _is_container(value):
                yield from _walk(value, f"{pointer}/{index}")


def _is_container(value: Any) -> bool:
    """Worth a walk: a scalar holds nothing, and a generator started for each one of a big document's 600,000
    scalars costs more than this test (``type`` first: ``isinstance`` against an ABC is slow)."""
    return type(value) in (dict, list) or isinstance(value, (Mapping, list))


def load_valid(
    project: Project,
    apis: Iterable[str],
    *,
    jobs: int | None = None,
    on_warning: Callable[[Problem], None] | None = None,
) -> list[Spec]:
    """Load and validate ``apis`` (in parallel), collecting every error of every file before failing.

    Warnings (house conventions of a non-strict spec) go to ``on_warning`` and do not stop anything.
    """
    apis = list(apis)
    if len(apis) > 1 and jobs != 1 and sys.platform == "linux":
        workers = min(len(apis), jobs or multiprocessing.cpu_count())
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_load_and_check, [project] * len(apis), apis))
    else:
        results = [_load_and_check(project, api) for api in apis]
    found = [problem for _, problems in results for problem in problems]
    errors = [problem for problem in found if not problem.is_warning]
    if errors:
        raise SpecError(errors)
    if on_warning is not None:
        for warning in found:
            on_warning(warning)
    return [spec for spec, _ in results if spec is not None]


def load_all(project: Project, apis: Iterable[str]) -> list[Spec]:
    """Load ``apis`` without validating them (see :func:`checking`), collecting every file's load errors."""
    loaded = [_load(project, api) for api in apis]
    errors = [problem for _, problems in loaded for problem in problems]
    if errors:
        raise SpecError(errors)
    return [spec for spec, _ in loaded if spec is not None]


@contextlib.contextmanager
def checking(specs: list[Spec], memos: Path | None = None) -> Iterator[Callable[[], list[Problem]]]:
    """Validate ``specs`` in a forked process while the caller goes on (rendering, say); yields how to wait for
    their problems. The caller must act on the result before anything it made counts: GitHub's spec takes 2 s
    to validate, which a regeneration no longer waits for before it starts. ``memos``: the folder of each API's
    remembered checks (a project's cache folder)."""
    if not specs:
        yield lambda: _check_all(specs, memos)
        return
    with forked(lambda: _check_all(specs, memos), nice=_BESIDE_RENDERING) as wait:
        yield wait


# Validation is done long before a large spec's rendering (GitHub's: 3 s of 14): the rendering keeps the cores.
_BESIDE_RENDERING = 5


def _check_all(specs: list[Spec], memos: Path | None) -> list[Problem]:
    return [problem for spec in specs for problem in check(spec, memo_file(memos, spec.name))]


def memo_file(memos: Path | None, api: str) -> Path | None:
    """Where the checks of ``api`` are remembered in the folder ``memos``."""
    return memos / api / "checks.json" if memos is not None else None


def _load(project: Project, api: str) -> tuple[Spec | None, list[Problem]]:
    """The loaded spec of ``api``, or why it could not be loaded."""
    try:
        return project.load(api), []
    except SpecError as exc:
        return None, exc.problems


def _load_and_check(project: Project, api: str) -> tuple[Spec | None, list[Problem]]:
    spec, problems = _load(project, api)
    return (spec, check(spec, memo_file(project.cache_dir, api))) if spec is not None else (None, problems)
