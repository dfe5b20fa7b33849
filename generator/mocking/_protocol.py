"""The HTTP/1.1 protocol the mock is served with: uvicorn's h11 protocol, minus its two ways of dropping a client.

uvicorn reads at most 16 KiB of request line and headers, then answers a plain-text 400 and closes the socket at
once. A spec's own constraints allow far longer requests: Stripe's path and query strings take up to 5,000
characters each, 60 KB once a client percent-encodes four-byte characters, and a valid request must reach the
mock's validation. And a close while the client is still sending makes the kernel reset the connection, so the
client never reads the answer ("Connection reset by peer" in the middle of a fuzz run). Here the head may be as
long as :data:`HEAD_LIMIT`; a request that cannot be read (longer than that, or not HTTP: a header name with a
space) gets a problem+json answer (414, 431 or 400), and the connection is closed only after what the client still
sends is read and dropped.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._problems import PROBLEM_JSON, problem_body

HEAD_LIMIT = 4 * 1024 * 1024  # bytes of request line and headers the mock reads before it answers 414 or 431
LINGER_SECONDS = 5.0  # how long what a client still sends after such an answer is read and dropped


class MockProtocol(H11Protocol):
    """``uvicorn.Config(http=MockProtocol, h11_max_incomplete_event_size=HEAD_LIMIT)``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lingering = False

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            return  # the answer is sent; what the client still sends is read so that closing does not reset
        super().data_received(data)

    def send_400_response(self, msg: str) -> None:
        """Called by uvicorn when h11 cannot read the request; ``msg`` is uvicorn's generic text."""
        pending = self.conn.trailing_data[0]
        status, detail = unreadable(pending)
        body = json.dumps(problem_body(status, detail), separators=(",", ":")).encode()
        headers = [(b"content-type", PROBLEM_JSON.encode()), (b"connection", b"close")]
        try:
            for event in (h11.Response(status_code=status, headers=headers), h11.Data(data=body), h11.EndOfMessage()):
                self.transport.write(self.conn.send(event) or b"")
        except h11.LocalProtocolError:  # a response was already under way: nothing more can be said on it
            self.transport.close()
            return
        self._linger()

    def _linger(self) -> None:
        self._lingering = True
        if self.transport.can_write_eof():
            self.transport.write_eof()  # the client reads the answer, then the end of it
        self.transport.resume_reading()
        asyncio.get_running_loop().call_later(LINGER_SECONDS, self.transport.close)


# Long request heads are read and validated; what cannot be read is answered, never dropped.
PROTOCOL: dict[str, Any] = {"http": MockProtocol, "h11_max_incomplete_event_size": HEAD_LIMIT}


def unreadable(pending: bytes) -> tuple[int, str]:
    """The status and detail for a request h11 could not read, from the bytes it held unread (``pending``)."""
    if len(pending) > HEAD_LIMIT:
        if b"\r\n" not in pending:
            return 414, f"The request line is longer than the mock reads ({HEAD_LIMIT} bytes)."
        return 431, f"The request headers are longer than the mock reads ({HEAD_LIMIT} bytes)."
    return 400, "The request is not valid HTTP/1.1 (its request line, a header field or the body framing)."
