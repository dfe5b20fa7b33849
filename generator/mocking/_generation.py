"""Values made up from JSON Schemas: deterministic for a seed, valid by construction where possible.

Static mode (the default, like Prism's) prefers what the schema documents (``examples``, ``example``,
``default``, the first ``enum`` member) and otherwise the smallest value satisfying the constraints.
Dynamic mode draws from a seeded ``random.Random`` instead. Callers validate the result; a schema this
cannot satisfy (an unusual ``pattern`` or ``not``) is retried in dynamic mode by :func:`generate_valid`.
"""

from __future__ import annotations

import base64
import copy
import functools
import math
import random
import re
import string
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from jsonschema import Draft202012Validator

from ..spec.discriminators import branch_tag
from ..spec.json_schema import compile_pattern
from ..spec.schema_walk import flag_applies
from ..spec.schemas import Direction, Schemas

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

_MAX_DEPTH = 8
_PRINTABLE_ASCII = "".join(map(chr, range(32, 127)))  # what a drawn pattern sample is made of

_STATIC_FORMATS: dict[str, str] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri-reference": "https://example.com/",
    "uri-template": "https://example.com/{id}",
    "json-pointer": "/example",
    "relative-json-pointer": "0",
    "regex": "^example$",
    "byte": base64.b64encode(b"example").decode(),
    "binary": "",
    "password": "mock-password",
}


# Keywords a made-up scalar can break though made for them: an unmatchable pattern, a format beside a pattern, a
# combination (a format alone is not checked: each format's static value fits it, and most strings have one).
_UNSURE = frozenset({"pattern", "allOf", "anyOf", "oneOf", "not"})
# Values of every JSON type: one of them breaks a property typed otherwise (see Generator._excluding_others).
_OFF_TYPE_VALUES: tuple[Any, ...] = (12345, "x", False, [], {}, None, 0.5)


class Generator:
    """Builds one value per call; ``rng`` set means dynamic mode."""

    def __init__(self, schemas: Schemas, direction: Direction, rng: random.Random | None = None) -> None:
        self._schemas = schemas
        self._direction = direction
        self._skip_flag = "readOnly" if direction == "request" else "writeOnly"
        self._rng = rng

    def value(self, schema: Any, depth: int = 0) -> Any:
        schema = self._schemas.resolve(schema)
        if not isinstance(schema, Mapping):
            return None if schema is False else "string"
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        documented = self._documented(schema)
        if documented is not _MISSING:
            return documented
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return copy.deepcopy(self._pick(schema["enum"]))
        if schema.get("allOf"):
            return self._all_of(schema, depth)
        if schema.get("oneOf"):
            return self._one_of(schema, list(schema["oneOf"]), depth)
        if schema.get("anyOf"):
            return self._any_of(schema, list(schema["anyOf"]), depth)
        kind = self._type(schema)
        return getattr(self, f"_{kind}", self._string)(schema, depth)

    def _one_of(self, schema: Mapping[str, Any], branches: list[Any], depth: int) -> Any:
        """A value of the first branch (in random order when dynamic) that no other branch also accepts.

        Branches often overlap (objects without ``additionalProperties: false``); a value two branches
        accept is invalid for ``oneOf``. Branches that cannot be checked alone count as accepting.
        """
        order = branches if self._rng is None else self._rng.sample(branches, len(branches))
        made = []
        for branch in order:
            alone = self.value(branch, depth)
            made.append((branch, self._tagged(schema, branch, self._with_own(schema, alone, depth))))
            made.append((branch, alone))  # when the branch closes what the keywords beside it add
        # The keywords beside oneOf (an allOf's other parts) rule some out: ``null`` beside an object part.
        own = {k: v for k, v in schema.items() if k not in ("oneOf", "discriminator")}
        if _has_type_info(own):
            made = [pair for pair in made if self._schemas.example_fits(pair[1], own, self._direction)] or made
        if isinstance(schema.get("discriminator"), Mapping):  # tagged values first: a checker reads the tag
            made.sort(key=lambda made_one: not self._carries_tag(made_one[1], schema, made_one[0]))
        for _, value in made:
            if self._accepting(value, branches) == 1:
                return value
        # Every value is accepted by a second branch (loose objects such as a result beside an error): add a
        # property that the other branch types differently, which the value's own branch leaves open.
        for branch, value in made:
            exclusive = self._excluding_others(value, branch, branches)
            if self._accepting(exclusive, branches) == 1:
                return exclusive
        return made[0][1]

    def _any_of(self, schema: Mapping[str, Any], branches: list[Any], depth: int) -> Any:
        """A value of one branch; with a ``discriminator``, of the first branch that takes its mapped tag."""
        if not isinstance(schema.get("discriminator"), Mapping):
            return self._branch_value(schema, self._pick(branches), depth)
        order = branches if self._rng is None else self._rng.sample(branches, len(branches))
        made = ((branch, self._branch_value(schema, branch, depth)) for branch in order)
        first = next(made)
        tagged = (value for branch, value in (first, *made) if self._carries_tag(value, schema, branch))
        return next(tagged, first[1])

    def _branch_value(self, schema: Mapping[str, Any], branch: Any, depth: int) -> Any:
        """A value of ``branch`` with the keywords beside it, carrying the discriminator's tag where it fits."""
        return self._tagged(schema, branch, self._with_own(schema, self.value(branch, depth), depth))

    def _tagged(self, schema: Mapping[str, Any], branch: Any, value: Any) -> Any:
        discriminator = schema.get("discriminator")
        tag = branch_tag(discriminator, branch) if isinstance(discriminator, Mapping) else None
        name = discriminator.get("propertyName") if isinstance(discriminator, Mapping) else None
        if tag is None or not isinstance(name, str) or not isinstance(value, dict):
            return value
        # A checker (Schemathesis) reads the tag to pick the branch; the branch's own enum may forbid it.
        tagged = {**value, name: tag}
        return tagged if self._schemas.example_fits(tagged, branch, self._direction) else value

    def _carries_tag(self, value: Any, schema: Mapping[str, Any], branch: Any) -> bool:
        discriminator = schema["discriminator"]
        tag = branch_tag(discriminator, branch)
        return isinstance(value, dict) and tag is not None and value.get(discriminator.get("propertyName")) == tag

    def _accepting(self, value: Any, branches: list[Any]) -> int:
        return sum(self._schemas.example_fits(value, branch, self._direction) for branch in branches)

    def _excluding_others(self, value: Any, branch: Any, branches: list[Any]) -> Any:
        """``value`` changed where ``branch`` leaves room, so that other branches accepting it no longer do."""
        for other in branches:
            if other is not branch and self._schemas.example_fits(value, other, self._direction):
                variants = self._variants(value, other, 0)
                value = next((v for v in variants if self._only_fits(v, branch, other)), value)
        return value

    def _variants(self, value: Any, schema: Any, depth: int) -> Iterator[Any]:
        """Copies of ``value``, each with one property that ``schema`` types differently: added at the top, or
        inside an object or the first object of an array (branches often differ only there: an item type)."""
        resolved = self._schemas.resolve(schema)
        if isinstance(resolved, Mapping) and resolved.get("allOf"):  # a branch extending another (PeerTube's
            resolved = self._combined(resolved, 0)  # UserWithStats: allOf [User, {stats}]) types its parts' fields
        properties = resolved.get("properties") if isinstance(resolved, Mapping) else None
        if not isinstance(value, dict) or not isinstance(properties, Mapping) or depth > _MAX_DEPTH // 2:
            return
        for name, sub in properties.items():
            held = value.get(name, _MISSING)
            if held is _MISSING:
                yield from ({**value, name: wrong} for wrong in _OFF_TYPE_VALUES)
            elif isinstance(held, dict):
                yield from ({**value, name: inner} for inner in self._variants(held, sub, depth + 1))
            elif isinstance(held, list) and held and isinstance(held[0], dict):
                items = (
                    self._schemas.resolve(sub).get("items") if isinstance(self._schemas.resolve(sub), Mapping) else None
                )
                for inner in self._variants(held[0], items, depth + 1):
                    yield {**value, name: [inner, *held[1:]]}

    def _only_fits(self, value: Any, branch: Any, other: Any) -> bool:
        fits = self._schemas.example_fits
        return fits(value, branch, self._direction) and not fits(value, other, self._direction)

    def _with_own(self, schema: Mapping[str, Any], branch_value: Any, depth: int) -> Any:
        """``branch_value`` merged with a value of the keywords beside ``oneOf`` / ``anyOf``, if they say anything."""
        own = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
        return self._merge(self.value(own, depth) if _has_type_info(own) else _MISSING, branch_value)

    def _documented(self, schema: Mapping[str, Any]) -> Any:
        if self._rng is not None:
            return _MISSING
        examples = schema.get("examples")
        candidates = list(examples) if isinstance(examples, list) else []
        candidates += [schema[key] for key in ("example", "default") if key in schema]
        for candidate in candidates:
            if self._schemas.example_fits(candidate, schema, self._direction):
                return copy.deepcopy(candidate)
        return _MISSING

    def _pick(self, options: list[Any]) -> Any:
        return options[0] if self._rng is None else self._rng.choice(options)

    def _type(self, schema: Mapping[str, Any]) -> str:
        declared = schema.get("type")
        if isinstance(declared, list):
            concrete = [t for t in declared if t != "null"] or ["null"]
            return str(self._pick(concrete))
        if isinstance(declared, str):
            return declared
        if "properties" in schema or "additionalProperties" in schema or "required" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema:
            return "array"
        return "string"

    def _all_of(self, schema: Mapping[str, Any], depth: int) -> Any:
        return self.value(self._combined(schema, 0), depth)

    def _combined(self, schema: Mapping[str, Any], nesting: int) -> dict[str, Any]:
        """One schema holding every ``allOf`` part's keywords (properties and required united).

        A value made per part and merged would let a part that only annotates (``{description: ...}``)
        replace what the others made; one value from the union satisfies all parts far more often.
        """
        result = {k: v for k, v in schema.items() if k != "allOf"}
        for raw in schema.get("allOf") or []:
            part = self._schemas.resolve(raw)
            if not isinstance(part, Mapping):
                continue
            if part.get("allOf") and nesting < _MAX_DEPTH:
                part = self._combined(part, nesting + 1)
            for key, value in part.items():
                if key == "properties" and isinstance(value, Mapping):
                    result["properties"] = {**(result.get("properties") or {}), **value}
                elif key == "required" and isinstance(value, list):
                    result["required"] = list(dict.fromkeys([*(result.get("required") or []), *value]))
                elif key != "allOf":
                    result.setdefault(key, value)
        return result

    @staticmethod
    def _merge(first: Any, second: Any) -> Any:
        if first is _MISSING:
            return second
        if isinstance(first, dict) and isinstance(second, dict):
            return {**first, **second}
        return second

    def _object(self, schema: Mapping[str, Any], depth: int) -> Any:
        required = set(schema.get("required") or [])
        result: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            if flag_applies(prop, self._schemas.resolve, self._skip_flag):
                continue  # readOnly in requests / writeOnly in responses: exempt even when required
            resolved = self._schemas.resolve(prop)
            if name not in required and not self._include_optional(depth):
                continue
            value = self.value(resolved, depth + 1)
            if name not in required and not self._fits_alone(value, prop, resolved):
                continue  # an optional value this cannot make valid (PeerTube's pattern '/^[a-z]+$/'): left out
            result[name] = value
        extra = schema.get("additionalProperties", True)
        if extra is not False:  # required but not declared (PagerDuty's ``namespace``): any value the rest allows
            for name in sorted(required - set(schema.get("properties") or {})):
                result[name] = self.value(extra if isinstance(extra, Mapping) else {}, depth + 1)
        minimum = int(schema.get("minProperties") or 0)
        index = 0
        while len(result) < minimum and extra is not False:
            result[f"key{index}"] = self.value(extra if isinstance(extra, Mapping) else {}, depth + 1)
            index += 1
        return result

    def _fits_alone(self, value: Any, schema: Any, resolved: Any) -> bool:
        """Whether a scalar ``value`` fits ``schema``, where the schema has keywords this may fail to satisfy;
        objects and arrays are checked as a whole, by the caller."""
        if isinstance(value, dict | list) or not isinstance(resolved, Mapping) or _UNSURE.isdisjoint(resolved):
            return True
        return self._schemas.example_fits(value, schema, self._direction)

    def _include_optional(self, depth: int) -> bool:
        if depth >= _MAX_DEPTH // 2:
            return False
        return self._rng is None or self._rng.random() < 0.7

    def _array(self, schema: Mapping[str, Any], depth: int) -> Any:
        low = int(schema.get("minItems") or 0)
        high = schema.get("maxItems")
        wanted = max(low, 0 if depth >= _MAX_DEPTH else 1)
        if self._rng is not None and depth < _MAX_DEPTH:
            wanted = self._rng.randint(max(low, 1), max(low, 1) + 2)
        if isinstance(high, int):
            wanted = min(wanted, high)
        prefix = list(schema.get("prefixItems") or [])
        items = schema.get("items", {})
        result: list[Any] = []
        for index in range(wanted):
            sub = prefix[index] if index < len(prefix) else items
            if sub is False:
                break
            result.append(
                self._distinct(sub, depth, result) if schema.get("uniqueItems") else self.value(sub, depth + 1)
            )
        return result

    def _distinct(self, schema: Any, depth: int, taken: list[Any]) -> Any:
        value = self.value(schema, depth + 1)
        attempt = 0
        while value in taken and attempt < 10:
            value = Generator(self._schemas, "response", random.Random(attempt)).value(schema, depth + 1)
            attempt += 1
        return value

    def _string(self, schema: Mapping[str, Any], depth: int) -> Any:
        candidates = list(self._string_candidates(schema))
        return next((c for c in candidates if _fits_string(c, schema)), candidates[0])

    def _string_candidates(self, schema: Mapping[str, Any]) -> Iterator[str]:
        """Strings for ``schema``, best first: its format's, then samples of its pattern, then plain text."""
        fmt = schema.get("format")
        if fmt == "uuid":
            bits = (self._rng or random.Random(0)).getrandbits(128)
            yield str(uuid.UUID(int=bits, version=4))
        if fmt in ("date-time", "date") and self._rng is not None:
            day = f"20{self._rng.randint(10, 30)}-{self._rng.randint(1, 12):02d}-{self._rng.randint(1, 28):02d}"
            yield day if fmt == "date" else f"{day}T{self._rng.randint(0, 23):02d}:00:00Z"
        if isinstance(fmt, str) and fmt in _STATIC_FORMATS:
            yield _STATIC_FORMATS[fmt]
        low, high = int(schema.get("minLength") or 0), schema.get("maxLength")
        if isinstance(schema.get("pattern"), str):
            sample = sample_pattern(schema["pattern"], low, high if isinstance(high, int) else None)
            if sample is not None:
                yield sample
        text = "string" if self._rng is None else "".join(self._rng.choices(string.ascii_lowercase, k=8))
        if len(text) < low:
            text += "x" * (low - len(text))
        yield text[:high] if isinstance(high, int) else text

    def _integer(self, schema: Mapping[str, Any], depth: int) -> Any:
        low, high = _bounds(schema, integer=True)
        if self._rng is not None and not _contradict(low, high):
            start = low if low is not None else (high - 1000 if high is not None else 0)
            value = self._rng.randint(int(start), int(high if high is not None else start + 1000))
        else:
            value = 0 if low is None else math.ceil(max(low, 0))
            if high is not None and value > high:
                value = math.floor(high)
        multiple = schema.get("multipleOf")
        if isinstance(multiple, int) and multiple > 0 and value % multiple:
            value += multiple - value % multiple
        return value

    def _number(self, schema: Mapping[str, Any], depth: int) -> Any:
        low, high = _bounds(schema, integer=False)
        if self._rng is not None and not _contradict(low, high):
            start = low if low is not None else (high - 1000 if high is not None else 0.0)
            return round(self._rng.uniform(start, high if high is not None else start + 1000), 2)
        if low is not None and (high is None or low <= high):
            return max(low, 0) if high is None or high >= 0 else low
        return min(0, high) if high is not None else 0

    def _boolean(self, schema: Mapping[str, Any], depth: int) -> Any:
        return True if self._rng is None else self._rng.random() < 0.5

    def _null(self, schema: Mapping[str, Any], depth: int) -> Any:
        return None


def _bounds(schema: Mapping[str, Any], *, integer: bool) -> tuple[float | None, float | None]:
    step = 1 if integer else 0.01
    low = schema.get("minimum")
    if isinstance(schema.get("exclusiveMinimum"), int | float):
        low = schema["exclusiveMinimum"] + step
    high = schema.get("maximum")
    if isinstance(schema.get("exclusiveMaximum"), int | float):
        high = schema["exclusiveMaximum"] - step
    return low, high


def _contradict(low: float | None, high: float | None) -> bool:
    """A minimum above the maximum: no number fits, so nothing is drawn (the static value stands, and fails)."""
    return low is not None and high is not None and low > high


def _has_type_info(schema: Mapping[str, Any]) -> bool:
    return any(key in schema for key in ("type", "properties", "items", "enum", "const", "format"))


class _Missing:
    pass


_MISSING: Any = _Missing()


def generate_valid(
    schemas: Schemas, schema_pointer: str, validator: Draft202012Validator, direction: Direction, seed: int
) -> tuple[Any, bool]:
    """A value for the schema at ``schema_pointer``: static first, then a few seeded dynamic tries."""
    schema = schemas.at(schema_pointer)
    value = Generator(schemas, direction).value(schema)
    if validator.is_valid(value):
        return value, True
    pruned = _without_failing_fields(value, validator)  # before random tries: they tend to an empty object
    if pruned is not None:
        return pruned, True
    for attempt in range(20):
        candidate = Generator(schemas, direction, random.Random(seed * 1000 + attempt)).value(schema)
        if validator.is_valid(candidate):
            return candidate, True
    return value, False


def _without_failing_fields(value: Any, validator: Draft202012Validator) -> Any:
    """``value`` without the object fields its errors point at, when that leaves it valid; else None.

    Azure's Factory: ``allOf [Resource]`` beside ``additionalProperties: {type: object}``, which JSON Schema
    applies to Resource's own ``id`` and ``name`` (strings) too; left out, they break nothing (not required).
    """
    pruned = copy.deepcopy(value)
    for _ in range(8):
        paths = {tuple(error.absolute_path) for error in validator.iter_errors(pruned)}
        if not paths:
            return pruned
        fields = [path for path in paths if path and isinstance(path[-1], str)]
        if not fields:
            return None
        for path in sorted(fields, key=len, reverse=True):
            container = _at_path(pruned, path[:-1])
            if isinstance(container, dict):
                container.pop(path[-1], None)
    return pruned if validator.is_valid(pruned) else None


def _at_path(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        try:
            value = value[step]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def _fits_string(value: str, schema: Mapping[str, Any]) -> bool:
    low, high = schema.get("minLength"), schema.get("maxLength")
    too_short = isinstance(low, int) and len(value) < low
    if too_short or (isinstance(high, int) and len(value) > high):
        return False
    pattern = schema.get("pattern")
    compiled = compile_pattern(pattern) if isinstance(pattern, str) else None
    return compiled is None or compiled.search(value) is not None


@functools.lru_cache(maxsize=4096)
def sample_pattern(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """See :func:`_sampled_pattern`; quietly: a pattern written for ECMA-262 (``[[a-z]]``) makes Python's ``re``
    warn of a nested set on stderr, once per pattern, which says nothing to the mock's user."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return _sampled_pattern(pattern, min_length, max_length)


def _sampled_pattern(pattern: str, min_length: int, max_length: int | None) -> str | None:
    """A string ``pattern`` accepts (``re.search``), of a length within the bounds; ``None`` where none is found.

    Hypothesis' ``from_regex`` writes it. Its first example is the simplest string the pattern allows (the
    shortest: repetitions at their minimum, the first alternative, ``0`` for a digit), which static mode wants.
    When that one breaks the length bounds, more examples (printable ASCII) are drawn from a fixed seed: the same
    in every run of one installation, though Hypothesis mixes in string constants from the local modules it sees,
    so a different set of local modules may draw differently. ECMA's Unicode property classes (``\\p{Lu}``),
    which Python's ``re`` lacks, become one member of the class.
    """
    try:
        compiled = re.compile(_UNICODE_PROPERTY.sub(_property_member, pattern))
    except (re.error, RecursionError):
        return None
    checked = compile_pattern(pattern)  # what the mock's validation applies (ECMA-262 through ``regex``)

    tries = iter(range(_MAX_DRAWS))

    def fits(sample: str) -> bool:
        if next(tries, None) is None:
            raise _GiveUp  # Hypothesis itself would try a thousand times (seconds) before giving up
        too_long = max_length is not None and len(sample) > max_length
        # Python's ``$`` also accepts a final newline; ECMA-262's (what clients check) does not.
        accepted = checked is None or checked.search(sample) is not None
        return min_length <= len(sample) and not too_long and not sample.endswith("\n") and accepted

    from hypothesis import strategies as st  # here: Hypothesis takes 0.3 s to import; most specs have no pattern

    simplest = _first_example(st.from_regex(compiled))
    if simplest is None or fits(simplest):
        return simplest
    stretched = _stretched(simplest, min_length, fits)
    if stretched is not None:
        return stretched
    return _first_example(st.from_regex(compiled, alphabet=_PRINTABLE_ASCII).filter(fits))


def _stretched(simplest: str, min_length: int, fits: Callable[[str], bool]) -> str | None:
    """``simplest`` made long enough by repeating one short piece of it (``A`` of ``^[A-Z]+$``, ``00:`` of
    ``^(?:[a-f0-9]{2}:){2,}[a-f0-9]{2}$``): deterministic, where random draws seldom reach a minimum length."""
    missing = min_length - len(simplest)
    if missing <= 0:
        return None
    for width in range(1, min(4, len(simplest)) + 1):
        for start in range(len(simplest) - width + 1):
            piece = simplest[start : start + width]
            times = 1 + -(-missing // width)  # the piece itself, then enough copies to reach the minimum
            candidate = simplest[:start] + piece * times + simplest[start + width :]
            try:
                if fits(candidate):
                    return candidate
            except _GiveUp:
                return None
    return None


_MAX_DRAWS = 500  # samples drawn for length bounds before there is none


class _GiveUp(Exception):
    pass


def _first_example(strategy: SearchStrategy[str]) -> str | None:
    """The first example Hypothesis draws from ``strategy`` with a fixed seed; ``None`` when it finds none."""
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis.errors import HypothesisException

    found: list[str] = []
    try:
        # The public way to draw deterministically: a run of one example, seeded, without the example
        # database (a stored example would make one run differ from the next).
        @seed(0)
        @settings(
            max_examples=1,
            phases=[Phase.generate],
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def keep(value: str) -> None:
            found.append(value)

        keep()
    except (HypothesisException, _GiveUp):  # none found, or a mock called inside a Hypothesis test (nested @given)
        return None
    return found[0] if found else None


_UNICODE_PROPERTY = re.compile(r"\\([pP])\{([A-Za-z_=]+)\}")
# One member of each ECMA Unicode property class (by its first letter: Letter, Number, Punctuation, ...).
_PROPERTY_MEMBERS = {"Lu": "A", "Lt": "A", "L": "a", "N": "0", "P": ".", "S": "+", "Z": " ", "M": "\u0301"}


def _property_member(match: re.Match[str]) -> str:
    kind, name = match.group(1), match.group(2)
    if "=" in name:  # Script=Greek, General_Category=Letter: letters in practice
        return "a" if kind == "p" else "0"
    if kind == "P":  # a negated class: a digit is outside Letter, a letter outside everything else
        return "a" if name[:1] in ("N", "P", "S", "Z") else "0"
    member = _PROPERTY_MEMBERS.get(name) or _PROPERTY_MEMBERS.get(name[:1], "a")
    return re.escape(member)
