"""A rendering takes the place of a client: whole the first time, file by file over an earlier one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.codegen import _placing
from generator.codegen._placing import place, scratch_folder

STAMP = ".stamp"


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def _read(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_first_rendering_is_placed_whole(tmp_path: Path) -> None:
    rendered = _tree(tmp_path / "scratch" / "c", {STAMP: "1", "pkg/a.py": "a"})
    (tmp_path / "generated").mkdir()
    place(rendered, tmp_path / "generated" / "c", STAMP)
    assert _read(tmp_path / "generated" / "c") == {STAMP: "1", "pkg/a.py": "a"}
    assert [p.name for p in (tmp_path / "generated").iterdir()] == ["c"]  # no staging folder left behind


def test_an_earlier_client_gets_only_the_files_that_changed(tmp_path: Path) -> None:
    final = _tree(
        tmp_path / "generated" / "c",
        {STAMP: "old", "same.py": "same", "edited.py": "v1", "gone.py": "x", "gone_folder/m.py": "y", "d": "file"},
    )
    for name in ("edited", "gone", "same"):  # compiled copies, as importing the client leaves them
        _tree(final, {f"__pycache__/{name}.cpython-311.pyc": "bytecode"})
    same_inode = (final / "same.py").stat().st_ino
    rendered = _tree(
        tmp_path / "scratch" / "c", {STAMP: "new", "same.py": "same", "edited.py": "v2", "new/n.py": "n", "d/e": "f"}
    )
    place(rendered, final, STAMP)
    assert _read(final) == {
        STAMP: "new",
        "same.py": "same",
        "edited.py": "v2",
        "new/n.py": "n",
        "d/e": "f",
        "__pycache__/same.cpython-311.pyc": "bytecode",  # its source is unchanged: still valid
    }
    assert (final / "same.py").stat().st_ino == same_inode  # not written again
    assert not list(final.rglob(".apigen-*"))
    assert oct((final / "edited.py").stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def test_files_copied_from_the_client_are_not_compared_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    final = _tree(tmp_path / "generated" / "c", {STAMP: "old", "copied.py": "same", "edited.py": "v1"})
    rendered = _tree(tmp_path / "scratch" / "c", {STAMP: "new", "copied.py": "same", "edited.py": "v2"})
    compared: list[str] = []
    real = _placing._same_bytes
    monkeypatch.setattr(
        _placing, "_same_bytes", lambda source, target: compared.append(source.name) or real(source, target)
    )
    place(rendered, final, STAMP, unchanged=["copied.py"])
    assert compared == ["edited.py"]
    assert _read(final) == {STAMP: "new", "copied.py": "same", "edited.py": "v2"}


def test_a_tree_is_copied_whole_several_files_at_a_time(tmp_path: Path) -> None:
    files = {f"pkg/m{n}.py": f"x = {n}\n" for n in range(40)} | {STAMP: "s", "pkg/sub/deep.py": "d"}
    source = _tree(tmp_path / "scratch", files)
    (source / "empty").mkdir()
    _placing._copy_tree(source, tmp_path / "copy")
    assert _read(tmp_path / "copy") == files and (tmp_path / "copy" / "empty").is_dir()


def test_an_interrupted_update_leaves_no_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    final = _tree(tmp_path / "generated" / "c", {STAMP: "old", "a.py": "1"})
    rendered = _tree(tmp_path / "scratch" / "c", {STAMP: "new", "a.py": "2"})

    def fail(target: Path, data: bytes) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(_placing, "_write_over", fail)
    with pytest.raises(OSError, match="disk full"):
        place(rendered, final, STAMP)
    assert not (final / STAMP).exists()  # so the next run renders this client in full


def test_scratch_goes_to_ram_when_there_is_some(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ram = tmp_path / "ram"
    ram.mkdir()
    monkeypatch.setattr(_placing, "_RAM_FOLDER", ram)
    with scratch_folder(tmp_path / "beside") as scratch:
        assert scratch.parent == ram
    (tmp_path / "beside").mkdir()
    monkeypatch.setattr(_placing, "_RAM_NEEDED", 1 << 60)  # a container's small /dev/shm: not used
    with scratch_folder(tmp_path / "beside") as scratch:
        assert scratch.parent == tmp_path / "beside"
    monkeypatch.setattr(_placing, "_RAM_FOLDER", tmp_path / "none")
    monkeypatch.setattr(_placing, "_RAM_NEEDED", 0)
    with scratch_folder(tmp_path / "beside") as scratch:
        assert scratch.parent == tmp_path / "beside"
    assert not list((tmp_path / "beside").iterdir())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
