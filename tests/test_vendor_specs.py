"""A vendor's published spec as it is (OpenAPI 3.0, JSON, house conventions ignored, awkward names) goes through
validation and generation; the client it gives imports and sends what the operation documents."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import pytest

from generator import check, load_spec
from generator.codegen.generating import generate
from generator.spec.project import Project

from .conftest import FIXTURES, REPO

SHOP = FIXTURES / "vendor" / "Shop-API.json"
NO_SCHEMAS = """\
openapi: 3.0.1
info: {title: Plain, version: "2024-01-01"}
paths:
  /ping:
    get:
      responses:
        "200": {description: pong, content: {text/plain: {schema: {type: string}}}}
"""


@pytest.fixture(scope="module")
def vendor_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("vendor")
    (root / "specs").mkdir()
    shutil.copy(SHOP, root / "specs" / SHOP.name)
    (root / "specs" / "no-schemas.yaml").write_text(NO_SCHEMAS)
    shutil.copytree(REPO / "templates", root / "templates")
    project = Project(root)
    outcomes = generate(project, [project.load(api) for api in project.api_names()])
    assert {outcome.api for outcome in outcomes} == {"Shop-API", "no-schemas"}
    return project


# Run before each snippet: ``recording_client(status, **response)`` gives a client of the Shop API whose requests
# are answered with that response and kept in the list it returns beside it.
_PRELUDE = """
import json
import httpx
def recording_client(status, **response):
    import shop_api_client as api
    seen = []
    def handler(request):
        seen.append(request)
        return httpx.Response(status, **response)
    transport = httpx.MockTransport(handler)
    return api.Client(base_url="https://shop.example/api", httpx_args={"transport": transport}), seen
"""


def _run_python(project: Project, api: str, code: str) -> str:
    client_dir = project.client_dir(api)
    result = subprocess.run(
        [sys.executable, "-c", _PRELUDE + textwrap.dedent(code)],
        cwd=client_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_vendor_spec_is_valid_with_convention_warnings_only() -> None:
    problems = check(load_spec(SHOP))
    assert problems and all(problem.is_warning for problem in problems)
    assert {problem.rule for problem in problems} >= {"operation-id", "metadata", "errors"}


def test_client_and_models_import_under_normalised_names(vendor_project: Project) -> None:
    out = _run_python(
        vendor_project,
        "Shop-API",
        """
        import shop_api_client, shop_api_client.pydantic_models as models
        item = models.ShopItem(sku="AB-1", price=None)
        print(item.model_dump()["sku"], sorted(models.ShopItem.model_fields))
        """,
    )
    assert out.split(" ", 1)[0] == "AB-1" and "price" in out
    assert (vendor_project.client_dir("Shop-API") / "shop_api_client" / "py.typed").is_file()


def test_a_spec_without_schemas_gets_an_importable_empty_models_module(vendor_project: Project) -> None:
    out = _run_python(vendor_project, "no-schemas", "import no_schemas_client.pydantic_models as m; print(m.__doc__)")
    assert "no models" in out


def test_one_schema_as_json_xml_and_form_is_sent_as_json(vendor_project: Project) -> None:
    out = _run_python(
        vendor_project,
        "Shop-API",
        """
        from shop_api_client.api.default import post_items
        from shop_api_client.pydantic_models import ShopItem
        client, seen = recording_client(201, json={"sku": "AB-1"})
        created = post_items.sync(client=client, body=ShopItem(sku="AB-1"))
        print(json.dumps([seen[0].headers["content-type"], json.loads(seen[0].content), created.sku]))
        """,
    )
    assert json.loads(out) == ["application/json", {"sku": "AB-1"}, "AB-1"]


def test_a_path_parameter_default_does_not_break_the_signature(vendor_project: Project) -> None:
    out = _run_python(
        vendor_project,
        "Shop-API",
        """
        from shop_api_client.api.default import get_store_item
        client, seen = recording_client(200, json={"sku": "AB-1"})
        item = get_store_item.sync("main", 3, client=client)
        print(seen[0].url.path, item.sku)
        """,
    )
    # the response is declared as */* with an object schema: parsed as JSON, not built from raw bytes
    assert out.strip() == "/api/stores/main/items/3 AB-1"


def test_a_parameter_named_like_a_call_option_is_renamed(vendor_project: Project) -> None:
    out = _run_python(
        vendor_project,
        "Shop-API",
        """
        from shop_api_client.api.default import list_items
        client, seen = recording_client(200, json=[])
        list_items.sync(client=client, timeout_query=250, timeout=5.0)
        print(seen[0].url.params["timeout"])
        """,
    )
    assert out.strip() == "250"


def test_environment_variables_use_the_normalised_api_name(vendor_project: Project) -> None:
    out = _run_python(
        vendor_project,
        "Shop-API",
        """
        import os
        import shop_api_client as api
        from shop_api_client.api.default import list_items
        os.environ["SHOP_API_BASE_URL"] = "https://sandbox.shop.example/v9"
        seen = []
        def handler(request):
            seen.append(request)
            return httpx.Response(200, json=[])
        with api.Client(httpx_args={"transport": httpx.MockTransport(handler)}) as client:
            list_items.sync(client=client)
        print(seen[0].url)
        """,
    )
    assert out.strip() == "https://sandbox.shop.example/v9/items"
