"""One model stack: every operation takes and returns the pydantic classes of ``pydantic_models``, inline schemas
included, validated on the way in (or built unvalidated in a lenient client), and sent as the spec says.

A small spec with inline request and response schemas, an inline enum and constraints is rendered through the
real pipeline (``generating.render``) and imported; requests go to ``httpx.MockTransport`` handlers.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest

from generator import load_spec
from generator.codegen.generating import render
from generator.codegen.model_generation import missing_classes

from .conftest import REPO

SPEC = """
openapi: 3.1.0
info: {title: Model Stack, version: 1.0.0}
servers: [{url: "https://stack.example.com"}]
paths:
  /orders/{order_id}:
    get:
      operationId: get_order
      tags: [orders]
      parameters:
        - {name: order_id, in: path, required: true, schema: {type: integer}}
        - {name: state, in: query, schema: {type: string, enum: [open, shipped]}}
      responses:
        "200":
          description: The order, described inline.
          content:
            application/json:
              schema:
                type: object
                required: [id, item]
                properties:
                  id: {type: integer}
                  item: {$ref: "#/components/schemas/Item"}
                  shipping:
                    type: object
                    properties:
                      carrier: {type: string}
                      state: {type: string, enum: [open, shipped]}
  /orders:
    post:
      operationId: create_order
      tags: [orders]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [itemName]
              properties:
                itemName: {type: string}
                quantity: {type: integer, default: 1}
                note: {type: string}
                gift: {type: [boolean, "null"]}
      responses:
        "204": {description: Created.}
components:
  schemas:
    Item:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 5}
"""


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("stack")
    (root / "modelstack.yaml").write_text(SPEC)
    problems = render(load_spec(root / "modelstack.yaml", "modelstack"), root / "modelstack-client", REPO / "templates")
    assert problems == []
    sys.path.insert(0, str(root / "modelstack-client"))
    yield importlib.import_module("modelstack_client")
    sys.path.remove(str(root / "modelstack-client"))
    for name in [m for m in sys.modules if m.split(".")[0] == "modelstack_client"]:
        del sys.modules[name]


def _operation(stack: Any, name: str) -> Any:
    return importlib.import_module(f"modelstack_client.api.orders.{name}")


def _client(stack: Any, reply: httpx.Response, seen: list[httpx.Request], **kwargs: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return reply

    return stack.Client(httpx_args={"transport": httpx.MockTransport(handler)}, max_retries=0, **kwargs)


ORDER = {"id": 7, "item": {"name": "lamp"}, "shipping": {"carrier": "post", "state": "shipped"}, "extra": 1}


def test_inline_schemas_are_pydantic_classes_of_the_one_models_module(stack: Any) -> None:
    models = importlib.import_module("modelstack_client.pydantic_models")
    order = _operation(stack, "get_order").sync(7, client=_client(stack, httpx.Response(200, json=ORDER), []))
    assert type(order) is models.GetOrderResponse200 and isinstance(order, pydantic.BaseModel)
    assert type(order.item) is models.Item and type(order.shipping) is models.GetOrderResponse200Shipping
    assert order.shipping.state is models.GetOrderResponse200ShippingState.SHIPPED
    assert order.model_extra == {"extra": 1}  # unknown fields are kept
    assert not (Path(stack.__file__).parent / "models").exists()  # no second (attrs) model set


def test_an_enum_parameter_is_the_pydantic_enum_under_opc_member_names(stack: Any) -> None:
    models = importlib.import_module("modelstack_client.pydantic_models")
    seen: list[httpx.Request] = []
    _operation(stack, "get_order").sync(
        7, client=_client(stack, httpx.Response(200, json=ORDER), seen), state=models.GetOrderState.OPEN
    )
    assert seen[0].url.params["state"] == "open"


def test_a_response_breaking_a_constraint_raises_a_validation_error(stack: Any) -> None:
    body = {**ORDER, "item": {"name": "chandelier"}}  # maxLength 5
    client = _client(stack, httpx.Response(200, json=body), [])
    with pytest.raises(stack.APIResponseValidationError) as caught:
        _operation(stack, "get_order").sync(7, client=client)
    assert (caught.value.pointer, caught.value.reason) == ("/item/name", "unexpected value (string_too_long)")


def test_a_lenient_client_returns_the_refused_body_unvalidated(stack: Any) -> None:
    models = importlib.import_module("modelstack_client.pydantic_models")
    body = {"id": "seven", "item": {"name": "chandelier"}}
    client = _client(stack, httpx.Response(200, json=body), [], lenient=True)
    order = _operation(stack, "get_order").sync(7, client=client)
    assert type(order) is models.GetOrderResponse200 and type(order.item) is models.Item
    assert (order.id, order.item.name) == ("seven", "chandelier")  # as sent
    valid = _operation(stack, "get_order").sync(7, client=_client(stack, httpx.Response(200, json=ORDER), []))
    assert valid.shipping.state is models.GetOrderResponse200ShippingState.SHIPPED  # a valid body is validated


def test_a_request_body_sends_wire_names_defaults_and_explicit_nulls_only(stack: Any) -> None:
    models = importlib.import_module("modelstack_client.pydantic_models")
    seen: list[httpx.Request] = []
    body = models.CreateOrderBody(item_name="lamp", gift=None)
    _operation(stack, "create_order").sync(client=_client(stack, httpx.Response(204), seen), body=body)
    assert json.loads(seen[0].content) == {"itemName": "lamp", "quantity": 1, "gift": None}  # no "note"


def test_a_request_body_is_validated_when_built(stack: Any) -> None:
    models = importlib.import_module("modelstack_client.pydantic_models")
    with pytest.raises(pydantic.ValidationError):
        models.CreateOrderBody(item_name="lamp", quantity="many")


def test_a_class_the_operations_import_but_the_models_lack_is_reported(tmp_path: Path) -> None:
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "op.py").write_text("from ...pydantic_models import Pet, Lost\n")
    assert missing_classes("class Pet:\n    pass\n", tmp_path) == ["Lost"]
