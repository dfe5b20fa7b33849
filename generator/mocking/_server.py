"""Running a mock under uvicorn."""

from __future__ import annotations

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
