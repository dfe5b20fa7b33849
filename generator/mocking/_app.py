"""Assembly: one spec -> a Starlette app (docs routes in front of the mock engine), compiled once."""

from __future__ import annotations

import logging
from collections import defaultdict

from starlette.applications import Starlette

from ..spec.loading import HTTP_METHODS, Spec, request_path, template_shape
from ..spec.resources import infer_roles
from ..spec.schemas import Schemas
from ._credentials import MockCredentials
from ._docs import aliases, docs_mount
from ._engine import CompiledOperation, MockEngine, PathEntry
from ._requests import RequestCompiler
from ._responses import ResponseCompiler
from ._routing import Router
from ._security import SecurityChecker, client_credentials_token_paths
from ._state import DEFAULT_CAPACITY, MockState

logger = logging.getLogger("generator.mocking")
# python-multipart logs a warning before it raises on a malformed part; the mock answers that with a 4xx and
# its own access-log line, so the warning must not reach stderr through logging's last-resort handler.
logging.getLogger("python_multipart").addHandler(logging.NullHandler())

DOCS_PREFIX = "/_mock"


def create_app(
    spec: Spec,
    *,
    credentials: MockCredentials | None = None,
    seed: int = 0,
    docs_prefix: str = DOCS_PREFIX,
    capacity: int = DEFAULT_CAPACITY,
    raise_errors: bool = False,
) -> Starlette:
    """A mock server for ``spec`` as an ASGI app: validating, stateful, enforcing security.

    Args:
        spec: a loaded spec (``Project.load(api)``).
        credentials: what security checks accept; deterministic defaults when omitted.
        seed: seeds generated bodies, ids and tokens (same seed, same answers).
        docs_prefix: where Swagger UI (``/docs``) and the spec (``/openapi.yaml``, ``/openapi.json``) live.
        capacity: how many resources, tombstones and tokens the in-memory state keeps (LRU).
        raise_errors: re-raise the mock's own bugs instead of answering 400 (for tests).
    """
    credentials = credentials or MockCredentials()
    schemas = Schemas(spec)
    state = MockState(seed, capacity)
    security = SecurityChecker(spec, credentials, state)
    prefix = spec.base_path
    token_paths = frozenset(client_credentials_token_paths(spec, prefix))
    operations = list(spec.operations(webhooks=False))
    roles = infer_roles(spec, schemas, operations)
    request_compiler, response_compiler = RequestCompiler(schemas), ResponseCompiler(schemas, seed)
    by_path: dict[str, dict[str, CompiledOperation]] = defaultdict(dict)
    for op in operations:
        # Keys that differ only by a #fragment or ?query share a request path: the first declared answers.
        if op.method.upper() in by_path[request_path(op.path)]:
            continue
        by_path[request_path(op.path)][op.method.upper()] = CompiledOperation(
            op,
            security.guard(op),
            request_compiler.rules(op),
            response_compiler.responses,
            roles.get((op.method, op.path)),
            token_endpoint=op.method == "post" and prefix + op.path in token_paths,
        )
    entries = _entries(by_path)
    router = Router(prefix, entries)
    redirects = aliases(docs_prefix, {prefix + path for path in entries})
    engine = MockEngine(router, token_paths, redirects, schemas, security, state, seed=seed, raise_errors=raise_errors)
    app = Starlette(routes=[docs_mount(spec, docs_prefix, prefix)])
    app.router.redirect_slashes = False
    app.router.default = engine
    app.state.spec = spec
    app.state.base_path = prefix
    app.state.docs_prefix = docs_prefix
    app.state.token_paths = sorted(token_paths)
    return app


def _entries(by_path: dict[str, dict[str, CompiledOperation]]) -> dict[str, PathEntry]:
    """One entry per path; same-shaped templates (routed by method) all allow the methods of their shape."""
    by_shape: dict[str, dict[str, CompiledOperation]] = defaultdict(dict)
    for path, methods in by_path.items():
        by_shape[template_shape(path)].update(methods)
    return {path: PathEntry(methods, _allow(by_shape[template_shape(path)])) for path, methods in by_path.items()}


def _allow(methods: dict[str, CompiledOperation]) -> str:
    declared = [m.upper() for m in HTTP_METHODS if m.upper() in methods]
    implicit = [m for m in ("HEAD", "OPTIONS") if m not in declared and (m != "HEAD" or "GET" in declared)]
    return ", ".join(declared + implicit)
