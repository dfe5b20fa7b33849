from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.paginated_provider_enrolment_sample_validation_list import PaginatedProviderEnrolmentSampleValidationList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
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
        "url": "/api/v2/provider/{parent_lookup_provider_id}/enrolment/{parent_lookup_sample_learner_learner_id}/sample/{parent_lookup_sample_id}/validation/".format(
            parent_lookup_provider_id=quote(str(parent_lookup_provider_id), safe=""),
            parent_lookup_sample_learner_learner_id=quote(str(parent_lookup_sample_learner_learner_id), safe=""),
            parent_lookup_sample_id=quote(str(parent_lookup_sample_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | None:
    if response.status_code == 200:
        response_200 = PaginatedProviderEnrolmentSampleValidationList.from_dict(response.json())

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
) -> Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList]:
    """List Provider Enrolment Sample Validation

     API endpoint for listing all Provider manage enrolment sample validation.

    Args:
        parent_lookup_provider_id (str):
        parent_lookup_sample_learner_learner_id (str):
        parent_lookup_sample_id (str):
        search (str | Unset):
        ordering (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
        parent_lookup_sample_id=parent_lookup_sample_id,
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
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | None:
    """List Provider Enrolment Sample Validation

     API endpoint for listing all Provider manage enrolment sample validation.

    Args:
        parent_lookup_provider_id (str):
        parent_lookup_sample_learner_learner_id (str):
        parent_lookup_sample_id (str):
        search (str | Unset):
        ordering (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | PaginatedProviderEnrolmentSampleValidationList
    """

    return sync_detailed(
        parent_lookup_provider_id=parent_lookup_provider_id,
        parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
        parent_lookup_sample_id=parent_lookup_sample_id,
        client=client,
        search=search,
        ordering=ordering,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList]:
    """List Provider Enrolment Sample Validation

     API endpoint for listing all Provider manage enrolment sample validation.

    Args:
        parent_lookup_provider_id (str):
        parent_lookup_sample_learner_learner_id (str):
        parent_lookup_sample_id (str):
        search (str | Unset):
        ordering (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
        parent_lookup_sample_id=parent_lookup_sample_id,
        search=search,
        ordering=ordering,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | None:
    """List Provider Enrolment Sample Validation

     API endpoint for listing all Provider manage enrolment sample validation.

    Args:
        parent_lookup_provider_id (str):
        parent_lookup_sample_learner_learner_id (str):
        parent_lookup_sample_id (str):
        search (str | Unset):
        ordering (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | PaginatedProviderEnrolmentSampleValidationList
    """

    return (
        await asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            client=client,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
        )
    ).parsed
