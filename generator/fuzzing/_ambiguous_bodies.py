"""A request body Schemathesis sends as valid that matches several branches of a ``oneOf``: the spec's gap.

PagerDuty's runner update is ``oneOf`` [SidecarBody, RunbookBody] with a discriminator and no mapping: neither
branch requires anything or constrains ``runner_type``, and every runbook body is a sidecar body too. Schemathesis
builds a value of the branch the discriminator names (``runner_type: AutomationActionsRunnerRunbookBody``) and
sends it as positive data; JSON Schema, which OpenAPI says a discriminator does not override, finds it valid
under both branches, so not under ``oneOf``, and the mock rejects it. No runbook body can be valid: the spec
contradicts itself. Against the embedded mock, a ``positive_data_acceptance`` failure whose JSON body breaks
nothing but such ``oneOf`` is located at the ``oneOf`` as a spec warning; any other fault of the body leaves
the failure where it is.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator, Mapping
from typing import Any

from ..errors import Problem
from ..spec.loading import Operation, Spec
from ..spec.pointers import escape_pointer_token, join_pointer
from ..spec.schema_walk import iter_schemas
from ..spec.schemas import Schemas
from ._results import FuzzFailure

_CHECK = "positive_data_acceptance"
_SEVERAL = "is valid under each of"
_DATA_FLAGS = frozenset({"--data-binary", "--data", "--data-raw", "-d"})


class AmbiguousBodies:
    """Finds the failures whose body only matches several ``oneOf`` branches at once, for one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._schemas: Schemas | None = None
        self._pointers: dict[int, str] | None = None

    def warning(self, failure: FuzzFailure) -> Problem | None:
        """The spec warning for ``failure`` when its body breaks only ``oneOf`` by matching several branches."""
        sent = _sent_json(failure) if failure.check == _CHECK else None
        operation = self._operation(failure.operation) if sent is not None else None
        if sent is None or operation is None:
            return None
        media_type, body = sent
        key = self._content_key(operation, media_type)
        if key is None:
            return None
        pointer = f"{operation.pointer}/requestBody/content/{escape_pointer_token(key)}/schema"
        try:
            errors = list(self._validators().validator(pointer, "request").iter_errors(body))
        except (KeyError, IndexError, TypeError, ValueError):
            return None  # no schema for that media type: not this gap
        if not errors or not all(e.validator == "oneOf" and _SEVERAL in e.message for e in errors):
            return None
        error = errors[0]
        where = f"{self._pointer_of(error.schema) or pointer}/oneOf"
        at = join_pointer(error.absolute_path) or "/"
        message = (
            f"{failure.operation}: the body sent as valid matches several branches of this oneOf at once (at {at}), "
            "which oneOf forbids: the branches overlap, and Schemathesis took a value of one branch for valid"
        )
        return Problem(
            self.spec.path, self.spec.line_of(where), where, message, rule="ambiguous-one-of", severity="warning"
        )

    def _validators(self) -> Schemas:
        if self._schemas is None:
            self._schemas = Schemas(self.spec)
        return self._schemas

    def _operation(self, label: str) -> Operation | None:
        method, _, path = label.partition(" ")
        for operation in self.spec.operations(webhooks=False):
            if operation.method.upper() == method and operation.path == path:
                return operation
        return None

    def _content_key(self, operation: Operation, media_type: str) -> str | None:
        """The request body's ``content`` key of ``media_type`` (a key may carry parameters: ``; charset=utf-8``)."""
        body = self.spec.resolve(operation.data.get("requestBody"))
        content = body.get("content") if isinstance(body, Mapping) else None
        keys = [str(key) for key in content] if isinstance(content, Mapping) else []
        return next((key for key in keys if key.split(";")[0].strip().lower() == media_type), None)

    def _pointer_of(self, schema: Any) -> str | None:
        """Where ``schema`` (a node of the spec's document) is, found by identity: the validator walks the
        document's own nodes, through references the error's path does not name."""
        if self._pointers is None:
            self._pointers = {id(node): pointer for pointer, node in iter_schemas(self.spec.document)}
        return self._pointers.get(id(schema))


def _sent_json(failure: FuzzFailure) -> tuple[str, Any] | None:
    """(media type, decoded body) of the failing request (the last step of the reproduction), when JSON."""
    if not failure.reproduction:
        return None
    try:
        words = shlex.split(failure.reproduction[-1])
    except ValueError:
        return None
    headers = dict(_headers(words))
    media_type = headers.get("content-type", "").split(";")[0].strip().lower()
    data = next((words[i + 1] for i, word in enumerate(words[:-1]) if word in _DATA_FLAGS), None)
    if data is None or not (media_type == "application/json" or media_type.endswith("+json")):
        return None
    try:
        return media_type, json.loads(data)
    except ValueError:
        return None


def _headers(words: list[str]) -> Iterator[tuple[str, str]]:
    for index, word in enumerate(words[:-1]):
        if word == "-H":
            name, _, value = words[index + 1].partition(":")
            yield name.strip().lower(), value.strip()
