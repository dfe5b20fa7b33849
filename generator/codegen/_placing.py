"""Where a client is rendered, and how the rendering takes the place of ``generated/<api>-client/``.

A client is rendered in full into a scratch folder: on a RAM-backed file system where there is one, since a big
client is thousands of files and creating a file there costs a fraction of what it costs on disk (3,000 files took
1.0 to 1.8 s on this project's machine). Only once every API rendered and passed is a client placed:

- a first rendering (or one on another file system than ``generated/``) is copied beside its place and
  renamed into it, the earlier client swapped out whole;
- an earlier client is updated file by file instead: only the files whose bytes differ are written (each to a
  temporary name, then renamed over the old one), the files the rendering no longer has are removed, and the
  stamp goes first and comes back last. A regeneration after a description change writes the few files it
  changed and the stamp, not 2,950; an interrupted update leaves no stamp, so the next run renders that
  client again in full.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sys
import tempfile
from collections.abc import Collection, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ._trees import CACHE_FOLDERS, relative_files

# A RAM-backed file system, where one exists: Linux's /dev/shm.
_RAM_FOLDER = Path("/dev/shm")
# The free RAM folder space below which the scratch folder goes to disk: several large clients rendered at once
# must fit (GitHub's is 40 MB), and a container's /dev/shm is 64 MB unless it is given more.
_RAM_NEEDED = 1 << 30


@contextlib.contextmanager
def scratch_folder(beside: Path | None = None) -> Iterator[Path]:
    """A fresh, empty folder to render clients into, removed afterwards: in RAM where there is a RAM-backed
    file system, else in ``beside`` (the system's temporary folder when ``None``)."""
    with tempfile.TemporaryDirectory(prefix=".apigen-", dir=_scratch_parent(beside)) as tmp:
        yield Path(tmp)


def _scratch_parent(beside: Path | None) -> Path | None:
    if sys.platform == "linux" and _RAM_FOLDER.is_dir() and os.access(_RAM_FOLDER, os.W_OK | os.X_OK):
        free = os.statvfs(_RAM_FOLDER)
        if free.f_bavail * free.f_frsize >= _RAM_NEEDED:
            return _RAM_FOLDER
    return beside


def place(rendered: Path, final: Path, stamp: str, unchanged: Collection[str] = ()) -> None:
    """Put the client ``rendered`` (a folder holding ``stamp``) where ``final`` is, as the module says. The files
    ``unchanged`` names (by path in the client) were copied from ``final``: they are not compared again."""
    if final.is_dir() and (final / stamp).is_file():
        _update(rendered, final, stamp, frozenset(unchanged))
        return
    staged = rendered
    if rendered.stat().st_dev != final.parent.stat().st_dev:
        staged = final.with_name(f".apigen-new-{final.name}")
        shutil.rmtree(staged, ignore_errors=True)
        _copy_tree(rendered, staged)
    _swap(staged, final)


# Files created at once: most of a file's creation on disk is waiting on the file system, not Python.
_COPYING_THREADS = 8


def _copy_tree(source: Path, target: Path) -> None:
    """``source``'s files copied to the new folder ``target`` (contents, with the modes files are written with),
    several at a time: GitHub's 2,950 files took 0.9 to 1.8 s one by one (``shutil.copytree``), 0.4 to 0.6 s so."""
    pairs = []
    for folder, _, names in os.walk(source):
        into = target / Path(folder).relative_to(source)
        into.mkdir(parents=True)
        pairs += [(Path(folder, name), into / name) for name in names]
    with ThreadPoolExecutor(_COPYING_THREADS) as pool:
        for _ in pool.map(lambda pair: shutil.copyfile(*pair), pairs):
            pass


def _swap(new: Path, final: Path) -> None:
    old = final.with_name(f".apigen-old-{final.name}")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        final.rename(old)
    new.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def _update(rendered: Path, final: Path, stamp: str, unchanged: frozenset[str]) -> None:
    wanted, present = _files(rendered), _files(final)
    (final / stamp).unlink()
    for name in sorted(present.keys() - wanted.keys()):
        present[name].unlink()
        _drop_bytecode(present[name])
    _remove_empty_folders(final)  # before writing: a folder the rendering made a file of is gone
    for name, source in sorted(wanted.items()):
        target = final / name
        if name == stamp or (name in present and (name in unchanged or _same_bytes(source, target))):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_over(target, source.read_bytes())
        _drop_bytecode(target)
    _write_over(final / stamp, (rendered / stamp).read_bytes())


def _files(root: Path) -> dict[str, Path]:
    """Every file under ``root`` by relative name, the stamp included, those of Python's and mypy's caches left out."""
    return {name: Path(path) for name, path in relative_files(root)}


def _same_bytes(source: Path, target: Path) -> bool:
    return source.stat().st_size == target.stat().st_size and source.read_bytes() == target.read_bytes()


def _write_over(target: Path, data: bytes) -> None:
    """``target`` holds ``data`` or what it held: written to a temporary name beside it, then renamed."""
    with tempfile.NamedTemporaryFile("wb", dir=target.parent, prefix=".apigen-", delete=False) as handle:
        handle.write(data)
    os.chmod(handle.name, _file_mode())
    os.replace(handle.name, target)


@functools.cache
def _file_mode() -> int:
    """The mode a file written plainly gets: read and write as the umask allows (a temporary file's is 0o600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _drop_bytecode(source: Path) -> None:
    """Remove the compiled copies of ``source``: Python trusts one whose recorded size and mtime (in whole
    seconds) match, which a file rewritten within the second at the same size would."""
    for compiled in (source.parent / "__pycache__").glob(f"{source.stem}.*.pyc"):
        compiled.unlink(missing_ok=True)


def _remove_empty_folders(root: Path) -> None:
    for folder, _, _ in sorted(os.walk(root), key=lambda entry: -len(entry[0])):
        path = Path(folder)
        if path != root and not any(child for child in path.iterdir() if child.name not in CACHE_FOLDERS):
            shutil.rmtree(path)
