"""The mock on what large vendor specs (GitHub's) contain: same-shaped templates routed by method, encoded
slashes in parameter values, resources deleted by operations that declare no 404, big bodies written into
property by property."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.mocking import create_app
from generator.mocking._fields import independent_fields
from generator.mocking._routing import Router
from generator.spec.loading import load_spec, template_shape
from generator.spec.schemas import Schemas, overlay

ATTESTATIONS = """
openapi: 3.1.0
info: {title: Attestations, version: 1.0.0}
paths:
  /orgs/{org}/attestations/{attestation_id}:
    delete:
      operationId: delete-by-id
      parameters:
        - {name: org, in: path, required: true, schema: {type: string}}
        - {name: attestation_id, in: path, required: true, schema: {type: integer}}
      responses: {"204": {description: gone}}
  /orgs/{org}/attestations/{subject_digest}:
    get:
      operationId: list-by-digest
      parameters:
        - {name: org, in: path, required: true, schema: {type: string}}
        - {name: subject_digest, in: path, required: true, schema: {type: string, pattern: "^sha256:"}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {digest: {type: string}}}}}
  /repos/{repo}/git/ref/{ref}:
    get:
      operationId: get-ref
      parameters:
        - {name: repo, in: path, required: true, schema: {type: string}}
        - {name: ref, in: path, required: true, schema: {type: string, pattern: "^heads/"}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {ref: {type: string}}}}}
  /labels:
    post:
      requestBody:
        content: {application/json: {schema: {$ref: "#/components/schemas/Label"}}}
      responses:
        "201": {description: made, content: {application/json: {schema: {$ref: "#/components/schemas/Label"}}}}
  /labels/{name}:
    parameters: [{name: name, in: path, required: true, schema: {type: string}}]
    patch:
      requestBody:
        content: {application/json: {schema: {$ref: "#/components/schemas/Label"}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Label"}}}}
    delete:
      responses: {"204": {description: gone}}
  /notes/{note_id}:
    parameters: [{name: note_id, in: path, required: true, schema: {type: integer}}]
    get:
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
        "404": {description: missing}
    delete:
      responses: {"204": {description: gone}}
components:
  schemas:
    Label:
      type: object
      properties: {name: {type: string}, color: {type: string}}
"""


class Client:
    """Synchronous calls into the app in-process; the path is sent as written (``%2F`` stays encoded)."""

    def __init__(self, app: Any) -> None:
        self._transport = httpx.ASGITransport(app=app)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            async with httpx.AsyncClient(transport=self._transport, base_url="http://mock") as client:
                return await client.request(method, path, **kwargs)

        return asyncio.run(send())

    def get(self, path: str) -> httpx.Response:
        return self.request("GET", path)

    def put(self, path: str) -> httpx.Response:
        return self.request("PUT", path)

    def patch(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str) -> httpx.Response:
        return self.request("DELETE", path)


@pytest.fixture
def client(tmp_path: Path) -> Client:
    path = tmp_path / "attestations.yaml"
    path.write_text(ATTESTATIONS)
    return Client(create_app(load_spec(path), raise_errors=True))


def test_same_shaped_templates_are_routed_by_method(client: Client) -> None:
    assert client.delete("/orgs/acme/attestations/42").status_code == 204
    read = client.get("/orgs/acme/attestations/sha256:abc")
    assert read.status_code == 200
    assert client.get("/orgs/acme/attestations/md5:abc").status_code == 422  # the GET template's own parameter
    assert client.delete("/orgs/acme/attestations/forty-two").status_code == 422  # the DELETE one's integer
    refused = client.put("/orgs/acme/attestations/42")
    assert refused.status_code == 405
    assert refused.headers["allow"] == "GET, DELETE, HEAD, OPTIONS"  # the methods of both templates


def test_an_encoded_slash_stays_inside_its_parameter(client: Client) -> None:
    assert client.get("/repos/r/git/ref/heads%2Fmain").status_code == 200  # pattern ^heads/ holds: one value
    assert client.get("/repos/r/git/ref/heads/main").status_code == 404  # a real slash is another segment


def test_a_deleted_resource_is_gone_whether_or_not_the_operation_declares_404(client: Client) -> None:
    assert client.delete("/labels/bug").status_code == 204
    assert client.patch("/labels/bug", json={"color": "red"}).status_code == 404  # undeclared: the spec's gap
    assert client.delete("/notes/7").status_code == 204
    assert client.get("/notes/7").status_code == 404  # declared: the deletion shows


def test_router_picks_among_same_shaped_templates_with_fits() -> None:
    router = Router("/v1", {"/a/{id}": "by-id", "/a/{digest}": "by-digest", "/a/{id}/b": "deeper"})
    assert router.match("/v1/a/x", fits=lambda target: target == "by-digest") == ("by-digest", {"digest": "x"})
    assert router.match("/v1/a/x", fits=lambda target: False) == ("by-id", {"id": "x"})  # none fits: the first
    assert router.match("/v1/a/x") == ("by-id", {"id": "x"})
    assert template_shape("/a/{id}/b") == template_shape("/a/{other}/b") == "/a/{}/b"


def test_router_splits_the_raw_path_only_around_real_slashes() -> None:
    router = Router("/v1", {"/refs/{ref}": "ref", "/refs/{a}/{b}": "pair", "/refs/heads/main": "static"})
    assert router.match("/v1/refs/heads/main", b"/v1/refs/heads%2Fmain") == ("ref", {"ref": "heads/main"})
    assert router.match("/v1/refs/heads/main", b"/v1/refs/heads/main") == ("static", {})
    assert router.match("/v1/refs/x/y", b"/v1/refs/x/y") == ("pair", {"a": "x", "b": "y"})
    assert router.match("/v2/refs/a/b", b"/v2/refs/a%2Fb") is None  # outside the base path
    assert router.match("/v1/refs/caf\u00e9/x", b"/v1/refs/caf%C3%A9%2Fx") == ("ref", {"ref": "caf\u00e9/x"})


FIELDS = """
openapi: 3.1.0
info: {title: Fields, version: 1.0.0}
paths: {}
components:
  schemas:
    Issue:
      $ref: "#/components/schemas/IssueBody"
      description: an alias, followed
    IssueBody:
      type: object
      required: [id]
      additionalProperties: false
      x-vendor: ignored
      properties:
        id: {type: integer, minimum: 1}
        state: {type: string, enum: [open, closed]}
        user: {$ref: "#/components/schemas/User"}
    User:
      type: object
      properties: {login: {type: string}}
    Related:
      type: object
      properties: {a: {type: string}, b: {type: string}}
      dependentRequired: {a: [b]}
    Either:
      oneOf: [{$ref: "#/components/schemas/User"}, {type: object}]
"""


def test_independent_fields_check_each_new_value_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "fields.yaml"
    path.write_text(FIELDS)
    schemas = Schemas(load_spec(path))
    fields = independent_fields(schemas, "/components/schemas/Issue", "response")
    assert fields is not None and fields.pointer == "/components/schemas/IssueBody"
    base = {"id": 1, "state": "open"}
    updates = {"id": 0, "state": "closed", "user": {"login": "octo"}, "extra": 1, "other": {"login": 5}}
    assert fields.overlay(base, updates) == {"id": 1, "state": "closed", "user": {"login": "octo"}}
    assert fields.overlay(base, {"user": {"login": 5}}) == base  # a referenced schema is checked too
    full = overlay(schemas.validator("/components/schemas/Issue", "response"), base, updates)
    assert fields.overlay(base, updates) == full  # same answer as validating the whole object
    for related in ("Related", "Either", "User/properties/login"):  # properties tied together, or no object
        assert independent_fields(schemas, f"/components/schemas/{related}", "response") is None


def test_swagger_ui_view_is_made_on_request_and_leaves_the_spec_alone(client: Client) -> None:
    view = client.get("/_mock/openapi-ui.json").json()
    assert view["openapi"] == "3.0.3" and view["servers"] == [{"url": "/", "description": "this mock"}]
    assert client.get("/_mock/openapi.json").json()["openapi"] == "3.1.0"
