"""How a rule id becomes a :class:`Level`: oasdiff's level, except where apigen deliberately judges otherwise.

oasdiff's ERR and WARN mean breaking (a major bump) and INFO a compatible change (a minor bump). Every place where
apigen departs from that is one row of :data:`DIFFERENCES`, with the reason; ``docs/diff-rules.md`` is rendered from
it (:func:`differences_markdown`), and the test suite checks that no rule departs from oasdiff without a row.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ApigenError
from ._changes import Level
from ._oasdiff import LEVELS, OasdiffLevel


@dataclass(frozen=True)
class Difference:
    level: Level
    reason: str


_FUNCTION_GONE = "the generated client function disappears, so code calling it fails even after a deprecation"
_FORMAT_ADDED = (
    "also reported when a response type gains a format (string -> string/date-time), which oasdiff calls"
    " type-specialized (INFO): the generated model then parses the field into another Python type"
)
DIFFERENCES: dict[str, Difference] = {
    "api-path-removed-with-deprecation": Difference(Level.BREAKING, _FUNCTION_GONE),
    "api-removed-with-deprecation": Difference(Level.BREAKING, _FUNCTION_GONE),
    "request-parameter-removed-with-deprecation": Difference(
        Level.BREAKING, "the argument disappears from the generated function's signature: callers passing it fail"
    ),
    "api-operation-id-removed": Difference(
        Level.BREAKING, "the operationId names the generated function: renaming it renames the function"
    ),
    "api-tag-removed": Difference(
        Level.BREAKING, "the first tag names the client module the function lives in: the import path changes"
    ),
    "api-schema-removed": Difference(
        Level.BREAKING, "every component schema is a public model class of the generated package"
    ),
    "api-security-removed": Difference(
        Level.BREAKING, "callers configured for the removed alternative (e.g. an API key) are now refused"
    ),
    "api-security-scope-added": Difference(
        Level.BREAKING, "tokens issued without the new scope are refused, so existing credentials stop working"
    ),
    "response-body-type-changed": Difference(Level.BREAKING, _FORMAT_ADDED),
    "response-property-type-changed": Difference(Level.BREAKING, _FORMAT_ADDED),
    "new-request-path-parameter": Difference(
        Level.BREAKING,
        "also reported when a path parameter is renamed ({id} -> {pet_id}), which oasdiff matches by position:"
        " the generated function's argument is renamed, so keyword callers break",
    ),
    "endpoint-reactivated": Difference(Level.INFO, "lifting a deprecation changes no code: a patch release"),
}


def oasdiff_level(rule_id: str) -> OasdiffLevel | None:
    """oasdiff's default level for ``rule_id``; ``None`` for apigen's own rules."""
    return LEVELS.get(rule_id)


def level_of(rule_id: str, own: Level | None = None) -> Level:
    """The level a rule reports at: :data:`DIFFERENCES`, else oasdiff's level, else ``own`` (apigen-only rules)."""
    if rule_id in DIFFERENCES:
        return DIFFERENCES[rule_id].level
    level = oasdiff_level(rule_id)
    if level is not None:
        return Level.BREAKING if level in ("ERR", "WARN") else Level.NON_BREAKING
    if own is None:
        raise ApigenError(f"diff rule {rule_id!r} is not an oasdiff rule and declares no level of its own")
    return own


def rules_document(levels: dict[str, Level]) -> str:
    """``docs/diff-rules.md`` given every rule's level; ``python -m generator.diffing`` prints it."""
    return _DOCUMENT.format(table=differences_markdown(), own=own_rules_markdown(levels))


_DOCUMENT = """# Diff rules: where apigen departs from oasdiff

`apigen diff` and `apigen release` classify changes with [oasdiff](https://github.com/oasdiff/oasdiff)'s rule ids
and default levels (ERR and WARN: breaking, a major bump; INFO: compatible, a minor bump). The tables below list
every rule where apigen deliberately judges otherwise, for the sake of the generated client, and apigen's own rules.
They are rendered from `generator/diffing/_policy.py`: `python -m generator.diffing > docs/diff-rules.md`.

## Departures from oasdiff

{table}
## apigen's own rules (no oasdiff id)

{own}"""

# apigen's own rules: why each exists (its level is declared where it is registered).
OWN_RULES: dict[str, str] = {
    "x-pagination-added": "the client gains a page iterator for the operation",
    "x-pagination-removed": "the client's page iterator for the operation disappears",
    "x-pagination-changed": "the client's page iterator reads other parameters or fields",
    "api-schema-added": "a new public model class",
    "endpoint-authentication-required": (
        "an endpoint anyone could call now needs credentials (oasdiff: api-security-added, INFO)"
    ),
    "endpoint-authentication-optional": "an endpoint no longer needs credentials (oasdiff: api-security-removed)",
    "constraint-changed": (
        "a constraint change oasdiff has no rule for because it cannot break a client (a response's maxLength lowered)"
    ),
    "required-request-parameter-default-changed": (
        "a required parameter's default changed: the client always sends a value, so it never applies (oasdiff "
        "reports nothing)"
    ),
    "documentation-changed": "descriptions, summaries, examples: a patch release",
    "unclassified-change": "a difference no rule classifies, reported for review whatever else the diff found",
}


def own_rules_markdown(levels: dict[str, Level]) -> str:
    """apigen's own rules with their ``levels`` (from the registry) as a Markdown table."""
    rows = [f"| `{rule_id}` | {levels[rule_id]} | {why} |" for rule_id, why in OWN_RULES.items()]
    return "| rule | apigen level | why |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n"


def differences_markdown() -> str:
    """The deliberate differences from oasdiff as a Markdown table (rendered into ``docs/diff-rules.md``)."""
    rows = [
        f"| `{rule_id}` | {oasdiff_level(rule_id) or '-'} | {row.level} | {row.reason} |"
        for rule_id, row in sorted(DIFFERENCES.items())
    ]
    header = "| rule | oasdiff level | apigen level | why |\n| --- | --- | --- | --- |\n"
    return header + "\n".join(rows) + "\n"
