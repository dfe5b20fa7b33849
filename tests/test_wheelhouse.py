"""The wheelhouse of an isolated install check (generator/release/wheelhouse.py): wheels packed back from this
interpreter's installed distributions, each with a RECORD that lists every file with its hash and size."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from generator.errors import PackagingError
from generator.release.wheelhouse import fill_wheelhouse


def client_wheel(tmp_path: Path, *requirements: str) -> Path:
    wheel = tmp_path / "client-1.0.0-py3-none-any.whl"
    metadata = "Metadata-Version: 2.1\nName: client\nVersion: 1.0.0\n"
    metadata += "".join(f"Requires-Dist: {requirement}\n" for requirement in requirements)
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("client-1.0.0.dist-info/METADATA", metadata)
    return wheel


def record_problems(wheel: Path) -> list[str]:
    """Files the wheel's RECORD misses, lists without holding them, or lists with a wrong hash or size."""
    with zipfile.ZipFile(wheel) as archive:
        record = next(name for name in archive.namelist() if name.endswith(".dist-info/RECORD"))
        rows = {row[0]: row[1:] for row in csv.reader(io.StringIO(archive.read(record).decode()))}
        problems = [f"{name} not in RECORD" for name in archive.namelist() if name not in rows]
        for name, (digest, size) in rows.items():
            if name == record:
                continue
            if name not in archive.namelist():
                problems.append(f"{name} in RECORD, not in the wheel")
                continue
            content = archive.read(name)
            expected = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
            if digest != expected or size != str(len(content)):
                problems.append(f"{name}: RECORD says {digest} {size}")
    return problems


def test_every_repacked_wheel_records_each_file_with_its_hash(tmp_path: Path) -> None:
    fill_wheelhouse(client_wheel(tmp_path, "httpx", "jsonpatch", "pydantic-core"), tmp_path / "wheels")
    wheels = {path.name.split("-")[0]: path for path in (tmp_path / "wheels").glob("*.whl")}
    assert {"httpx", "jsonpatch", "jsonpointer", "pydantic_core"} <= set(wheels)
    problems = {name: record_problems(wheel) for name, wheel in wheels.items()}
    assert not any(problems.values()), problems
    assert "-cp3" in wheels["pydantic_core"].name  # named after the tags its WHEEL file records


def test_scripts_are_kept_unbound_and_entry_point_scripts_left_to_the_installer(tmp_path: Path) -> None:
    fill_wheelhouse(client_wheel(tmp_path, "jsonpatch", "httpx"), tmp_path / "wheels")
    with zipfile.ZipFile(next((tmp_path / "wheels").glob("jsonpatch-*.whl"))) as archive:
        scripts = [name for name in archive.namelist() if ".data/scripts/" in name]
        assert scripts and all(archive.read(name).startswith(b"#!python\n") for name in scripts)
    with zipfile.ZipFile(next((tmp_path / "wheels").glob("httpx-*.whl"))) as archive:
        assert not [name for name in archive.namelist() if ".data/" in name]  # bin/httpx comes from entry_points


def test_a_requirement_not_installed_is_unmet(tmp_path: Path) -> None:
    with pytest.raises(PackagingError, match="unmet requirement surely-not-installed-here"):
        fill_wheelhouse(client_wheel(tmp_path, "surely-not-installed-here"), tmp_path / "wheels")
