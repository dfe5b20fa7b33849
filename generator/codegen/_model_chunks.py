"""A large spec's models rendered in chunks: on both cores, and each chunk kept by its content for the next run.

datamodel-code-generator renders one document in one process, every time: GitHub's 2,900 schemas take it 8 s,
and a change to one property took them all again. Here the component schemas, in name order, are cut into chunks
of about :data:`_CHUNK_SCHEMAS` (a boundary falls after a name whose hash says so, so adding or removing a schema
moves only its own chunk's edges). Each chunk is rendered from a document holding its schemas and every schema
they need: what they reference (a root model is folded into its users, a base's fields are read), and the
schemas that hold a discriminator over one of them (which rewrites its tag field as a ``Literal``). From each
rendering only the chunk's own classes are kept, with the classes datamodel-code-generator invented for them.

A chunk's rendering is a function of its document alone, so it is cached under that document's key: a
regeneration re-renders the chunks a change reached, and writes what a full regeneration writes. When the kept
classes do not fit together (two chunks invent one name for different classes, or a class reads one another
chunk did not keep), :func:`compose` says so and the caller renders the document whole.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import functools
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..spec.pointers import json_refs, ref_pointer, split_pointer, unescape_pointer_token
from ..spec.schema_walk import subschemas
from ._classes import SCHEMAS
from ._model_modules import defined_name, names_read, rebuilt, renamed, segment
from ._worker_pool import WorkerPool

# Above this many component schemas (twins merged) the models render in chunks. Measured on GitHub (2,899):
# one document 8.2 s of CPU, 8 chunks 13.0 s, 24 chunks 14.9 s (schemas shared by chunks render in each), so a
# chunk pays off through the second core and the cache, not on its own.
CHUNK_ABOVE = 600
_CHUNK_SCHEMAS = 180
_SCHEMA_REF = re.compile(r'"\$ref": "#/components/schemas/((?:[^"\\]|\\.)*)"')

Render = Callable[[dict[str, Any]], str]


@dataclass(frozen=True)
class Chunk:
    members: frozenset[str]  # the schemas whose classes this chunk keeps
    document: dict[str, Any]  # the members and every schema they need; shares its schemas with the whole
    key: str


def chunk_documents(document: Mapping[str, Any], salt: str) -> list[Chunk]:
    """The chunks of ``document``'s component schemas; ``salt`` is everything else their rendering depends on
    (our code, the tools' versions, the options given to datamodel-code-generator)."""
    schemas: Mapping[str, Any] = document["components"]["schemas"]
    texts = {name: json.dumps(schema, sort_keys=True, default=str) for name, schema in schemas.items()}
    refs = {name: {_unescape(r) for r in _SCHEMA_REF.findall(text)} & schemas.keys() for name, text in texts.items()}
    tagging = _discriminating(texts, refs)
    stand_ins = _stand_ins(schemas, texts, tagging)
    outside = {name: _pointers_outside(text) for name, text in texts.items()}
    frame = {key: value for key, value in document.items() if key not in _NOT_READ and not key.startswith("x-")}
    chunks = []
    for members in _cut(list(schemas)):
        whole, named = _needed(members, refs, tagging, stand_ins.keys())
        kept = {name: stand_ins[name] if name in named else schema for name, schema in schemas.items() if name in whole}
        read = _read_outside(document, [pointer for name in whole - named for pointer in outside[name]], whole)
        digest = hashlib.sha256(json.dumps([frame, read, salt], sort_keys=True, default=str).encode())
        for name, schema in kept.items():
            text = json.dumps(schema, sort_keys=True, default=str) if name in named else texts[name]
            digest.update(b"\0" + name.encode() + b"\0" + text.encode())
        components = {**read.get("components", {}), "schemas": kept}
        chunk_document = {**frame, **read, "components": components}
        chunks.append(Chunk(frozenset(members), chunk_document, digest.hexdigest()))
    return chunks


# What of a document datamodel-code-generator does not read for the component schemas' models (it reads no
# operation): left out of the chunks' documents unless a schema references into it. GitHub's paths, webhooks
# and examples made every chunk's document 4 MB, whatever its schemas, and each took 0.4 s to read.
_NOT_READ = frozenset({"paths", "webhooks", "info", "tags", "servers", "externalDocs", "security", "components"})


def _pointers_outside(text: str) -> list[str | None]:
    """The pointers of the references of ``text`` (JSON) that lead outside the component schemas; ``None`` for one
    that is no local pointer."""
    return [ref_pointer(ref) for ref in json_refs(text) if not ref.startswith(SCHEMAS)]


def _read_outside(document: Mapping[str, Any], pointers: list[str | None], whole: set[str]) -> dict[str, Any]:
    """The parts of ``document`` outside its component schemas that a chunk's schemas reference (GitHub's
    ``examples`` keyword holding a ``$ref`` to a named example), each whole at its place, and what those reference
    in turn. Where that reaches a schema the chunk does not hold whole, or a pointer leads nowhere, every part of
    the document counts, as datamodel-code-generator would read it."""
    everything = {key: value for key, value in document.items() if key != "components"}
    everything["components"] = {key: value for key, value in document["components"].items() if key != "schemas"}
    found: dict[str, Any] = {}
    pending, seen = list(pointers), set()
    while pending:
        pointer = pending.pop()
        if not pointer:  # no local pointer, or the whole document
            return everything
        tokens = split_pointer(pointer)
        unit = tokens[:3] if tokens[:1] == ["components"] else tokens[:2]
        if tuple(unit) in seen:
            continue
        seen.add(tuple(unit))
        node = _at(everything, unit)
        text = json.dumps(node, sort_keys=True, default=str)
        if node is None or {_unescape(r) for r in _SCHEMA_REF.findall(text)} - whole:
            return everything
        _place(found, unit, node)
        pending += _pointers_outside(text)
    return found


def _at(document: Mapping[str, Any], tokens: list[str]) -> Any:
    node: Any = document
    for token in tokens:
        if not isinstance(node, Mapping) or token not in node:
            return None
        node = node[token]
    return node


def _place(found: dict[str, Any], tokens: list[str], node: Any) -> None:
    for token in tokens[:-1]:
        found = found.setdefault(token, {})
    found[tokens[-1]] = node


# What a class's users read of a plain object schema they reference: its name and whether it may be null.
_STAND_IN_KEYWORDS = ("type", "nullable", "title")
# The one field of a stand-in: a class holding it is never kept (nor one datamodel-code-generator renamed).
_STAND_IN_FIELD = "apigen_stand_in"
# A schema name datamodel-code-generator writes its class under as it is (it drops the "_" of ``Warning_``, which
# would then pass for a class it invented).
_PLAIN_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")
# Keywords that make a schema more than a plain object class (a union, an enum, a root model, a base).
_NOT_PLAIN = frozenset({"allOf", "oneOf", "anyOf", "enum", "const", "discriminator", "not", "items", "$ref"})


def _stand_ins(schemas: Mapping[str, Any], texts: Mapping[str, str], tagging: Mapping[str, set[str]]) -> dict[str, Any]:
    """A stand-in for each plain object schema, used where a chunk only references it (as a field's type).

    A class reads of such a schema only its name and whether it may be null, so the stand-in keeps those and one
    field (an object without fields would be a root model, which is folded into its users). The full schema,
    and everything it references, would be rendered in every chunk that references it (GitHub's
    ``repository`` by most), and a change to one of its fields would reach all of those chunks. A schema is
    kept whole where more is read of it: the base of an ``allOf`` (whose fields its subclass reads), a member
    of a discriminated union (whose tag field the discriminator rewrites), one holding a discriminator.
    """
    bases = {target for name, text in texts.items() if '"allOf"' in text for target in _all_of_targets(schemas[name])}
    tagged = tagging.keys() | {holder for holders in tagging.values() for holder in holders}
    return {
        name: {key: schema[key] for key in _STAND_IN_KEYWORDS if key in schema} | {"properties": {_STAND_IN_FIELD: {}}}
        for name, schema in schemas.items()
        if name not in bases and name not in tagged and _PLAIN_NAME.fullmatch(name) and _plain_object(schema)
    }


def _plain_object(schema: Any) -> bool:
    if not isinstance(schema, Mapping) or not isinstance(schema.get("properties"), Mapping):
        return False
    kinds = schema.get("type", "object")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return bool(schema["properties"]) and set(kinds) <= {"object", "null"} and not _NOT_PLAIN & schema.keys()


def _all_of_targets(schema: Any) -> Iterable[str]:
    """The schemas the ``allOf`` parts of ``schema``, or of a schema nested in it, reference."""
    for _, nested in subschemas(schema, ""):
        parts = nested.get("allOf")
        for part in parts if isinstance(parts, list) else []:
            ref = part.get("$ref") if isinstance(part, Mapping) else None
            if isinstance(ref, str) and ref.startswith(SCHEMAS):
                yield _first_token(ref.removeprefix(SCHEMAS))


def _unescape(ref: str) -> str:
    """The schema a reference (as JSON text) points into: its first token (PagerDuty's ``Reference`` reads
    ``#/components/schemas/Tag/allOf/0``), unescaped."""
    pointer: str = json.loads(f'"{ref}"')
    return _first_token(pointer)


def _first_token(pointer: str) -> str:
    return unescape_pointer_token(pointer.split("/")[0])


def _cut(names: list[str]) -> list[list[str]]:
    """``names`` in order, cut where a name's hash ends a chunk (or a chunk reaches twice the usual size)."""
    chunks: list[list[str]] = [[]]
    for name in sorted(names):
        chunks[-1].append(name)
        ends = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % _CHUNK_SCHEMAS == 0
        if ends or len(chunks[-1]) >= 2 * _CHUNK_SCHEMAS:
            chunks.append([])
    return [chunk for chunk in chunks if chunk]


def _discriminating(texts: Mapping[str, str], refs: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Schema -> the schemas holding a discriminator that reference it."""
    tagging: dict[str, set[str]] = {}
    for name, text in texts.items():
        if '"discriminator"' in text:
            for target in refs[name]:
                tagging.setdefault(target, set()).add(name)
    return tagging


def _needed(
    members: Iterable[str], refs: Mapping[str, set[str]], tagging: Mapping[str, set[str]], stand_ins: Iterable[str]
) -> tuple[set[str], set[str]]:
    """The schemas a chunk's document holds, and those of them it holds as stand-ins (only referenced, from a
    class of the chunk or another schema it holds whole)."""
    whole = set(members)
    only_named = set(stand_ins) - whole
    named: set[str] = set()
    stack = list(whole)
    while stack:
        name = stack.pop()
        for other in refs.get(name, set()) | tagging.get(name, set()):
            if other in only_named:
                named.add(other)
            elif other not in whole:
                whole.add(other)
                stack.append(other)
    return whole | named, named


@dataclass
class Reading:
    """One chunk's module, read: its header comment, import statements, definitions in order and the calls
    after them by the name they call on (``X.model_rebuild()``); read where it was rendered, and cached so."""

    header: list[str]
    imports: list[str]
    definitions: dict[str, str]
    trailers: dict[str, list[str]] = field(default_factory=dict)


class ChunkCache:
    """Each chunk's :class:`Reading` by chunk key, one JSON file each, in ``folder``; written whole or not at all
    (``null``: a rendering that holds a statement no chunk can place)."""

    def __init__(self, folder: Path, *, read: bool = True, version: str = "") -> None:
        self.folder = folder
        self.read = read  # False: render every chunk again (``--force``), and keep what was rendered
        self.version = version  # of the code and tools a reading comes from: part of every chunk's key

    def get(self, key: str) -> tuple[Reading | None] | None:
        """``(reading,)`` when ``key`` is cached (the reading ``None`` for an unreadable rendering), else ``None``."""
        if not self.read:
            return None
        try:
            data = json.loads((self.folder / f"{key}.json").read_text())
            return (Reading(**data) if isinstance(data, dict) else None,)
        except (OSError, ValueError, TypeError):  # missing, or not a reading this code wrote: render it again
            return None

    def put(self, key: str, reading: Reading | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=self.folder, suffix=".tmp", delete=False) as handle:
            json.dump(dataclasses.asdict(reading) if reading is not None else None, handle)
        os.replace(handle.name, self.folder / f"{key}.json")

    def keep_only(self, keys: Iterable[str]) -> None:
        """Drop every reading but those of ``keys`` (the last run's): the cache holds one spec's version."""
        wanted = {f"{key}.json" for key in keys}
        for path in self.folder.glob("*.json") if self.folder.is_dir() else []:
            if path.name not in wanted:
                path.unlink(missing_ok=True)


def render_chunks(
    chunks: list[Chunk], render: Render, cache: ChunkCache | None, pool: WorkerPool | None = None
) -> list[Reading | None]:
    """Every chunk's reading: from ``cache`` when it holds the chunk's key, else rendered by ``render`` and read,
    on the ``pool``'s workers when there is one (``render`` may edit the document it gets)."""
    found = {chunk.key: hit[0] for chunk in chunks if cache is not None and (hit := cache.get(chunk.key)) is not None}
    missing = list({chunk.key: chunk for chunk in chunks if chunk.key not in found}.values())
    # The largest first: the workers then finish close together, not one of them on a large chunk, alone.
    missing.sort(key=lambda chunk: -len(chunk.document["components"]["schemas"]))
    rendering = functools.partial(_rendered, render)
    if pool is not None and missing:
        readings = pool.map(rendering, [chunk.document for chunk in missing])
    else:
        readings = [rendering(copy.deepcopy(chunk.document)) for chunk in missing]
    for chunk, reading in zip(missing, readings, strict=True):
        found[chunk.key] = reading
        if cache is not None:
            cache.put(chunk.key, reading)
    return [found[chunk.key] for chunk in chunks]


def _rendered(render: Render, document: dict[str, Any]) -> Reading | None:
    return read(render(document))


def compose(chunks: list[Chunk], read: list[Reading | None]) -> str | None:
    """One models module of every chunk's own classes; ``None`` when they do not fit together."""
    if any(r is None for r in read):
        return None
    readings = [r for r in read if r is not None]
    anywhere = set().union(*(r.definitions for r in readings))
    schemas = set().union(*(chunk.members for chunk in chunks))
    kept: dict[str, str] = {}
    trailers: list[str] = []
    for chunk, reading in zip(chunks, readings, strict=True):
        own = _own(chunk, reading)
        clashing = schemas | kept.keys()
        renames = _invented_renames(own - chunk.members, clashing, clashing | reading.definitions.keys())
        for name, source in reading.definitions.items():
            if name in own:
                kept[renames.get(name, name)] = renamed(source, renames)
                trailers += [renamed(line, renames) for line in reading.trailers.get(name, [])]
    if any(_reads_unkept(source, anywhere, kept) or _stand_in(source) for source in kept.values()):
        return None  # a class reads one no chunk kept (a name datamodel-code-generator chose per chunk)
    header = readings[0].header if readings else []
    definitions = [kept[name] for name in _ordered(kept)]
    return _module(header, _merged_imports(r.imports for r in readings), definitions, trailers)


def _reads_unkept(source: str, anywhere: set[str], kept: Mapping[str, str]) -> bool:
    """Whether ``source`` reads a class some chunk defined that none kept (by membership: a set difference with
    ``kept``'s 2,900 keys, for each of GitHub's classes, took a tenth of a second)."""
    return any(name in anywhere and name not in kept for name in names_read(source))


def _reads_among(source: str, definitions: Mapping[str, str], name: str) -> list[str]:
    return [read for read in names_read(source) if read in definitions and read != name]


def _ordered(definitions: Mapping[str, str]) -> list[str]:
    """The names of ``definitions``, each after those it reads (depth first, from the chunks' order): a base
    class, a default value or a union alias is read when the module runs, and one chunk's class may read
    another's defined later (GitHub's ``IssueEventForIssue`` union of event classes)."""
    reads = {
        name: sorted(n for n in names_read(source) if n in definitions and n != name)
        for name, source in definitions.items()
    }
    placed: set[str] = set()
    order: list[str] = []
    for start in definitions:
        if start in placed:
            continue
        placed.add(start)
        work = [(start, iter(reads[start]))]
        while work:
            name, pending = work[-1]
            following = next((other for other in pending if other not in placed), None)
            if following is None:
                work.pop()
                order.append(name)
            else:
                placed.add(following)
                work.append((following, iter(reads[following])))
    return order


def _own(chunk: Chunk, reading: Reading) -> set[str]:
    """The chunk's members, and the classes invented for them (not a schema of the chunk's document)."""
    schemas = chunk.document["components"]["schemas"].keys()
    own = {name for name in reading.definitions if name in chunk.members}
    stack = list(own)
    while stack:
        for used in names_read(reading.definitions[stack.pop()]) & reading.definitions.keys():
            if used not in schemas and used not in own and not _stand_in(reading.definitions[used]):
                own.add(used)
                stack.append(used)
    return own


def _stand_in(source: str) -> bool:
    """Whether ``source`` defines the class of a stand-in, whatever datamodel-code-generator named it (Plaid's
    ``Warning_`` schema is written ``Warning``: a name no schema has, which would pass for an invented class)."""
    return f"    {_STAND_IN_FIELD}:" in source


def _invented_renames(invented: set[str], clashing: set[str], taken: set[str]) -> dict[str, str]:
    """A free name for each class invented in one chunk whose name is ``clashing`` (a schema's, or a class another
    chunk kept): in the whole document datamodel-code-generator would have suffixed it (GitHub's inline
    ``Status`` enum of a workflow job, beside the ``Status`` schema of a commit)."""
    renames: dict[str, str] = {}
    for name in sorted(invented & clashing):
        suffix = 1
        while f"{name}{suffix}" in taken or f"{name}{suffix}" in renames.values():
            suffix += 1
        renames[name] = f"{name}{suffix}"
    return renames


def read(code: str) -> Reading | None:
    """A rendered module, read; ``None`` when it holds a statement this cut does not know how to place."""
    tree = ast.parse(code)
    lines = code.splitlines()
    first = tree.body[0].lineno if tree.body else len(lines) + 1
    reading = Reading([line for line in lines[: first - 1] if line.startswith("#")], [], {})
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            reading.imports.append(segment(lines, node))
        elif (name := defined_name(node)) is not None and name not in reading.definitions:
            reading.definitions[name] = segment(lines, node)
        elif (target := rebuilt(node)) in reading.definitions:
            reading.trailers.setdefault(target, []).append(segment(lines, node))
        else:
            return None
    return reading


def _merged_imports(groups: Iterable[list[str]]) -> list[str]:
    """The imports of every chunk, one line per module (``__future__`` first), in the order first seen."""
    names: dict[tuple[str, int], set[str]] = {}
    plain: dict[str, None] = {}
    for statements in groups:
        for node in (node for statement in statements for node in ast.parse(statement).body):
            if isinstance(node, ast.ImportFrom):
                bound = {f"{a.name} as {a.asname}" if a.asname else a.name for a in node.names}
                names.setdefault((node.module or "", node.level), set()).update(bound)
            else:
                plain[ast.unparse(node)] = None
    future = names.pop(("__future__", 0), set())
    lines = [f"from __future__ import {', '.join(sorted(future))}"] if future else []
    return (
        lines
        + list(plain)
        + [f"from {'.' * level}{module} import {', '.join(sorted(bound))}" for (module, level), bound in names.items()]
    )


def _module(header: list[str], imports: list[str], definitions: list[str], trailers: list[str]) -> str:
    parts = ["\n".join(header), "\n".join(imports), *definitions]
    if trailers:
        parts.append("\n".join(trailers))
    return "\n\n\n".join(part for part in parts if part) + "\n"
