"""``python -m generator.diffing`` prints docs/diff-rules.md (the deliberate differences from oasdiff)."""

from ._policy import rules_document

print(rules_document(), end="")
