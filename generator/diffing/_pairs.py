"""Walk two specs side by side and pair up what rules compare: endpoints, parameters, bodies, responses, schemas.

Each pair holds the old and the new node (either may be missing: added or removed). Pairs are plain data; the rules
in ``_rules.py`` and ``_schema_rules.py`` decide what a difference means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..spec.loading import Operation, Spec
from ._nodes import Node, object_properties
from ._sameness import Sameness

Direction = Literal["request", "response"]
Requirement = frozenset[tuple[str, frozenset[str]]]  # one security alternative: {(scheme, scopes), ...}

_MAX_DEPTH = 16  # schema nesting followed before giving up (recursive schemas stop earlier, on a repeat)


@dataclass(frozen=True)
class Pair:
    operation: str
    old: Node | None
    new: Node | None
    identical: bool = field(default=False, kw_only=True)  # nothing in or below either side differs

    @property
    def before(self) -> Mapping[str, Any]:
        return self.old.value if self.old is not None else {}

    @property
    def after(self) -> Mapping[str, Any]:
        return self.new.value if self.new is not None else {}

    @property
    def pointer(self) -> str:
        node = self.new if self.new is not None else self.old
        return node.pointer if node is not None else ""

    def fields(self) -> dict[str, object]:
        """Values the rule messages may use (``{name}``, ``{status}`` ...)."""
        return {}

    @property
    def unchanged(self) -> bool:
        """Nothing a rule on this pair reads differs, so rules need not run (most pairs of a real diff)."""
        return self.identical


@dataclass(frozen=True)
class DocumentPair(Pair):
    pass


@dataclass(frozen=True)
class EndpointPair(Pair):
    path_removed: bool = False  # the whole path is gone, not just this method
    webhook: bool = False  # an operation under ``webhooks``, which the API calls rather than serves
    old_security: frozenset[Requirement] = frozenset()
    new_security: frozenset[Requirement] = frozenset()


@dataclass(frozen=True)
class ParameterPair(Pair):
    location: str = ""
    name: str = ""

    def fields(self) -> dict[str, object]:
        return {"location": self.location, "name": self.name}


@dataclass(frozen=True)
class RequestBodyPair(Pair):
    pass


@dataclass(frozen=True)
class ResponsePair(Pair):
    status: str = ""

    @property
    def success(self) -> bool:
        return self.status.startswith("2")

    def fields(self) -> dict[str, object]:
        return {"status": self.status}


@dataclass(frozen=True)
class MediaPair(Pair):
    direction: Direction = "request"
    status: str = ""
    media_type: str = ""

    def fields(self) -> dict[str, object]:
        return {"status": self.status, "media_type": self.media_type}


@dataclass(frozen=True)
class SchemaPair(Pair):
    """A request or response body schema (``path == ""``) or one property in it: ``a/b``, array items ``a[]``."""

    direction: Direction = "request"
    status: str = ""
    media_type: str = ""
    path: str = ""
    old_required: bool = True
    new_required: bool = True
    parents: tuple[str, ...] = ()  # the pointers of the schemas owning this property (their ``required`` lists)

    @property
    def is_body(self) -> bool:
        return not self.path

    @property
    def unchanged(self) -> bool:
        # schema rules read only this node's own keys (nested schemas are pairs of their own)
        return (
            self.old is not None
            and self.new is not None
            and self.old.value == self.new.value
            and self.old_required == self.new_required
        )

    def fields(self) -> dict[str, object]:
        covers = [f"{parent}/required" for parent in self.parents]  # requiredness lives in the parent's list
        return {"status": self.status, "media_type": self.media_type, "property": self.path, "covers": covers}


@dataclass(frozen=True)
class Pairs:
    document: list[DocumentPair] = field(default_factory=list)
    endpoints: list[EndpointPair] = field(default_factory=list)
    parameters: list[ParameterPair] = field(default_factory=list)
    request_bodies: list[RequestBodyPair] = field(default_factory=list)
    responses: list[ResponsePair] = field(default_factory=list)
    media: list[MediaPair] = field(default_factory=list)
    schemas: list[SchemaPair] = field(default_factory=list)


def pair_up(old: Spec, new: Spec) -> Pairs:
    pairs = Pairs(document=[DocumentPair("", Node(old.document, "", old), Node(new.document, "", new))])
    old_ops, new_ops = _endpoints(old), _endpoints(new)
    new_paths = {key[:2] for key in new_ops}
    sameness = Sameness(old, new)
    for key in sorted(old_ops.keys() | new_ops.keys()):
        was, now = old_ops.get(key), new_ops.get(key)
        op: Operation = now or was  # type: ignore[assignment]  # one of them exists
        label = f"{op.method.upper()} {op.path}" + (" (webhook)" if op.webhook else "")
        endpoint = EndpointPair(
            label,
            _operation_node(old, was),
            _operation_node(new, now),
            path_removed=key[:2] not in new_paths,
            webhook=op.webhook,
            old_security=_security(old, was),
            new_security=_security(new, now),
        )
        pairs.endpoints.append(endpoint)
        if was is not None and now is not None:
            _pair_operation(pairs, label, Sides(old, new, sameness), was, now)
    return pairs


def _endpoints(spec: Spec) -> dict[tuple[bool, str, str], Operation]:
    """Operations keyed by (webhook, path with template names blanked, method): ``/a/{id}`` matches ``/a/{a_id}``."""
    return {(op.webhook, re.sub(r"\{[^}/]*\}", "{}", op.path), op.method): op for op in spec.operations()}


def _operation_node(spec: Spec, op: Operation | None) -> Node | None:
    return Node(op.data, op.pointer, spec) if op is not None else None


def _security(spec: Spec, op: Operation | None) -> frozenset[Requirement]:
    """The operation's security alternatives; no requirement at all is the anonymous alternative ``{}``."""
    if op is None:
        return frozenset()
    declared = op.data.get("security", spec.document.get("security"))
    alternatives = [item for item in declared or [] if isinstance(item, Mapping)] or [{}]
    return frozenset(
        frozenset((str(scheme), frozenset(str(s) for s in scopes or [])) for scheme, scopes in item.items())
        for item in alternatives
    )


@dataclass(frozen=True)
class Sides:
    """The two specs of a diff, and what is known to be identical between them."""

    old: Spec
    new: Spec
    sameness: Sameness


def _pair_operation(pairs: Pairs, label: str, sides: Sides, was: Operation, now: Operation) -> None:
    old, new, same = sides.old, sides.new, sides.sameness.identical
    old_params, new_params = _parameters(old, was), _parameters(new, now)
    for key in sorted(old_params.keys() | new_params.keys()):
        was_param, now_param = old_params.get(key), new_params.get(key)
        pairs.parameters.append(ParameterPair(label, was_param, now_param, *key, identical=same(was_param, now_param)))
    old_op, new_op = Node(was.data, was.pointer, old), Node(now.data, now.pointer, new)
    old_body, new_body = old_op.child("requestBody"), new_op.child("requestBody")
    if old_body is not None or new_body is not None:
        pairs.request_bodies.append(RequestBodyPair(label, old_body, new_body, identical=same(old_body, new_body)))
    if old_body is not None and new_body is not None and not pairs.request_bodies[-1].identical:
        _pair_content(pairs, label, sides.sameness, ("request", ""), old_body, new_body)
    old_responses, new_responses = old_op.children("responses"), new_op.children("responses")
    for status in sorted(old_responses.keys() | new_responses.keys()):
        old_response, new_response = old_responses.get(status), new_responses.get(status)
        response = ResponsePair(label, old_response, new_response, status, identical=same(old_response, new_response))
        pairs.responses.append(response)
        if old_response is not None and new_response is not None and not response.identical:
            _pair_content(pairs, label, sides.sameness, ("response", status), old_response, new_response)


def _parameters(spec: Spec, op: Operation) -> dict[tuple[str, str], Node]:
    """Path-item parameters overridden by the operation's own, keyed by (in, name); header names are case-blind."""
    item_pointer = op.item_pointer
    found: dict[tuple[str, str], Node] = {}
    for container, pointer in ((op.path_item, item_pointer), (op.data, op.pointer)):
        for index, raw in enumerate(container.get("parameters") or []):
            node = Node.at(spec, raw, f"{pointer}/parameters/{index}")
            if node is None:
                continue
            location, name = str(node.value.get("in", "")), str(node.value.get("name", ""))
            found[(location, name.lower() if location == "header" else name)] = node
    return found


def _pair_content(
    pairs: Pairs, label: str, sameness: Sameness, where: tuple[Direction, str], old: Node, new: Node
) -> None:
    direction, status = where
    old_media, new_media = old.children("content"), new.children("content")
    for media_type in sorted(old_media.keys() | new_media.keys()):
        was, now = old_media.get(media_type), new_media.get(media_type)
        media = MediaPair(label, was, now, direction, status, media_type, identical=sameness.identical(was, now))
        pairs.media.append(media)
        if media.identical:
            continue  # an identical schema below: every schema pair would be unchanged
        # A sequential media type's itemSchema (OpenAPI 3.2) is the body of each item: compared as a body is.
        for key in ("schema", "itemSchema"):
            old_schema = was.child(key) if was is not None else None
            new_schema = now.child(key) if now is not None else None
            if old_schema is not None and new_schema is not None:
                root = SchemaPair(label, unwrap(old_schema), unwrap(new_schema), direction, status, media_type)
                pairs.schemas.extend(_schema_pairs(root, sameness, frozenset(), 0))


def _schema_pairs(
    pair: SchemaPair, sameness: Sameness, seen: frozenset[tuple[str, str]], depth: int
) -> Iterator[SchemaPair]:
    """``pair`` itself, then its properties, array items and sub-schemas, recursively, while both sides exist
    and differ somewhere below (an identical subtree holds only unchanged pairs, which no rule reads)."""
    yield pair
    old, new = pair.old, pair.new
    if old is None or new is None or depth >= _MAX_DEPTH or (old.pointer, new.pointer) in seen:
        return
    if sameness.identical(old, new):
        return
    seen = seen | {(old.pointer, new.pointer)}
    for suffix, old_sub, new_sub in _sub_schemas(old, new):
        nested = _nested(pair, f"{pair.path}{suffix}", old_sub, new_sub, True, True)
        yield from _schema_pairs(nested, sameness, seen, depth + 1)
    if is_wrapped_in_one_of(old, new):
        return  # the properties moved into the branches: one wrapped-in-one-of finding, not one per property
    old_props, old_required = _visible_properties(old, pair.direction)
    new_props, new_required = _visible_properties(new, pair.direction)
    for name in sorted(old_props.keys() | new_props.keys()):
        path = f"{pair.path}/{name}" if pair.path else name
        child = _nested(
            pair, path, old_props.get(name), new_props.get(name), name in old_required, name in new_required
        )
        yield from _schema_pairs(child, sameness, seen, depth + 1)


_SUB_SCHEMA = ("items", "not", "if", "then", "else", "contains", "propertyNames", "additionalProperties",
               "unevaluatedItems", "unevaluatedProperties", "contentSchema")  # fmt: skip
_SUB_SCHEMA_LISTS = ("anyOf", "oneOf", "prefixItems")
_SUB_SCHEMA_MAPS = ("patternProperties", "dependentSchemas")


def _sub_schemas(old: Node, new: Node) -> Iterator[tuple[str, Node, Node]]:
    """Sub-schemas present on both sides, with the suffix naming them in a property path (``[]`` for items)."""
    for keyword in _SUB_SCHEMA:
        old_sub, new_sub = old.child(keyword), new.child(keyword)
        if old_sub is not None and new_sub is not None:
            yield ("[]" if keyword == "items" else f"/{keyword}"), unwrap(old_sub), unwrap(new_sub)
    for keyword in _SUB_SCHEMA_LISTS:
        old_keys, new_keys = _list_keys(old, keyword), _list_keys(new, keyword)
        for key in sorted(old_keys.keys() & new_keys.keys()):
            old_sub, new_sub = old.child(keyword, old_keys[key]), new.child(keyword, new_keys[key])
            if old_sub is not None and new_sub is not None:
                yield f"/{keyword}[{key}]", unwrap(old_sub), unwrap(new_sub)
    for keyword in _SUB_SCHEMA_MAPS:
        old_map, new_map = old.children(keyword), new.children(keyword)
        for key in sorted(old_map.keys() & new_map.keys()):
            yield f"/{keyword}[{key}]", unwrap(old_map[key]), unwrap(new_map[key])


def _list_keys(node: Node, keyword: str) -> dict[str, int]:
    """Branches of a list keyword keyed by their ``$ref`` (so reordering matches them) or else their position."""
    raw = node.value.get(keyword)
    keys: dict[str, int] = {}
    for index, branch in enumerate(raw if isinstance(raw, list) else []):
        ref = branch.get("$ref") if isinstance(branch, Mapping) else None
        keys[ref if isinstance(ref, str) else str(index)] = index
    return keys


def _nested(
    parent: SchemaPair, path: str, old: Node | None, new: Node | None, old_required: bool, new_required: bool
) -> SchemaPair:
    parents = tuple(node.pointer for node in (parent.old, parent.new) if node is not None)
    old, new = (unwrap(node) if node is not None else None for node in (old, new))
    return SchemaPair(
        parent.operation,
        old,
        new,
        parent.direction,
        parent.status,
        parent.media_type,
        path,
        old_required,
        new_required,
        parents,
    )


def unwrap(node: Node) -> Node:
    """The schema a wrapper stands for: ``oneOf: [X]`` is X and ``oneOf: [X, {type: 'null'}]`` a nullable X."""
    for keyword in ("oneOf", "anyOf", "allOf"):
        branches = node.value.get(keyword)
        if not isinstance(branches, list) or set(node.value) - _WRAPPER_KEYS - {keyword}:
            continue
        resolved = [node.child(keyword, index) for index in range(len(branches))]
        kept = [branch for branch in resolved if branch is not None and branch.value.get("type") != "null"]
        if len(kept) == 1 and len(resolved) <= 2 and (len(resolved) == 1 or keyword != "allOf"):
            nullable = len(resolved) == 2 or node.value.get("nullable") is True
            value = {**kept[0].value, "nullable": True} if nullable else kept[0].value
            return Node(value, kept[0].pointer, node.spec)
    return node


_WRAPPER_KEYS = frozenset({"description", "title", "example", "examples", "nullable", "deprecated", "x-doc-note"})


def is_wrapped_in_one_of(old: Node, new: Node) -> bool:
    """An object schema whose properties moved into the branches of a new ``oneOf`` (oasdiff issue #702)."""
    branches = new.value.get("oneOf")
    return (
        "oneOf" not in old.value
        and "properties" in old.value
        and "properties" not in new.value
        and isinstance(branches, list)
        and len(branches) > 1
    )


def _visible_properties(node: Node, direction: Direction) -> tuple[dict[str, Node], frozenset[str]]:
    """Properties that travel in ``direction``: ``readOnly`` ones are not sent, ``writeOnly`` ones never come back."""
    hidden = "readOnly" if direction == "request" else "writeOnly"
    properties, required = object_properties(node)
    return {name: prop for name, prop in properties.items() if prop.value.get(hidden) is not True}, required
