"""Running a mock (or any ASGI app) under uvicorn: in the foreground, or in a thread on loopback."""

from __future__ import annotations

import errno
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import ApigenError, UsageError
from ..spec.loading import Spec
from ._app import create_app
from ._credentials import MockCredentials

DEFAULT_PORT = 4010


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port``, for :func:`serve`; UsageError naming ``--port`` when it is taken.

    Bound before anything is announced, so a busy port is reported first and nothing else is.
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror as exc:
        raise UsageError(f"cannot listen on {host}: {exc.strerror}; pick another interface with --host") from exc
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on such sockets (else delayed ACKs add ~40 ms a request)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"port {port} on {host} is already in use; pick another with --port N") from exc
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror}; pick another with --port N") from exc
    return sock


def serve(
    spec: Spec,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    credentials: MockCredentials | None = None,
    seed: int = 0,
    log_level: str = "info",
    sock: socket.socket | None = None,
) -> None:
    """Serve the mock of ``spec`` until interrupted (blocks), logging one line per request to stderr.

    ``sock`` (from :func:`listen`) is served when given; otherwise ``host:port`` is bound here.
    """
    import uvicorn

    from ._protocol import PROTOCOL  # imports uvicorn too

    app = create_app(spec, credentials=credentials, seed=seed)
    _log_requests_to_stderr()
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False, **PROTOCOL)
    uvicorn.Server(config).run(sockets=[sock if sock is not None else listen(host, port)])


def _log_requests_to_stderr() -> None:
    """The access log (``method path -> status operation: why rejected``), once per process."""
    log = logging.getLogger("generator.mocking.access")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s mock %(message)s", "%H:%M:%S"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


STARTUP_TIMEOUT = 10.0


@contextmanager
def serve_on_loopback(app: Any) -> Iterator[str]:
    """Yields ``http://127.0.0.1:<port>``; the server is stopped (and its thread joined) on exit.

    uvicorn binds port 0 itself: a socket bound here and handed over would have ``proto == 0``, for which
    asyncio skips TCP_NODELAY, and every response would then wait ~40 ms for a delayed ACK.
    """
    import uvicorn

    from ._protocol import PROTOCOL  # imports uvicorn too

    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="error", access_log=False, lifespan="off", **PROTOCOL
    )
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
