"""One fault per class of sandbox deviation, each on one operation of one of the project's APIs.

A fault wraps the API's faultless mock: requests to other operations pass through untouched, so the same
run against the bare mock (the control) must be clean. Faults keep the mock's authentication in force
unless ignoring it is the fault, so each one is found by the check meant for it, not by a side effect.
"""

from __future__ import annotations

import asyncio
import base64
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from generator.mocking import MockCredentials, create_app
from generator.spec.loading import Spec

from ._asgi import Answer, App, Receive, Scope, Send, call, drain, json_answer, replay, reply

Behaviour = Callable[[App, Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class Fault:
    name: str
    api: str
    operation: str  # the label apigen must name: "GET /api/v2/provider/{id}/"
    checks: frozenset[str]  # any one of these names the fault
    operation_ids: tuple[str, ...]  # what the run fuzzes (with the links between them)
    behaviour: Behaviour
    phases: str = "examples,fuzzing"
    where: str | None = None  # the operation the fault is injected into, when not the one it shows up on
    any_method: bool = False  # the fault is on the path, whatever the method (undeclared ones included)
    max_response_time_ms: int = 2000  # apigen fuzz's default against a URL

    @property
    def id(self) -> str:
        return f"{self.api}-{self.name}"

    def applies(self, method: str, path: str) -> bool:
        wanted, template = (self.where or self.operation).split(" ", 1)
        pattern = re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template)) + "$"
        return (self.any_method or method == wanted) and re.search(pattern, path) is not None


def faulty_app(spec: Spec, fault: Fault | None, credentials: MockCredentials | None = None) -> App:
    """The API's mock with ``fault`` injected (``None``: the faultless control)."""
    mock: App = create_app(spec, credentials=credentials or MockCredentials(), seed=1)
    if fault is None:
        return mock

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and fault.applies(scope["method"], scope["path"]):
            await fault.behaviour(mock, scope, receive, send)
        else:
            await mock(scope, receive, send)

    return app


# ------------------------------------------------------------------ behaviours


def _ok(answer: Answer) -> bool:
    return 200 <= answer.status < 300


def server_error_on_odd_id() -> Behaviour:
    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        last = scope["path"].rstrip("/").rsplit("/", 1)[-1]
        if last.lstrip("-").isdigit() and int(last) % 2:
            await reply(send, json_answer(500, {"detail": "internal error"}))
        else:
            await app(scope, receive, send)

    return behave


def rewrite_body(change: Callable[[Any], Any]) -> Behaviour:
    """Successful JSON answers pass through ``change`` (drop or mistype a field)."""

    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        answer = await call(app, scope, receive)
        body = answer.json()
        await reply(send, answer.with_json(change(body)) if _ok(answer) and isinstance(body, dict) else answer)

    return behave


def without(field: str) -> Callable[[Any], Any]:
    return lambda body: {k: v for k, v in body.items() if k != field}


def with_value(field: str, value: Any) -> Callable[[Any], Any]:
    return lambda body: {**body, field: value}


def status_instead_of_success(status: int) -> Behaviour:
    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        answer = await call(app, scope, receive)
        if _ok(answer) and status in (204, 304):  # HTTP forbids a body here: the server under test would crash
            answer = Answer(status)
        elif _ok(answer):
            answer = Answer(status, answer.body, answer.headers) if status != 400 else json_answer(400, {"detail": "x"})
        await reply(send, answer)

    return behave


def header_changed(name: str, value: str) -> Behaviour:
    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        answer = await call(app, scope, receive)
        if _ok(answer):
            answer.headers[name] = value
        await reply(send, answer)

    return behave


def credentials_ignored(authorization: str) -> Behaviour:
    """Whatever credential comes (or none), the request is served as if the right one came."""

    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
        headers.append((b"authorization", authorization.encode()))
        await app({**scope, "headers": headers}, receive, send)

    return behave


def invalid_input_accepted() -> Behaviour:
    """A request the mock rejects as invalid gets the last successful answer instead (validation skipped)."""
    last_ok: list[Answer] = []

    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        answer = await call(app, scope, receive)
        if _ok(answer):
            last_ok[:] = [answer]
        elif answer.status in (400, 422) and last_ok:
            answer = last_ok[0]
        await reply(send, answer)

    return behave


def server_error_on_undeclared_method() -> Behaviour:
    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        answer = await call(app, scope, receive)
        await reply(send, json_answer(500, {"detail": "unhandled method"}) if answer.status == 405 else answer)

    return behave


def slow(seconds: float) -> Behaviour:
    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        await asyncio.sleep(seconds)
        await app(scope, receive, send)

    return behave


def delete_ignored() -> Behaviour:
    """DELETE answers 204 when the resource exists (read with the same credentials), and deletes nothing."""

    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        await drain(receive)
        answer = await call(app, {**scope, "method": "GET"}, replay(b""))
        await reply(send, Answer(204) if _ok(answer) else answer)

    return behave


def created_hidden() -> Behaviour:
    """A read of an item answers 404 even when the item exists."""

    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        answer = await call(app, scope, receive)
        await reply(send, json_answer(404, {"detail": "Not found."}) if _ok(answer) else answer)

    return behave


def hidden_after_update() -> Behaviour:
    """An update answers 2xx; from then on a read of that item answers 404 (the update lost the item)."""
    updated: set[str] = set()

    async def behave(app: App, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "GET" and scope["path"] in updated:
            await drain(receive)
            await reply(send, json_answer(404, {"detail": "Not found."}))
            return
        answer = await call(app, scope, receive)
        if scope["method"] in ("PUT", "PATCH") and _ok(answer):
            updated.add(scope["path"])
        await reply(send, answer)

    return behave


# ------------------------------------------------------------------ the suite

_MOCK = MockCredentials()
_BASIC = "Basic " + base64.b64encode(f"{_MOCK.basic_user}:{_MOCK.basic_password}".encode()).decode()
_PROVIDER = "/api/v2/provider"
_NOTIFICATION = f"{_PROVIDER}/{{parent_lookup_provider_id}}/notification"
_ENROLMENT = f"{_PROVIDER}/{{parent_lookup_provider_id}}/enrolment"
_SAMPLE = f"{_ENROLMENT}/{{parent_lookup_sample__learner__learner_id}}/sample/{{parent_lookup_sample_id}}"
_VALIDATION = f"{_SAMPLE}/validation"
_PETS = "/api/v2/{app_name}/pet/list"

FAULTS = (
    Fault(
        "5xx-on-some-inputs",
        "provider",
        f"GET {_PROVIDER}/{{id}}/",
        frozenset({"not_a_server_error"}),
        ("get_provider",),
        server_error_on_odd_id(),
    ),
    Fault(
        "missing-response-field",
        "provider",
        f"GET {_PROVIDER}/{{id}}/",
        frozenset({"response_schema_conformance"}),
        ("get_provider",),
        rewrite_body(without("name")),
    ),
    Fault(
        "mistyped-response-field",
        "provider",
        f"GET {_PROVIDER}/",
        frozenset({"response_schema_conformance"}),
        ("list_providers",),
        rewrite_body(with_value("count", "many")),
    ),
    Fault(
        "readable-after-delete",
        "provider",
        f"DELETE {_NOTIFICATION}/{{id}}/",
        frozenset({"crud_walk", "deleted_resource_gone", "use_after_free"}),
        ("create_provider_notification", "get_provider_notification", "delete_provider_notification"),
        delete_ignored(),
    ),
    Fault(
        "nested-readable-after-delete",
        "provider",
        f"DELETE {_VALIDATION}/{{id}}/",
        frozenset({"crud_walk", "deleted_resource_gone", "use_after_free"}),
        ("create_sample_validation", "get_sample_validation", "delete_sample_validation"),
        delete_ignored(),
    ),
    Fault(
        "read-not-an-object",
        "provider",
        f"POST {_NOTIFICATION}/",
        frozenset({"created_resource_readable", "crud_walk"}),
        ("create_provider_notification", "get_provider_notification"),
        rewrite_body(lambda body: [body]),
        where=f"GET {_NOTIFICATION}/{{id}}/",
    ),
    Fault(
        "unreadable-after-update",
        "provider",
        f"PUT {_NOTIFICATION}/{{id}}/",
        frozenset({"update_visible_on_read", "crud_walk"}),
        ("create_provider_notification", "get_provider_notification", "update_provider_notification"),
        hidden_after_update(),
        where=f"PUT {_NOTIFICATION}/{{id}}/",
        any_method=True,
    ),
    Fault(
        "created-not-returned",
        "provider",
        f"POST {_ENROLMENT}/",
        frozenset({"created_resource_readable", "ensure_resource_availability"}),
        ("create_provider_enrolment", "get_provider_enrolment"),
        created_hidden(),
        where=f"GET {_ENROLMENT}/{{learner__learner_id}}/",
    ),
    Fault(
        "auth-ignored",
        "innovatrics",
        "GET /api/license/list",
        frozenset({"ignored_auth"}),
        ("list_licenses",),
        credentials_ignored(_BASIC),
    ),
    Fault(
        "wrong-content-type",
        "innovatrics",
        "GET /api/license/show/{license_id}",
        frozenset({"content_type_conformance"}),
        ("get_license",),
        header_changed("content-type", "text/plain"),
    ),
    Fault(
        "undocumented-status",
        "innovatrics",
        "GET /api/product-assignment/list",
        frozenset({"status_code_conformance"}),
        ("list_product_assignments",),
        status_instead_of_success(418),
    ),
    Fault(
        "valid-input-rejected",
        "innovatrics",
        "GET /api/license-detail/show/{license_id}",
        frozenset({"positive_data_acceptance"}),
        ("get_license_detail",),
        status_instead_of_success(400),
    ),
    Fault(
        "bad-headers",
        "itmedicalvet",
        f"GET {_PETS}",
        frozenset({"response_headers_conformance"}),
        ("list_pets",),
        header_changed("x-ratelimit-limit", "plenty"),
    ),
    Fault(
        "invalid-input-accepted",
        "itmedicalvet",
        f"GET {_PETS}",
        frozenset({"negative_data_rejection"}),
        ("list_pets",),
        invalid_input_accepted(),
        phases="examples,coverage,fuzzing",
    ),
    Fault(
        "5xx-on-unsupported-methods",
        "itmedicalvet",
        f"GET {_PETS}",
        frozenset({"unsupported_method", "not_a_server_error"}),
        ("list_pets",),
        server_error_on_undeclared_method(),
        phases="coverage",
        any_method=True,
    ),
    Fault(
        "slow-response",
        "itmedicalvet",
        "GET /api/v2/{app_name}/media-url",
        frozenset({"max_response_time"}),
        ("get_media_url",),
        slow(0.6),
        max_response_time_ms=300,
    ),
)
