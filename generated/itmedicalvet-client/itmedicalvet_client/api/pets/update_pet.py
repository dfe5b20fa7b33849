from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_pet_multipart_request import UpdatePetMultipartRequest
from ...models.update_pet_request import UpdatePetRequest
from ...models.update_pet_response import UpdatePetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_name: str,
    *,
    body: UpdatePetRequest | UpdatePetMultipartRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/{app_name}/pet/update".format(
            app_name=quote(str(app_name), safe=""),
        ),
    }

    if isinstance(body, UpdatePetRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, UpdatePetMultipartRequest):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | UpdatePetResponse | None:
    if response.status_code == 200:
        response_200 = UpdatePetResponse.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | UpdatePetResponse]:
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
    body: UpdatePetRequest | UpdatePetMultipartRequest | Unset = UNSET,
) -> Response[Any | ErrorResponse | UpdatePetResponse]:
    """Update pet

     Updates a pet, identified by the owner's `email` and `pet_id` (requires authentication). To send a
    pet image, use form-data (multipart/form-data) instead of a raw JSON body, with the image as a file
    part named `profile`.

    Args:
        app_name (str):
        body (UpdatePetRequest | Unset): Identifies the pet by owner email and pet id; `pet` holds
            the attributes to change.
        body (UpdatePetMultipartRequest | Unset): Form-data variant of the update, used to upload
            a pet image (`profile`). Pet attributes use Laravel bracket names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UpdatePetResponse]
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
    body: UpdatePetRequest | UpdatePetMultipartRequest | Unset = UNSET,
) -> Any | ErrorResponse | UpdatePetResponse | None:
    """Update pet

     Updates a pet, identified by the owner's `email` and `pet_id` (requires authentication). To send a
    pet image, use form-data (multipart/form-data) instead of a raw JSON body, with the image as a file
    part named `profile`.

    Args:
        app_name (str):
        body (UpdatePetRequest | Unset): Identifies the pet by owner email and pet id; `pet` holds
            the attributes to change.
        body (UpdatePetMultipartRequest | Unset): Form-data variant of the update, used to upload
            a pet image (`profile`). Pet attributes use Laravel bracket names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UpdatePetResponse
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
    body: UpdatePetRequest | UpdatePetMultipartRequest | Unset = UNSET,
) -> Response[Any | ErrorResponse | UpdatePetResponse]:
    """Update pet

     Updates a pet, identified by the owner's `email` and `pet_id` (requires authentication). To send a
    pet image, use form-data (multipart/form-data) instead of a raw JSON body, with the image as a file
    part named `profile`.

    Args:
        app_name (str):
        body (UpdatePetRequest | Unset): Identifies the pet by owner email and pet id; `pet` holds
            the attributes to change.
        body (UpdatePetMultipartRequest | Unset): Form-data variant of the update, used to upload
            a pet image (`profile`). Pet attributes use Laravel bracket names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UpdatePetResponse]
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
    body: UpdatePetRequest | UpdatePetMultipartRequest | Unset = UNSET,
) -> Any | ErrorResponse | UpdatePetResponse | None:
    """Update pet

     Updates a pet, identified by the owner's `email` and `pet_id` (requires authentication). To send a
    pet image, use form-data (multipart/form-data) instead of a raw JSON body, with the image as a file
    part named `profile`.

    Args:
        app_name (str):
        body (UpdatePetRequest | Unset): Identifies the pet by owner email and pet id; `pet` holds
            the attributes to change.
        body (UpdatePetMultipartRequest | Unset): Form-data variant of the update, used to upload
            a pet image (`profile`). Pet attributes use Laravel bracket names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UpdatePetResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            client=client,
            body=body,
        )
    ).parsed
