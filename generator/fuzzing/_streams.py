"""``stream_items_conform``: every item of a streamed response fits its item schema.

A sequential media type (server-sent events, JSON Lines, NDJSON, JSON text sequences) carries items, each
described by the media type's ``itemSchema`` (OpenAPI 3.2) or, for an event stream in a 3.1 document, its
``schema``. Schemathesis validates a body as one JSON document, so it cannot look inside a stream; this check
does, item by item, reading at most ``MAX_ITEMS`` items (an endless stream is cut by the run's request timeout
first). The ``[DONE]`` sentinel that AI vendors send as the last event's data is not an item.

Generated cases seldom ask for a stream (an operation that offers JSON beside it answers JSON), so after a 2xx
that is not a stream, the check sends the same request again with ``Accept: <the sequential media type>``, a
few times per operation, and checks what streams back.

Registered with ``@schemathesis.check`` (imported by ``_consistency``, the module Schemathesis loads).
"""

from __future__ import annotations

import functools
import json
import os
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import Case as _GenericCase
from schemathesis import CheckContext, Response
from schemathesis.core.failures import Failure

from ..spec.loading import Spec, load_spec
from ..spec.pointers import escape_pointer_token
from ..spec.schemas import Schemas
from ..spec.sequences import SEQUENTIAL_MEDIA_TYPES, describes_event, item_schema_key
from ._crud import SPEC_VARIABLE
from ._skips import not_applicable

MAX_ITEMS = 100
RESENDS_PER_OPERATION = 2
SEQUENTIAL = SEQUENTIAL_MEDIA_TYPES - {"multipart/mixed"}  # multipart parts are not read here
Case = _GenericCase[Any]


@functools.cache
def _schemas() -> Schemas | None:
    path = os.environ.get(SPEC_VARIABLE)
    return Schemas(load_spec(Path(path))) if path else None


_resent: Counter[str] = Counter()
_lock = threading.Lock()


@schemathesis.check
def stream_items_conform(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    schemas = _schemas()
    if schemas is None:
        return not_applicable(ctx, case, "stream_items_conform")
    media_type = _media_type(response)
    if media_type not in SEQUENTIAL:
        resent = _resend_for_stream(ctx, schemas.spec, case, response)
        if resent is None:
            return not_applicable(ctx, case, "stream_items_conform")
        case, response = resent
        media_type = _media_type(response)
    pointer = item_schema_pointer(schemas.spec, case, response.status_code, media_type)
    if pointer is None:
        return not_applicable(ctx, case, "stream_items_conform")
    _check_items(schemas, pointer, case, media_type, response.content)
    return True


def _media_type(response: Response) -> str:
    return str(response.headers.get("content-type", [""])[0]).split(";", 1)[0].strip().lower()


def _resend_for_stream(ctx: CheckContext, spec: Spec, case: Case, response: Response) -> tuple[Case, Response] | None:
    """The case sent again asking for the stream its 2xx documents, while this operation's budget lasts."""
    if not 200 <= response.status_code < 300:
        return None
    wanted = [m for m in SEQUENTIAL if item_schema_pointer(spec, case, response.status_code, m) is not None]
    if not wanted:
        return None
    with _lock:
        if _resent[case.operation.label] >= RESENDS_PER_OPERATION:
            return None
        _resent[case.operation.label] += 1
    extra: dict[str, Any] = {} if case.body is None else {"body": case.body, "media_type": case.media_type}
    headers: dict[str, Any] = {**dict(case.headers or {}), "Accept": sorted(wanted)[0]}
    probe = case.operation.Case(
        path_parameters=dict(case.path_parameters or {}), query=dict(case.query or {}), headers=headers, **extra
    )
    ctx.internals.record_case(parent_id=case.id, case=probe)
    streamed = case.operation.schema.transport.send(probe, **dict(ctx.internals.transport_kwargs or {}))
    ctx.internals.record_response(case_id=probe.id, response=streamed)
    return probe, streamed


def _check_items(schemas: Schemas, pointer: str, case: Case, media_type: str, content: bytes) -> None:
    validator = schemas.validator(pointer, "response")
    event_shaped = describes_event(schemas.resolve(schemas.at(pointer)))
    for position, item in enumerate(items(media_type, content, event_shaped=event_shaped), start=1):
        if position > MAX_ITEMS:
            break
        errors = _errors(validator, item)
        if errors and event_shaped and _carries_json(item):  # `data` typed as the JSON value it carries (Mistral)
            errors = _errors(validator, {**item, "data": json.loads(item["data"])})
        if errors:
            where = "/".join(str(part) for part in errors[0].path) or "(the item)"
            raise Failure(
                operation=case.operation.label,
                title="Streamed item does not conform to its item schema",
                message=f"Item {position} of the {media_type} stream: {where}: {errors[0].message}",
            )


def _errors(validator: Any, item: Any) -> list[Any]:
    return sorted(validator.iter_errors(item), key=lambda error: list(error.path))


def _carries_json(event: Mapping[str, Any]) -> bool:
    """Whether an event's ``data`` is JSON text (an event's data is always text on the wire)."""
    try:
        json.loads(event.get("data", ""))
    except (ValueError, TypeError):
        return False
    return True


def item_schema_pointer(spec: Spec, case: Case, status: int, media_type: str) -> str | None:
    """The pointer of the item schema of ``media_type`` in the response ``status`` of the case's operation."""
    operation = f"/paths/{escape_pointer_token(case.operation.path)}/{case.operation.method.lower()}"
    responses = spec.resolve(spec.at(f"{operation}/responses") or {})
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            response = spec.resolve(responses[key])
            entry = (response.get("content") or {}).get(media_type) if isinstance(response, Mapping) else None
            if not isinstance(entry, Mapping):
                return None
            pointer = f"{operation}/responses/{escape_pointer_token(key)}/content/{escape_pointer_token(media_type)}"
            item_key = item_schema_key(entry, media_type)
            return f"{pointer}/{escape_pointer_token(item_key)}" if item_key is not None else None
    return None


def items(media_type: str, content: bytes, *, event_shaped: bool = False) -> Iterator[Any]:
    """The items of a streamed body, parsed as JSON where they are JSON (an event's data may be plain text);
    ``event_shaped``: each event as its fields (``data``, ``event``, ``id``, ``retry``), as a 3.2 schema says."""
    text = content.decode("utf-8", errors="replace")
    if media_type == "text/event-stream":
        for event in events(text):
            if event["data"] != "[DONE]":
                yield event if event_shaped else _json_or_text(event["data"])
    elif media_type == "application/json-seq":
        yield from (_json_or_text(record.strip()) for record in text.split("\x1e") if record.strip())
    else:
        yield from (_json_or_text(line) for line in text.splitlines() if line.strip())


def events(text: str) -> Iterator[dict[str, Any]]:
    """The fields of each dispatched event (``retry`` a number), as the WHATWG event stream interpretation reads
    them: comments skipped, several data lines joined with "\\n", a blank line dispatches."""
    event: dict[str, Any] = {}
    data: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line:
            if data:
                yield {**event, "data": "\n".join(data)}
            event, data = {}, []
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "data":
            data.append(value)
        elif field in ("event", "id"):
            event[field] = value
        elif field == "retry" and value.isdigit():
            event[field] = int(value)


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text
