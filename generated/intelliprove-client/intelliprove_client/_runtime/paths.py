"""Path parameters, each confined to its own segment of the URL."""

from __future__ import annotations

from urllib.parse import quote


def segment(value: object, name: str) -> str:
    """``value`` encoded as exactly one path segment.

    Every reserved character is percent-encoded (``/`` too), and so are the dots of ``.`` and ``..``, which
    URL normalisation would otherwise resolve, sending the request to another endpoint. An empty value
    would merge two segments (``//``) and is refused.
    """
    text = str(value)
    if not text:
        raise ValueError(f"path parameter {name!r} must not be empty")
    encoded = quote(text, safe="")
    return encoded.replace(".", "%2E") if text in (".", "..") else encoded
