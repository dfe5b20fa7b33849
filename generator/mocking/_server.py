"""Running a mock (or any ASGI app) under uvicorn: in the foreground, or in a thread on loopback."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .._errors import ApigenError
from ..loading import Spec
from ._app import create_app
from ._credentials import MockCredentials

DEFAULT_PORT = 4010


def serve(
    spec: Spec,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    credentials: MockCredentials | None = None,
    seed: int = 0,
    log_level: str = "info",
) -> None:
    """Serve the mock of ``spec`` until interrupted (blocks)."""
    import uvicorn

    app = create_app(spec, credentials=credentials, seed=seed)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=log_level == "debug")


STARTUP_TIMEOUT = 10.0


@contextmanager
def serve_on_loopback(app: Any) -> Iterator[str]:
    """Yields ``http://127.0.0.1:<port>``; the server is stopped (and its thread joined) on exit.

    uvicorn binds port 0 itself: a socket bound here and handed over would have ``proto == 0``, for which
    asyncio skips TCP_NODELAY, and every response would then wait ~40 ms for a delayed ACK.
    """
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="loopback-server", daemon=True)
    thread.start()
    try:
        _wait_started(server, thread)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)


def _wait_started(server: Any, thread: threading.Thread) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise ApigenError("the embedded server did not start on 127.0.0.1")
        time.sleep(0.01)  # uvicorn offers no start event; poll its flag
