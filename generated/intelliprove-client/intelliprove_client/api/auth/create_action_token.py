from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_token import ActionToken
from ...models.action_token_request import ActionTokenRequest
from ...models.status_reason_error import StatusReasonError
from ...types import Response


def _get_kwargs(
    *,
    body: ActionTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/action-token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionToken | StatusReasonError | None:
    if response.status_code == 201:
        response_201 = ActionToken.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = StatusReasonError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = StatusReasonError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActionToken | StatusReasonError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActionTokenRequest,
) -> Response[ActionToken | StatusReasonError]:
    """Create action token

     Create a new action token with optional custom lifetime and custom metadata. Do not place
    confidential information in the metadata object. This endpoint can only be called with an API key.

    Args:
        body (ActionTokenRequest): Options for a new action token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionToken | StatusReasonError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ActionTokenRequest,
) -> ActionToken | StatusReasonError | None:
    """Create action token

     Create a new action token with optional custom lifetime and custom metadata. Do not place
    confidential information in the metadata object. This endpoint can only be called with an API key.

    Args:
        body (ActionTokenRequest): Options for a new action token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionToken | StatusReasonError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActionTokenRequest,
) -> Response[ActionToken | StatusReasonError]:
    """Create action token

     Create a new action token with optional custom lifetime and custom metadata. Do not place
    confidential information in the metadata object. This endpoint can only be called with an API key.

    Args:
        body (ActionTokenRequest): Options for a new action token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionToken | StatusReasonError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActionTokenRequest,
) -> ActionToken | StatusReasonError | None:
    """Create action token

     Create a new action token with optional custom lifetime and custom metadata. Do not place
    confidential information in the metadata object. This endpoint can only be called with an API key.

    Args:
        body (ActionTokenRequest): Options for a new action token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionToken | StatusReasonError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
