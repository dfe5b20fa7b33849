from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.paginated_provider_notification_list import PaginatedProviderNotificationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    parent_lookup_provider_id: str,
    *,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["ordering"] = ordering

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/provider/{parent_lookup_provider_id}/notification/".format(
            parent_lookup_provider_id=quote(str(parent_lookup_provider_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | PaginatedProviderNotificationList | None:
    if response.status_code == 200:
        response_200 = PaginatedProviderNotificationList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | PaginatedProviderNotificationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parent_lookup_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorDetail | PaginatedProviderNotificationList]:
    """List Provider Notification

     API endpoint for listing Provider Notification.

    Args:
        parent_lookup_provider_id (str):
        search (str | Unset):
        ordering (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | PaginatedProviderNotificationList]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        search=search,
        ordering=ordering,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parent_lookup_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorDetail | PaginatedProviderNotificationList | None:
    """List Provider Notification

     API endpoint for listing Provider Notification.

    Args:
        parent_lookup_provider_id (str):
        search (str | Unset):
        ordering (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | PaginatedProviderNotificationList
    """

    return sync_detailed(
        parent_lookup_provider_id=parent_lookup_provider_id,
        client=client,
        search=search,
        ordering=ordering,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    parent_lookup_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorDetail | PaginatedProviderNotificationList]:
    """List Provider Notification

     API endpoint for listing Provider Notification.

    Args:
        parent_lookup_provider_id (str):
        search (str | Unset):
        ordering (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | PaginatedProviderNotificationList]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        search=search,
        ordering=ordering,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_lookup_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorDetail | PaginatedProviderNotificationList | None:
    """List Provider Notification

     API endpoint for listing Provider Notification.

    Args:
        parent_lookup_provider_id (str):
        search (str | Unset):
        ordering (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | PaginatedProviderNotificationList
    """

    return (
        await asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            client=client,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
        )
    ).parsed
