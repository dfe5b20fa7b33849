from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...types import Response


def _get_kwargs(
    parent_lookup_provider_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/provider/{parent_lookup_provider_id}/notification/{id}/".format(
            parent_lookup_provider_id=quote(str(parent_lookup_provider_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorDetail | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorDetail]:
    """Delete Provider Notification

     API endpoint for deleting Provider Notification.

    Args:
        parent_lookup_provider_id (str):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorDetail | None:
    """Delete Provider Notification

     API endpoint for deleting Provider Notification.

    Args:
        parent_lookup_provider_id (str):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail
    """

    return sync_detailed(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorDetail]:
    """Delete Provider Notification

     API endpoint for deleting Provider Notification.

    Args:
        parent_lookup_provider_id (str):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorDetail | None:
    """Delete Provider Notification

     API endpoint for deleting Provider Notification.

    Args:
        parent_lookup_provider_id (str):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail
    """

    return (
        await asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=client,
        )
    ).parsed
