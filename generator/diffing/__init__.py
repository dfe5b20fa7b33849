"""Compare two versions of a spec and classify every change as breaking, non-breaking or informational.

Rule ids and levels follow oasdiff (``_oasdiff.py``); where apigen judges differently for users of the generated
client, :data:`DIFFERENCES` (``_policy.py``) says so, rule by rule, with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..spec.loading import Spec, load_spec
from . import _type_rules  # noqa: F401  (its rules register themselves on import)
from ._changes import LEVEL_BUMP, Bump, Change, Level, required_bump
from ._document_rules import DOCUMENT, FALLBACK, unexplained
from ._endpoint_rules import ENDPOINTS
from ._keyword_rules import KEYWORDS
from ._pairs import pair_up
from ._policy import DIFFERENCES, OWN_RULES, differences_markdown
from ._policy import rules_document as _rules_document
from ._registry import Rule
from ._report import FORMATS, Report, markdown_sections, render, text_list
from ._rules import MEDIA, PARAMETERS, REQUEST_BODIES, RESPONSES
from ._schema_rules import SCHEMAS

__all__ = [
    "DIFFERENCES",
    "FORMATS",
    "KEYWORDS",
    "LEVEL_BUMP",
    "OWN_RULES",
    "Bump",
    "Change",
    "Level",
    "Report",
    "Rule",
    "all_rules",
    "compare_files",
    "diff",
    "differences_markdown",
    "markdown_sections",
    "render",
    "required_bump",
    "rules_document",
    "text_list",
]


def diff(old: Spec, new: Spec) -> list[Change]:
    """Every classified change from ``old`` to ``new``, in a stable order (breaking first)."""
    pairs = pair_up(old, new)
    changes = [
        *DOCUMENT.run(pairs.document),
        *ENDPOINTS.run(pairs.endpoints),
        *PARAMETERS.run(pairs.parameters),
        *REQUEST_BODIES.run(pairs.request_bodies),
        *MEDIA.run(pairs.media),
        *RESPONSES.run(pairs.responses),
        *SCHEMAS.run(pairs.schemas),
    ]
    changes.extend(change for document in pairs.document for change in unexplained(document, changes))
    return sorted(set(changes), key=lambda change: change.sort_key)


def compare_files(old_path: Path, new_path: Path) -> Report:
    """Diff two spec files from anywhere (JSON or YAML, OpenAPI 3.0 or 3.1), each read and parsed once."""
    old, new = load_spec(old_path), load_spec(new_path)
    return Report(new.name, str(old_path), str(new_path), tuple(diff(old, new)), old.version, new.version)


def rules_document() -> str:
    """``docs/diff-rules.md``: the departures from oasdiff and apigen's own rules."""
    return _rules_document({rule.id: rule.level for rule in all_rules()})


def all_rules() -> list[Rule[Any]]:
    """Every registered rule (id, level, oasdiff level, message), for listings and tests."""
    registries = (DOCUMENT, ENDPOINTS, PARAMETERS, REQUEST_BODIES, MEDIA, RESPONSES, SCHEMAS, FALLBACK)
    return [rule for registry in registries for rule in registry.rules]
