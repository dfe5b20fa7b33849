from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import dump_value, load
from ..._runtime.pagination import (
    AsyncPage,
    AsyncSource,
    Numbered,
    Page,
    Source,
    aiterate_items,
    iterate_items,
    present,
)
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import ErrorResponse, ListPetsPagination, ListPetsResponse, Pet
from ...types import UNSET, Response, Unset, status_of

_SECURITY: Security = (("basicAuth",),)


def _get_kwargs(
    app_name: str,
    *,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["search_value"] = search_value

    params["search_by"] = search_by

    params["page"] = page

    params["pagination"] = dump_value(pagination)

    params["perPage"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/{app_name}/pet/list".format(
            app_name=segment(app_name, "app_name"),
        ),
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "application/json"}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | ErrorResponse | ListPetsResponse | None:
    if response.status_code == 200:
        response_200 = load(ListPetsResponse, response.json())
        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = load(ErrorResponse, response.json())
        return response_404

    if response.status_code == 422:
        response_422 = load(ErrorResponse, response.json())
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> ListPetsResponse:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> ListPetsResponse:
    if response.status_code == 200:
        response_200 = load(ListPetsResponse, response.json())
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[Any | ErrorResponse | ListPetsResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | ErrorResponse | ListPetsResponse]:
    """Get pets

     Lists all the pets of the user whose email is given as the `email` query parameter (requires
    authentication). Supports search (`search_value`, `search_by`) and page-based pagination
    (`pagination`, `page`, `perPage`).

    Args:
        app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
            every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
            Found".
        email (str): Email of the user whose pets are listed.
        search_value (str | Unset): Text to search for.
        search_by (str | Unset): Field to search `search_value` in (values not documented; the
            doc's example is faker text).
        page (int | Unset): Page number (1-based) when `pagination` is 1.
        pagination (ListPetsPagination | Unset): Pagination switch; 1 = return one page of
            `perPage` pets (page `page`), 0 = no pagination.
        per_page (int | Unset): Page size (pets per page) when `pagination` is 1.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorResponse | ListPetsResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        email=email,
        search_value=search_value,
        search_by=search_by,
        page=page,
        pagination=pagination,
        per_page=per_page,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> ListPetsResponse:
    """Get pets

     Lists all the pets of the user whose email is given as the `email` query parameter (requires
    authentication). Supports search (`search_value`, `search_by`) and page-based pagination
    (`pagination`, `page`, `perPage`).

    Args:
        app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
            every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
            Found".
        email (str): Email of the user whose pets are listed.
        search_value (str | Unset): Text to search for.
        search_by (str | Unset): Field to search `search_value` in (values not documented; the
            doc's example is faker text).
        page (int | Unset): Page number (1-based) when `pagination` is 1.
        pagination (ListPetsPagination | Unset): Pagination switch; 1 = return one page of
            `perPage` pets (page `page`), 0 = no pagination.
        per_page (int | Unset): Page size (pets per page) when `pagination` is 1.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        ListPetsResponse
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        email=email,
        search_value=search_value,
        search_by=search_by,
        page=page,
        pagination=pagination,
        per_page=per_page,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | ErrorResponse | ListPetsResponse]:
    """Get pets

     Lists all the pets of the user whose email is given as the `email` query parameter (requires
    authentication). Supports search (`search_value`, `search_by`) and page-based pagination
    (`pagination`, `page`, `perPage`).

    Args:
        app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
            every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
            Found".
        email (str): Email of the user whose pets are listed.
        search_value (str | Unset): Text to search for.
        search_by (str | Unset): Field to search `search_value` in (values not documented; the
            doc's example is faker text).
        page (int | Unset): Page number (1-based) when `pagination` is 1.
        pagination (ListPetsPagination | Unset): Pagination switch; 1 = return one page of
            `perPage` pets (page `page`), 0 = no pagination.
        per_page (int | Unset): Page size (pets per page) when `pagination` is 1.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorResponse | ListPetsResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        email=email,
        search_value=search_value,
        search_by=search_by,
        page=page,
        pagination=pagination,
        per_page=per_page,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> ListPetsResponse:
    """Get pets

     Lists all the pets of the user whose email is given as the `email` query parameter (requires
    authentication). Supports search (`search_value`, `search_by`) and page-based pagination
    (`pagination`, `page`, `perPage`).

    Args:
        app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
            every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
            Found".
        email (str): Email of the user whose pets are listed.
        search_value (str | Unset): Text to search for.
        search_by (str | Unset): Field to search `search_value` in (values not documented; the
            doc's example is faker text).
        page (int | Unset): Page number (1-based) when `pagination` is 1.
        pagination (ListPetsPagination | Unset): Pagination switch; 1 = return one page of
            `perPage` pets (page `page`), 0 = no pagination.
        per_page (int | Unset): Page size (pets per page) when `pagination` is 1.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        ListPetsResponse
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        email=email,
        search_value=search_value,
        search_by=search_by,
        page=page,
        pagination=pagination,
        per_page=per_page,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[ListPetsResponse]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        app_name=app_name,
        email=email,
        search_value=search_value,
        search_by=search_by,
        page=page,
        pagination=pagination,
        per_page=per_page,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[ListPetsResponse]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        app_name=app_name,
        email=email,
        search_value=search_value,
        search_by=search_by,
        page=page,
        pagination=pagination,
        per_page=per_page,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


def _page_items(page: ListPetsResponse) -> list[Pet]:
    level_1 = present(page.data)
    if level_1 is None:
        return []
    return present(level_1.list_) or []


def _source(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[Source[ListPetsResponse, Pet], int]:
    """How to fetch this operation's pages with :func:`sync`, and the first page's number."""

    def fetch(_at: int) -> ListPetsResponse:
        return sync(
            app_name=app_name,
            client=client,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=_at,
            pagination=ListPetsPagination(1) if isinstance(pagination, Unset) else pagination,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 1 if (start := present(page)) is None else start
    return Source(fetch, _page_items, Numbered(present(per_page))), first


def _asource(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[AsyncSource[ListPetsResponse, Pet], int]:

    async def fetch(_at: int) -> ListPetsResponse:
        return await asyncio(
            app_name=app_name,
            client=client,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=_at,
            pagination=ListPetsPagination(1) if isinstance(pagination, Unset) else pagination,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 1 if (start := present(page)) is None else start
    return AsyncSource(fetch, _page_items, Numbered(present(per_page))), first


def first_page(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Page[ListPetsResponse, Pet]:
    """The first page (or the one ``page`` names), fetched now, as a ``Page``.

    Takes the arguments of :func:`sync`. The ``Page`` holds ``items`` and ``page`` (what :func:`sync`
    returns); ``has_next_page()``, ``next_page()`` (None at the end) and ``iter_pages()`` walk on, and
    iterating it yields its items and those of every following page.
    """
    return Page.first(
        *_source(
            app_name=app_name,
            client=client,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def afirst_page(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncPage[ListPetsResponse, Pet]:
    """The async twin of :func:`first_page`: ``await page.next_page()``, ``async for item in page``."""
    return await AsyncPage.first(
        *_asource(
            app_name=app_name,
            client=client,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def iterate(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Iterator[Pet]:
    """Every item of every page, fetched lazily, each page once.

    Takes the arguments of :func:`sync`; ``page`` is the first page (default 1). Iteration stops at
    an empty page or one shorter than the page size (``per_page``, else the first page's length).
    """
    return iterate_items(
        *_source(
            app_name=app_name,
            client=client,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def aiterate(
    app_name: str,
    *,
    client: BaseClient,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncIterator[Pet]:
    """The async twin of :func:`iterate`: ``async for item in aiterate(...)``."""
    return aiterate_items(
        *_asource(
            app_name=app_name,
            client=client,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
