"""JSON Schema plumbing shared by example validation and the mock server.

Schemas are checked in place, by JSON pointer into the spec document: one ``referencing`` registry holds the
document under :data:`SPEC_URI`, so every ``$ref`` resolves as the spec wrote it. :data:`FORMAT_CHECKER` is
jsonschema's own plus the OpenAPI integer formats, which jsonschema does not know, with jsonschema-rs' verdict
(Schemathesis') added on the string formats it checks.

:data:`Validator` is Draft 2020-12 with ECMA-262 regexes: OpenAPI patterns are written for JavaScript
(``\\p{L}``, ``\\d`` meaning ASCII digits); Python's ``re`` rejects some of them and jsonschema would crash.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Iterator
from typing import Any

import regex
from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .loading import Spec
from .pointers import pointer_fragment

SPEC_URI = "urn:apigen:spec"

# Draft 2020-12's formats, as Schemathesis checks them (a bare FormatChecker() takes draft 3's ``time``, which
# refuses RFC 3339's "12:00:00Z" and accepts "09:00:00": the mock then served what the fuzzer calls a violation).
FORMAT_CHECKER: FormatChecker = copy.deepcopy(Draft202012Validator.FORMAT_CHECKER)
# A server rejects 2**63 for an int64 id, so an example or a mocked request holding it must be rejected too.
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _in_range(name: str) -> Callable[[object], bool]:
    low, high = _INT_RANGES[name]
    return lambda value: not isinstance(value, int) or isinstance(value, bool) or low <= value <= high


for _name in _INT_RANGES:
    FORMAT_CHECKER.checks(_name)(_in_range(_name))

# String formats Schemathesis checks with jsonschema-rs, which is stricter than jsonschema on some: jsonschema
# takes any string with an "@" for an email (SendGrid's example of 70 characters before the "@", which the mock
# served and the fuzzer called a violation) and has no hostname check without an optional package. A value is
# of such a format when both accept it, so the mock serves nothing the fuzzer (or a strict client) refuses.
RUST_CHECKED_FORMATS: tuple[str, ...] = ("date", "date-time", "time", "duration", "email", "idn-email", "hostname")
RUST_CHECKED_FORMATS += ("idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uuid")
RUST_CHECKED_FORMATS += ("uri-template", "json-pointer", "relative-json-pointer")


def _also_rust_checked(name: str) -> None:
    import jsonschema_rs

    rust = jsonschema_rs.validator_for({"format": name}, validate_formats=True)
    own, raises = FORMAT_CHECKER.checkers.get(name, (lambda _value: True, ()))

    def check(value: object) -> bool:
        return bool(own(value)) and rust.is_valid(value)

    FORMAT_CHECKER.checks(name, raises)(check)


for _name in RUST_CHECKED_FORMATS:
    _also_rust_checked(_name)


def spec_registry(spec: Spec) -> Registry[Any]:
    """A registry holding ``spec``'s document at :data:`SPEC_URI` (``{"$ref": f"{SPEC_URI}#/pointer"}``)."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(dict(spec.document), DRAFT202012)
    )
    return registry


def schema_ref(pointer: str) -> dict[str, str]:
    """A schema that is the one at ``pointer`` in the spec (resolved through :func:`spec_registry`)."""
    return {"$ref": SPEC_URI + pointer_fragment(pointer)}


@functools.lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> regex.Pattern[str] | None:
    """``pattern`` compiled with the ``regex`` module (Unicode properties included); None when not even it can."""
    try:
        return regex.compile(pattern)
    except (regex.error, RecursionError):
        return None


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    compiled = compile_pattern(pattern)
    if compiled is not None and validator.is_type(instance, "string") and not compiled.search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _is_regex(value: object) -> bool:
    return not isinstance(value, str) or compile_pattern(value) is not None


FORMAT_CHECKER.checks("regex")(_is_regex)
Validator: type[Draft202012Validator] = validators.extend(Draft202012Validator, {"pattern": _pattern})
