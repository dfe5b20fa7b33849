"""A client's files against its stamp: hashed, or taken from their stats when a memo saw those with the digest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.codegen import _trees

STAMP = ".apigen.json"


@pytest.fixture
def client(tmp_path: Path) -> Path:
    root = tmp_path / "client"
    (root / "pkg" / "__pycache__").mkdir(parents=True)
    (root / "pkg" / "a.py").write_text("A = 1\n")
    (root / "pkg" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    (root / STAMP).write_text("{}")
    return root


def test_the_digest_leaves_out_the_stamp_and_the_caches(client: Path) -> None:
    before = _trees.tree_digest(client, STAMP)
    (client / STAMP).write_text('{"changed": true}')
    (client / "pkg" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"\1")
    assert _trees.tree_digest(client, STAMP) == before
    assert [p.name for p in _trees.tree_files(client, STAMP)] == ["a.py"]


def test_matching_stats_spare_the_reading(client: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memo = tmp_path / "memo.json"
    digest = _trees.tree_digest(client, STAMP)
    assert _trees.holds(client, STAMP, digest, memo) and memo.is_file()
    monkeypatch.setattr(_trees, "tree_digest", lambda root, stamp: pytest.fail("hashed although the stats held"))
    assert _trees.holds(client, STAMP, digest, memo)


def test_an_edit_of_the_same_size_is_seen(client: Path, tmp_path: Path) -> None:
    memo = tmp_path / "memo.json"
    digest = _trees.tree_digest(client, STAMP)
    _trees.remember(client, STAMP, digest, memo)
    stat = (client / "pkg" / "a.py").stat()
    (client / "pkg" / "a.py").write_text("A = 2\n")
    os.utime(client / "pkg" / "a.py", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert not _trees.holds(client, STAMP, digest, memo)


def test_a_memo_of_another_digest_is_not_taken(client: Path, tmp_path: Path) -> None:
    memo = tmp_path / "memo.json"
    _trees.remember(client, STAMP, "another digest", memo)
    assert not _trees.holds(client, STAMP, _trees.tree_digest(client, STAMP) + "x", memo)
    assert _trees.holds(client, STAMP, _trees.tree_digest(client, STAMP), memo)


def test_coarse_times_are_never_trusted(client: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a file system keeping whole seconds an edit within the second keeps the stats: every run hashes."""
    memo = tmp_path / "memo.json"
    for path in _trees.tree_files(client, STAMP):
        os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    digest = _trees.tree_digest(client, STAMP)
    assert _trees.holds(client, STAMP, digest, memo)
    assert not memo.exists()
    hashed: list[Path] = []
    real = _trees.tree_digest
    monkeypatch.setattr(_trees, "tree_digest", lambda root, stamp: hashed.append(root) or real(root, stamp))
    assert _trees.holds(client, STAMP, digest, memo) and hashed == [client]


def test_an_unwritable_memo_costs_only_time(client: Path, tmp_path: Path) -> None:
    memo = tmp_path / "file" / "memo.json"
    (tmp_path / "file").write_text("not a folder")
    assert _trees.holds(client, STAMP, _trees.tree_digest(client, STAMP), memo)
