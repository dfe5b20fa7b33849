"""Document-wide rules: component schemas and security schemes, documentation edits, and the unclassified fallback.

Documentation keys (``description``, ``summary``, ``examples``, ``x-doc-note`` ...) change no wire contract: they
are reported as ``info`` (a patch release). Whatever differs beyond them and beyond ``info.version`` that no rule
classified is reported by ``unclassified-change`` (:func:`unexplained`), whatever else the diff found, so that no
change is left out of a changelog and a release is never cut for "no changes" by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from ..spec.loading import HTTP_METHODS
from ..spec.pointers import escape_pointer_token, unescape_pointer_token
from ._changes import Change, Level
from ._pairs import DocumentPair
from ._registry import Args, Registry, modified

DOCUMENT: Registry[DocumentPair] = Registry()
FALLBACK: Registry[DocumentPair] = Registry()  # every difference no classified change explains

# Keys that change neither the wire contract nor the generated client (links only guide tools and readers).
DOC_KEYS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "x-doc-note", "x-doc-source", "links"}
)
# Mappings whose keys are names chosen by the author, not OpenAPI keywords (a property may be called "title").
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "schemas", "responses", "parameters", "headers",
     "content", "paths", "webhooks", "links", "callbacks", "mapping", "scopes", "variables", "requestBodies",
     "securitySchemes", "encoding", "pathItems", "dependentSchemas"}
)  # fmt: skip
_MAX_UNCLASSIFIED = 20
_OPERATION_POINTER = re.compile(rf"^/paths/([^/]+)/({'|'.join(HTTP_METHODS)})(?:/|$)")


def _component_names(value: Mapping[str, Any], kind: str) -> set[str]:
    components = value.get("components") or {}
    return {str(name) for name in (components.get(kind) or {})} if isinstance(components, Mapping) else set()


def _components(pair: DocumentPair, kind: str, *, gained: bool) -> list[Args]:
    old, new = _component_names(pair.before, kind), _component_names(pair.after, kind)
    names = new - old if gained else old - new
    return [{"name": name, "pointer": f"/components/{kind}/{escape_pointer_token(name)}"} for name in sorted(names)]


@DOCUMENT.rule("api-schema-removed", "removed the schema {name}")
@modified
def api_schema_removed(pair: DocumentPair) -> Iterable[Args]:
    # every component schema becomes a model class in the generated package: removing one removes a public name
    return _components(pair, "schemas", gained=False)


@DOCUMENT.rule("api-schema-added", "added the schema {name}", own=Level.NON_BREAKING)
@modified
def api_schema_added(pair: DocumentPair) -> Iterable[Args]:
    return _components(pair, "schemas", gained=True)


@DOCUMENT.rule(
    "api-security-component-removed",
    "the component security scheme {name} was removed",
)
@modified
def api_security_component_removed(pair: DocumentPair) -> Iterable[Args]:
    # clients only take credentials for schemes operations use; dropping a used one is api-security-removed
    return _components(pair, "securitySchemes", gained=False)


@DOCUMENT.rule("api-security-component-added", "the component security scheme {name} was added")
@modified
def api_security_component_added(pair: DocumentPair) -> Iterable[Args]:
    return _components(pair, "securitySchemes", gained=True)


def _global_schemes(value: Mapping[str, Any]) -> set[str]:
    requirements = value.get("security") or []
    return {str(scheme) for item in requirements if isinstance(item, Mapping) for scheme in item}


@DOCUMENT.rule("api-global-security-added", "the global security scheme {name} was added")
@modified
def api_global_security_added(pair: DocumentPair) -> Iterable[Args]:
    added = _global_schemes(pair.after) - _global_schemes(pair.before)
    return [{"name": name, "pointer": "/security"} for name in sorted(added)]


@DOCUMENT.rule("api-global-security-removed", "the global security scheme {name} was removed")
@modified
def api_global_security_removed(pair: DocumentPair) -> Iterable[Args]:
    removed = _global_schemes(pair.before) - _global_schemes(pair.after)
    return [{"name": name, "pointer": "/security"} for name in sorted(removed)]


@DOCUMENT.rule("documentation-changed", "{what} {how}", own=Level.INFO)
@modified
def documentation_changed(pair: DocumentPair) -> Iterable[Args]:
    for pointer, how in differences(pair.before, pair.after, docs=True):
        yield {"what": pointer.rsplit("/", 1)[1], "how": how, "pointer": pointer, "operation": operation_of(pointer)}


@FALLBACK.rule("unclassified-change", "{how} {pointer} (no rule classifies it: review)", own=Level.NON_BREAKING)
@modified
def unclassified_change(pair: DocumentPair) -> Iterable[Args]:
    for pointer, how in differences(pair.before, pair.after, docs=False):
        if pointer != "/info/version":
            yield {"how": how, "pointer": pointer, "operation": operation_of(pointer)}


def unexplained(pair: DocumentPair, classified: Iterable[Change]) -> list[Change]:
    """``unclassified-change`` for each difference that no ``classified`` change covers (at most 20, then a count).

    A change covers the differences at, below or above its pointers: a removed property explains every keyword
    inside it, and a new enum value explains the ``enum`` list it lengthened.
    """
    covered = {pointer for change in classified for pointer in change.covers}
    found = [change for change in FALLBACK.run([pair]) if not _covered(change.pointer, covered)]
    if len(found) <= _MAX_UNCLASSIFIED:
        return found
    rest = found[_MAX_UNCLASSIFIED - 1]
    more = replace(rest, pointer="", operation="", message=f"and {len(found) - _MAX_UNCLASSIFIED + 1} more")
    return [*found[: _MAX_UNCLASSIFIED - 1], more]


def _covered(pointer: str, covered: set[str]) -> bool:
    prefixes = {pointer[:index] for index in range(1, len(pointer) + 1) if pointer[index : index + 1] in ("/", "")}
    return bool(prefixes & covered) or any(other.startswith(pointer + "/") for other in covered)


def differences(old: Any, new: Any, *, docs: bool, pointer: str = "", names: bool = False) -> Iterator[tuple[str, str]]:
    """``(pointer, "added" | "removed" | "changed")`` for each difference in documentation keys (``docs``) or
    everywhere else (not ``docs``); ``names`` marks a mapping whose keys are names, never keywords."""
    if old == new:
        return  # compared in C: far faster than walking two big identical subtrees key by key
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in sorted({*old, *new}, key=str):
            child = f"{pointer}/{escape_pointer_token(key)}"
            is_doc = not names and key in DOC_KEYS
            if is_doc != docs and (is_doc or key not in old or key not in new):
                continue  # a doc key when looking for structure, or vice versa
            if key not in old or key not in new:
                yield child, "added" if key not in old else "removed"
            elif is_doc:
                if old[key] != new[key]:
                    yield child, "changed"
            else:
                yield from differences(old[key], new[key], docs=docs, pointer=child, names=key in _NAME_MAPS)
    elif isinstance(old, list) and isinstance(new, list) and (docs or len(old) == len(new)):
        for index, (was, now) in enumerate(zip(old, new, strict=False)):
            yield from differences(was, now, docs=docs, pointer=f"{pointer}/{index}")
    elif not docs and old != new:
        yield pointer, "changed"


def contract(value: Any, *, names: bool = False) -> Any:
    """``value`` without its documentation keys, at any depth: what a client or server can tell apart."""
    if isinstance(value, Mapping):
        return {
            key: contract(item, names=key in _NAME_MAPS) for key, item in value.items() if names or key not in DOC_KEYS
        }
    if isinstance(value, list):
        return [contract(item) for item in value]
    return value


def operation_of(pointer: str) -> str:
    """``"GET /pets"`` for a pointer inside that operation, ``""`` elsewhere."""
    match = _OPERATION_POINTER.match(pointer)
    if match is None:
        return ""
    path = unescape_pointer_token(match.group(1))
    return f"{match.group(2).upper()} {path}"
