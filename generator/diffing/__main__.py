"""``python -m generator.diffing`` prints docs/diff-rules.md (the departures from oasdiff, apigen's own rules)."""

from . import rules_document

print(rules_document(), end="")
