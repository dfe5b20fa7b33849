"""Release versions (generator/spec/versions.py): semver spelling, PEP 440 order."""

from __future__ import annotations

import itertools

import pytest

from generator.spec.versions import Version


def v(text: str) -> Version:
    version = Version.parse(text)
    assert version is not None, text
    return version


@pytest.mark.parametrize(
    "ascending",
    [
        ["1.0.0-rc.1", "1.0.0-rc.2", "1.0.0-rc.10", "1.0.0"],
        ["1.0.0-dev.1", "1.0.0-dev.2", "1.0.0-alpha.1", "1.0.0-beta.1", "1.0.0-rc.1", "1.0.0", "1.0.0-post.1"],
        ["1.0.0-post.2", "1.0.0-post.10", "1.0.1-dev.1", "1.0.1"],
        ["0.9.9", "0.10.0", "1.0.0", "1.0.0+build.1", "1.0.1", "2.0.0-a.1", "10.0.0"],
    ],
)
def test_versions_follow_pep_440_order(ascending: list[str]) -> None:
    versions = [v(text) for text in ascending]
    assert sorted(reversed(versions)) == versions
    assert all(lower < higher for lower, higher in itertools.pairwise(versions))


def test_spelling_is_kept_and_equal_spellings_are_equal() -> None:
    assert str(v("2.0.0-rc.10+abc")) == "2.0.0-rc.10+abc"
    assert v("1.0.0-rc.1") == v("1.0.0-rc1") and len({v("1.0.0-rc.1"), v("1.0.0-rc1")}) == 1
    assert not v("1.0.0-rc.1").is_release and not v("1.0.0-dev.1").is_release
    assert v("1.0.0").is_release and v("1.0.0-post.1").is_release


@pytest.mark.parametrize(
    "text", ["1.2", "v1.2.3", "01.2.3", "1.2.3-", "1.0.0-SNAPSHOT", "1.0.0-beta.x", "1.0.0-rc.1.2"]
)
def test_what_is_not_semver_or_not_pep_440_is_no_release_version(text: str) -> None:
    assert Version.parse(text) is None
