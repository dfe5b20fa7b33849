"""OpenAPI discriminators: which tag names each branch of a ``oneOf`` / ``anyOf``, and where a spec forbids it.

A branch is named by its key in the discriminator's ``mapping`` or, failing that, by the name of the schema it
references (the implicit mapping). Vendors often tag with a lower-case enum instead (exavault's ``Account``
branch takes ``type: account``, PagerDuty's runner bodies take ``runner_type: sidecar``): no value can then carry
both the tag the discriminator names and one the branch's own schema allows. A tool that reads the
discriminator (Schemathesis pins the tag when it generates, and checks it in responses) can then generate no
value at all, or fails every valid one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .loading import Spec
from .pointers import escape_pointer_token, last_token, ref_pointer

_MAX_DEPTH = 16


@dataclass(frozen=True)
class Contradiction:
    """A discriminator (at ``pointer``) naming a branch by a tag the branch's own schema does not allow."""

    pointer: str
    branch: str  # the branch's $ref
    tag: str
    allowed: tuple[str, ...]

    def message(self, property_name: str) -> str:
        shown = ", ".join(repr(value) for value in self.allowed)
        return (
            f"the discriminator names {self.branch} by {property_name} {self.tag!r}, which that schema does not "
            f"allow (only {shown}); no value can satisfy both"
        )


def branch_tag(discriminator: Mapping[str, Any], branch: Any) -> str | None:
    """The tag naming ``branch`` (a ``$ref``): its ``mapping`` key, else the referenced schema's name; None for an
    inline branch."""
    ref = branch.get("$ref") if isinstance(branch, Mapping) else None
    pointer = ref_pointer(ref) if isinstance(ref, str) else None
    if not isinstance(ref, str) or not pointer:
        return None
    mapping = discriminator.get("mapping")
    for tag, target in mapping.items() if isinstance(mapping, Mapping) else ():
        if target == ref or (isinstance(target, str) and "/" not in target and last_token(pointer) == target):
            return str(tag)
    return last_token(pointer)


def tag_literals(spec: Spec, schema: Any, property_name: str, depth: int = 0) -> frozenset[str] | None:
    """The values ``schema`` allows for ``property_name`` when it spells them out (``enum`` / ``const``, through
    ``$ref``s and ``allOf`` parts); None when it does not constrain them."""
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return None
    properties = schema.get("properties")
    found = _literals(spec, properties.get(property_name)) if isinstance(properties, Mapping) else None
    for part in schema.get("allOf") or []:
        more = tag_literals(spec, part, property_name, depth + 1)
        if more is not None:
            found = more if found is None else found & more
    return found


def _literals(spec: Spec, schema: Any) -> frozenset[str] | None:
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping):
        return None
    if "const" in schema:
        return frozenset({str(schema["const"])})
    enum = schema.get("enum")
    return frozenset(str(value) for value in enum if value is not None) if isinstance(enum, list) else None


def contradictions(spec: Spec) -> Iterator[tuple[str, str, Contradiction]]:
    """(pointer of the discriminator's schema, property name, contradiction) for every branch of every
    ``oneOf`` / ``anyOf`` whose discriminator tag its own schema forbids, in document order."""
    yield from _walk(spec, spec.document, "")


def _walk(spec: Spec, node: Any, pointer: str) -> Iterator[tuple[str, str, Contradiction]]:
    if isinstance(node, Mapping):
        yield from _own(spec, node, pointer)
        for key, value in node.items():
            yield from _walk(spec, value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(spec, value, f"{pointer}/{index}")


def _own(spec: Spec, node: Mapping[str, Any], pointer: str) -> Iterator[tuple[str, str, Contradiction]]:
    discriminator = node.get("discriminator")
    name = discriminator.get("propertyName") if isinstance(discriminator, Mapping) else None
    if not isinstance(discriminator, Mapping) or not isinstance(name, str):
        return
    for keyword in ("oneOf", "anyOf"):
        for branch in node.get(keyword) or []:
            tag = branch_tag(discriminator, branch)
            allowed = tag_literals(spec, branch, name) if tag is not None else None
            if tag is not None and allowed is not None and tag not in allowed:
                yield pointer, name, Contradiction(pointer, str(branch["$ref"]), tag, tuple(sorted(allowed)))
