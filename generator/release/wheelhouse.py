"""A local wheelhouse for an isolated install check: the wheels a client needs, re-packed from this interpreter.

The build's verification venv must not see this interpreter's packages (a dependency the client forgets to
declare would then import fine), yet must not download anything. So every distribution the client's wheel
requires, with all its extras, and theirs in turn, is packed back into a wheel from its installed files (those
its ``RECORD`` lists) by ``wheel pack``, which writes a new ``RECORD`` and names the wheel after the tags of its
``WHEEL`` file, for ``pip install --no-index --find-links``.
A requirement not installed here, or installed at a version it excludes, is reported as unmet.
"""

from __future__ import annotations

import importlib.metadata as metadata
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from collections.abc import Iterator
from email.parser import Parser
from pathlib import Path, PurePath

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from ..errors import PackagingError

# Files an installer writes into a dist-info folder; they are not part of the wheel (``wheel pack`` writes RECORD).
_INSTALLER_FILES = frozenset({"INSTALLER", "REQUESTED", "direct_url.json", "RECORD"})


def fill_wheelhouse(wheel: Path, target: Path) -> list[str]:
    """Put in ``target`` the wheels ``wheel`` needs with every extra it offers; returns those extras."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        fields = Parser().parsestr(archive.read(name).decode())
    extras = sorted(fields.get_all("Provides-Extra") or [])
    requirements = [Requirement(line) for line in fields.get_all("Requires-Dist") or []]
    target.mkdir(parents=True, exist_ok=True)
    for distribution in _closure(requirements, ["", *extras]):
        _repack(distribution, target)
    return extras


def _closure(requirements: list[Requirement], extras: list[str]) -> list[metadata.Distribution]:
    """The installed distributions meeting ``requirements`` (under any of ``extras``), transitively."""
    found: dict[str, metadata.Distribution] = {}
    pending = [(requirement, extras) for requirement in requirements]
    unmet: list[str] = []
    while pending:
        requirement, active = pending.pop()
        if requirement.marker is not None and not any(requirement.marker.evaluate({"extra": e}) for e in active):
            continue
        key = canonicalize_name(requirement.name)
        try:
            distribution = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            unmet.append(f"unmet requirement {requirement} (not installed)")
            continue
        if not requirement.specifier.contains(distribution.version, prereleases=True):
            unmet.append(f"unmet requirement {requirement} (found {distribution.version})")
            continue
        if key in found:
            continue
        found[key] = distribution
        nested = ["", *sorted(requirement.extras)]
        pending += [(Requirement(line), nested) for line in distribution.requires or []]
    if unmet:
        raise PackagingError("the client's dependencies cannot be installed:\n  " + "\n  ".join(sorted(set(unmet))))
    return [found[key] for key in sorted(found)]


def _repack(distribution: metadata.Distribution, target: Path) -> None:
    """``distribution``'s installed files laid out as an unpacked wheel, packed by ``wheel pack``, which writes the
    ``RECORD`` (every file with its hash and size) and names the wheel after the ``WHEEL`` file's tags."""
    with tempfile.TemporaryDirectory(prefix="apigen-repack-") as tmp:
        unpacked = Path(tmp)
        for member, content in _members(distribution):
            (unpacked / member).parent.mkdir(parents=True, exist_ok=True)
            (unpacked / member).write_bytes(content)
        packed = subprocess.run(
            [sys.executable, "-m", "wheel", "pack", "--dest-dir", str(target), str(unpacked)],
            capture_output=True,
            text=True,
            check=False,
        )
    if packed.returncode != 0:
        detail = (packed.stderr or packed.stdout).strip().splitlines()[-1:] or ["no output"]
        raise PackagingError(f"cannot repack {distribution.metadata['Name']} {distribution.version}: {detail[0]}")


def _members(distribution: metadata.Distribution) -> Iterator[tuple[str, bytes]]:
    """(path in the wheel, content) of each file the wheel holds: the files the installed ``RECORD`` lists, less
    caches, what the installer wrote, and the scripts it made from entry points; a file installed outside
    site-packages goes back under ``<name>-<version>.data/``, in ``scripts/`` or ``data/``."""
    root = Path(str(distribution.locate_file("")))
    files = distribution.files or []
    info = next((file.parent for file in files if file.parent.suffix == ".dist-info"), None)
    made = {entry.name for entry in distribution.entry_points if entry.group in ("console_scripts", "gui_scripts")}
    scripts = f"{info.stem if info else ''}.data/scripts/"
    for file in files:
        source = (root / file).resolve() if file.parts[0] == ".." else root / file
        if "__pycache__" in file.parts or (file.parent == info and file.name in _INSTALLER_FILES):
            continue
        member = file.as_posix() if file.parts[0] != ".." else _data_member(source, info, made)
        if member is not None and source.is_file():
            content = source.read_bytes()
            yield member, _unbound(content) if member.startswith(scripts) else content


def _data_member(source: Path, info: PurePath | None, made: set[str]) -> str | None:
    """Where in the wheel a file installed outside site-packages was: a script (unless the installer made it from
    an entry point) or data; ``None`` for a file the wheel cannot have held."""
    scripts, prefix = Path(sysconfig.get_path("scripts")), Path(sysconfig.get_path("data"))
    if info is None or (source.name in made and source.is_relative_to(scripts)):
        return None
    if source.is_relative_to(scripts):
        return f"{info.stem}.data/scripts/{source.relative_to(scripts).as_posix()}"
    if source.is_relative_to(prefix):
        return f"{info.stem}.data/data/{source.relative_to(prefix).as_posix()}"
    return None


def _unbound(script: bytes) -> bytes:
    """A script as its wheel held it: the installer wrote this interpreter into its ``#!python`` line; the next
    install writes its own."""
    first, newline, rest = script.partition(b"\n")
    return b"#!python" + newline + rest if first.startswith(b"#!") and b"python" in first else script
