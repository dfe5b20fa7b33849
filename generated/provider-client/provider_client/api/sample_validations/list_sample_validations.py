from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import load
from ..._runtime.pagination import (
    AsyncPage,
    AsyncSource,
    Offsets,
    Page,
    Source,
    aiterate_items,
    iterate_items,
    present,
)
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import (
    ErrorDetail,
    PaginatedProviderEnrolmentSampleValidationList,
    ProviderEnrolmentSampleValidation,
    ValidationError,
)
from ...types import UNSET, Response, Unset, status_of

_SECURITY: Security = (("jwt",),)


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
            parent_lookup_provider_id=segment(parent_lookup_provider_id, "parent_lookup_provider_id"),
            parent_lookup_sample_learner_learner_id=segment(
                parent_lookup_sample_learner_learner_id, "parent_lookup_sample__learner__learner_id"
            ),
            parent_lookup_sample_id=segment(parent_lookup_sample_id, "parent_lookup_sample_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "application/json"}
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | ValidationError | None:
    if response.status_code == 200:
        response_200 = load(PaginatedProviderEnrolmentSampleValidationList, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = load(ValidationError, response.json())
        return response_400

    if response.status_code == 401:
        response_401 = load(ErrorDetail, response.json())
        return response_401

    if response.status_code == 403:
        response_403 = load(ErrorDetail, response.json())
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> PaginatedProviderEnrolmentSampleValidationList:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> PaginatedProviderEnrolmentSampleValidationList:
    if response.status_code == 200:
        response_200 = load(PaginatedProviderEnrolmentSampleValidationList, response.json())
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | ValidationError]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | ValidationError]:
    """List Provider Enrolment Sample Validation

     API endpoint for listing all Provider manage enrolment sample validation.

    Args:
        parent_lookup_provider_id (str): The id of the provider (path parameter named
            parent_lookup_provider_id by the doc).
        parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
            name for learner__learner_id).
        parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
            {id} of 3.2).
        search (str | Unset): A search term.
        ordering (str | Unset): Which field to use when ordering the results.
        limit (int | Unset): Number of results to return per page.
        offset (int | Unset): The initial index from which to return the results.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | ValidationError]
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

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PaginatedProviderEnrolmentSampleValidationList:
    """List Provider Enrolment Sample Validation

     API endpoint for listing all Provider manage enrolment sample validation.

    Args:
        parent_lookup_provider_id (str): The id of the provider (path parameter named
            parent_lookup_provider_id by the doc).
        parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
            name for learner__learner_id).
        parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
            {id} of 3.2).
        search (str | Unset): A search term.
        ordering (str | Unset): Which field to use when ordering the results.
        limit (int | Unset): Number of results to return per page.
        offset (int | Unset): The initial index from which to return the results.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        PaginatedProviderEnrolmentSampleValidationList
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

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | ValidationError]:
    """List Provider Enrolment Sample Validation

     API endpoint for listing all Provider manage enrolment sample validation.

    Args:
        parent_lookup_provider_id (str): The id of the provider (path parameter named
            parent_lookup_provider_id by the doc).
        parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
            name for learner__learner_id).
        parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
            {id} of 3.2).
        search (str | Unset): A search term.
        ordering (str | Unset): Which field to use when ordering the results.
        limit (int | Unset): Number of results to return per page.
        offset (int | Unset): The initial index from which to return the results.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | ValidationError]
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

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PaginatedProviderEnrolmentSampleValidationList:
    """List Provider Enrolment Sample Validation

     API endpoint for listing all Provider manage enrolment sample validation.

    Args:
        parent_lookup_provider_id (str): The id of the provider (path parameter named
            parent_lookup_provider_id by the doc).
        parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
            name for learner__learner_id).
        parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
            {id} of 3.2).
        search (str | Unset): A search term.
        ordering (str | Unset): Which field to use when ordering the results.
        limit (int | Unset): Number of results to return per page.
        offset (int | Unset): The initial index from which to return the results.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        PaginatedProviderEnrolmentSampleValidationList
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

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[PaginatedProviderEnrolmentSampleValidationList]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
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
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[PaginatedProviderEnrolmentSampleValidationList]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
        parent_lookup_sample_id=parent_lookup_sample_id,
        search=search,
        ordering=ordering,
        limit=limit,
        offset=offset,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


def _page_items(page: PaginatedProviderEnrolmentSampleValidationList) -> list[ProviderEnrolmentSampleValidation]:
    return present(page.results) or []


def _next_link(page: PaginatedProviderEnrolmentSampleValidationList) -> str | None:
    link = present(page.next)
    return None if link is None else str(link)


def _source(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[Source[PaginatedProviderEnrolmentSampleValidationList, ProviderEnrolmentSampleValidation], int]:
    """How to fetch this operation's pages with :func:`sync`, and the first page's offset."""

    def fetch(_at: int) -> PaginatedProviderEnrolmentSampleValidationList:
        return sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            client=client,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=_at,
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 0 if (start := present(offset)) is None else start
    return Source(fetch, _page_items, Offsets("offset"), _next_link), first


def _asource(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[AsyncSource[PaginatedProviderEnrolmentSampleValidationList, ProviderEnrolmentSampleValidation], int]:

    async def fetch(_at: int) -> PaginatedProviderEnrolmentSampleValidationList:
        return await asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            client=client,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=_at,
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 0 if (start := present(offset)) is None else start
    return AsyncSource(fetch, _page_items, Offsets("offset"), _next_link), first


def first_page(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Page[PaginatedProviderEnrolmentSampleValidationList, ProviderEnrolmentSampleValidation]:
    """The first page (or the one ``offset`` names), fetched now, as a ``Page``.

    Takes the arguments of :func:`sync`. The ``Page`` holds ``items`` and ``page`` (what :func:`sync`
    returns); ``has_next_page()``, ``next_page()`` (None at the end) and ``iter_pages()`` walk on, and
    iterating it yields its items and those of every following page.
    """
    return Page.first(
        *_source(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            client=client,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def afirst_page(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncPage[PaginatedProviderEnrolmentSampleValidationList, ProviderEnrolmentSampleValidation]:
    """The async twin of :func:`first_page`: ``await page.next_page()``, ``async for item in page``."""
    return await AsyncPage.first(
        *_asource(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            client=client,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def iterate(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Iterator[ProviderEnrolmentSampleValidation]:
    """Every item of every page, fetched lazily, each page once.

    Takes the arguments of :func:`sync`; ``offset`` is where to start (default 0), then the
    pages follow the ``next`` links until there is none.
    """
    return iterate_items(
        *_source(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            client=client,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def aiterate(
    parent_lookup_provider_id: str,
    parent_lookup_sample_learner_learner_id: str,
    parent_lookup_sample_id: str,
    *,
    client: BaseClient,
    search: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncIterator[ProviderEnrolmentSampleValidation]:
    """The async twin of :func:`iterate`: ``async for item in aiterate(...)``."""
    return aiterate_items(
        *_asource(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            client=client,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
