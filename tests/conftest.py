from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from generator.spec.project import Project

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PETSTORE = FIXTURES / "specs" / "petstore.yaml"


def petstore_project(root: Path) -> Project:
    """A throwaway checkout in ``root``: the petstore fixture spec and a copy of the real templates."""
    (root / "specs").mkdir()
    shutil.copy(PETSTORE, root / "specs" / "petstore.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    return Project(root)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` by relative path, with its bytes: compare two to prove nothing changed."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def tmp_project(tmp_path: Path) -> Project:
    return petstore_project(tmp_path)


@pytest.fixture
def repo_project() -> Project:
    return Project(REPO)


def recording_transport(
    handler: Callable[[httpx.Request], httpx.Response], seen: list[httpx.Request]
) -> httpx.MockTransport:
    """An in-process transport that answers with ``handler`` and keeps every request (body read) in ``seen``."""

    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return handler(request)

    return httpx.MockTransport(record)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each Schemathesis item (one per operation) a node id of its own, as ordinary parametrized tests have.

    ``schema.parametrize()`` names its items ``test_x[GET /pets]`` but gives them all the node id ``...::test_x``;
    pytest-xdist schedules by node id, so on parallel workers only one operation per test would run.
    """
    for item in items:
        module, _, name = item.nodeid.rpartition("::")
        if item.name != name and item.name.startswith(f"{name}[") and item.parent is not None:
            if hasattr(item, "_id"):  # pytest 9 keeps the node id as a NodeId
                item._id = item.parent.id.child(item.name)
            else:  # pytest 8
                item._nodeid = f"{module}::{item.name}"
