"""The resource surface of the generated clients: ``client.<group>.<method>(...)``, sync and async.

Every operation of the five APIs is a method of its group on ``Client``, ``AsyncClient`` and their
``with_raw_response``; calls of each kind (get, list across pages, create) go to the API's mock (or to an
``httpx.MockTransport`` serving pages, where the mock has only one); a script written as the README shows
type-checks under ``mypy --strict``.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.codegen.client_generation import parse_client
from generator.codegen.distribution import distribution_context
from generator.jobs.corpus import default_folder
from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.spec.project import Project

from .conftest import REPO

PROJECT = Project(REPO)
APIS = PROJECT.api_names()


@pytest.fixture(scope="module", autouse=True)
def _clients_on_path() -> Iterator[None]:
    dirs = [str(PROJECT.client_dir(api)) for api in APIS]
    sys.path[:0] = dirs
    yield
    for entry in dirs:
        sys.path.remove(entry)


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, str]]:
    """Every API's mock on 127.0.0.1: API name -> base URL."""
    with ExitStack() as servers:
        urls = {}
        for api in APIS:
            spec = PROJECT.load(api)
            urls[api] = servers.enter_context(serve_on_loopback(create_app(spec))) + spec.base_path
        yield urls


def _credentials(api: str) -> dict[str, str]:
    """The mock's credentials under the client's argument names (those this client takes)."""
    mock = MockCredentials()
    offered = {
        "api_key": mock.api_key,
        "token": mock.bearer_token,
        "username": mock.basic_user,
        "password": mock.basic_password,
        "client_id": mock.client_id,
        "client_secret": mock.client_secret,
    }
    package = importlib.import_module(f"{api}_client")
    taken = inspect.signature(package.BaseClient.__init__).parameters
    return {name: value for name, value in offered.items() if name in taken}


def _client(api: str, base_url: str, kind: str = "Client", **kwargs: Any) -> Any:
    package = importlib.import_module(f"{api}_client")
    return getattr(package, kind)(base_url=base_url, **_credentials(api), **kwargs)


@pytest.mark.parametrize("api", APIS)
def test_every_operation_is_a_method_of_its_group(api: str) -> None:
    operations = parse_client(PROJECT.load(api)).operations
    client = _client(api, "http://127.0.0.1:9")
    aclient = _client(api, "http://127.0.0.1:9", "AsyncClient")
    for operation in operations:
        module = importlib.import_module(f"{api}_client.api.{operation.module}.{operation.function}")
        sync = getattr(getattr(client, operation.group), operation.method_name)
        asynchronous = getattr(getattr(aclient, operation.group), operation.method_name)
        raw = getattr(getattr(client.with_raw_response, operation.group), operation.method_name)
        assert inspect.iscoroutinefunction(asynchronous) and not inspect.iscoroutinefunction(sync)
        assert callable(raw)
        # the same arguments as the module function, without client=
        expected = [name for name in inspect.signature(module.sync).parameters if name != "client"]
        assert list(inspect.signature(sync).parameters) == expected, operation.function
        if operation.summary:
            assert operation.summary.split()[0] in (sync.__doc__ or ""), operation.function
    names = [(op.group, op.method_name) for op in operations]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("api", APIS)
def test_a_documented_get_works_sync_async_and_raw_against_the_mock(api: str, mocks: dict[str, str]) -> None:
    context = distribution_context(PROJECT.load(api))
    example = context["first_operation"]
    assert example is not None, api
    operation = next(op for op in parse_client(PROJECT.load(api)).operations if op.function == example["function"])
    arguments = example["call"].replace("client=client", "").strip(", ").replace(", ,", ",")
    call = f"client.{operation.group}.{operation.method_name}({arguments})"
    module = importlib.import_module(f"{api}_client.api.{operation.module}.{operation.function}")
    with _client(api, mocks[api]) as client:
        result = _parsed(eval(call, {"client": client}))  # the README example's own arguments
        raw = eval(call.replace("client.", "client.with_raw_response.", 1), {"client": client})
        expected = eval(f"module.sync({example['call']})", {"client": client, "module": module})
    assert 200 <= raw.status_code < 300 and raw.parsed is not None
    assert type(result) is type(expected) is type(raw.parsed)

    async def main() -> Any:
        async with _client(api, mocks[api], "AsyncClient") as client:
            return _parsed(await eval(call, {"client": client}))

    assert type(asyncio.run(main())) is type(expected)


def _parsed(result: Any) -> Any:
    """What ``sync`` returns: a paginated method's first page holds it as ``page``."""
    return result.page if type(result).__name__ in ("Page", "AsyncPage") else result


def test_creates_sync_and_async_against_the_mock(mocks: dict[str, str]) -> None:
    from provider_client.pydantic_models import ProviderEnrolment, ProviderEnrolmentRequest

    body = ProviderEnrolmentRequest(learner_id=uuid.uuid4(), task_id=uuid.uuid4())
    with _client("provider", mocks["provider"]) as client:
        created = client.provider_enrolments.create("1", body=body)
        raw = client.with_raw_response.provider_enrolments.create("1", body=body)
    assert isinstance(created, ProviderEnrolment) and raw.status_code == 201

    async def main() -> ProviderEnrolment:
        async with _client("provider", mocks["provider"], "AsyncClient") as client:
            result = await client.provider_enrolments.create("1", body=body)
            assert isinstance(result, ProviderEnrolment)
            return result

    assert isinstance(asyncio.run(main()), ProviderEnrolment)


def _provider_pages(total: int, item: dict[str, Any]) -> httpx.MockTransport:
    """``GET /providers`` answered in pages of ``limit`` with ``next`` links, as the spec documents; the
    items are copies of ``item`` (a provider the mock made) numbered by ``id``."""

    def reply(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params.get("offset", 0)), int(request.url.params.get("limit", 2))
        following = request.url.copy_merge_params({"offset": offset + limit}) if offset + limit < total else None
        items = [{**item, "id": i} for i in range(offset, min(offset + limit, total))]
        return httpx.Response(
            200,
            json={"count": total, "next": str(following) if following else None, "previous": None, "results": items},
        )

    return httpx.MockTransport(reply)


@pytest.fixture(scope="module")
def provider_item(mocks: dict[str, str]) -> dict[str, Any]:
    with _client("provider", mocks["provider"]) as client:
        item: dict[str, Any] = json.loads(client.with_raw_response.providers.get(1).content)
    return item


def test_a_list_walks_every_page_sync_and_async(provider_item: dict[str, Any]) -> None:
    pages = _provider_pages(5, provider_item)
    client = _client("provider", "http://127.0.0.1:9", httpx_args={"transport": pages})
    page = client.providers.list(limit=2)
    assert [p.id for p in page.items] == [0, 1] and page.has_next_page()
    assert [p.id for p in page] == [0, 1, 2, 3, 4]

    async def main() -> list[int]:
        async with _client("provider", "http://127.0.0.1:9", "AsyncClient", httpx_args={"transport": pages}) as aclient:
            return [p.id async for p in await aclient.providers.list(limit=2)]

    assert asyncio.run(main()) == [0, 1, 2, 3, 4]


def test_async_client_shares_the_runtime_credentials_retries_and_idempotency_keys(mocks: dict[str, str]) -> None:
    from provider_client.pydantic_models import ProviderEnrolmentRequest

    with _client("provider", mocks["provider"]) as client:
        created = client.with_raw_response.provider_enrolments.create(
            "1", body=ProviderEnrolmentRequest(learner_id=uuid.uuid4(), task_id=uuid.uuid4())
        )
    seen: list[httpx.Request] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503) if len(seen) == 1 else httpx.Response(201, content=created.content)

    async def main() -> Any:
        async with _client(
            "provider",
            "http://127.0.0.1:9",
            "AsyncClient",
            retry_non_idempotent=True,
            httpx_args={"transport": httpx.MockTransport(flaky)},
        ) as client:
            body = ProviderEnrolmentRequest(learner_id=uuid.uuid4(), task_id=uuid.uuid4())
            return await client.provider_enrolments.create("1", body=body, max_retries=1)

    assert asyncio.run(main()) is not None and len(seen) == 2
    keys = {request.headers.get("Idempotency-Key") for request in seen}
    assert len(keys) == 1 and None not in keys
    assert all(request.headers["Authorization"].endswith(MockCredentials().bearer_token) for request in seen)


def test_downloads_stream_from_the_streaming_namespace(mocks: dict[str, str]) -> None:
    with _client("innovatrics", mocks["innovatrics"]) as client:
        whole = client.license_details.download(1)
        with client.streaming.license_details.download(1) as download:
            streamed = b"".join(download.iter_bytes())
    assert streamed and streamed == whole.payload.read()

    async def main() -> bytes:
        client = _client("innovatrics", mocks["innovatrics"], "AsyncClient")
        async with client, client.streaming.license_details.download(1) as download:
            return b"".join([chunk async for chunk in download.iter_bytes()])

    assert asyncio.run(main()) == streamed


def test_with_options_copies_call_the_copy() -> None:
    client = _client("provider", "http://127.0.0.1:9")
    assert client.providers is client.providers  # built once, on first use
    other = client.with_options(max_retries=0)
    assert other.providers is not client.providers and other.providers._client is other


def test_groups_are_imported_on_first_use() -> None:
    script = textwrap.dedent(
        """
        import sys
        from provider_client import Client
        client = Client(base_url="http://127.0.0.1:9")
        assert "provider_client.resources.providers" not in sys.modules
        assert not any(name.startswith("provider_client.api.") for name in sys.modules)
        client.providers
        loaded = {name for name in sys.modules if name.startswith("provider_client.api.")}
        assert loaded == {"provider_client.api.providers", "provider_client.api.providers.get_provider",
                          "provider_client.api.providers.list_providers"}, loaded
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": str(PROJECT.client_dir("provider"))},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


USER_SCRIPT = '''
"""Written as the README shows: resources, pages, raw responses, errors, the async client."""

import asyncio

from provider_client import AsyncClient, Client, NotFoundError
from provider_client.pydantic_models import Provider, ProviderEnrolment, ProviderEnrolmentRequest


def names(client: Client) -> list[str]:
    return [provider.name for provider in client.providers.list(limit=100)]


def one(client: Client, provider_id: int) -> Provider | None:
    try:
        return client.providers.get(provider_id)
    except NotFoundError as error:
        print(error.status_code, error.request_id)
        return None


def enrol(client: Client, body: ProviderEnrolmentRequest) -> ProviderEnrolment:
    raw = client.with_raw_response.provider_enrolments.create("1", body=body)
    print(raw.status_code)
    return client.provider_enrolments.create("1", body=body)


async def count() -> int:
    async with AsyncClient() as client:
        page = await client.providers.list()
        following = await page.next_page()
        print(following is None)
        first: Provider = await client.providers.get(1)
        print(first.name)
        return len([p async for p in page])


with Client() as client:
    print(names(client), one(client, 1))
print(asyncio.run(count()))
'''


def test_a_script_written_against_the_readme_type_checks(tmp_path: Path) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", str(script)],
        env={"MYPYPATH": str(PROJECT.client_dir("provider")), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _named(*operations: tuple[str, str, dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """operationId -> (group, method) for operations given as (path, operationId, extra fields)."""
    from generator.codegen._operations import read_operations

    paths: dict[str, Any] = {}
    for path, operation_id, extra in operations:
        paths.setdefault(path, {})[extra.pop("method", "get")] = {"operationId": operation_id, **extra}
    return {op.operation_id: (op.group, op.method_name) for op in read_operations({"paths": paths})}


def test_method_names_drop_the_group_words_singular_or_plural() -> None:
    named = _named(
        ("/a", "listCategories", {"tags": ["Category"]}),
        ("/b", "get_category", {"tags": ["Category"]}),
        ("/c", "createProviderEnrolment", {"tags": ["provider enrolments"]}),
        ("/d", "searchLicenseDetails", {"tags": ["licenses"]}),
    )
    assert named == {
        "listCategories": ("category", "list"),
        "get_category": ("category", "get"),
        "createProviderEnrolment": ("provider_enrolments", "create"),
        "searchLicenseDetails": ("licenses", "search_details"),
    }


def test_names_that_would_collide_or_vanish_keep_the_full_name() -> None:
    named = _named(
        ("/a", "list_pets", {"tags": ["pets"]}),
        ("/b", "list_pet", {"tags": ["pets"]}),
        ("/c", "pets", {"tags": ["pets"]}),
        ("/d", "request", {"tags": ["request"]}),  # a group must not hide Client.request
    )
    assert named == {
        "list_pets": ("pets", "list_pets"),
        "list_pet": ("pets", "list_pet"),
        "pets": ("pets", "pets"),
        "request": ("request_", "request"),
    }


def test_ids_that_only_spell_method_and_path_get_rest_verbs() -> None:
    """Box: get_files_id_comments, post_comments, get_comments_id... read as list, create, get, update, delete."""
    comments = {"tags": ["Comments"]}
    named = _named(
        ("/files/{file_id}/comments", "get_files_id_comments", dict(comments)),
        ("/comments", "post_comments", {**comments, "method": "post"}),
        ("/comments/{comment_id}", "get_comments_id", dict(comments)),
        ("/comments/{comment_id}", "put_comments_id", {**comments, "method": "put"}),
        ("/comments/{comment_id}", "delete_comments_id", {**comments, "method": "delete"}),
        ("/folders/{folder_id}/items", "get_folders_id_items", {"tags": ["Folders"]}),
        ("/folders/{folder_id}/trash", "get_folders_id_trash", {"tags": ["Folders"]}),  # both would be list
        ("/folders/{folder_id}", "get_folder_by_id", {"tags": ["Folders"]}),  # more than method and path
    )
    assert named == {
        "get_files_id_comments": ("comments", "list"),
        "post_comments": ("comments", "create"),
        "get_comments_id": ("comments", "get"),
        "put_comments_id": ("comments", "update"),
        "delete_comments_id": ("comments", "delete"),
        "get_folders_id_items": ("folders", "get_items"),
        "get_folders_id_trash": ("folders", "get_trash"),
        "get_folder_by_id": ("folders", "get_by_id"),
    }


def test_extensions_choose_the_group_and_the_name() -> None:
    named = _named(
        ("/a", "list_pets", {"tags": ["pets"], "x-apigen-group": "Animals", "x-apigen-name": "all"}),
        ("/b", "fetchPet", {"tags": ["pets"], "x-apigen-group": "Animals"}),
        ("/c", "get_pet", {"tags": ["pets"], "x-apigen-name": "get", "method": "get"}),
        ("/c", "read_pet", {"tags": ["pets"], "method": "post"}),  # would be "read": free
        ("/d", "get_it", {"tags": ["pets"]}),  # would be "get_it"
        ("/e", "x", {"tags": ["pets"], "x-apigen-name": "class"}),
    )
    assert named == {
        "list_pets": ("animals", "all"),
        "fetchPet": ("animals", "fetch_pet"),
        "get_pet": ("pets", "get"),
        "read_pet": ("pets", "read"),
        "get_it": ("pets", "get_it"),
        "x": ("pets", "class_"),
    }


def test_the_examples_use_the_resource_surface_and_type_check() -> None:
    scripts = sorted((REPO / "examples").glob("*_usage.py"))
    assert len(scripts) == len(APIS)
    for script in scripts:
        text = script.read_text()
        assert "AsyncClient" in text and ".api." not in text, script.name  # methods, not module functions
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", *map(str, scripts)],
        env={"MYPYPATH": ":".join(str(PROJECT.client_dir(api)) for api in APIS), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_prefix_every_tag_shares_is_not_part_of_the_group() -> None:
    named = _named(
        ("/a", "ListCall", {"tags": ["Api20100401Call"]}),
        ("/b", "FetchConference", {"tags": ["Api20100401Conference"]}),
        ("/c", "ping", {"tags": ["Api20100401Call"], "x-apigen-group": "api_health"}),
    )
    assert named == {
        "ListCall": ("call", "list"),
        "FetchConference": ("conference", "fetch"),
        "ping": ("api_health", "ping"),
    }


# --- a flagship vendor spec, generated into a temporary project -------------------------------------------

TWILIO = default_folder(REPO) / "flagship" / "twilio_api_v2010.json"  # ../shared/corpus unless $APIGEN_CORPUS
needs_twilio = pytest.mark.skipif(not TWILIO.is_file(), reason="the shared flagship corpus is not on this machine")


@pytest.fixture(scope="module")
def twilio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path, str]]:
    """(package, its folder, the mock's base URL) of Twilio's client, rendered through the real pipeline."""
    from generator import load_spec
    from generator.codegen.generating import render

    spec = load_spec(TWILIO)
    folder = tmp_path_factory.mktemp("twilio")
    render(spec, folder, REPO / "templates")
    sys.path.insert(0, str(folder))
    try:
        with serve_on_loopback(create_app(spec)) as origin:
            yield importlib.import_module(spec.package_name), folder, origin + spec.base_path
    finally:
        sys.path.remove(str(folder))


@needs_twilio
def test_every_flagship_operation_is_a_method_and_calls_work_against_its_mock(twilio: tuple[Any, Path, str]) -> None:
    package, _, base_url = twilio
    from generator import load_spec

    mock = MockCredentials()
    client = package.Client(base_url=base_url, username=mock.basic_user, password=mock.basic_password)
    aclient = package.AsyncClient(base_url=base_url, username=mock.basic_user, password=mock.basic_password)
    operations = parse_client(load_spec(TWILIO)).operations
    for operation in operations:
        assert callable(getattr(getattr(client, operation.group), operation.method_name))
        assert inspect.iscoroutinefunction(getattr(getattr(aclient, operation.group), operation.method_name))
        assert callable(getattr(getattr(client.with_raw_response, operation.group), operation.method_name))
    assert len({(op.group, op.method_name) for op in operations}) == len(operations)
    models = importlib.import_module(f"{package.__name__}.pydantic_models")
    account = "AC" + "a" * 32
    assert isinstance(client.call.list(account), models.ListCallResponse200)
    assert isinstance(client.call.fetch(account, "CA" + "b" * 32), models.ApiV2010AccountCall)
    body = models.CreateCallBody(to="+15558675310", from_="+15017122661", url="https://example.com/twiml")
    assert isinstance(client.call.create(account, body=body), models.ApiV2010AccountCall)

    async def main() -> Any:
        async with aclient:
            await aclient.call.list(account)
            return await aclient.call.create(account, body=body)

    assert isinstance(asyncio.run(main()), models.ApiV2010AccountCall)
    client.close()


@needs_twilio
def test_the_flagship_client_and_a_script_against_it_pass_mypy_strict(twilio: tuple[Any, Path, str]) -> None:
    package, folder, _ = twilio
    script = folder / "user_script.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import asyncio

            from {package.__name__} import AsyncClient, Client, NotFoundError
            from {package.__name__}.pydantic_models import ApiV2010AccountCall, CreateCallBody

            with Client() as client:
                try:
                    call: ApiV2010AccountCall = client.call.fetch("AC1", "CA1")
                except NotFoundError as error:
                    print(error.status_code)
                print(client.with_raw_response.call.list("AC1").status_code)


            async def main() -> ApiV2010AccountCall:
                async with AsyncClient() as client:
                    body = CreateCallBody(to="+1", from_="+2", url="https://example.com")
                    return await client.call.create("AC1", body=body)


            print(asyncio.run(main()))
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "."],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=folder,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr


@needs_twilio
def test_the_flagship_examples_round_trip_through_the_client(twilio: tuple[Any, Path, str]) -> None:
    """Every documented JSON 2xx example of Twilio's spec that fits its schema, parsed by its operation as a
    response would be and written back out, is the example unchanged (values kept as sent: URIs, date-times)."""
    from pydantic import BaseModel

    from generator import load_spec
    from generator.codegen._operations import read_operations
    from generator.spec.schemas import Schemas

    package, _, base_url = twilio
    spec = load_spec(TWILIO)
    client = package.Client(base_url=base_url, username="u", password="p")
    schemas = Schemas(spec)
    checked, changed = 0, []
    for operation in read_operations(spec.document):
        module = importlib.import_module(f"{package.__name__}.api.{operation.module}.{operation.function}")
        for status, response in (operation.data.get("responses") or {}).items():
            media = (spec.resolve(response).get("content") or {}).get("application/json") or {}
            examples = [e.get("value") for e in (media.get("examples") or {}).values() if isinstance(e, dict)]
            pointer = f"{operation.pointer}/responses/{status}/content/application~1json/schema"
            for example in [*([media["example"]] if "example" in media else []), *examples]:
                if not str(status).startswith("2") or not isinstance(example, dict):
                    continue
                if not schemas.example_fits(example, pointer, "response"):
                    continue  # a vendor example its own schema refuses (validate warns of it)
                request = httpx.Request(operation.method.upper(), base_url)
                answer = httpx.Response(int(status), json=example, request=request)
                parsed = module._parse_success(client=client, response=answer)
                if isinstance(parsed, BaseModel):
                    checked += 1
                    if parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) != example:
                        changed.append(f"{operation.method.upper()} {operation.path} {status}")
    assert checked >= 100 and changed == []
