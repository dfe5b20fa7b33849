"""Multi-file specs: a root file whose ``$ref``s name other files (``resources/x.yml``,
``../shared/y.yml#/components/schemas/Z``) -> one document, bundled at load.

What a component section can hold (a schema, a response, a parameter, ...) is placed under ``components`` once,
named after its file or fragment, and referred to from every place that used it: generators then see one named
piece, not copies. What no section can name (an operation, a path item, a description, an example value, an
extension) is inlined where it is used. :class:`Origins` remembers which file and line every piece was read from,
so messages about the bundled document still name them.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..errors import Problem, SpecError
from ._json_lines import scan
from .pointers import escape_pointer_token, unescape_pointer_token
from .schema_walk import DATA_KEYS, SCHEMA_KEYS, SCHEMA_MAP

# ``$ref: x.yml``, ``"$ref": "../y.json#/Z"``: a reference that does not start with "#" (a cheap test, so that
# single-file specs, GitHub's 13 MB among them, are not walked for nothing).
_EXTERNAL_REF = re.compile(rb"""\$ref["']?\s*:\s*["']?[^"'#\s]""")
_REMOTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")  # http://, https://, urn:, file: ...
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")  # components' names must match ^[a-zA-Z0-9.\-_]+$
# A discriminator mapping value that is a reference (``#/...``, ``pets.yml``, ``x.json#/Dog``), not a schema name.
_MAPPING_REF = re.compile(r"[#/]|\.(ya?ml|json)$", re.IGNORECASE)
# Where a referenced piece goes, by the key that holds it (a parameter is an item of a ``parameters`` list).
_SECTION_OF_PARENT = {
    "responses": "responses",
    "parameters": "parameters",
    "headers": "headers",
    "examples": "examples",
    "links": "links",
    "callbacks": "callbacks",
    "securitySchemes": "securitySchemes",
}
_NOT_SCHEMAS = frozenset({"discriminator", "xml", "externalDocs", *DATA_KEYS})
# Folder names that say what a file holds, not which piece it is: skipped when they would lengthen a name.
_GENERIC_FOLDERS = frozenset({"models", "schemas", "responses", "parameters", "examples", "headers", "shared"})
_GENERIC_FOLDERS |= {"components", "definitions", "resources", "attributes", "common"}
# Names that readers walking the document by key would take for keywords (a parameter called "schema").
_KEYWORDS = frozenset({"schema", "schemas", "content", "properties", "items", *DATA_KEYS})

Parse = Callable[[str, Path], tuple[Any, Mapping[str, int] | None]]


def has_external_refs(source: bytes) -> bool:
    return _EXTERNAL_REF.search(source) is not None


@dataclass(frozen=True)
class Origins:
    """Where each piece of a bundled document was read from."""

    root: Path
    mounts: Mapping[str, tuple[Path, str]]  # bundled pointer -> (file, pointer inside that file)
    indexes: Mapping[Path, Mapping[str, int]]  # file -> its pointer -> line index

    @cached_property
    def _located(self) -> tuple[dict[str, int], dict[str, Path]]:
        lines = dict(self.indexes[self.root])
        files: dict[str, Path] = {}
        sorted_keys = {path: sorted(index) for path, index in self.indexes.items()}
        for bundled, (path, inner) in sorted(self.mounts.items(), key=lambda item: len(item[0])):
            index, keys = self.indexes[path], sorted_keys[path]
            for key in _with_prefix(keys, inner):
                pointer = bundled + key[len(inner) :]
                lines[pointer] = index[key]
                files[pointer] = path
        return lines, files

    @property
    def lines(self) -> Mapping[str, int]:
        return self._located[0]

    def file_of(self, pointer: str) -> Path:
        return self._located[1].get(pointer, self.root)


def _with_prefix(keys: list[str], prefix: str) -> list[str]:
    """The keys of sorted ``keys`` that are ``prefix`` or below it."""
    if not prefix:
        return keys
    start = bisect.bisect_left(keys, prefix)
    end = bisect.bisect_left(keys, prefix + "0")  # "0" follows "/": every "prefix/..." sorts before it
    return [key for key in keys[start:end] if key == prefix or key.startswith(prefix + "/")]


@dataclass
class _File:
    path: Path
    document: Any
    lines: Mapping[str, int]


@dataclass
class _Bundler:
    root: _File
    parse: Parse
    files: dict[Path, _File | None] = field(default_factory=dict)
    placed: dict[tuple[Path, str], str] = field(default_factory=dict)  # (file, fragment) -> bundled pointer
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)  # new components, by section
    taken: dict[str, set[str]] = field(default_factory=dict)  # names used in each section
    mounts: dict[str, tuple[Path, str]] = field(default_factory=dict)
    inlining: list[tuple[Path, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def bundle(self) -> dict[str, Any]:
        self.files[self.root.path] = self.root
        self._claim_root_components()
        document = self.copy(self.root.document, self.root, "", "", "doc")
        if self.sections:
            components = document.setdefault("components", {})
            for section, pieces in self.sections.items():
                components.setdefault(section, {}).update(pieces)
        if self.problems:
            raise SpecError(self.problems)
        return dict(document)

    def _claim_root_components(self) -> None:
        """A root's ``components/schemas/Pet: {$ref: pet.yml}`` names ``pet.yml``: every other use refers to it."""
        components = self.root.document.get("components") or {}
        for section, pieces in components.items() if isinstance(components, Mapping) else []:
            self.taken[section] = set(pieces) if isinstance(pieces, Mapping) else set()
            for name, piece in pieces.items() if isinstance(pieces, Mapping) else []:
                ref = piece.get("$ref") if isinstance(piece, Mapping) else None
                if isinstance(ref, str) and not ref.startswith("#") and not _REMOTE.match(ref):
                    target = self._target_key(ref, self.root.path)
                    self.placed.setdefault(target, f"/components/{section}/{escape_pointer_token(name)}")

    def copy(self, node: Any, source: _File, at: str, where: str, state: str) -> Any:
        """``node`` (at ``at`` in ``source``) as it goes to ``where`` in the bundle, its references resolved."""
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and (source is not self.root or not ref.startswith("#")):
                return self.reference(node, ref, source, at, where, state)
            copied: dict[str, Any] = {}
            for key, value in node.items():
                token = escape_pointer_token(key)
                copied[key] = self.copy(value, source, f"{at}/{token}", f"{where}/{token}", _state(state, key, where))
            if state == "schema" and isinstance(copied.get("discriminator"), dict):
                copied["discriminator"] = self._discriminator(copied["discriminator"], source)
            return copied
        if isinstance(node, list):
            return [self.copy(item, source, f"{at}/{i}", f"{where}/{i}", state) for i, item in enumerate(node)]
        return node

    def reference(self, node: Mapping[str, Any], ref: str, source: _File, at: str, where: str, state: str) -> Any:
        if _REMOTE.match(ref):
            message = f"$ref {ref!r}: remote references are not supported; save the file beside the spec"
            return self._fail(source, f"{at}/$ref", message + " and refer to it by a relative path", node)
        path, fragment = self._target_key(ref, source.path)
        siblings = {key: self._sibling(node, key, source, at, where, state) for key in node if key != "$ref"}
        if path == Path(os.path.normpath(self.root.path)):  # back into the root file: a local reference
            return {**siblings, "$ref": f"#{fragment}"}
        target_file = self._file(path, source, at, ref)
        if target_file is None:
            return dict(node)
        try:
            target = _at(target_file.document, fragment)
        except (KeyError, IndexError, ValueError, TypeError):
            return self._fail(source, f"{at}/$ref", f"$ref {ref!r} points to nothing in {path}", node)
        section = _section(where, state)
        if section is not None and isinstance(target, Mapping):
            return {**siblings, "$ref": "#" + self._place(section, target, target_file, fragment)}
        return self._inline(target, target_file, fragment, where, state, siblings, (source, at, ref))

    def _discriminator(self, discriminator: dict[str, Any], source: _File) -> dict[str, Any]:
        """A discriminator whose ``mapping`` names schemas by reference (DigitalOcean's
        ``models/domain_record_types.yml#/domain_record_a``), each naming the bundled schema its ``$ref``s name:
        readers match a mapping value to a branch by reference (Schemathesis pins the tag so)."""
        mapping = discriminator.get("mapping")
        if not isinstance(mapping, Mapping):
            return discriminator
        return {**discriminator, "mapping": {tag: self._mapped(value, source) for tag, value in mapping.items()}}

    def _mapped(self, value: Any, source: _File) -> Any:
        """The bundled reference of one mapping value; a schema name, or a reference to nothing, as written."""
        if not isinstance(value, str) or _REMOTE.match(value) or not _MAPPING_REF.search(value):
            return value
        if value.startswith("#") and source is self.root:
            return value
        path, fragment = self._target_key(value, source.path)
        if path == Path(os.path.normpath(self.root.path)):
            return f"#{fragment}"
        target_file = self._file(path, source, "", value) if path.is_file() else None
        if target_file is None:
            return value
        try:
            target = _at(target_file.document, fragment)
        except (KeyError, IndexError, ValueError, TypeError):
            return value
        return "#" + self._place("schemas", target, target_file, fragment) if isinstance(target, Mapping) else value

    def _sibling(self, node: Mapping[str, Any], key: str, source: _File, at: str, where: str, state: str) -> Any:
        token = escape_pointer_token(key)
        return self.copy(node[key], source, f"{at}/{token}", f"{where}/{token}", state)

    def _place(self, section: str, target: Any, file: _File, fragment: str) -> str:
        key = (file.path, fragment)
        if key not in self.placed:
            name = self._name(section, file.path, fragment)
            pointer = f"/components/{section}/{escape_pointer_token(name)}"
            self.placed[key] = pointer
            pieces = self.sections.setdefault(section, {})
            pieces[name] = None  # keeps the order of first use while the piece's own references are resolved
            pieces[name] = self.copy(target, file, fragment, pointer, "schema" if section == "schemas" else "doc")
            self.mounts[pointer] = (file.path, fragment)
        return self.placed[key]

    def _inline(
        self,
        target: Any,
        file: _File,
        fragment: str,
        where: str,
        state: str,
        siblings: dict[str, Any],
        referrer: tuple[_File, str, str],
    ) -> Any:
        key = (file.path, fragment)
        if key in self.inlining:
            source, at, ref = referrer
            return self._fail(source, f"{at}/$ref", f"$ref {ref!r} includes itself and has no name to refer to", {})
        self.inlining.append(key)
        try:
            value = self.copy(target, file, fragment, where, state)
        finally:
            self.inlining.pop()
        self.mounts[where] = (file.path, fragment)
        return {**value, **siblings} if isinstance(value, dict) else value

    def _target_key(self, ref: str, base: Path) -> tuple[Path, str]:
        file_part, _, fragment = ref.partition("#")
        path = Path(os.path.normpath(base.parent / unquote(file_part))) if file_part else base
        return path, unquote(fragment)

    def _file(self, path: Path, referrer: _File, at: str, ref: str) -> _File | None:
        if path not in self.files:
            self.files[path] = None
            try:
                text = path.read_bytes().decode("utf-8", errors="replace")
            except OSError as exc:
                self._fail(referrer, f"{at}/$ref", f"$ref {ref!r}: cannot read {path}: {exc.strerror}", None)
                return None
            document, lines = self.parse(text, path)
            self.files[path] = _File(path, document, lines if lines is not None else scan(text).lines)
        return self.files[path]

    def _name(self, section: str, path: Path, fragment: str) -> str:
        """A name for a new component: the fragment's last token or the file's stem, lengthened by the folders
        above it while another piece has it."""
        taken = self.taken.setdefault(section, set())
        tokens = [unescape_pointer_token(t) for t in fragment.split("/")[1:]]
        base = tokens[-1] if tokens else path.stem
        folders = [part for part in reversed(path.parent.parts) if part not in _GENERIC_FOLDERS and part not in "./"]
        candidates = [base, *("_".join([*reversed(folders[: n + 1]), base]) for n in range(len(folders)))]
        candidates = [_UNSAFE_NAME.sub("_", candidate).strip("_") or section for candidate in candidates]
        name = next((c for c in candidates if c not in taken and c not in _KEYWORDS), None)
        counter = 2
        while name is None or name in taken or name in _KEYWORDS:
            name, counter = f"{candidates[0]}_{counter}", counter + 1
        taken.add(name)
        return name

    def _fail(self, source: _File, pointer: str, message: str, replacement: Any) -> Any:
        self.problems.append(Problem(source.path, _line(source.lines, pointer), pointer, message, "ref"))
        return replacement


def bundle(
    document: Mapping[str, Any], lines: Mapping[str, int], path: Path, parse: Parse
) -> tuple[dict[str, Any], Origins]:
    """``document`` (read from ``path``) with every piece of the files it refers to brought in."""
    bundler = _Bundler(_File(path, document, lines), parse)
    bundled = bundler.bundle()
    indexes = {file.path: file.lines for file in bundler.files.values() if file is not None}
    return bundled, Origins(path, bundler.mounts, indexes)


def _state(state: str, key: str, where: str) -> str:
    """What the value under ``key`` is: "doc" (OpenAPI objects), "schema", "schemas" (a map or list of them),
    "data" (example values, extensions: references there are inlined)."""
    if state in ("data", "schemas"):
        return state if state == "data" else "schema"
    if key.startswith("x-"):
        return "data"
    if state == "schema":
        if key in SCHEMA_MAP:
            return "schemas"
        return "data" if key in _NOT_SCHEMAS else "schema"
    if key in SCHEMA_KEYS:
        return "schema"
    if key == "schemas" and where == "/components":
        return "schemas"
    return "data" if key in ("example", "value") or (key == "default" and not where.endswith("/responses")) else "doc"


def _section(where: str, state: str) -> str | None:
    """The components section a referenced piece at ``where`` belongs in; None: it is inlined."""
    tokens = where.split("/")[1:]
    if len(tokens) == 3 and tokens[0] == "components":
        return None  # a root's component keeps the name it has
    if state == "schema":
        return "schemas"
    if state != "doc" or len(tokens) < 2:
        return None
    if tokens[-1] == "requestBody":
        return "requestBodies"
    return _SECTION_OF_PARENT.get(tokens[-2])


def _at(document: Any, fragment: str) -> Any:
    if fragment and not fragment.startswith("/"):
        raise ValueError(fragment)  # a plain-name fragment ($anchor) is not a JSON pointer
    node = document
    for raw in fragment.split("/")[1:]:
        token = unescape_pointer_token(raw)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _line(lines: Mapping[str, int], pointer: str) -> int | None:
    while pointer not in lines:
        if not pointer:
            return None
        pointer = pointer.rsplit("/", 1)[0]
    return lines[pointer]
