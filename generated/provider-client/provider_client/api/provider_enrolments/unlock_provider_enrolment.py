from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.provider_enrolment_sample import ProviderEnrolmentSample
from ...types import Response


def _get_kwargs(
    parent_lookup_provider_id: str,
    learner_learner_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/provider/{parent_lookup_provider_id}/enrolment/{learner_learner_id}/unlock/".format(
            parent_lookup_provider_id=quote(str(parent_lookup_provider_id), safe=""),
            learner_learner_id=quote(str(learner_learner_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ProviderEnrolmentSample | None:
    if response.status_code == 201:
        response_201 = ProviderEnrolmentSample.from_dict(response.json())

        return response_201

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
) -> Response[ErrorDetail | ProviderEnrolmentSample]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parent_lookup_provider_id: str,
    learner_learner_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorDetail | ProviderEnrolmentSample]:
    """Unlock Provider Enrolment

     API endpoint for unlocking a locked model.

    Args:
        parent_lookup_provider_id (str):
        learner_learner_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProviderEnrolmentSample]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        learner_learner_id=learner_learner_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parent_lookup_provider_id: str,
    learner_learner_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorDetail | ProviderEnrolmentSample | None:
    """Unlock Provider Enrolment

     API endpoint for unlocking a locked model.

    Args:
        parent_lookup_provider_id (str):
        learner_learner_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProviderEnrolmentSample
    """

    return sync_detailed(
        parent_lookup_provider_id=parent_lookup_provider_id,
        learner_learner_id=learner_learner_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    parent_lookup_provider_id: str,
    learner_learner_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorDetail | ProviderEnrolmentSample]:
    """Unlock Provider Enrolment

     API endpoint for unlocking a locked model.

    Args:
        parent_lookup_provider_id (str):
        learner_learner_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProviderEnrolmentSample]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        learner_learner_id=learner_learner_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_lookup_provider_id: str,
    learner_learner_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorDetail | ProviderEnrolmentSample | None:
    """Unlock Provider Enrolment

     API endpoint for unlocking a locked model.

    Args:
        parent_lookup_provider_id (str):
        learner_learner_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProviderEnrolmentSample
    """

    return (
        await asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=client,
        )
    ).parsed
