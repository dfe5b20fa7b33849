"""Strings for a schema's ``pattern`` (generator/mocking/_generation.py, drawn by Hypothesis' ``from_regex``)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from generator.mocking._generation import sample_pattern

# Anchored both ends, so that padding cannot help; each needs more than its simplest example.
BOUNDED = [
    (r"^[A-Z2-7]+$", 20, 30),
    (r"^[a-zA-Z0-9\/+=]+$", 43, 64),
    (r"^https://[a-zA-Z0-9.-]+$", 10, 128),
    (r"^(?:[a-f0-9]{2}:){2,}[a-f0-9]{2}$", 12, None),
]


@pytest.mark.parametrize(("pattern", "low", "high"), BOUNDED)
def test_a_sample_keeps_within_the_length_bounds(pattern: str, low: int, high: int | None) -> None:
    sample = sample_pattern(pattern, low, high)
    assert sample is not None and re.search(pattern, sample)
    assert low <= len(sample) <= (high or len(sample))
    assert not sample.endswith("\n")  # Python's $ allows it; ECMA-262's does not


def test_the_simplest_sample_comes_first_and_unicode_classes_are_read() -> None:
    assert sample_pattern(r"^[A-Z]{3}-[0-9]{2}$") == "AAA-00"
    assert sample_pattern(r"^\p{Lu}{2}\d$") == "AA0"
    assert sample_pattern(r"^caf\u00e9$") == "caf\u00e9"


def test_what_no_string_matches_has_no_sample() -> None:
    assert sample_pattern(".^") is None
    assert sample_pattern(r"^[A-Z]{3}$", 4) is None
    assert sample_pattern("(unclosed") is None


def test_samples_are_the_same_in_another_process() -> None:
    code = (
        "from generator.mocking._generation import sample_pattern as s;"
        "print([s(p, lo, hi) for p, lo, hi in " + repr(BOUNDED) + "], s(r'\\d{2}-x'))"
    )
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout for _ in "ab"
    }
    assert len(runs) == 1
    assert runs.pop().strip().endswith(" 00-x")


def test_an_ecma_nested_set_is_sampled_without_a_warning_on_stderr() -> None:
    code = "from generator.mocking._generation import sample_pattern as s; print(s(r'^[[a-z]]{2}$'))"
    done = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, check=True)
    assert "FutureWarning" not in done.stderr and "nested set" not in done.stderr
    assert done.stdout.strip() != "None"
