"""Mock servers: any spec of the project served as a validating, stateful Starlette app.

``create_app(spec)`` builds the ASGI app; ``serve(spec)`` runs it under uvicorn (``listen`` binds its port
first, so a busy port is reported before anything else), ``serve_on_loopback(app)`` in a thread on
127.0.0.1; ``MockCredentials`` holds what its security checks accept, ``credentials_used(spec)`` which of
them the spec's security schemes can ask for, ``request_body_examples(spec)`` a body its validation
accepts per operation and ``parameter_examples(spec)`` values for its required parameters; ``unfit_examples(spec)``
locates the documented response examples it does not serve, as they break their schema. Every request is
logged on ``generator.mocking.access`` (method, path, status, operation, why it was rejected). ``apigen mock
<api>`` is the command line front end.
"""

from ._app import DOCS_PREFIX, create_app
from ._credentials import MockCredentials
from ._example_checks import unfit_examples
from ._examples import parameter_examples, request_body_examples
from ._security import credentials_used
from ._server import DEFAULT_PORT, listen, serve, serve_on_loopback

__all__ = [
    "DEFAULT_PORT",
    "DOCS_PREFIX",
    "MockCredentials",
    "create_app",
    "credentials_used",
    "listen",
    "parameter_examples",
    "request_body_examples",
    "serve",
    "serve_on_loopback",
    "unfit_examples",
]
