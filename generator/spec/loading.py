"""Loading: spec file -> :class:`Spec` (parsed document plus a line index for error messages).

Every other module receives a ``Spec``; nothing else reads spec files.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import marshal
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from packaging.version import InvalidVersion, Version

from ..errors import Problem, SpecError, UsageError
from ._bundling import Origins, bundle, has_external_refs
from ._json_lines import json_line_index, scan
from ._methods import ADDITIONAL
from ._methods import HTTP_METHODS as HTTP_METHODS  # re-exported: the stages route and diff by it
from ._methods import PATH_PARAMETER as PATH_PARAMETER  # re-exported: the stages match templates by it
from ._methods import item_operations as item_operations  # re-exported: the operations of one path item
from ._yaml import Loader
from .pointers import escape_pointer_token as escape_pointer_token  # re-exported: older callers import it here
from .pointers import last_token, parent_pointer, ref_pointer, split_pointer
from .repairing import Note, repair


def template_shape(path: str) -> str:
    """``path`` with every parameter name blanked: same-shaped templates match the same requests."""
    return PATH_PARAMETER.sub("{}", path)


def request_path(key: str) -> str:
    """The part of a path key a request carries: AWS and Box specs key operations ``/logout#x-amz-sso_bearer_token``
    or ``/?Action=X``, and no request path holds a fragment or a query (keys alike but for them collide)."""
    return re.split("[#?]", key, maxsplit=1)[0] or "/"


SPEC_SUFFIXES = (".yaml", ".yml", ".json")
ROOT_STEM = "openapi"  # specs/<api>/openapi.yaml is the root of a multi-file spec


@dataclass(frozen=True)
class Operation:
    """One operation (or webhook) of a spec, with where it lives. ``method`` is lowercase: a fixed field of the
    path item (``get`` ... ``query``) or, in OpenAPI 3.2, a key of ``additionalOperations`` (``COPY`` -> ``copy``)."""

    method: str
    path: str
    pointer: str
    data: Mapping[str, Any]
    path_item: Mapping[str, Any]
    webhook: bool = False

    @property
    def operation_id(self) -> str | None:
        value = self.data.get("operationId")
        return value if isinstance(value, str) else None

    @property
    def item_pointer(self) -> str:
        """The pointer of the path item (whose ``parameters`` apply too): an additional operation of 3.2 sits one
        level deeper than a fixed method (``.../additionalOperations/LOCK``)."""
        parent = parent_pointer(self.pointer)
        return parent_pointer(parent) if parent.endswith(f"/{ADDITIONAL}") else parent


@dataclass(frozen=True)
class Spec:
    """A loaded spec: the document as parsed, its source bytes and a pointer -> line index."""

    name: str
    path: Path
    source: bytes
    document: Mapping[str, Any]
    openapi_version: str = ""  # as the file declares it; ``document`` always has 3.1 semantics
    line_index: Mapping[str, int] | None = field(default=None, repr=False, compare=False)
    origins: Origins | None = field(default=None, repr=False, compare=False)  # multi-file: where pieces came from
    notes: tuple[Note, ...] = field(default=(), repr=False, compare=False)  # what loading repaired or ignored

    @cached_property
    def lines(self) -> Mapping[str, int]:
        """JSON pointer -> line in the file it was read from (for JSON, computed on first use: most runs never
        need it). A multi-file spec's pointers map to lines of several files: :meth:`locate` says which."""
        if self.origins is not None:
            return self.origins.lines
        return self.line_index if self.line_index is not None else json_line_index(self.source)

    def document_copy(self) -> dict[str, Any]:
        """A deep copy of the document, the caller's to edit. Through ``marshal`` where the document is plain
        data (GitHub's copies in half the time of ``copy.deepcopy``, shared parts still shared); a document
        holding anything else (a YAML date, say) is copied by ``copy.deepcopy``."""
        try:
            copied: dict[str, Any] = marshal.loads(marshal.dumps(dict(self.document)))
        except ValueError:  # an object marshal does not know
            return copy.deepcopy(dict(self.document))
        return copied

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file the spec was read from, the root first."""
        return (self.path, *(p for p in (self.origins.indexes if self.origins else ()) if p != self.path))

    @property
    def strict(self) -> bool:
        """The spec opted in to the house conventions as errors (``x-apigen-strict: true``, specs/CONVENTIONS.md)."""
        return self.document.get("x-apigen-strict") is True

    @property
    def slug(self) -> str:
        """``name`` as a Python identifier fragment: lowercase, ``_`` for anything else, never a leading digit."""
        return api_slug(self.name)

    @property
    def env_prefix(self) -> str:
        return self.slug.upper()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source).hexdigest()

    @property
    def title(self) -> str:
        return str(self.document.get("info", {}).get("title", self.name))

    @property
    def version(self) -> str:
        return str(self.document.get("info", {}).get("version", ""))

    @property
    def server_url(self) -> str:
        """``servers[0].url`` with its variables at their defaults; "" when the spec names no server."""
        servers = self.document.get("servers") or []
        if not servers or not isinstance(servers[0], Mapping):
            return ""
        server = servers[0]
        url = str(server.get("url") or "")
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace(f"{{{name}}}", str((variable or {}).get("default", "")))
        return url

    @property
    def base_path(self) -> str:
        """The path part of :attr:`server_url` without a trailing slash: where a mock serves the API. A relative
        url's path (``v1``) is read from the root (``/v1``): the document's own location is unknown here."""
        path = urlsplit(self.server_url).path.rstrip("/")
        return f"/{path}" if path and not path.startswith("/") else path

    @property
    def package_version(self) -> str:
        """``info.version`` as a PEP 440 version for the client package (``v2`` -> ``2``, ``2024-01-31`` ->
        ``2024.1.31``; ``0.0.0`` when it holds no number)."""
        try:
            return str(Version(self.version))
        except InvalidVersion:
            numbers = re.findall(r"\d+", self.version)
            return ".".join(str(int(n)) for n in numbers) if numbers else "0.0.0"

    @property
    def package_name(self) -> str:
        return f"{self.slug}_client"

    @property
    def project_name(self) -> str:
        return f"{self.slug.replace('_', '-')}-client"

    def line_of(self, pointer: str) -> int | None:
        """Line of ``pointer``, or of its nearest ancestor the index knows."""
        return self.locate(pointer)[1]

    def locate(self, pointer: str) -> tuple[Path, int | None]:
        """File and line of ``pointer`` (or of its nearest ancestor the index knows)."""
        while pointer not in self.lines:
            if not pointer:
                return self.path, None
            pointer = parent_pointer(pointer)
        file = self.origins.file_of(pointer) if self.origins is not None else self.path
        return file, self.lines[pointer]

    def problem(self, pointer: str, message: str, rule: str) -> Problem:
        anchor = self.anchor(pointer)
        file, line = self.locate(anchor)
        return Problem(file, line, anchor, message, rule)

    def anchor(self, pointer: str) -> str:
        """``pointer`` itself, or the one document pointer it is a suffix of.

        Some validators report errors inside schemas relative to the schema (``/properties/x/type``); this finds
        where in the document that is. A pointer that starts at a top-level key is already absolute.
        """
        if not pointer or split_pointer(pointer)[0] in self.document or pointer in self.lines:
            return pointer
        matches = [known for known in self.lines if known.endswith(pointer)]
        return matches[0] if len(matches) == 1 else pointer

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` chains; returns the node itself when it is not a reference."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            pointer = ref_pointer(node["$ref"])
            if pointer is None or pointer in seen:
                return node
            seen.add(pointer)
            node = self.at(pointer)
        return node

    def at(self, pointer: str) -> Any:
        """The node at ``pointer``; raises ``KeyError``, ``IndexError``, ``ValueError`` or ``TypeError`` where
        there is none."""
        node: Any = self.document
        for token in split_pointer(pointer):
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def operations(self, *, webhooks: bool = True) -> Iterator[Operation]:
        sections = [("paths", False)] + ([("webhooks", True)] if webhooks else [])
        for section, is_webhook in sections:
            items = self.document.get(section) or {}
            if not isinstance(items, Mapping):
                continue
            for path, item in items.items():
                item = self.resolve(item)
                if not isinstance(item, Mapping):
                    continue
                for method, suffix, data in item_operations(item):
                    pointer = f"/{section}/{escape_pointer_token(path)}{suffix}"
                    yield Operation(method, str(path), pointer, data, item, is_webhook)


def load_spec(path: Path, name: str | None = None) -> Spec:
    """Parse one spec file (or the root file of a folder: ``<folder>/openapi.yaml``); raises :class:`SpecError`
    naming the file and line on bad YAML or a reference that leads nowhere."""
    if path.is_dir():
        path = root_file(path) or path / f"{ROOT_STEM}.yaml"
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read spec: {exc.strerror}") from exc
    return parse_spec(source, path, name)


def parse_spec(source: bytes, path: Path, name: str | None = None) -> Spec:
    """Parse spec bytes read from elsewhere (e.g. ``git show``); ``path`` only names the source in messages.

    JSON or YAML (1.2 semantics); an OpenAPI 3.0 document is upgraded to 3.1 semantics (:mod:`.upgrading`).
    """
    text = source.decode("utf-8", errors="replace")
    name = name or default_name(path)
    api_slug(name)  # an unusable API name fails here, before any work
    document, lines = _parse(text, path)
    if not isinstance(document, dict):
        raise SpecError([Problem(path, 1, "", "a spec must be a mapping (an object) at the top level", "yaml")])
    version = _openapi_version(document, path, lines)
    origins = None
    if has_external_refs(source):
        document, origins = bundle(document, lines if lines is not None else json_line_index(source), path, _parse)
        if origins.mounts:  # tools that read the text (Schemathesis, the mock's /openapi.yaml) get the bundle
            source = json.dumps(document, ensure_ascii=False).encode()
        else:
            origins = None
    notes = tuple(repair(document))  # upgrades a 3.0 document too
    return Spec(name, path, source, document, version, lines, origins, notes)


def root_file(folder: Path) -> Path | None:
    """The root file of a multi-file spec in ``folder`` (``openapi.yaml``, ``.yml`` or ``.json``), if any."""
    return next((p for p in (folder / f"{ROOT_STEM}{s}" for s in SPEC_SUFFIXES) if p.is_file()), None)


def default_name(path: Path) -> str:
    """An API's name from its spec file: the stem, or the folder's name for a multi-file root (``x/openapi.yaml``)."""
    return path.parent.name if path.stem == ROOT_STEM and path.parent.name else path.stem


def _parse(text: str, path: Path) -> tuple[Any, dict[str, int] | None]:
    """The document and, for YAML, its line index. JSON in a ``.yaml`` file is read as JSON (fast), but YAML's
    flow style can start with ``{`` too: such a file that is not JSON is YAML."""
    if path.suffix.lower() == ".json":
        try:
            return _parse_json(text, path), None
        except json.JSONDecodeError as exc:
            message = f"invalid JSON: column {exc.colno}: {exc.msg}"
            raise SpecError([Problem(path, exc.lineno, "", message, "json")]) from exc
    if text.lstrip().startswith("{"):
        with contextlib.suppress(json.JSONDecodeError):
            return _parse_json(text, path), None
    return _parse_yaml(text, path)


def _parse_yaml(text: str, path: Path) -> tuple[Any, dict[str, int]]:
    loader = Loader(text)
    try:
        root = loader.get_single_node()
        document = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        column = f"column {mark.column + 1}: " if mark is not None else ""
        raise SpecError([Problem(path, line, "", f"invalid YAML: {column}{_yaml_message(exc)}", "yaml")]) from exc
    finally:
        loader.dispose()
    lines: dict[str, int] = {}
    duplicates: list[Problem] = []
    if root is not None:
        _index(root, "", lines, duplicates, path)
    if duplicates:
        raise SpecError(duplicates)
    return document, lines


def _parse_json(text: str, path: Path) -> Any:
    repeated = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        result = dict(items)
        repeated = repeated or len(result) != len(items)
        return result

    document = json.loads(text, object_pairs_hook=pairs)  # a JSONDecodeError is the caller's to word
    if repeated:  # rare: only now pay for a scan that knows where
        found = scan(text).duplicates
        raise SpecError([Problem(path, line, ptr, f"duplicate key {last_token(ptr)!r}", "json") for ptr, line in found])
    return document


_SWAGGER_2 = (
    "Swagger 2.0 is not supported: convert it to OpenAPI 3 first (for example `npx swagger2openapi {name} -o "
    "{stem}.yaml`, or paste it into https://converter.swagger.io), then add the converted file"
)


def _openapi_version(document: Mapping[str, Any], path: Path, lines: Mapping[str, int] | None) -> str:
    """The declared OpenAPI version; a Swagger 2.0 document is refused here, with how to convert it."""
    if "swagger" in document and "openapi" not in document:
        message = _SWAGGER_2.format(name=path.name, stem=path.stem)
        line = (lines or {}).get("/swagger", 1)
        raise SpecError([Problem(path, line, "/swagger", message, "version")])
    return str(document.get("openapi", ""))


def api_slug(name: str) -> str:
    """An API name as it appears in package and environment variable names (``My-API`` -> ``my_api``)."""
    slug = re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")
    if not slug:
        raise UsageError(f"API name {name!r} has no letters or digits; rename its spec file")
    return f"api_{slug}" if slug[0].isdigit() else slug


def _yaml_message(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    if context and context_mark is not None:
        context = f"{context} (started at line {context_mark.line + 1})"
    return ", ".join(str(part) for part in (context, problem) if part) or str(exc).splitlines()[0]


def _index(node: yaml.Node, pointer: str, lines: dict[str, int], dupes: list[Problem], path: Path) -> None:
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = f"{pointer}/{escape_pointer_token(key)}"
            if key in seen:
                dupes.append(Problem(path, key_node.start_mark.line + 1, child, f"duplicate key {key!r}", "yaml"))
            seen.add(key)
            _index(value_node, child, lines, dupes, path)
            lines[child] = key_node.start_mark.line + 1  # a mapping entry is "at" its key's line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index(item, f"{pointer}/{index}", lines, dupes, path)
