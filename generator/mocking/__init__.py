"""Mock servers: any spec of the project served as a validating, stateful Starlette app.

``create_app(spec)`` builds the ASGI app; ``serve(spec)`` runs it under uvicorn, ``serve_on_loopback(app)``
in a thread on 127.0.0.1; ``MockCredentials`` holds what its security checks accept. ``apigen mock <api>``
is the command line front end.
"""

from ._app import DOCS_PREFIX, create_app
from ._credentials import MockCredentials
from ._server import DEFAULT_PORT, serve, serve_on_loopback

__all__ = ["DEFAULT_PORT", "DOCS_PREFIX", "MockCredentials", "create_app", "serve", "serve_on_loopback"]
