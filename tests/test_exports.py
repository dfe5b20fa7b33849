"""The public surface of ``generator`` is exactly its ``__all__`` (habit from httpx's test_exported_members)."""

from __future__ import annotations

import generator


def test_all_is_sorted_and_resolvable() -> None:
    assert generator.__all__ == sorted(generator.__all__)
    for name in generator.__all__:
        assert getattr(generator, name) is not None, name


def test_lazy_exports_come_from_validation() -> None:
    from generator.validation import rules as validation

    assert generator.check is validation.check
    assert generator.validate is validation.validate
