"""JSON pointers (RFC 6901) into spec documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def escape_pointer_token(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_local(document: Mapping[str, Any], node: Any) -> Any:
    """``node``, following local ``$ref`` chains (``#/...``) through ``document``; None where one leads nowhere or
    around in a circle (validation reports those)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        ref = node["$ref"]
        if ref in seen:
            return None
        seen.add(ref)
        target: Any = document
        for raw in ref[1:].split("/")[1:]:
            token = unescape_pointer_token(raw)
            try:
                target = target[int(token)] if isinstance(target, list) else target[token]
            except (KeyError, IndexError, ValueError, TypeError):
                return None
        node = target
    return node
