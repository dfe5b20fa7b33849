"""RFC 9457 problem details (``application/problem+json``): the mock's own error bodies.

Used only when the spec declares no response for the situation; otherwise the declared one is shaped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from starlette.responses import Response

PROBLEM_JSON = "application/problem+json"


@dataclass(frozen=True)
class Violation:
    """One thing wrong with a request: where (``location`` + JSON ``pointer``) and what."""

    location: str
    pointer: str
    message: str
    name: str | None = None

    def as_json(self) -> dict[str, Any]:
        data = {"location": self.location, "pointer": self.pointer, "message": self.message}
        if self.name is not None:
            data["name"] = self.name
        return data

    def __str__(self) -> str:
        return f"{self.location} {self.pointer or '/'}: {self.message}"


class BadRequest(Exception):
    """The request cannot be read at all (malformed JSON, broken multipart, undecodable text)."""

    def __init__(self, detail: str, status: int = 400) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status


def summary(violations: Sequence[Violation]) -> str:
    return "; ".join(str(v) for v in violations)


def problem_body(status: int, detail: str, violations: Sequence[Violation] = ()) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    if violations:
        body["violations"] = [v.as_json() for v in violations]
    return body


def problem(
    status: int,
    detail: str,
    violations: Sequence[Violation] = (),
    headers: Mapping[str, str] | None = None,
) -> Response:
    content = json.dumps(problem_body(status, detail, violations), separators=(",", ":")).encode()
    return Response(content, status_code=status, headers=dict(headers or {}), media_type=PROBLEM_JSON)
