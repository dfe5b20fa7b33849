"""Which operations create, read, update and delete one resource, and what a read must show afterwards.

The roles come from the mock's inference (``/things`` + ``/things/{id}`` path patterns, the id field named by
the create response's ``links`` or by naming conventions), so fuzzing and the mock agree on what a resource
is. The comparisons are deliberately lenient: a read must repeat only the scalar fields the client sent *and*
the write response acknowledged unchanged, and only values the read's schema can hold, so a server that
normalises a value (case, whitespace, defaults, ``approve`` -> ``approved``) is not reported; a server that
forgets or drops a value is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..spec.loading import Spec
from ..spec.resources import Role, infer_roles
from ..spec.schema_walk import flagged_properties
from ..spec.schemas import Schemas

_SCALARS = (str, int, float, bool)
_GONE_CODES = frozenset({"404", "410", "4XX", "default"})
UPDATE_KINDS = ("replace", "merge")
# How the Schemathesis process running the checks learns the spec and whether the walk may write.
SPEC_VARIABLE = "APIGEN_FUZZ_CRUD_SPEC"
WALK_VARIABLE = "APIGEN_FUZZ_CRUD_WALK"


@dataclass(frozen=True)
class CrudPlan:
    """Roles by (method, path) and, per item template, the operation playing each role."""

    roles: Mapping[tuple[str, str], Role]
    by_item: Mapping[tuple[str, str], tuple[str, str]]  # (item template, kind) -> (method, path)
    update_bodies: Mapping[tuple[str, str], tuple[str, Any]]  # (method, path) -> (media type, example body)
    # Reads that can answer "gone" within their contract (a 404 or 410, a 4XX range or a default response):
    # a read declaring none of them keeps answering 2xx after a delete, and that is not a server's fault.
    can_say_gone: frozenset[tuple[str, str]] = frozenset()
    read_schemas: Mapping[tuple[str, str], tuple[Any, ...]] = field(default_factory=dict)  # 2xx JSON schemas
    schemas: Schemas | None = None
    update_schemas: Mapping[tuple[str, str], Any] = field(default_factory=dict)  # the update bodies' schemas
    write_schemas: Mapping[tuple[str, str], Any] = field(default_factory=dict)  # create/update JSON body schemas

    def update_body(self, target: tuple[str, str], role: Role, current: Any) -> tuple[str, Any] | None:
        """``target``'s documented update, changed where it would write back what ``current`` (the item as
        created) already holds: vendors' update examples often repeat their create examples, and an update
        that changes nothing cannot show that a server ignored it. A changed value must fit the request
        schema; the field that identifies the item is left alone."""
        found = self.update_bodies.get(target)
        if found is None or self.schemas is None or not isinstance(current, Mapping):
            return found
        media_type, body = found
        properties = self.schemas.properties(self.update_schemas.get(target))
        changed = dict(body)
        for name, value in body.items():
            schema = properties.get(name)
            if (
                name in (role.id_field, role.item.param)
                or schema is None
                or name not in current
                or not _same(current[name], value)
            ):
                continue
            fitting = (v for v in _variants(value, schema) if self.schemas.example_fits(v, schema, "request"))
            changed[name] = next(fitting, value)
        return media_type, changed

    def holdable(self, read: tuple[str, str], fields: Mapping[str, Any]) -> dict[str, Any]:
        """The ``fields`` whose value ``read``'s answer may hold: a value its schema refuses (a state enum:
        ``approve`` sent, ``approved`` read) was necessarily normalised by the server, not forgotten."""
        if self.schemas is None:
            return dict(fields)
        properties: dict[str, Any] = {}
        for schema in self.read_schemas.get(read, ()):
            properties.update(self.schemas.properties(schema))
        fits = self.schemas.example_fits
        return {k: v for k, v in fields.items() if k not in properties or fits(v, properties[k])}

    def readable(self, write: tuple[str, str], read: tuple[str, str], fields: Mapping[str, Any]) -> dict[str, Any]:
        """The ``fields`` written by ``write`` that ``read`` must show: not a writeOnly field (a password), not
        a readOnly one the client had no say in, not one the read's schema does not declare (when it declares
        any), and only values that schema can hold (:meth:`holdable`). A flag counts as JSON Schema reads it: said
        by the property or any ``allOf`` part of it or of its object, references followed (as the mock reads it)."""
        if self.schemas is None:
            return dict(fields)
        resolve = self.schemas.resolve
        written = self.write_schemas.get(write)
        unshown = flagged_properties(written, resolve, "writeOnly") | flagged_properties(written, resolve, "readOnly")
        shown: dict[str, Any] = {}
        for schema in self.read_schemas.get(read, ()):
            shown.update(self.schemas.properties(schema))
            unshown |= flagged_properties(schema, resolve, "writeOnly")
        kept = {name: value for name, value in fields.items() if name not in unshown and (not shown or name in shown)}
        return self.holdable(read, kept)

    def reads_object(self, read: tuple[str, str]) -> bool:
        """Whether ``read``'s 2xx JSON schemas declare an object (properties, or ``type: object``)."""
        if self.schemas is None:
            return False
        for schema in self.read_schemas.get(read, ()):
            resolved = self.schemas.resolve(schema)
            if self.schemas.properties(schema) or (isinstance(resolved, Mapping) and resolved.get("type") == "object"):
                return True
        return False

    def role(self, method: str, path: str) -> Role | None:
        return self.roles.get((method.lower(), path))

    def operation(self, role: Role, kind: str) -> tuple[str, str] | None:
        return self.by_item.get((role.item.template, kind))


def crud_plan(spec: Spec) -> CrudPlan:
    operations = list(spec.operations(webhooks=False))
    schemas = Schemas(spec)
    roles = infer_roles(spec, schemas, operations)
    by_item = {(role.item.template, role.kind): key for key, role in roles.items()}
    bodies, body_schemas, gone, reads, writes = {}, {}, set(), {}, {}
    for op in operations:
        role = roles.get((op.method, op.path))
        if role is not None and role.kind in ("create", *UPDATE_KINDS):
            writes[(op.method, op.path)] = _json_body_schema(spec, op.data.get("requestBody"))
        if role is not None and role.kind in UPDATE_KINDS:
            example = _json_example(spec, op.data.get("requestBody"))
            if example is not None:
                bodies[(op.method, op.path)] = example
                body_schemas[(op.method, op.path)] = _body_schema(spec, op.data.get("requestBody"), example[0])
        if role is not None and role.kind == "read":
            if _GONE_CODES & set(map(str, op.data.get("responses") or {})):
                gone.add((op.method, op.path))
            reads[(op.method, op.path)] = _success_schemas(spec, op.data.get("responses"))
    return CrudPlan(roles, by_item, bodies, frozenset(gone), reads, schemas, body_schemas, writes)


def _json_body_schema(spec: Spec, body: Any) -> Any:
    content = (spec.resolve(body) or {}).get("content") or {}
    return next((_body_schema(spec, body, str(m)) for m in content if "json" in str(m)), None)


def _body_schema(spec: Spec, body: Any, media_type: str) -> Any:
    entry = spec.resolve(((spec.resolve(body) or {}).get("content") or {}).get(media_type)) or {}
    return entry.get("schema")


def _variants(value: Any, schema: Mapping[str, Any]) -> list[Any]:
    """Other values than ``value`` to try in its place: the schema's own choices first, then its type's."""
    choices = [v for v in schema.get("enum") or () if not _same(v, value)]
    if isinstance(value, bool):
        return [*choices, not value]
    if isinstance(value, int | float):
        return [*choices, value + 1, value - 1]
    if isinstance(value, str):
        return [*choices, f"{value} (updated)", "updated"]
    return choices


def _success_schemas(spec: Spec, responses: Any) -> tuple[Any, ...]:
    """The JSON schemas of an operation's 2xx responses."""
    found = []
    for code, response in (responses or {}).items():
        if str(code).startswith("2"):
            for media_type, entry in ((spec.resolve(response) or {}).get("content") or {}).items():
                schema = (spec.resolve(entry) or {}).get("schema")
                if "json" in str(media_type) and schema is not None:
                    found.append(schema)
    return tuple(found)


def _json_example(spec: Spec, body: Any) -> tuple[str, Any] | None:
    """The request body's documented JSON object example: a valid update the walk can send."""
    content = (spec.resolve(body) or {}).get("content") or {}
    for media_type, entry in content.items():
        entry = spec.resolve(entry) or {}
        if "json" not in str(media_type):
            continue
        examples = [entry.get("example")] + [
            (spec.resolve(e) or {}).get("value") for e in (entry.get("examples") or {}).values()
        ]
        found = next((e for e in examples if isinstance(e, Mapping) and e), None)
        if found is not None:
            return str(media_type), dict(found)
    return None


def resource_id(role: Role, body: Any) -> Any:
    """The created item's id from the create response body, when the role names the field and it is a scalar."""
    if role.id_field is None or not isinstance(body, Mapping):
        return None
    value = body.get(role.id_field)
    return value if isinstance(value, _SCALARS) and not isinstance(value, bool) else None


def expected_fields(sent: Any, acknowledged: Any) -> dict[str, Any]:
    """Scalar fields of the sent object a later read must repeat.

    When the write answered with an object, only fields it echoed with the value sent count (what the server
    confirmed it stored); without a body (204), every scalar field sent counts.
    """
    if not isinstance(sent, Mapping):
        return {}
    scalars = {str(k): v for k, v in sent.items() if isinstance(v, _SCALARS)}
    if not isinstance(acknowledged, Mapping):
        return scalars
    return {k: v for k, v in scalars.items() if k in acknowledged and _same(acknowledged[k], v)}


def mismatches(expected: Mapping[str, Any], read: Any, *, object_read: bool = True) -> list[str]:
    """``field: sent X, read Y`` for every expected field the read body lacks or contradicts.

    A read that is not a JSON object shows nothing written: a failure when the read documents an object
    (``object_read``), else (no schema, or one of another shape) other checks judge its shape."""
    if not isinstance(read, Mapping):
        wrong = object_read and expected
        return [f"the read is not a JSON object, so it shows none of {sorted(expected)}"] if wrong else []
    problems = []
    for name, value in sorted(expected.items()):
        if name not in read:
            problems.append(f"{name}: sent {value!r}, missing from the read")
        elif not _same(read[name], value):
            problems.append(f"{name}: sent {value!r}, read {read[name]!r}")
    return problems


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return bool(a == b)
