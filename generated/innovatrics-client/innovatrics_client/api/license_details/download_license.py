from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(
    license_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/license-detail/download/{license_id}".format(
            license_id=quote(str(license_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | str | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    license_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | str]:
    """Download license

     Download the license file associated with a specific license detail.

    Args:
        license_id (int): A numeric ID (Flask <int:...> path converter).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | str]
    """

    kwargs = _get_kwargs(
        license_id=license_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    license_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> File | str | None:
    """Download license

     Download the license file associated with a specific license detail.

    Args:
        license_id (int): A numeric ID (Flask <int:...> path converter).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | str
    """

    return sync_detailed(
        license_id=license_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    license_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | str]:
    """Download license

     Download the license file associated with a specific license detail.

    Args:
        license_id (int): A numeric ID (Flask <int:...> path converter).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | str]
    """

    kwargs = _get_kwargs(
        license_id=license_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    license_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> File | str | None:
    """Download license

     Download the license file associated with a specific license detail.

    Args:
        license_id (int): A numeric ID (Flask <int:...> path converter).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | str
    """

    return (
        await asyncio_detailed(
            license_id=license_id,
            client=client,
        )
    ).parsed
