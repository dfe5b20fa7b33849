"""JSON pointers (generator/spec/pointers.py), and a spec whose ``$ref`` is a percent-encoded pointer."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import check
from generator.diffing import diff
from generator.mocking import create_app
from generator.spec.loading import Spec, parse_spec
from generator.spec.pointers import (
    escape_pointer_token,
    join_pointer,
    json_refs,
    last_token,
    parent_pointer,
    pointer_fragment,
    ref_pointer,
    split_pointer,
    unescape_pointer_token,
)

keys = st.text(alphabet=st.sampled_from("~/01%{} aé#?"), max_size=8) | st.text(max_size=8)


@given(st.lists(keys, max_size=5))
def test_tokens_survive_a_join_and_a_split(tokens: list[str]) -> None:
    pointer = join_pointer(tokens)
    assert split_pointer(pointer) == tokens
    assert ref_pointer(pointer_fragment(pointer)) == pointer


@given(keys)
def test_a_token_unescapes_to_what_was_escaped(token: str) -> None:
    assert unescape_pointer_token(escape_pointer_token(token)) == token


def test_tilde_zero_one_is_a_tilde_and_a_one_not_a_slash() -> None:
    assert unescape_pointer_token("~01") == "~1"
    assert escape_pointer_token("~1") == "~01"
    assert split_pointer("/a~1b/~01/~0~1") == ["a/b", "~1", "~/"]


def test_pointer_edges() -> None:
    assert split_pointer("") == []
    assert split_pointer("/") == [""]
    assert join_pointer([0, "x"], "/items") == "/items/0/x"
    assert parent_pointer("/paths/~1pets/get") == "/paths/~1pets"
    assert last_token("/paths/~1pets") == "/pets"
    with pytest.raises(ValueError, match="does not start with '/'"):
        split_pointer("paths")


def test_a_ref_fragment_is_percent_decoded() -> None:
    assert ref_pointer("#/paths/~1pets~1%7Bid%7D/get") == "/paths/~1pets~1{id}/get"
    assert ref_pointer("#/paths/~1pets~1{id}/get") == "/paths/~1pets~1{id}/get"  # unencoded, as specs often are
    assert ref_pointer("#/components/schemas/100%25") == "/components/schemas/100%"
    assert ref_pointer("#/components/schemas/caf%C3%A9") == "/components/schemas/café"
    assert ref_pointer("#") == ""


def test_a_ref_that_is_not_a_local_pointer_has_none() -> None:
    assert ref_pointer("other.yaml#/components/schemas/Pet") is None
    assert ref_pointer("#anchor") is None


def test_a_fragment_encodes_what_a_uri_does_not_allow() -> None:
    assert pointer_fragment("/paths/~1pets~1{id}/get") == "#/paths/~1pets~1%7Bid%7D/get"
    assert pointer_fragment("/components/schemas/100% é") == "#/components/schemas/100%25%20%C3%A9"


ENCODED = """
openapi: 3.1.0
info: {title: Pets, version: 1.0.0}
paths:
  /pets/{id}:
    get:
      operationId: get_pet
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: integer}}, required: [id]}
  /owners/{id}:
    get:
      operationId: get_owner
      parameters:
        - $ref: "#/paths/~1pets~1%7Bid%7D/get/parameters/0"
      responses:
        "200": {$ref: "#/paths/~1pets~1%7Bid%7D/get/responses/200"}
"""


def encoded_spec(text: str = ENCODED) -> Spec:
    return parse_spec(text.encode(), Path("encoded.yaml"), "encoded")


def test_a_percent_encoded_ref_validates() -> None:
    assert [problem for problem in check(encoded_spec()) if problem.severity == "error"] == []


def test_a_percent_encoded_ref_is_followed_by_the_mock() -> None:
    async def get(url: str) -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(encoded_spec(), raise_errors=True))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            return await client.get(url)

    answer = asyncio.run(get("/owners/7"))
    assert answer.status_code == 200
    assert isinstance(answer.json()["id"], int)
    assert asyncio.run(get("/owners/seven")).status_code in {400, 422}


def test_a_percent_encoded_ref_is_followed_by_the_diff() -> None:
    changed = ENCODED.replace("schema: {type: integer}}", "schema: {type: string, format: uuid}}")
    changes = diff(encoded_spec(), encoded_spec(changed))
    owners = [change for change in changes if change.operation == "GET /owners/{id}"]
    assert owners, [str(change) for change in changes]
    assert all(change.pointer.startswith("/paths/~1pets~1{id}/get/parameters/0") for change in owners)


def test_the_references_of_json_text_are_read_unescaped() -> None:
    document = {"a": {"$ref": "#/components/schemas/Pet"}, "b": [{"$ref": '#/x/"quoted"/\u00e9'}], "$refs": "no"}
    assert json_refs(json.dumps(document)) == ["#/components/schemas/Pet", '#/x/"quoted"/\u00e9']
