from __future__ import annotations

import shutil
from pathlib import Path

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
