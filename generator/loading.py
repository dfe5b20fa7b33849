"""Loading: spec file -> :class:`Spec` (parsed document plus a line index for error messages).

Every other module receives a ``Spec``; nothing else reads spec files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ._errors import Problem, SpecError, UsageError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def escape_pointer_token(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class Operation:
    """One operation (or webhook) of a spec, with where it lives."""

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


@dataclass(frozen=True)
class Spec:
    """A loaded spec: the document as parsed, its source bytes and a pointer -> line index."""

    name: str
    path: Path
    source: bytes
    document: Mapping[str, Any]
    lines: Mapping[str, int] = field(repr=False)

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
        """The path part of :attr:`server_url` without a trailing slash: where a mock serves the API."""
        return urlsplit(self.server_url).path.rstrip("/")

    @property
    def package_name(self) -> str:
        return f"{self.name}_client"

    @property
    def project_name(self) -> str:
        return f"{self.name}-client"

    def line_of(self, pointer: str) -> int | None:
        """Line of ``pointer``, or of its nearest ancestor the index knows."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def problem(self, pointer: str, message: str, rule: str) -> Problem:
        return Problem(self.path, self.line_of(pointer), self.anchor(pointer), message, rule)

    def anchor(self, pointer: str) -> str:
        """``pointer`` itself, or the one document pointer it is a suffix of.

        openapi-spec-validator reports errors inside schemas relative to the schema (``/properties/x/type``);
        this finds where in the document that is.
        """
        if pointer in self.lines or not pointer:
            return pointer
        matches = [known for known in self.lines if known.endswith(pointer)]
        return matches[0] if len(matches) == 1 else pointer

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` chains; returns the node itself when it is not a reference."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#"):
                return node
            seen.add(ref)
            node = self.at(ref[1:])
        return node

    def at(self, pointer: str) -> Any:
        node: Any = self.document
        for raw in pointer.split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
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
                for method in HTTP_METHODS:
                    data = item.get(method)
                    if isinstance(data, Mapping):
                        pointer = f"/{section}/{escape_pointer_token(path)}/{method}"
                        yield Operation(method, str(path), pointer, data, item, is_webhook)


def load_spec(path: Path, name: str | None = None) -> Spec:
    """Parse one spec file; raises :class:`SpecError` naming the file and line on bad YAML."""
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read spec: {exc.strerror}") from exc
    return parse_spec(source, path, name)


def parse_spec(source: bytes, path: Path, name: str | None = None) -> Spec:
    """Parse spec bytes read from elsewhere (e.g. ``git show``); ``path`` only names the source in messages."""
    text = source.decode("utf-8", errors="replace")
    try:
        root = yaml.compose(text, Loader=_Loader)
        document = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise SpecError([Problem(path, line, "", f"invalid YAML: {_yaml_message(exc)}", "yaml")]) from exc
    lines: dict[str, int] = {}
    duplicates: list[Problem] = []
    if root is not None:
        _index(root, "", lines, duplicates, path)
    if duplicates:
        raise SpecError(duplicates)
    if not isinstance(document, dict):
        raise SpecError([Problem(path, 1, "", "a spec must be a YAML mapping at the top level", "yaml")])
    return Spec(name or path.stem, path, source, document, lines)


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
