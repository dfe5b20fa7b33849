"""JSON pointers (RFC 6901) into spec documents, and the URI-fragment form a ``$ref`` writes them in.

A pointer is ``""`` (the whole document) or ``/token/token...``; in a token ``~`` is written ``~0`` and ``/``
``~1``. A ``$ref`` holds a pointer as a URI fragment (RFC 6901 section 6), where characters a URI does not
allow are percent-encoded: ``#/paths/~1pets~1%7Bid%7D/get`` is the pointer ``/paths/~1pets~1{id}/get``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, unquote

# RFC 3986 fragment characters that ``quote`` would otherwise encode (letters, digits and ``-._~`` it keeps).
_FRAGMENT_SAFE = "/?:@!$&'()*+,;="


def escape_pointer_token(token: object) -> str:
    """``token`` (a key or an index) as written in a pointer: ``a/b~c`` -> ``a~1b~0c``."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """The key a pointer token names; ``~1`` is replaced first, so ``~01`` is ``~1``, not ``/``."""
    return token.replace("~1", "/").replace("~0", "~")


def split_pointer(pointer: str) -> list[str]:
    """The keys ``pointer`` names, unescaped (``""`` -> ``[]``); raises ``ValueError`` unless it starts with ``/``."""
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"JSON pointer {pointer!r} does not start with '/'")
    return [unescape_pointer_token(token) for token in pointer[1:].split("/")]


def join_pointer(tokens: Iterable[object], base: str = "") -> str:
    """``base`` followed by ``tokens`` (keys or indexes), each escaped: ``(["a/b", 0])`` -> ``/a~1b/0``."""
    return base + "".join(f"/{escape_pointer_token(token)}" for token in tokens)


def parent_pointer(pointer: str) -> str:
    """The pointer of the node holding ``pointer``'s (``""`` for a top-level key and for the document)."""
    return pointer.rsplit("/", 1)[0]


def last_token(pointer: str) -> str:
    """The key ``pointer`` ends with, unescaped (``""`` for the document)."""
    return unescape_pointer_token(pointer.rsplit("/", 1)[-1])


# A ``$ref`` as ``json.dumps`` writes it: its value, still JSON-escaped, in group 1.
_JSON_REF = re.compile(r'"\$ref": "((?:[^"\\]|\\.)*)"')


def json_refs(text: str) -> list[str]:
    """The value of every ``$ref`` in ``text``, a document (or part of one) written by ``json.dumps``: reading the
    text is faster than walking the document, where what is wanted is the references and not their places."""
    return [str(json.loads(f'"{ref}"')) for ref in _JSON_REF.findall(text)]


def ref_pointer(ref: str) -> str | None:
    """The pointer a local ``$ref`` (``#/...``, percent-decoded) names; ``None`` for another document's
    ``$ref`` and for a plain-name fragment (``#anchor``), which are not pointers."""
    if not ref.startswith("#"):
        return None
    pointer = unquote(ref[1:])
    return pointer if not pointer or pointer.startswith("/") else None


def pointer_fragment(pointer: str) -> str:
    """``pointer`` as a URI fragment (``#`` included), percent-encoded where a URI needs it: the inverse of
    :func:`ref_pointer`."""
    return "#" + quote(pointer, safe=_FRAGMENT_SAFE)


def node_at(document: Any, pointer: str) -> Any:
    """The node ``pointer`` names in ``document`` (no ``$ref`` followed); raises ``KeyError``, ``IndexError``,
    ``ValueError`` or ``TypeError`` where there is none."""
    node = document
    for token in split_pointer(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def resolve_local(document: Mapping[str, Any], node: Any) -> Any:
    """``node``, following local ``$ref`` chains (``#/...``) through ``document``; None where one leads nowhere or
    around in a circle (validation reports those)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        pointer = ref_pointer(ref)
        if pointer is None or ref in seen:
            return None if ref in seen else node
        seen.add(ref)
        try:
            node = node_at(document, pointer)
        except (KeyError, IndexError, ValueError, TypeError):
            return None
    return node
