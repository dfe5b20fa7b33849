from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.metadata_city import MetadataCity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    state_id: UUID,
    *,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/partner/metadata/states/{state_id}/cities".format(
            state_id=quote(str(state_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[MetadataCity] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MetadataCity.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 418:
        response_418 = Error.from_dict(response.json())

        return response_418

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[MetadataCity]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    state_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[Error | list[MetadataCity]]:
    """Get cities from a given state

     Return a list of all cities from a given state from USA.

    Args:
        state_id (UUID):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MetadataCity]]
    """

    kwargs = _get_kwargs(
        state_id=state_id,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    state_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Error | list[MetadataCity] | None:
    """Get cities from a given state

     Return a list of all cities from a given state from USA.

    Args:
        state_id (UUID):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MetadataCity]
    """

    return sync_detailed(
        state_id=state_id,
        client=client,
        search=search,
    ).parsed


async def asyncio_detailed(
    state_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[Error | list[MetadataCity]]:
    """Get cities from a given state

     Return a list of all cities from a given state from USA.

    Args:
        state_id (UUID):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MetadataCity]]
    """

    kwargs = _get_kwargs(
        state_id=state_id,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    state_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Error | list[MetadataCity] | None:
    """Get cities from a given state

     Return a list of all cities from a given state from USA.

    Args:
        state_id (UUID):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MetadataCity]
    """

    return (
        await asyncio_detailed(
            state_id=state_id,
            client=client,
            search=search,
        )
    ).parsed
