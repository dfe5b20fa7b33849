"""A local wheelhouse for an isolated install check: the wheels a client needs, re-packed from this interpreter.

The build's verification venv must not see this interpreter's packages (a dependency the client forgets to
declare would then import fine), yet must not download anything. So every distribution the client's wheel
requires, with all its extras, and theirs in turn, is zipped back into a wheel from its installed files
(``RECORD``), under the tag its ``WHEEL`` file records, for ``pip install --no-index --find-links``.
A requirement not installed here, or installed at a version it excludes, is reported as unmet.
"""

from __future__ import annotations

import importlib.metadata as metadata
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from ..errors import PackagingError

# Files an installer writes into a dist-info folder; they are not part of the wheel.
_INSTALLER_FILES = frozenset({"INSTALLER", "REQUESTED", "direct_url.json"})


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
    root = Path(str(distribution.locate_file("")))
    files = [
        f
        for f in distribution.files or []
        if f.parts[0] != ".."
        and "__pycache__" not in f.parts
        and f.name not in _INSTALLER_FILES
        and (root / f).is_file()
    ]
    name = canonicalize_name(distribution.metadata["Name"]).replace("-", "_")
    wheel = target / f"{name}-{distribution.version}-{_tag(distribution)}.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_STORED) as archive:
        for file in files:
            archive.write(root / file, file.as_posix())


def _tag(distribution: metadata.Distribution) -> str:
    """The first ``Tag:`` of the installed ``WHEEL`` file; a pure-Python tag when there is none."""
    text = distribution.read_text("WHEEL") or ""
    tags = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Tag:")]
    return tags[0] if tags else "py3-none-any"
