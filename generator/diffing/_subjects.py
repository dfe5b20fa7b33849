"""What schema rules look at: a parameter's schema, or a request/response body or property schema.

A :class:`Subject` names the oasdiff id prefix (``request-property``), the message's subject, how to get the two
schemas from a pair (``(None, None)`` when the pair is not of this subject) and the registry its rules join.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._nodes import Node, strongly_typed
from ._pairs import ParameterPair, SchemaPair, unwrap
from ._registry import Check
from ._rules import PARAMETERS
from ._schema_rules import SCHEMAS

Schemas = tuple[Node | None, Node | None]


@dataclass(frozen=True)
class Subject:
    """Where a schema rule looks: which pairs, which two schemas, how values travel (``strongly_typed``)."""

    prefix: str
    label: str
    schemas: Callable[[Any], Schemas]
    register: Callable[..., Callable[[Check[Any]], Check[Any]]]
    strongly_typed: Callable[[Any], bool] = lambda pair: False  # a scalar parameter is text on the wire

    @property
    def direction(self) -> str:
        return self.prefix.split("-", 1)[0]


def _parameter_schemas(pair: ParameterPair) -> Schemas:
    schemas = (_parameter_schema(node) if node is not None else None for node in (pair.old, pair.new))
    old, new = (unwrap(schema) if schema is not None else None for schema in schemas)
    return old, new


def _parameter_schema(parameter: Node) -> Node | None:
    """``schema``, or the schema of the one media type of ``content`` (the other way to type a parameter)."""
    schema = parameter.child("schema")
    if schema is not None:
        return schema
    media = list(parameter.children("content").values())
    return media[0].child("schema") if len(media) == 1 else None


def _schema_subject(direction: str, *, body: bool) -> Callable[[SchemaPair], Schemas]:
    def schemas(pair: SchemaPair) -> Schemas:
        return (pair.old, pair.new) if pair.direction == direction and pair.is_body == body else (None, None)

    return schemas


def _json(pair: SchemaPair) -> bool:
    return strongly_typed(pair.media_type)


SUBJECTS = (
    Subject("request-parameter", "the {location} request parameter {name}", _parameter_schemas, PARAMETERS.rule),
    Subject("request-body", "the request body", _schema_subject("request", body=True), SCHEMAS.rule, _json),
    Subject(
        "request-property",
        "the request property {property}",
        _schema_subject("request", body=False),
        SCHEMAS.rule,
        _json,
    ),
    Subject("response-body", "the {status} response body", _schema_subject("response", body=True), SCHEMAS.rule, _json),
    Subject(
        "response-property",
        "the {status} response property {property}",
        _schema_subject("response", body=False),
        SCHEMAS.rule,
        _json,
    ),
)
