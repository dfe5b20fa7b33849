from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.patched_provider_notification_request import PatchedProviderNotificationRequest
from ...models.provider_notification import ProviderNotification
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    parent_lookup_provider_id: str,
    id: int,
    *,
    body: PatchedProviderNotificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/provider/{parent_lookup_provider_id}/notification/{id}/".format(
            parent_lookup_provider_id=quote(str(parent_lookup_provider_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ProviderNotification | ValidationError | None:
    if response.status_code == 200:
        response_200 = ProviderNotification.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
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
    body: PatchedProviderNotificationRequest,
) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
    """Partial Update Provider Notification

     API endpoint that updates Provider Notification partial information.

    Args:
        parent_lookup_provider_id (str):
        id (int):
        body (PatchedProviderNotificationRequest): The writable fields of a ProviderNotification
            for a partial update; send only the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProviderNotification | ValidationError]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
        body=body,
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
    body: PatchedProviderNotificationRequest,
) -> ErrorDetail | ProviderNotification | ValidationError | None:
    """Partial Update Provider Notification

     API endpoint that updates Provider Notification partial information.

    Args:
        parent_lookup_provider_id (str):
        id (int):
        body (PatchedProviderNotificationRequest): The writable fields of a ProviderNotification
            for a partial update; send only the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProviderNotification | ValidationError
    """

    return sync_detailed(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedProviderNotificationRequest,
) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
    """Partial Update Provider Notification

     API endpoint that updates Provider Notification partial information.

    Args:
        parent_lookup_provider_id (str):
        id (int):
        body (PatchedProviderNotificationRequest): The writable fields of a ProviderNotification
            for a partial update; send only the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProviderNotification | ValidationError]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedProviderNotificationRequest,
) -> ErrorDetail | ProviderNotification | ValidationError | None:
    """Partial Update Provider Notification

     API endpoint that updates Provider Notification partial information.

    Args:
        parent_lookup_provider_id (str):
        id (int):
        body (PatchedProviderNotificationRequest): The writable fields of a ProviderNotification
            for a partial update; send only the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProviderNotification | ValidationError
    """

    return (
        await asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
