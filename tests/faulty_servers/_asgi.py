"""Minimal ASGI plumbing for fault injection: call the wrapped app and capture its answer, or answer directly."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass
class Answer:
    """A complete HTTP response, as the wrapped app gave it or as a fault makes it up."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def with_json(self, value: Any) -> Answer:
        body = json.dumps(value).encode()
        return Answer(self.status, body, {**self.headers, "content-length": str(len(body))})


async def call(app: App, scope: Scope, receive: Receive) -> Answer:
    answer = Answer(500)
    chunks: list[bytes] = []

    async def capture(message: Message) -> None:
        if message["type"] == "http.response.start":
            answer.status = int(message["status"])
            answer.headers = {k.decode().lower(): v.decode() for k, v in message.get("headers", [])}
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, capture)
    answer.body = b"".join(chunks)
    return answer


async def reply(send: Send, answer: Answer) -> None:
    headers = {**answer.headers, "content-length": str(len(answer.body))}
    await send(
        {
            "type": "http.response.start",
            "status": answer.status,
            "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
        }
    )
    await send({"type": "http.response.body", "body": answer.body})


def json_answer(status: int, value: Any) -> Answer:
    return Answer(status, headers={"content-type": "application/json"}).with_json(value)


async def drain(receive: Receive) -> bytes:
    """The request body (a fault that answers without the app must still read it)."""
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = bool(message.get("more_body"))
    return body


def replay(body: bytes) -> Receive:
    """A ``receive`` that hands the app a body already read."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
