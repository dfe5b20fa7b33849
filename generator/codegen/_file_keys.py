"""Content keys of a client's rendered files: a file whose key is unchanged reuses its earlier formatted copy.

A file's key hashes its path, its text as rendered (before ruff), the ruff settings it is formatted under and a
salt (the generator's code and the tools' versions). The rendered text is a function of everything that shapes
the file: the operation's spec fragment and every schema it references, the class names, the templates. ruff's
fix and format passes read one file and those settings only, so an equal key means an equal formatted file,
and keying the rendered text cannot miss an input the way a hand-kept list of them could.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

from ..errors import GenerationError

# The files ruff formats, as it finds them in a folder (the Python blocks of Markdown too, since ruff 0.17); the
# others are written as rendered.
FORMATTED_SUFFIXES = frozenset({".py", ".pyi", ".ipynb", ".md"})


def rendered_keys(project_dir: Path, salt: str, files: list[Path]) -> dict[str, str]:
    """Key of each of ``files`` (rendered, not yet formatted) by path relative to ``project_dir``."""
    prefix = hashlib.sha256(salt.encode() + b"\0" + _ruff_settings(project_dir).encode() + b"\0")
    keys: dict[str, str] = {}
    for path in files:
        name = path.relative_to(project_dir).as_posix()
        digest = prefix.copy()
        digest.update(name.encode() + b"\0" + path.read_bytes())
        keys[name] = digest.hexdigest()
    return keys


def reuse_formatted(
    project_dir: Path, keys: Mapping[str, str], previous_dir: Path | None, previous_keys: Mapping[str, str]
) -> list[Path]:
    """Put the formatted copy from ``previous_dir`` in place of each rendered file whose key it was written
    from; returns the files left to format."""
    to_format: list[Path] = []
    for name, key in sorted(keys.items()):
        path = project_dir / name
        if path.suffix not in FORMATTED_SUFFIXES:
            continue
        if previous_dir is not None and previous_keys.get(name) == key and (previous_dir / name).is_file():
            _replace_with_copy(previous_dir / name, path)
        else:
            to_format.append(path)
    return to_format


def _replace_with_copy(source: Path, target: Path) -> None:
    """A hard link where the file system allows one (the earlier client is about to be replaced anyway)."""
    target.unlink()
    try:
        os.link(source, target)
    except OSError:
        target.write_bytes(source.read_bytes())


def _ruff_settings(project_dir: Path) -> str:
    """What of the client's generated ``pyproject.toml`` steers ruff: its ``[tool.ruff]`` table and the
    ``requires-python`` it may infer a target version from (a version bump elsewhere in the file keeps every key)."""
    try:
        data = tomllib.loads((project_dir / "pyproject.toml").read_text())
    except FileNotFoundError:
        return ""
    except tomllib.TOMLDecodeError as exc:
        raise GenerationError(f"{project_dir / 'pyproject.toml'}: not TOML: {exc}") from exc
    project = data.get("project") or {}
    settings = {"ruff": (data.get("tool") or {}).get("ruff"), "requires-python": project.get("requires-python")}
    return json.dumps(settings, sort_keys=True)
