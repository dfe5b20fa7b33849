"""The request pipeline of the mock: route, authenticate, validate, then answer (Prefer, state or default).

Every step answers a client mistake with a 4xx; nothing a client sends produces a 5xx (only an explicit
``Prefer: code=5xx`` does).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from urllib.parse import unquote_plus

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import Receive, Scope, Send

from ..spec.loading import Operation
from ..spec.resources import Role
from ..spec.schemas import Schemas
from ._problems import BadRequest, Violation, problem, summary
from ._requests import ParsedRequest, RequestRules
from ._responses import (
    Prefer,
    Responses,
    dynamic_value,
    error_response,
    render,
    unreadable_response,
    violations_detail,
)
from ._routing import Router
from ._security import Guard, Outcome, SecurityChecker, decode_basic
from ._state import MockState, ResourceKey

logger = logging.getLogger("generator.mocking")
access_log = logging.getLogger("generator.mocking.access")

TOKEN_LIFETIME = 3600


@dataclass
class Trace:
    """What the access log says about one request: the operation it reached and why it was rejected."""

    operation: str | None = None
    reason: str | None = None

    def reject(self, response: Response, reason: str) -> Response:
        self.reason = reason
        return response

    def line(self, method: str, scope: Scope, status: int, secret_params: frozenset[str]) -> str:
        query = _redacted(scope.get("query_string", b"").decode("latin-1"), secret_params)
        target = f"{scope['path']}?{query}" if query else scope["path"]
        text = f"{method} {target} -> {status} {self.operation or '-'}"
        return f"{text}: {self.reason}" if self.reason else text


_SECRET_NAME = re.compile(r"key|token|secret|password|passwd|auth|signature|session", re.IGNORECASE)


def _redacted(query: str, secret_params: frozenset[str]) -> str:
    """``query`` with the values of credential-like parameters replaced by ``***``."""
    if not query:
        return query
    parts = []
    for pair in query.split("&"):
        name, sep, _value = pair.partition("=")
        secret = sep and (unquote_plus(name) in secret_params or _SECRET_NAME.search(name))
        parts.append(f"{name}=***" if secret else pair)
    return "&".join(parts)


def _loggable(violations: list[Violation]) -> str:
    """The violations for the log; a credential-like field's message (it quotes the value) is left out."""
    return summary(
        [
            Violation(v.location, v.pointer, "invalid value (not logged)", v.name)
            if _SECRET_NAME.search(f"{v.pointer} {v.name or ''}")
            else v
            for v in violations
        ]
    )


@dataclass(frozen=True)
class CompiledOperation:
    op: Operation
    guard: Guard
    rules: RequestRules
    compile_responses: Callable[[Operation], Responses]
    role: Role | None = None
    token_endpoint: bool = False

    @cached_property
    def responses(self) -> Responses:
        """Compiled on the operation's first request: generating every default body of a large spec up front
        (GitHub's 1,223 operations: ~1.5 s, 90 % of create_app) delays start-up for operations seldom called."""
        return self.compile_responses(self.op)


@dataclass(frozen=True)
class PathEntry:
    methods: Mapping[str, CompiledOperation]
    allow: str

    def serves(self, method: str) -> bool:
        return method in self.methods or (method == "HEAD" and "GET" in self.methods)


class MockEngine:
    """The ASGI callable behind every spec path (docs routes are Starlette routes in front of it)."""

    def __init__(
        self,
        router: Router[PathEntry],
        token_paths: frozenset[str],
        redirects: Mapping[str, str],
        schemas: Schemas,
        security: SecurityChecker,
        state: MockState,
        *,
        seed: int,
        raise_errors: bool,
    ) -> None:
        self._router = router
        self._token_paths = token_paths
        self._redirects = redirects
        self._schemas = schemas
        self._security = security
        self._state = state
        self._seed = seed
        self._raise_errors = raise_errors
        self._secret_params = security.query_keys
        self._dynamic_calls = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        trace = Trace()
        try:
            response = await self._respond(request, trace)
        except BadRequest as exc:
            response = trace.reject(problem(exc.status, exc.detail), exc.detail)
        except Exception as exc:
            if self._raise_errors:
                raise
            # A bug of the mock, not of the request: visible as a 500 naming the operation, so fuzzing finds it.
            logger.exception("mock failed on %s %s (operation %s)", request.method, scope["path"], trace.operation)
            detail = f"The mock failed on operation {trace.operation or '(none)'}: {type(exc).__name__}."
            response = trace.reject(problem(500, detail), detail)
        await response(scope, receive, send)
        if access_log.isEnabledFor(logging.INFO):
            access_log.info("%s", trace.line(request.method, scope, response.status_code, self._secret_params))

    async def _respond(self, request: Request, trace: Trace) -> Response:
        path = request.scope["path"]  # no URL object: it is rebuilt per access and costs a few percent
        method = request.method
        found = self._router.match(path, request.scope.get("raw_path"), lambda entry: entry.serves(method))
        if found is None:
            if path in self._token_paths and request.method == "POST":
                return await self._token(None, request, None)
            if path in self._redirects and request.method in ("GET", "HEAD"):
                return RedirectResponse(self._redirects[path], status_code=307)
            detail = f"No operation of the spec matches the path {path}."
            return trace.reject(problem(404, detail), detail)
        entry, path_values = found
        compiled = entry.methods.get(method)
        head = False
        if compiled is None and method == "HEAD":
            compiled, head = entry.methods.get("GET"), True
        if compiled is None:
            if method == "OPTIONS":
                return Response(status_code=204, headers={"Allow": entry.allow})
            detail = f"{method} is not declared for {path}; allowed: {entry.allow}."
            return trace.reject(problem(405, detail, headers={"Allow": entry.allow}), detail)
        trace.operation = compiled.op.operation_id or f"{compiled.op.method.upper()} {compiled.op.path}"
        return await self._operate(compiled, request, path_values, head, trace)

    async def _operate(
        self, compiled: CompiledOperation, request: Request, path_values: dict[str, str], head: bool, trace: Trace
    ) -> Response:
        accept = request.headers.get("accept")
        outcome = self._security.check(compiled.guard, request)
        if outcome is not Outcome.OK:
            return trace.reject(self._denied(compiled, outcome, accept), f"credentials {outcome.value}")
        parsed, violations = compiled.rules.check_parameters(request, path_values)
        try:
            body, _media, body_violations = await compiled.rules.check_body(request)
        except BadRequest as exc:
            status = exc.status if exc.status != 400 else _unreadable_status(compiled.responses)
            return trace.reject(unreadable_response(compiled.responses, status, exc.detail, accept), exc.detail)
        violations += body_violations
        if violations:
            return trace.reject(self._invalid(compiled.responses, violations, accept), _loggable(violations))
        if compiled.token_endpoint:
            return await self._token(compiled, request, body)
        if "prefer" in request.headers or b"__" in request.scope.get("query_string", b""):
            prefer = Prefer.parse(request.headers.get("prefer"), request.query_params)
            if prefer is not None and (prefer.code or prefer.example or prefer.dynamic or prefer.items is not None):
                return self._preferred(compiled, prefer, accept, head)
        if compiled.role is not None:
            return self._stateful(compiled, compiled.role, parsed, body, accept, head)
        return self._default(compiled.responses, accept, head)

    def _invalid(self, responses: Responses, violations: list[Violation], accept: str | None) -> Response:
        """422, else 400 when only that is declared; a bad path parameter is a 404 when only 404 is declared."""
        if responses.declares(422) or not responses.declares(400):
            status = 422
            path_only = all(v.location == "path" for v in violations)
            if path_only and responses.declares(404) and not responses.declares(422):
                status = 404
        else:
            status = 400
        return error_response(responses, status, violations_detail(violations), violations, accept=accept)

    def _denied(self, compiled: CompiledOperation, outcome: Outcome, accept: str | None) -> Response:
        responses = compiled.responses
        if outcome is Outcome.WRONG and responses.declares(403) and not responses.declares(401):
            return error_response(responses, 403, "The credentials are not accepted.", accept=accept)
        detail = "Credentials are missing." if outcome is Outcome.MISSING else "The credentials are not accepted."
        headers = {"WWW-Authenticate": compiled.guard.challenges}
        return error_response(responses, 401, detail, headers=headers, accept=accept)

    def _default(self, responses: Responses, accept: str | None, head: bool, value: Any = None) -> Response:
        status = responses.success_status
        if status is None:  # answered as the spec documents a 404, where it does
            return error_response(
                responses, 404, "The spec declares no success response for this operation.", accept=accept
            )
        plan = responses.find(status)
        body = plan.body_for(accept) if plan is not None else None
        return render(status, plan, body, value, head=head)

    def _preferred(self, compiled: CompiledOperation, prefer: Prefer, accept: str | None, head: bool) -> Response:
        responses = compiled.responses
        status = prefer.code or responses.success_status
        plan = responses.find(status) if status is not None else None
        if status is None or plan is None:
            declared = ", ".join(sorted(responses.plans)) or "none"
            return problem(400, f"Prefer asks for status {status}, which is not declared (declared: {declared}).")
        body = plan.body_for(accept)
        value = None
        if prefer.example is not None:
            if body is None or prefer.example not in body.examples:
                known = ", ".join(body.examples) if body is not None else ""
                return problem(
                    400, f"No example named {prefer.example!r} for status {status} (known: {known or 'none'})."
                )
            value = body.examples[prefer.example]
        elif prefer.dynamic and body is not None:
            self._dynamic_calls += 1
            value = dynamic_value(self._schemas, body, self._seed * 1_000_003 + self._dynamic_calls)
        return render(status, plan, body, value, head=head, items=prefer.items)

    # ---------------------------------------------------------------- state

    def _stateful(
        self,
        compiled: CompiledOperation,
        role: Role,
        parsed: ParsedRequest,
        request_body: Any,
        accept: str | None,
        head: bool,
    ) -> Response:
        responses = compiled.responses
        plan = responses.success
        body = plan.body_for(accept) if plan is not None else None
        if body is not None and body.stream is not None:
            return self._default(responses, accept, head)  # a stream is not a resource to keep
        updates = _writable(request_body, body.properties if body is not None else frozenset())
        if role.kind == "create":
            return self._create(compiled, role, parsed, updates, accept)
        if role.kind == "list":
            return self._list(compiled, role, parsed, accept, head)
        key = _key(role, parsed)
        # Gone is gone, declared or not: answering 2xx for a deleted resource would tell a client it still exists.
        # A 404 the operation does not declare is the spec's gap, which fuzzing the mock reports as a warning.
        if key in self._state.deleted and role.kind != "replace":
            return error_response(responses, 404, "The resource was deleted.", accept=accept)
        stored = self._state.resources.get(key)
        if role.kind == "delete":
            self._state.resources.pop(key)
            self._state.deleted.put(key, True)
            return self._default(responses, accept, head)
        if role.id_field is not None:
            updates[role.id_field] = parsed.parameters.get(("path", role.item.param))
        if role.kind == "read":
            if isinstance(stored, dict) and body is not None and body.validator is not None:
                if body.validator.is_valid(stored):
                    return self._default(responses, accept, head, stored)
                updates = stored
            elif role.id_field is not None:
                updates = {role.id_field: updates[role.id_field]}
            return self._default(responses, accept, head, _shaped(body, updates))
        merged = {**stored, **updates} if isinstance(stored, dict) else updates
        value = _shaped(body, merged)
        self._state.deleted.pop(key)
        self._state.resources.put(key, value if isinstance(value, dict) else merged)
        return self._default(responses, accept, head, value)

    def _list(
        self, compiled: CompiledOperation, role: Role, parsed: ParsedRequest, accept: str | None, head: bool
    ) -> Response:
        """The documented page with the items created under this collection (same parent ids), when any."""
        responses = compiled.responses
        plan = responses.success
        body = plan.body_for(accept) if plan is not None else None
        parents = tuple(str(parsed.parameters.get(("path", p), "")) for p in role.item.params[:-1])
        template = role.item.template
        created = self._state.resources.values_where(lambda key: key[0] == template and key[1][:-1] == parents)
        if not created or body is None or body.validator is None:
            return self._default(responses, accept, head)
        page = _page_with(body.default, role.items_field, created)
        if page is None or not body.validator.is_valid(page):
            return self._default(responses, accept, head)  # stored items do not fit the list's item schema
        return self._default(responses, accept, head, page)

    def _create(
        self,
        compiled: CompiledOperation,
        role: Role,
        parsed: ParsedRequest,
        updates: dict[str, Any],
        accept: str | None,
    ) -> Response:
        responses = compiled.responses
        plan = responses.success
        body = plan.body_for(accept) if plan is not None else None
        value: Any = _shaped(body, updates)
        if value is None and body is not None:
            value = body.default
        id_field = role.id_field
        writable = body is not None and body.validator is not None and isinstance(value, dict)
        if body is not None and writable and id_field is not None and id_field not in updates:
            number = self._state.next_number(role.item.template)
            for candidate in (number, str(number), f"mock-{number}"):
                attempt = body.overlay(value, {id_field: candidate})
                if attempt.get(id_field) == candidate:
                    value = attempt
                    break
        if id_field is not None and isinstance(value, dict) and id_field in value:
            parents = tuple(str(parsed.parameters.get(("path", p), "")) for p in role.item.params[:-1])
            key: ResourceKey = (role.item.template, (*parents, str(value[id_field])))
            self._state.resources.put(key, value)
            self._state.deleted.pop(key)
        return self._default(responses, accept, False, value)

    # ---------------------------------------------------------------- OAuth2 client credentials

    async def _token(self, compiled: CompiledOperation | None, request: Request, body: Any) -> Response:
        if compiled is None or compiled.rules.body is None:
            body = await _token_form(request)
        fields = body if isinstance(body, Mapping) else {}
        grant = fields.get("grant_type")
        if grant is not None and grant != "client_credentials":
            return _oauth_error(compiled, 400, "unsupported_grant_type", "Only client_credentials is supported.")
        client_id, secret = fields.get("client_id"), fields.get("client_secret")
        basic = request.headers.get("authorization", "")
        if basic.lower().startswith("basic ") and (pair := decode_basic(basic[6:].strip())):
            client_id, secret = pair
        if not self._security.client_ok(client_id, secret):
            return _oauth_error(compiled, 401, "invalid_client", "Unknown client or wrong secret.")
        token = self._state.issue_token()
        payload = {"access_token": token, "token_type": "Bearer", "expires_in": TOKEN_LIFETIME}
        headers = {"Cache-Control": "no-store"}
        if compiled is not None:
            plan = compiled.responses.success
            body_plan = plan.body_for("application/json") if plan is not None else None
            if body_plan is not None and body_plan.validator is not None and isinstance(body_plan.default, Mapping):
                value = body_plan.overlay(body_plan.default, payload)
                if value.get("access_token") == token:
                    response = render(compiled.responses.success_status or 200, plan, body_plan, value)
                    response.headers.update(headers)
                    return response
        return Response(json.dumps(payload), status_code=200, headers=headers, media_type="application/json")


def _unreadable_status(responses: Responses) -> int:
    """A body that cannot be read: 400 when the operation covers it (400, 4XX, default), else a declared 422."""
    if responses.find(400) is None and responses.declares(422):
        return 422
    return 400


def _writable(request_body: Any, properties: frozenset[str]) -> dict[str, Any]:
    if not isinstance(request_body, Mapping):
        return {}
    if not properties:
        return dict(request_body)
    return {k: v for k, v in request_body.items() if k in properties}


def _shaped(body: Any, updates: Mapping[str, Any]) -> Any:
    """The body's default with ``updates`` written in, as far as the response schema allows.

    None (the caller serves the default) when there is nothing to write or the answer is not an object.
    """
    if body is None or not updates or body.kind not in ("json", "yaml"):
        return None
    if body.validator is None:
        return dict(updates)
    if isinstance(body.default, Mapping):
        return body.overlay(body.default, updates)
    return dict(updates) if body.default is None and body.validator.is_valid(dict(updates)) else None


def _page_with(template: Any, field: str | None, items: list[Any]) -> Any:
    """``template`` (the documented page) holding ``items``; None when the page has nowhere to put them."""
    if field is None:
        return list(items) if isinstance(template, list) else None
    if not isinstance(template, dict) or not isinstance(template.get(field), list):
        return None
    page = {**template, field: list(items)}
    if isinstance(page.get("count"), int):
        page["count"] = len(items)
    for link in ("next", "previous"):
        if link in page:
            page[link] = None
    return page


def _key(role: Role, parsed: ParsedRequest) -> ResourceKey:
    return (role.item.template, tuple(str(parsed.parameters.get(("path", p), "")) for p in role.item.params))


async def _token_form(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if "json" in request.headers.get("content-type", ""):
        try:
            data = json.loads(raw or b"{}")
        except ValueError as exc:
            raise BadRequest("token request body is not valid JSON") from exc
        return data if isinstance(data, dict) else {}
    from urllib.parse import parse_qsl

    return dict(parse_qsl(raw.decode("utf-8", errors="replace")))


def _oauth_error(compiled: CompiledOperation | None, status: int, error: str, description: str) -> Response:
    headers = {"WWW-Authenticate": 'Basic realm="mock"'} if status == 401 else {}
    if compiled is not None:
        return error_response(compiled.responses, status, description, headers=headers)
    body = json.dumps({"error": error, "error_description": description})
    return Response(body, status_code=status, headers=headers, media_type="application/json")
