"""Validation: structural (openapi-spec-validator) plus the project's own rules, as small named checks.

Each rule is a function ``(spec) -> Iterator[Problem]`` registered in :data:`RULES`; ``validate`` runs
them all and raises one :class:`SpecError` listing every problem, each with file, line and JSON pointer.
"""

from __future__ import annotations

import multiprocessing
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import DuplicateOperationIDError, UnresolvableParameterError
from packaging.version import InvalidVersion

from ._errors import Problem, SpecError
from ._jsonschema import FORMAT_CHECKER, schema_ref, spec_registry
from .loading import Operation, Spec, escape_pointer_token
from .project import Project

Rule = Callable[[Spec], Iterator[Problem]]
RULES: list[Rule] = []

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")
_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def rule(func: Rule) -> Rule:
    RULES.append(func)
    return func


def validate(spec: Spec) -> Spec:
    """Return ``spec`` unchanged when it is valid; raise :class:`SpecError` listing every problem."""
    problems = check(spec)
    if problems:
        raise SpecError(problems)
    return spec


def check(spec: Spec) -> list[Problem]:
    dangling = list(dangling_refs(spec))
    if dangling:  # the structural validator and the example checks would crash on them
        return dangling
    structural = list(openapi_structure(spec))
    if structural:  # the other rules assume a well-formed document (valid schemas, responses, ...)
        return structural
    problems: list[Problem] = []
    for func in RULES:
        problems.extend(func(spec))
    return problems


def dangling_refs(spec: Spec) -> Iterator[Problem]:
    for pointer, ref in _walk_refs(spec.document, ""):
        if not ref.startswith("#/") and ref != "#":
            yield spec.problem(pointer, f"$ref {ref!r}: only local references (#/...) are supported", "ref")
            continue
        try:
            spec.at(ref[1:])
        except (KeyError, IndexError, ValueError, TypeError):
            yield spec.problem(pointer, f"$ref {ref!r} points to nothing", "ref")


def _walk_refs(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield f"{pointer}/$ref", ref
        for key, value in node.items():
            yield from _walk_refs(value, f"{pointer}/{escape_pointer_token(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_refs(value, f"{pointer}/{index}")


def openapi_structure(spec: Spec) -> Iterator[Problem]:
    if not str(spec.document.get("openapi", "")).startswith("3.1"):
        yield spec.problem("/openapi", f"openapi must be 3.1.x, got {spec.document.get('openapi')!r}", "structure")
        return
    for error in OpenAPIV31SpecValidator(dict(spec.document)).iter_errors():
        if isinstance(error, UnresolvableParameterError | DuplicateOperationIDError):
            continue  # reported with a precise location by ``path_parameters_declared`` / ``unique_operation_ids``
        yield spec.problem(_pointer(error.absolute_path), str(error.message).splitlines()[0], "structure")


@rule
def semver_version(spec: Spec) -> Iterator[Problem]:
    if not _SEMVER.match(spec.version):
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


@rule
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


@rule
def error_responses_declared(spec: Spec) -> Iterator[Problem]:
    for op in spec.operations(webhooks=False):
        codes = [str(code) for code in op.data.get("responses") or {}]
        if not any(code[0] in "45" or code == "default" for code in codes):
            yield spec.problem(
                f"{op.pointer}/responses", "operation declares no error response (4xx/5xx/default)", "errors"
            )


def _parameters(spec: Spec, op: Operation) -> Iterator[tuple[str, Mapping[str, Any]]]:
    base = op.pointer.rsplit("/", 1)[0]
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


@rule
def examples_match_schemas(spec: Spec) -> Iterator[Problem]:
    registry = spec_registry(spec)
    for schema_pointer, example_pointer, value in [*_examples(spec), *_schema_examples(spec)]:
        validator = Draft202012Validator(schema_ref(schema_pointer), registry=registry, format_checker=FORMAT_CHECKER)
        for error in sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path))):
            yield spec.problem(example_pointer + _pointer(error.absolute_path), _example_message(error), "examples")


def _pointer(parts: Iterable[object]) -> str:
    return "".join(f"/{escape_pointer_token(p)}" for p in parts)


def _schema_examples(spec: Spec) -> Iterator[tuple[str, str, Any]]:
    schemas = (spec.document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        pointer = f"/components/schemas/{escape_pointer_token(name)}"
        for index, value in enumerate(schema.get("examples") or [] if isinstance(schema, Mapping) else []):
            yield pointer, f"{pointer}/examples/{index}", value


def _example_message(error: ValidationError) -> str:
    return f"example does not match its schema at {_pointer(error.absolute_path) or '/'}: {error.message}"


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
            yield from _walk(value, f"{pointer}/{escape_pointer_token(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def load_valid(project: Project, apis: Iterable[str], *, jobs: int | None = None) -> list[Spec]:
    """Load and validate ``apis`` (in parallel), collecting every problem of every file before failing."""
    apis = list(apis)
    if len(apis) > 1 and jobs != 1 and sys.platform == "linux":
        workers = min(len(apis), jobs or multiprocessing.cpu_count())
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_load_and_check, [project] * len(apis), apis))
    else:
        results = [_load_and_check(project, api) for api in apis]
    problems = [problem for _, found in results for problem in found]
    if problems:
        raise SpecError(problems)
    return [spec for spec, _ in results if spec is not None]


def _load_and_check(project: Project, api: str) -> tuple[Spec | None, list[Problem]]:
    try:
        spec = project.load(api)
    except SpecError as exc:
        return None, exc.problems
    return spec, check(spec)
