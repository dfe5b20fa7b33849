from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.boolean_result_response import BooleanResultResponse
from ...models.error_response import ErrorResponse
from ...models.user_action_request import UserActionRequest
from ...types import Response


def _get_kwargs(
    app_name: str,
    *,
    body: UserActionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/{app_name}/actions".format(
            app_name=quote(str(app_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BooleanResultResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BooleanResultResponse.from_dict(response.json())

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
) -> Response[Any | BooleanResultResponse | ErrorResponse]:
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
    body: UserActionRequest,
) -> Response[Any | BooleanResultResponse | ErrorResponse]:
    """User action

     Update emergency info of user. Updates the platform with the current status of one of your users
    (requires authentication; Basic auth), e.g. user A was a regular user before becoming vet protected,
    or user B was subscribed but is no longer a member. `role` should be "users" or "protect_users";
    `status` should be "subscribed" or "cancelled". A user cannot be degraded from "protected" to "user"
    unless the user is cancelled.

    Args:
        app_name (str):
        body (UserActionRequest): New status of a user. A user cannot be degraded from
            "protect_users" to "users" unless cancelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BooleanResultResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserActionRequest,
) -> Any | BooleanResultResponse | ErrorResponse | None:
    """User action

     Update emergency info of user. Updates the platform with the current status of one of your users
    (requires authentication; Basic auth), e.g. user A was a regular user before becoming vet protected,
    or user B was subscribed but is no longer a member. `role` should be "users" or "protect_users";
    `status` should be "subscribed" or "cancelled". A user cannot be degraded from "protected" to "user"
    unless the user is cancelled.

    Args:
        app_name (str):
        body (UserActionRequest): New status of a user. A user cannot be degraded from
            "protect_users" to "users" unless cancelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BooleanResultResponse | ErrorResponse
    """

    return sync_detailed(
        app_name=app_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserActionRequest,
) -> Response[Any | BooleanResultResponse | ErrorResponse]:
    """User action

     Update emergency info of user. Updates the platform with the current status of one of your users
    (requires authentication; Basic auth), e.g. user A was a regular user before becoming vet protected,
    or user B was subscribed but is no longer a member. `role` should be "users" or "protect_users";
    `status` should be "subscribed" or "cancelled". A user cannot be degraded from "protected" to "user"
    unless the user is cancelled.

    Args:
        app_name (str):
        body (UserActionRequest): New status of a user. A user cannot be degraded from
            "protect_users" to "users" unless cancelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BooleanResultResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserActionRequest,
) -> Any | BooleanResultResponse | ErrorResponse | None:
    """User action

     Update emergency info of user. Updates the platform with the current status of one of your users
    (requires authentication; Basic auth), e.g. user A was a regular user before becoming vet protected,
    or user B was subscribed but is no longer a member. `role` should be "users" or "protect_users";
    `status` should be "subscribed" or "cancelled". A user cannot be degraded from "protected" to "user"
    unless the user is cancelled.

    Args:
        app_name (str):
        body (UserActionRequest): New status of a user. A user cannot be degraded from
            "protect_users" to "users" unless cancelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BooleanResultResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            client=client,
            body=body,
        )
    ).parsed
