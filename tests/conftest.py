from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from generator.project import Project

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PETSTORE = FIXTURES / "specs" / "petstore.yaml"


@pytest.fixture
def tmp_project(tmp_path: Path) -> Project:
    """A throwaway checkout: the petstore fixture spec and a copy of the real templates."""
    (tmp_path / "specs").mkdir()
    shutil.copy(PETSTORE, tmp_path / "specs" / "petstore.yaml")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    return Project(tmp_path)


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
