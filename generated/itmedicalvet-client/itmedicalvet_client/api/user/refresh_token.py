from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.refresh_token_response import RefreshTokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_name: str,
    *,
    identity: str,
    dev_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["identity"] = identity

    params["dev_type"] = dev_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/{app_name}/refresh".format(
            app_name=quote(str(app_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | RefreshTokenResponse | None:
    if response.status_code == 200:
        response_200 = RefreshTokenResponse.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | RefreshTokenResponse]:
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
    identity: str,
    dev_type: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | RefreshTokenResponse]:
    """Refresh token

     Refreshes the Twilio token of a chat identity (requires authentication; Basic auth).

    Args:
        app_name (str):
        identity (str):
        dev_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | RefreshTokenResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        identity=identity,
        dev_type=dev_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    identity: str,
    dev_type: str | Unset = UNSET,
) -> Any | ErrorResponse | RefreshTokenResponse | None:
    """Refresh token

     Refreshes the Twilio token of a chat identity (requires authentication; Basic auth).

    Args:
        app_name (str):
        identity (str):
        dev_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | RefreshTokenResponse
    """

    return sync_detailed(
        app_name=app_name,
        client=client,
        identity=identity,
        dev_type=dev_type,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    identity: str,
    dev_type: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | RefreshTokenResponse]:
    """Refresh token

     Refreshes the Twilio token of a chat identity (requires authentication; Basic auth).

    Args:
        app_name (str):
        identity (str):
        dev_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | RefreshTokenResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        identity=identity,
        dev_type=dev_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    identity: str,
    dev_type: str | Unset = UNSET,
) -> Any | ErrorResponse | RefreshTokenResponse | None:
    """Refresh token

     Refreshes the Twilio token of a chat identity (requires authentication; Basic auth).

    Args:
        app_name (str):
        identity (str):
        dev_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | RefreshTokenResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            client=client,
            identity=identity,
            dev_type=dev_type,
        )
    ).parsed
