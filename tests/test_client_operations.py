"""The operation layer read from the spec itself: every operation generated, names that never collide, and what
the flagship vendors' specs need (components/responses, requestBodies, parameters and pathItems by ``$ref``;
``DateCreated``/``DateCreated<``/``DateCreated>``; enum values differing by case; forms and multipart bodies with
arrays and nested objects; text and binary bodies), rendered through the real pipeline and called."""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import GenerationError, load_spec
from generator.codegen.generating import render, render_covered

from .conftest import REPO

SPEC = """
openapi: 3.1.0
info: {title: Ops, version: 1.0.0}
servers: [{url: "https://ops.example.com"}]
paths:
  /messages:
    get:
      operationId: list_messages
      tags: [messages]
      parameters:
        - {name: DateCreated, in: query, schema: {type: string, format: date}}
        - {name: "DateCreated<", in: query, schema: {type: string, format: date}}
        - {name: "DateCreated>", in: query, schema: {type: string, format: date}}
        - {name: timeout, in: query, schema: {type: integer}}
        - {name: Accept, in: header, required: true, schema: {type: string}}
        - {name: Order, in: query, schema: {type: string, enum: [ASC, asc, desc]}}
      responses:
        "200":
          description: The messages.
          content:
            application/json:
              schema:
                type: array
                items: {type: object, properties: {sid: {type: string}}}
    post:
      operationId: create_message
      tags: [messages]
      requestBody: {$ref: "#/components/requestBodies/MessageForm"}
      responses:
        "201": {$ref: "#/components/responses/Message"}
        "400": {description: Refused., content: {text/plain: {schema: {type: string}}}}
  /messages/{sid}:
    $ref: "#/components/pathItems/OneMessage"
  /uploads:
    post:
      operationId: upload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                files: {type: array, items: {type: string, format: binary}}
                meta: {type: object, properties: {tags: {type: array, items: {type: string}}}}
      responses:
        "200": {description: A receipt., content: {application/octet-stream: {schema: {type: string, format: binary}}}}
  /odd:
    get:
      operationId: get_odd
      responses:
        "200":
          description: Anything but a string.
          content: {application/json: {schema: {not: {type: string}}}}
components:
  parameters:
    Sid: {name: sid, in: path, required: true, schema: {type: string}}
  requestBodies:
    MessageForm:
      required: true
      content:
        application/x-www-form-urlencoded:
          schema:
            type: object
            required: [To]
            properties:
              To: {type: string}
              MediaUrl: {type: array, items: {type: string}}
              Meta: {type: object, properties: {tag: {type: string}, flags: {type: array, items: {type: boolean}}}}
  responses:
    Message:
      description: A message.
      content: {application/json: {schema: {$ref: "#/components/schemas/Message"}}}
  pathItems:
    OneMessage:
      get:
        operationId: fetch_message
        tags: [messages]
        parameters: [{$ref: "#/components/parameters/Sid"}]
        responses:
          "200": {$ref: "#/components/responses/Message"}
  schemas:
    Message:
      type: object
      properties:
        sid: {type: string}
        direction: {type: string, enum: [inbound, Inbound, outbound-api]}
"""


@pytest.fixture(scope="module")
def ops(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("ops")
    (root / "ops.yaml").write_text(SPEC)
    problems, coverage = render_covered(load_spec(root / "ops.yaml", "ops"), root / "ops-client", REPO / "templates")
    assert (coverage.operations, coverage.operations_in_spec) == (5, 5)
    assert (coverage.typed, coverage.documented) == (4, 5)  # get_odd's `not` schema is typed Any
    assert [problem.pointer for problem in problems] == ["/paths/~1odd/get"]
    sys.path.insert(0, str(root / "ops-client"))
    yield importlib.import_module("ops_client")
    sys.path.remove(str(root / "ops-client"))
    for name in [m for m in sys.modules if m.split(".")[0] == "ops_client"]:
        del sys.modules[name]


def _module(name: str) -> Any:
    return importlib.import_module(f"ops_client.api.{name}")


def _models() -> Any:
    return importlib.import_module("ops_client.pydantic_models")


def _client(ops: Any, reply: httpx.Response, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return reply

    return ops.Client(httpx_args={"transport": httpx.MockTransport(handler)}, max_retries=0)


def test_parameters_whose_python_names_collide_get_distinct_ones_and_keep_their_wire_names(ops: Any) -> None:
    list_messages = _module("messages.list_messages")
    arguments = list(inspect.signature(list_messages.sync).parameters)
    assert arguments[:2] == ["client", "date_created"]
    assert {"date_created_less_than_sign", "date_created_greater_than_sign", "timeout_query", "order"} <= set(arguments)
    assert "accept" not in arguments  # OpenAPI: an Accept header parameter is ignored
    seen: list[httpx.Request] = []
    items = list_messages.sync(
        client=_client(ops, httpx.Response(200, json=[{"sid": "SM1"}]), seen),
        date_created_less_than_sign=datetime.date(2024, 1, 2),
        date_created_greater_than_sign=datetime.date(2024, 1, 1),
        timeout_query=5,
        order=_models().ListMessagesOrder.ASC_2,
    )
    params = seen[0].url.params
    assert (params["DateCreated<"], params["DateCreated>"], params["timeout"]) == ("2024-01-02", "2024-01-01", "5")
    assert params["Order"] == "asc" and "DateCreated" not in params
    assert [type(item).__name__ for item in items] == ["ListMessagesResponse200Item"] and items[0].sid == "SM1"


def test_enum_values_differing_by_case_get_distinct_members(ops: Any) -> None:
    models = _models()
    assert [member.name for member in models.ListMessagesOrder] == ["ASC", "ASC_2", "DESC"]
    assert [m.value for m in models.MessageDirection] == ["inbound", "Inbound", "outbound-api"]
    assert [m.name for m in models.MessageDirection] == ["INBOUND", "INBOUND_2", "OUTBOUND_API"]


def test_referenced_path_items_request_bodies_and_responses_are_generated(ops: Any) -> None:
    seen: list[httpx.Request] = []
    message = {"sid": "SM1", "direction": "Inbound"}
    client = _client(ops, httpx.Response(200, json=message), seen)
    fetched = _module("messages.fetch_message").sync("SM 1", client=client)
    assert seen[0].url.raw_path == b"/messages/SM%201"
    assert type(fetched) is _models().Message and fetched.direction is _models().MessageDirection.INBOUND_2


def test_a_form_body_sends_arrays_as_repeated_fields_and_objects_as_deep_objects(ops: Any) -> None:
    seen: list[httpx.Request] = []
    meta = _models().CreateMessageBodyMeta(tag="x", flags=[True])
    body = _models().CreateMessageBody(to="+15550001", media_url=["a", "b"], meta=meta)
    reply = httpx.Response(201, json={"sid": "SM2"})
    created = _module("messages.create_message").sync(client=_client(ops, reply, seen), body=body)
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen[0].content == b"To=%2B15550001&MediaUrl=a&MediaUrl=b&Meta%5Btag%5D=x&Meta%5Bflags%5D=true"
    assert created.sid == "SM2"
    refused = _module("messages.create_message").sync_detailed(
        client=_client(ops, httpx.Response(400, text="no"), []), body=body
    )
    assert refused.parsed == "no"  # a text/plain body is a str


def test_a_multipart_body_sends_file_arrays_and_nested_objects(ops: Any) -> None:
    from ops_client.types import File

    seen: list[httpx.Request] = []
    body = _models().UploadBody(
        files=[File(payload=b"one", file_name="1.txt"), File(payload=b"two", file_name="2.txt")],
        meta=_models().UploadBodyMeta(tags=["x"]),
    )
    reply = httpx.Response(200, content=b"\x00receipt", headers={"content-type": "application/octet-stream"})
    receipt = _module("default.upload").sync(client=_client(ops, reply, seen), body=body)
    sent = seen[0].content
    assert sent.count(b'name="files"') == 2 and b"one" in sent and b"two" in sent
    assert json.dumps({"tags": ["x"]}).encode() in sent
    assert isinstance(receipt, File) and receipt.payload.read() == b"\x00receipt"


def test_a_construct_typed_loosely_is_one_located_warning_and_an_error_in_a_strict_spec(tmp_path: Path) -> None:
    (tmp_path / "ops.yaml").write_text(SPEC)
    problems = render(load_spec(tmp_path / "ops.yaml", "ops"), tmp_path / "a", REPO / "templates", formatted=False)
    (problem,) = problems
    assert problem.is_warning and problem.line is not None and "response 200 typed Any" in problem.message
    (tmp_path / "strict.yaml").write_text(SPEC.replace("info:", "x-apigen-strict: true\ninfo:", 1))
    with pytest.raises(GenerationError, match="typed loosely"):
        render(load_spec(tmp_path / "strict.yaml", "strict"), tmp_path / "b", REPO / "templates", formatted=False)


# Apideck's and SoundCloud's filters: query objects of style deepObject, read by the server as filter[field].
DEEP_OBJECTS = """
openapi: 3.1.0
info: {title: Deep, version: 1.0.0}
servers: [{url: "https://deep.example.com"}]
paths:
  /leads:
    get:
      operationId: list_leads
      parameters:
        - name: filter
          in: query
          required: true
          style: deepObject
          explode: true
          schema:
            type: object
            properties:
              email: {type: string}
              range: {type: object, properties: {from: {type: integer}}}
        - name: headers
          in: query
          style: deepObject
          schema: {type: object, additionalProperties: {type: string}}
        - {name: plain, in: query, schema: {type: object, properties: {page: {type: integer}}}}
      responses:
        "200": {description: ok}
"""


def test_a_deep_object_query_parameter_is_sent_as_name_and_field(tmp_path: Path) -> None:
    (tmp_path / "deep.yaml").write_text(DEEP_OBJECTS)
    render(load_spec(tmp_path / "deep.yaml"), tmp_path / "deep-client", REPO / "templates")
    sys.path.insert(0, str(tmp_path / "deep-client"))
    try:
        deep = importlib.import_module("deep_client")
        models = importlib.import_module("deep_client.pydantic_models")
        seen: list[httpx.Request] = []
        importlib.import_module("deep_client.api.default.list_leads").sync_detailed(
            client=_client(deep, httpx.Response(200), seen),
            filter_=models.ListLeadsFilter(email="a@b.c", range={"from": 3}),
            headers={"X-Trace": "1"},
            plain=models.ListLeadsPlain(page=2),
        )
    finally:
        sys.path.remove(str(tmp_path / "deep-client"))
        for name in [m for m in sys.modules if m.split(".")[0] == "deep_client"]:
            del sys.modules[name]
    expected = {"filter[email]": "a@b.c", "filter[range][from]": "3", "headers[X-Trace]": "1", "page": "2"}
    assert dict(seen[0].url.params) == expected
