from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["patient_ref"] = patient_ref

    params["performer_ref"] = performer_ref

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/patient-data",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorDetail | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient | Client,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
) -> Response[Any | ErrorDetail]:
    """Delete patient data

     Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
    are deleted, optionally filtered further by `performer_ref`.

    Args:
        patient_ref (str | Unset):
        performer_ref (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
) -> Any | ErrorDetail | None:
    """Delete patient data

     Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
    are deleted, optionally filtered further by `performer_ref`.

    Args:
        patient_ref (str | Unset):
        performer_ref (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail
    """

    return sync_detailed(
        client=client,
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
) -> Response[Any | ErrorDetail]:
    """Delete patient data

     Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
    are deleted, optionally filtered further by `performer_ref`.

    Args:
        patient_ref (str | Unset):
        performer_ref (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
) -> Any | ErrorDetail | None:
    """Delete patient data

     Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
    are deleted, optionally filtered further by `performer_ref`.

    Args:
        patient_ref (str | Unset):
        performer_ref (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            patient_ref=patient_ref,
            performer_ref=performer_ref,
        )
    ).parsed
