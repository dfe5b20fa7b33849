from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_pets_pagination import ListPetsPagination
from ...models.list_pets_response import ListPetsResponse
from ...types import UNSET, Response, Unset


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

    json_pagination: int | Unset = UNSET
    if not isinstance(pagination, Unset):
        json_pagination = pagination.value

    params["pagination"] = json_pagination

    params["perPage"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/{app_name}/pet/list".format(
            app_name=quote(str(app_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | ListPetsResponse | None:
    if response.status_code == 200:
        response_200 = ListPetsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | ListPetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Any | ErrorResponse | ListPetsResponse]:
    """Get pets

     Lists all the pets of the user whose email is given as the `email` query parameter (requires
    authentication). Supports search (`search_value`, `search_by`) and page-based pagination
    (`pagination`, `page`, `perPage`).

    Args:
        app_name (str):
        email (str):
        search_value (str | Unset):
        search_by (str | Unset):
        page (int | Unset):
        pagination (ListPetsPagination | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Any | ErrorResponse | ListPetsResponse | None:
    """Get pets

     Lists all the pets of the user whose email is given as the `email` query parameter (requires
    authentication). Supports search (`search_value`, `search_by`) and page-based pagination
    (`pagination`, `page`, `perPage`).

    Args:
        app_name (str):
        email (str):
        search_value (str | Unset):
        search_by (str | Unset):
        page (int | Unset):
        pagination (ListPetsPagination | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ListPetsResponse
    """

    return sync_detailed(
        app_name=app_name,
        client=client,
        email=email,
        search_value=search_value,
        search_by=search_by,
        page=page,
        pagination=pagination,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Any | ErrorResponse | ListPetsResponse]:
    """Get pets

     Lists all the pets of the user whose email is given as the `email` query parameter (requires
    authentication). Supports search (`search_value`, `search_by`) and page-based pagination
    (`pagination`, `page`, `perPage`).

    Args:
        app_name (str):
        email (str):
        search_value (str | Unset):
        search_by (str | Unset):
        page (int | Unset):
        pagination (ListPetsPagination | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    email: str,
    search_value: str | Unset = UNSET,
    search_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pagination: ListPetsPagination | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Any | ErrorResponse | ListPetsResponse | None:
    """Get pets

     Lists all the pets of the user whose email is given as the `email` query parameter (requires
    authentication). Supports search (`search_value`, `search_by`) and page-based pagination
    (`pagination`, `page`, `perPage`).

    Args:
        app_name (str):
        email (str):
        search_value (str | Unset):
        search_by (str | Unset):
        page (int | Unset):
        pagination (ListPetsPagination | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ListPetsResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            client=client,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
        )
    ).parsed
