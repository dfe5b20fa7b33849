"""Generated models that ``mypy --strict`` accepts on the constructs of vendors' specs that broke it, and that
still validate and serialise as the spec says (tests/fixtures/specs/typing_constructs.yaml holds one of each)."""

from __future__ import annotations

import importlib
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import load_spec
from generator.codegen._classes import OPERATION_NAMES
from generator.codegen._defaults import root_model_defaults
from generator.codegen._inheritance import flatten_conflicting_subclasses
from generator.codegen._model_code import ModelCode
from generator.codegen.generating import render

from .conftest import FIXTURES, REPO

SPEC = FIXTURES / "specs" / "typing_constructs.yaml"
PACKAGE = "typing_constructs_client"


@pytest.fixture(scope="module")
def client_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("typing") / "typing_constructs-client"
    render(load_spec(SPEC), root, REPO / "templates")
    return root


@pytest.fixture(scope="module")
def package(client_dir: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(client_dir))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(client_dir))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def models(package: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.pydantic_models")


def test_the_client_passes_mypy_strict(client_dir: Path) -> None:
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", PACKAGE]
    done = subprocess.run(mypy, cwd=client_dir, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_enum_defaults_are_members_and_branch_defaults_stay_on_the_field(models: ModuleType) -> None:
    settings = models.Settings()
    assert settings.account_type is models.SettingsAccountType.CHECKING
    assert settings.modalities == [models.SettingsModalitiesItem.AUDIO]
    assert all(isinstance(item, models.SettingsModalitiesItem) for item in settings.modalities)
    assert settings.model_dump(mode="json") == {
        "account_type": "checking",
        "modalities": ["audio"],
        "n_epochs": "auto",
        "stop": None,
        "n": 1,
    }
    assert models.Settings(n=3).model_dump(mode="json")["n"] == 3


def test_a_subclass_narrowing_a_field_beyond_its_base_is_written_without_the_base(models: ModuleType) -> None:
    entry = models.AcknowledgeEntry.model_validate({"type": "acknowledgement_entry", "id": "E1", "timeout": 30})
    assert not issubclass(models.AcknowledgeEntry, models.Entry)
    assert list(models.AcknowledgeEntry.model_fields) == ["id", "type", "status", "note", "timeout"]  # pydantic's
    assert entry.model_dump(mode="json", exclude_none=True) == {
        "id": "E1",
        "type": "acknowledgement_entry",
        "timeout": 30,
    }
    note = models.NoteEntry.model_validate({"type": "note_entry", "status": "archived"})
    assert note.status == "archived"
    with pytest.raises(ValueError, match="status"):
        models.NoteEntry.model_validate({"type": "note_entry"})  # required in the subclass, as the spec says
    conflict = models.ConflictError.model_validate({"code": "409", "context_info": {"conflicts": ["a"]}})
    assert conflict.context_info is not None and conflict.context_info.conflicts == ["a"]
    assert models.Resource.model_validate({"type": "note_entry"}).type == "note_entry"


def test_a_subclass_whose_overrides_fit_keeps_its_base(models: ModuleType) -> None:
    assert issubclass(models.PinnedEntry, models.Entry)
    assert models.PinnedEntry.model_validate({"type": "note_entry", "note": "n", "pinned": True}).pinned is True


def test_a_schema_named_like_a_kept_format_keeps_both(models: ModuleType) -> None:
    contact = models.Contact.model_validate({"email": "a@example.com", "emails": [{"data": "b@example.com"}]})
    assert contact.email == "a@example.com"  # the format's alias, not the Email model
    assert isinstance(contact.emails[0], models.Email) and contact.emails[0].data == "b@example.com"


def test_a_schema_named_like_a_resource_class_keeps_its_name(package: ModuleType, models: ModuleType) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"resources": ["droplet:1"]})

    with package.Client(base_url="http://127.0.0.1:9", httpx_args={"transport": httpx.MockTransport(reply)}) as client:
        tags: Any = client.tags.list()
    assert isinstance(tags, models.TagsResource) and tags.resources == ["droplet:1"]
    assert type(client.tags).__name__ == "TagsGroupResource"


def _flattened(code: str) -> str:
    return flatten_conflicting_subclasses(ModelCode(code))


def _wrapped(code: str) -> str:
    return root_model_defaults(ModelCode(code))


def _load(code: str, path: Path) -> ModuleType:
    path.write_text(code)
    spec = importlib.util.spec_from_file_location(f"_models_under_test_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the annotations in the module's namespace
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_schemas_named_like_what_operations_import_get_model_names(package: ModuleType, models: ModuleType) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        assert request.url.params["page"] == "last"
        return httpx.Response(200, json={"items": ["a"]})

    with package.Client(base_url="http://127.0.0.1:9", httpx_args={"transport": httpx.MockTransport(reply)}) as client:
        page: Any = client.pages.list(page=models.PageModel.LAST)
    assert isinstance(page, models.ResponseModel) and page.items == ["a"]
    assert {"ResponseModel", "UnsetModel", "PageModel"} <= set(vars(models)) and "Response" not in vars(models)


def test_the_reserved_class_names_cover_what_the_operation_templates_import() -> None:
    templates = REPO / "templates" / "client"
    imported = {
        name.strip(" ,()").split(" as ")[-1]
        for template in ("endpoint_module.py.jinja", "resource.py.jinja")
        for statement in re.findall(r"^from [.\w]+ import (\([^)]*\)|.*)$", (templates / template).read_text(), re.M)
        for name in statement.replace("\n", ",").split(",")
    }
    class_like = {name for name in imported if name[:1].isupper() and name.isidentifier()}
    assert class_like <= OPERATION_NAMES, class_like - OPERATION_NAMES
    assert {"File", "UUID"} <= OPERATION_NAMES  # the types _types.py imports for binary and uuid fields


_MODELS = '''from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel


class Kind(StrEnum):
    A = "a"


class Left(BaseModel):
    model_config = ConfigDict(extra="allow")
    shared: str | None = None
    left: int | None = None


class Right(BaseModel):
    shared: str | None = None
    right: dict[str, Any] | None = None


class Both(Left, Right):
    """Both sides."""

    shared: Kind | None = None
    right: Any = None


class Narrowed(Left):
    left: Literal[1, 2]


class Count(RootModel[int]):
    root: Annotated[int, Field(ge=1)]


class Counted(BaseModel):
    count: Annotated[Count | None, Field(validate_default=True)] = 1
    plain: int | None = 2
    label: str | Count = "x"
'''


def test_flattening_follows_pydantic_field_order_and_only_where_a_type_does_not_fit(tmp_path: Path) -> None:
    flattened = _flattened(_MODELS)
    _load(flattened, tmp_path / "kept.py")
    assert "class Both(Left, Right):" in flattened  # a StrEnum fits str; Any fits anything
    assert "class Narrowed(Left):" in flattened  # int literals fit int
    assert _flattened(_MODELS.replace("Literal[1, 2]", 'Literal["1"]')).count("(BaseModel)") == 4
    with_conflict = _MODELS.replace("    right: Any = None\n", "    right: list[str] | None = None\n")
    flattened = _flattened(with_conflict)
    assert 'class Both(BaseModel):\n    """Both sides."""\n    model_config = ConfigDict(extra="allow")\n' in flattened
    module = _load(flattened, tmp_path / "flattened.py")
    assert list(module.Both.model_fields) == ["shared", "right", "left"]  # as pydantic orders Both(Left, Right)


def test_a_literal_default_only_a_root_model_admits_is_wrapped_in_it(tmp_path: Path) -> None:
    code = _wrapped(_MODELS)
    assert (
        "= Count(1)" in code
        and "= Count(1)" not in _wrapped(_FORWARD)
        and "plain: int | None = 2\n" in code
        and 'label: str | Count = "x"\n' in code
    )
    assert _load(code, tmp_path / "wrapped.py").Counted().model_dump() == {"count": 1, "plain": 2, "label": "x"}


_FORWARD = """from __future__ import annotations

from pydantic import BaseModel, RootModel


class Counted(BaseModel):
    count: Count | None = 1


class Count(RootModel[int]):
    root: int
"""


def test_a_flattened_class_last_in_a_module_without_a_final_newline_stays_valid(tmp_path: Path) -> None:
    """NPR's identity spec: ``UserDocument(CollectionDocument)``, flattened, ended its module with no newline, and
    its last field ran into the next one copied (``links: Links    version: ...``): a SyntaxError."""
    code = (
        "from __future__ import annotations\n\nfrom typing import Any\n\nfrom pydantic import BaseModel\n\n\n"
        "class Collection(BaseModel):\n    links: dict[str, Any] | None = None\n    version: str\n\n\n"
        "class UserDocument(Collection):\n    links: list[str]"
    )
    flattened = _flattened(code)
    module = _load(flattened, tmp_path / "last.py")
    assert "class UserDocument(BaseModel):" in flattened
    assert list(module.UserDocument.model_fields) == ["links", "version"]
