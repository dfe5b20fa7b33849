"""A large spec's models cut into modules along their reference graph, behind a lazy ``pydantic_models`` index."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from generator import load_spec
from generator.codegen import _model_modules
from generator.codegen._model_code import ModelCode, class_node
from generator.codegen._model_modules import imports_split, split_models
from generator.codegen.generating import render

from .conftest import REPO

_CODE = """from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field


class Node(BaseModel):
    children: list[Edge] | None = None


class Edge(BaseModel):
    target: Node
    kind: EdgeKind


class EdgeKind(StrEnum):
    LINK = "link"


class Shared(BaseModel):
    note: Annotated[str, Field(description="Mentions Node, which is text, not a reference.")]


class Graph(BaseModel):
    nodes: list[Node]
    shared: Shared


class Other(BaseModel):
    shared: Shared


Alias = list[Other]
"""


def test_cycles_share_a_module_and_single_users_absorb_what_they_alone_use() -> None:
    split = split_models(_CODE, "pydantic_models", split_above=0)
    assert split is not None
    modules = split.module_of
    assert modules["Node"] == modules["Edge"]  # a reference cycle
    assert modules["EdgeKind"] == modules["Node"] == modules["Graph"]  # used only by the cycle, used only by Graph
    assert modules["Shared"] not in {modules["Graph"], modules["Other"]}  # two users: its own module
    assert modules["Other"] == modules["Alias"]
    graph_module = split.files[f"_models/{modules['Graph']}.py"]
    assert f"from .{modules['Shared']} import Shared" in graph_module
    assert "StrEnum" not in split.files[f"_models/{modules['Shared']}.py"]  # only the imports a module uses


def test_a_merged_twin_lives_in_the_module_of_the_class_it_names() -> None:
    code = _CODE + "\n\nNodeTwin = Node\nSharedTwin = Shared\nTwinOfTwin = SharedTwin\n"
    split = split_models(code, "pydantic_models", split_above=0)
    assert split is not None
    modules = split.module_of
    assert modules["NodeTwin"] == modules["Node"]
    assert modules["SharedTwin"] == modules["TwinOfTwin"] == modules["Shared"]
    assert len(split.files) == len(set(modules.values())) + 2  # no module of its own: + the package and the index
    shared = split.files[f"_models/{modules['Shared']}.py"]
    assert shared.index("class Shared(") < shared.index("SharedTwin = Shared") < shared.index("TwinOfTwin = SharedTwin")


def test_an_edit_inside_lines_is_cut_as_a_fresh_parse_would_cut_it() -> None:
    code = ModelCode(_CODE)
    assert code.statements  # read once, as the passes before the cut read it
    text = _CODE.replace("children: list[Edge] | None = None", "children: list[Edge] | None = Edges(None)")
    edited = code.edited(text)
    assert "tree" not in edited.__dict__ and edited.statements is code.statements  # not read again
    assert split_models(edited, "pydantic_models", split_above=0) == split_models(
        text, "pydantic_models", split_above=0
    )
    grown = code.edited(text.replace("class Other(BaseModel):", "class Other(BaseModel):\n    extra: int = 1"))
    assert grown.statements is not code.statements  # lines moved: read afresh


def test_small_models_stay_one_module() -> None:
    assert split_models(_CODE, "pydantic_models", split_above=7) is None
    assert split_models(_CODE, "pydantic_models", split_above=6) is not None


def test_operation_imports_point_at_the_defining_modules() -> None:
    source = "from ...pydantic_models import Graph, Node, Unknown\nx = 1\n"
    rewritten = imports_split(source, "pydantic_models", {"Graph": "graph", "Node": "graph"})
    assert rewritten == ("from ...pydantic_models import Unknown\nfrom ..._models.graph import Graph, Node\nx = 1\n")


@pytest.fixture(scope="module")
def split_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """mdintegrations' client (webhooks included) rendered with its models split, as a large spec's would be."""
    root = tmp_path_factory.mktemp("split") / "mdintegrations-client"
    patch = pytest.MonkeyPatch()
    patch.setattr(_model_modules, "SPLIT_ABOVE", 0)
    try:
        render(load_spec(REPO / "specs" / "mdintegrations.yaml"), root, REPO / "templates")
    finally:
        patch.undo()
    return root


def test_split_client_imports_every_operation_and_every_public_model(split_client: Path) -> None:
    package = split_client / "mdintegrations_client"
    assert (package / "_models").is_dir()
    operations = "".join(p.read_text() for p in (package / "api").rglob("*.py"))
    assert "from ..._models." in operations and "pydantic_models import" not in operations
    index = (package / "pydantic_models.py").read_text()
    assert "def __getattr__" in index and "if TYPE_CHECKING:" in index
    probe = (
        "import importlib, pkgutil, sys\n"
        "models = importlib.import_module('mdintegrations_client.pydantic_models')\n"
        "loaded = {m for m in sys.modules if m.startswith('mdintegrations_client._models.')}\n"
        "assert not loaded, loaded\n"  # the index loads nothing until a name is asked for
        "from mdintegrations_client.pydantic_models import AccessTokenRequest\n"
        "assert AccessTokenRequest.__module__.endswith('access_token_request')\n"
        "api = importlib.import_module('mdintegrations_client.api')\n"
        "for info in pkgutil.walk_packages(api.__path__, api.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "importlib.import_module('mdintegrations_client.webhooks')\n"
        "for name in models.__all__:\n"
        "    assert getattr(models, name) is not None\n"
        "print(len(models.__all__))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=split_client, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 90


def test_split_client_passes_mypy_strict(split_client: Path) -> None:
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null"]
    done = subprocess.run(
        [*mypy, "mdintegrations_client"],
        cwd=split_client,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_statements_are_read_one_by_one_and_a_class_only_when_asked() -> None:
    code = ModelCode(
        "# header\n\nfrom pydantic import BaseModel\n\n\n@decorated\nclass A(BaseModel):\n    x: int = 1\n\n\n"
        'class B(BaseModel):\n    """\n    text\n\nclass C(BaseModel): a line of the docstring\n    """\n\n'
        "    y: int\n\n\nAlias = A\nA.model_rebuild()\n"
    )
    statements = code.statements
    assert [type(node).__name__ for node in statements] == ["ImportFrom", "ClassDef", "ClassDef", "Assign", "Expr"]
    assert [(node.lineno, node.end_lineno) for node in statements] == [
        (n.lineno, n.end_lineno) for n in ast.parse(code).body
    ]
    shell = statements[2]
    assert isinstance(shell, ast.ClassDef) and shell.name == "B" and "tree" not in code.__dict__
    assert [type(s).__name__ for s in class_node(code, shell).body] == ["Expr", "AnnAssign"]


def test_top_level_statements_are_those_python_parses_aliases_included() -> None:
    """A ``Twin = Kept`` alias is built without parsing; it must be the node ``ast.parse`` makes, positions too."""
    code = (
        "from __future__ import annotations\n\n"
        "class Kept(BaseModel):\n    a: int\n\n\n"
        "Twin = Kept\n"
        "Other_2 = Twin\n"
        "Nothing = None\n"
        "Number = 1\n"
        "Kept.model_rebuild()\n"
    )
    expected = [node for node in ast.parse(code).body if not isinstance(node, ast.ClassDef)]
    found = [node for node in ModelCode(code).statements if not isinstance(node, ast.ClassDef)]
    assert [ast.dump(node, include_attributes=True) for node in found] == [
        ast.dump(node, include_attributes=True) for node in expected
    ]
