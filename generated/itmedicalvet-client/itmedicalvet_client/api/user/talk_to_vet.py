from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.talk_to_vet_request import TalkToVetRequest
from ...models.talk_to_vet_response import TalkToVetResponse
from ...types import Response


def _get_kwargs(
    app_name: str,
    *,
    body: TalkToVetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/{app_name}/talk-to-vet".format(
            app_name=quote(str(app_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | TalkToVetResponse | None:
    if response.status_code == 200:
        response_200 = TalkToVetResponse.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | TalkToVetResponse]:
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
    body: TalkToVetRequest,
) -> Response[Any | ErrorResponse | TalkToVetResponse]:
    """Talk to vet user

     Connects the user (by `email`) with an available vet for the given pet and returns the conversation
    channel, the vet, the user's Twilio identity and a JSON string with a Twilio token, the user and the
    user's emergency stats (requires authentication; Basic auth). Pet details are required when talking
    to a vet. The user-end video initiation functionality is being deprecated: sockets will be used for
    it (separate document provided by the vendor). Only for staging: the endpoint accepts an additional
    parameter that favours a chat connection with a given doctor's email; it connects to any random vet
    if that doctor is not available online or is already on call.

    Args:
        app_name (str):
        body (TalkToVetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | TalkToVetResponse]
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
    body: TalkToVetRequest,
) -> Any | ErrorResponse | TalkToVetResponse | None:
    """Talk to vet user

     Connects the user (by `email`) with an available vet for the given pet and returns the conversation
    channel, the vet, the user's Twilio identity and a JSON string with a Twilio token, the user and the
    user's emergency stats (requires authentication; Basic auth). Pet details are required when talking
    to a vet. The user-end video initiation functionality is being deprecated: sockets will be used for
    it (separate document provided by the vendor). Only for staging: the endpoint accepts an additional
    parameter that favours a chat connection with a given doctor's email; it connects to any random vet
    if that doctor is not available online or is already on call.

    Args:
        app_name (str):
        body (TalkToVetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | TalkToVetResponse
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
    body: TalkToVetRequest,
) -> Response[Any | ErrorResponse | TalkToVetResponse]:
    """Talk to vet user

     Connects the user (by `email`) with an available vet for the given pet and returns the conversation
    channel, the vet, the user's Twilio identity and a JSON string with a Twilio token, the user and the
    user's emergency stats (requires authentication; Basic auth). Pet details are required when talking
    to a vet. The user-end video initiation functionality is being deprecated: sockets will be used for
    it (separate document provided by the vendor). Only for staging: the endpoint accepts an additional
    parameter that favours a chat connection with a given doctor's email; it connects to any random vet
    if that doctor is not available online or is already on call.

    Args:
        app_name (str):
        body (TalkToVetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | TalkToVetResponse]
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
    body: TalkToVetRequest,
) -> Any | ErrorResponse | TalkToVetResponse | None:
    """Talk to vet user

     Connects the user (by `email`) with an available vet for the given pet and returns the conversation
    channel, the vet, the user's Twilio identity and a JSON string with a Twilio token, the user and the
    user's emergency stats (requires authentication; Basic auth). Pet details are required when talking
    to a vet. The user-end video initiation functionality is being deprecated: sockets will be used for
    it (separate document provided by the vendor). Only for staging: the endpoint accepts an additional
    parameter that favours a chat connection with a given doctor's email; it connects to any random vet
    if that doctor is not available online or is already on call.

    Args:
        app_name (str):
        body (TalkToVetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | TalkToVetResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            client=client,
            body=body,
        )
    ).parsed
