"""How a rule id becomes a :class:`Level`: oasdiff's level, except where apigen deliberately judges otherwise.

oasdiff's ERR and WARN mean breaking (a major bump) and INFO a compatible change (a minor bump). Every place where
apigen departs from that is one row of :data:`DIFFERENCES`, with the reason; ``docs/diff-rules.md`` is rendered from
it (:func:`differences_markdown`), and the test suite checks that no rule departs from oasdiff without a row.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._errors import ApigenError
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


def rules_document() -> str:
    """``docs/diff-rules.md``: regenerate with ``python -m generator.diffing > docs/diff-rules.md``."""
    return _DOCUMENT.format(table=differences_markdown())


_DOCUMENT = """# Diff rules: where apigen departs from oasdiff

`apigen diff` and `apigen release` classify changes with [oasdiff](https://github.com/oasdiff/oasdiff)'s rule ids
and default levels (ERR and WARN: breaking, a major bump; INFO: compatible, a minor bump). The table below lists
every rule where apigen deliberately judges otherwise, for the sake of the generated client. It is rendered from
`generator/diffing/_policy.py` (`DIFFERENCES`): `python -m generator.diffing > docs/diff-rules.md`.

{table}
apigen's own rules (no oasdiff id): `x-pagination-added` (non-breaking), `x-pagination-removed` and
`x-pagination-changed` (breaking: the client's page iterator changes), `api-schema-added` (non-breaking),
`endpoint-authentication-required` (breaking: an endpoint anyone could call now needs credentials; oasdiff reports
api-security-added, INFO), `endpoint-authentication-optional` (non-breaking),
`constraint-changed` (non-breaking: a constraint change oasdiff has no rule for because it cannot break a
client, e.g. a response property's maxLength lowered), `documentation-changed` (info: a patch), `unclassified-change` (non-breaking, for review: a difference no rule
classifies; it is reported whatever else the diff found).
"""


def differences_markdown() -> str:
    """The deliberate differences from oasdiff as a Markdown table (rendered into ``docs/diff-rules.md``)."""
    rows = [
        f"| `{rule_id}` | {oasdiff_level(rule_id) or '-'} | {row.level} | {row.reason} |"
        for rule_id, row in sorted(DIFFERENCES.items())
    ]
    header = "| rule | oasdiff level | apigen level | why |\n| --- | --- | --- | --- |\n"
    return header + "\n".join(rows) + "\n"
