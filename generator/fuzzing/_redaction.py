"""Redaction of every report file a run leaves behind.

Schemathesis already masks headers whose names look sensitive; this second pass does not rely on names
alone. It removes (1) every known secret value and its encodings (Basic header, URL-encoded) anywhere in
any text, (2) the values of the spec's credential headers and query parameters and of token-like JSON
fields, and (3) the same inside HAR bodies, which may be base64-encoded.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REDACTED = "[REDACTED]"
_ALWAYS_SENSITIVE = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
_TOKEN_FIELDS = ("access_token", "refresh_token", "id_token", "client_secret", "password", "api_key", "apikey")
_JSON_FIELD = re.compile(r'("(?:' + "|".join(_TOKEN_FIELDS) + r')"\s*:\s*")((?:[^"\\]|\\.)*)(")', re.IGNORECASE)
_ESCAPED_JSON_FIELD = re.compile(
    r'(\\"(?:' + "|".join(_TOKEN_FIELDS) + r')\\"\s*:\s*\\")((?:[^"\\]|\\[^"])*)(\\")', re.IGNORECASE
)


class Redactor:
    """Removes ``secrets`` (exact values) and the values of ``names`` (headers, query parameters)."""

    def __init__(self, secrets: Iterable[str], names: Iterable[str] = ()) -> None:
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)
        self._names = _ALWAYS_SENSITIVE | {n.lower() for n in names if n}

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secrets, names={sorted(self._names)})"

    def text(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, REDACTED)
        value = _JSON_FIELD.sub(lambda m: m.group(1) + REDACTED + m.group(3), value)
        return _ESCAPED_JSON_FIELD.sub(lambda m: m.group(1) + REDACTED + m.group(3), value)

    def file(self, path: Path) -> None:
        """Redact one report file in place (HAR files structurally, anything else as text)."""
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".har":
            raw = json.dumps(self._har(json.loads(raw)), indent=2, ensure_ascii=False)
        cleaned = self.text(raw)
        if cleaned != raw or path.suffix == ".har":
            path.write_text(cleaned, encoding="utf-8")

    def tree(self, folder: Path) -> None:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                self.file(path)

    def _har(self, har: Any) -> Any:
        for entry in (har.get("log") or {}).get("entries") or []:
            for side in ("request", "response"):
                message = entry.get(side) or {}
                for group in ("headers", "queryString", "cookies"):
                    for pair in message.get(group) or []:
                        if str(pair.get("name", "")).lower() in self._names and pair.get("value"):
                            pair["value"] = REDACTED
                for body in (message.get("postData"), message.get("content")):
                    if isinstance(body, dict) and isinstance(body.get("text"), str):
                        self._har_body(body)
        return har

    def _har_body(self, body: dict[str, Any]) -> None:
        if body.get("encoding") == "base64":
            try:
                data = base64.b64decode(body["text"], validate=True)
            except binascii.Error:
                return
            try:
                data = self.text(data.decode("utf-8")).encode()
            except UnicodeDecodeError:  # binary: secrets can still sit in it verbatim
                for secret in self._secrets:
                    data = data.replace(secret.encode(), REDACTED.encode())
            body["text"] = base64.b64encode(data).decode()
        else:
            body["text"] = self.text(body["text"])
