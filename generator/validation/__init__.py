"""The validation stage: a loaded :class:`~generator.spec.Spec` -> problems (errors block, warnings are listed)."""

from .rules import check, load_valid, validate

__all__ = ["check", "load_valid", "validate"]
