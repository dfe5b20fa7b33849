"""``client.enrolment_samples``: the enrolment_samples operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``provider_client.api``), the low-level layer.
"""

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.enrolment_samples import get_provider_enrolment_sample as _get_provider_enrolment_sample
from ..api.enrolment_samples import list_provider_enrolment_samples as _list_provider_enrolment_samples
from ..client import BaseClient
from ..pydantic_models import (
    ErrorDetail,
    PaginatedProviderEnrolmentSampleList,
    ProviderEnrolmentSample,
    ValidationError,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncEnrolmentSamplesRawResource",
    "AsyncEnrolmentSamplesResource",
    "EnrolmentSamplesRawResource",
    "EnrolmentSamplesResource",
]


class EnrolmentSamplesResource:
    """enrolment_samples operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_provider(
        self,
        parent_lookup_instruments_provider_id: str,
        parent_lookup_learner_learner_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[PaginatedProviderEnrolmentSampleList, ProviderEnrolmentSample]:
        """List Providers Enrolment Sample

         API endpoint for listing Provider Samples.

        Args:
            parent_lookup_instruments_provider_id (str): The id of the provider (section 3's name for
                what sections 2, 4, 5 and 6 call parent_lookup_provider_id).
            parent_lookup_learner_learner_id (str): The enrolment's learner id (section 3's name for
                learner__learner_id).
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
            Page[PaginatedProviderEnrolmentSampleList, ProviderEnrolmentSample]
        """

        return _list_provider_enrolment_samples.first_page(
            parent_lookup_instruments_provider_id=parent_lookup_instruments_provider_id,
            parent_lookup_learner_learner_id=parent_lookup_learner_learner_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_provider(
        self,
        parent_lookup_instruments_provider_id: str,
        parent_lookup_learner_learner_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSample:
        """Read Provider Enrolment Sample

         Retrieves information about Provider access enrolment samples.

        Args:
            parent_lookup_instruments_provider_id (str): The id of the provider (section 3's name for
                what sections 2, 4, 5 and 6 call parent_lookup_provider_id).
            parent_lookup_learner_learner_id (str): The enrolment's learner id (section 3's name for
                learner__learner_id).
            id (int): A unique integer value identifying this enrolment sample.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSample
        """

        return _get_provider_enrolment_sample.sync(
            parent_lookup_instruments_provider_id=parent_lookup_instruments_provider_id,
            parent_lookup_learner_learner_id=parent_lookup_learner_learner_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncEnrolmentSamplesResource:
    """Async enrolment_samples operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_provider(
        self,
        parent_lookup_instruments_provider_id: str,
        parent_lookup_learner_learner_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PaginatedProviderEnrolmentSampleList, ProviderEnrolmentSample]:
        """List Providers Enrolment Sample

         API endpoint for listing Provider Samples.

        Args:
            parent_lookup_instruments_provider_id (str): The id of the provider (section 3's name for
                what sections 2, 4, 5 and 6 call parent_lookup_provider_id).
            parent_lookup_learner_learner_id (str): The enrolment's learner id (section 3's name for
                learner__learner_id).
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
            AsyncPage[PaginatedProviderEnrolmentSampleList, ProviderEnrolmentSample]
        """

        return await _list_provider_enrolment_samples.afirst_page(
            parent_lookup_instruments_provider_id=parent_lookup_instruments_provider_id,
            parent_lookup_learner_learner_id=parent_lookup_learner_learner_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_provider(
        self,
        parent_lookup_instruments_provider_id: str,
        parent_lookup_learner_learner_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSample:
        """Read Provider Enrolment Sample

         Retrieves information about Provider access enrolment samples.

        Args:
            parent_lookup_instruments_provider_id (str): The id of the provider (section 3's name for
                what sections 2, 4, 5 and 6 call parent_lookup_provider_id).
            parent_lookup_learner_learner_id (str): The enrolment's learner id (section 3's name for
                learner__learner_id).
            id (int): A unique integer value identifying this enrolment sample.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSample
        """

        return await _get_provider_enrolment_sample.asyncio(
            parent_lookup_instruments_provider_id=parent_lookup_instruments_provider_id,
            parent_lookup_learner_learner_id=parent_lookup_learner_learner_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class EnrolmentSamplesRawResource:
    """enrolment_samples operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_provider(
        self,
        parent_lookup_instruments_provider_id: str,
        parent_lookup_learner_learner_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | PaginatedProviderEnrolmentSampleList | ValidationError]:
        """List Providers Enrolment Sample

         API endpoint for listing Provider Samples.

        Args:
            parent_lookup_instruments_provider_id (str): The id of the provider (section 3's name for
                what sections 2, 4, 5 and 6 call parent_lookup_provider_id).
            parent_lookup_learner_learner_id (str): The enrolment's learner id (section 3's name for
                learner__learner_id).
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
            Response[ErrorDetail | PaginatedProviderEnrolmentSampleList | ValidationError]
        """

        return _list_provider_enrolment_samples.sync_detailed(
            parent_lookup_instruments_provider_id=parent_lookup_instruments_provider_id,
            parent_lookup_learner_learner_id=parent_lookup_learner_learner_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_provider(
        self,
        parent_lookup_instruments_provider_id: str,
        parent_lookup_learner_learner_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]:
        """Read Provider Enrolment Sample

         Retrieves information about Provider access enrolment samples.

        Args:
            parent_lookup_instruments_provider_id (str): The id of the provider (section 3's name for
                what sections 2, 4, 5 and 6 call parent_lookup_provider_id).
            parent_lookup_learner_learner_id (str): The enrolment's learner id (section 3's name for
                learner__learner_id).
            id (int): A unique integer value identifying this enrolment sample.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]
        """

        return _get_provider_enrolment_sample.sync_detailed(
            parent_lookup_instruments_provider_id=parent_lookup_instruments_provider_id,
            parent_lookup_learner_learner_id=parent_lookup_learner_learner_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncEnrolmentSamplesRawResource:
    """Async enrolment_samples operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_provider(
        self,
        parent_lookup_instruments_provider_id: str,
        parent_lookup_learner_learner_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | PaginatedProviderEnrolmentSampleList | ValidationError]:
        """List Providers Enrolment Sample

         API endpoint for listing Provider Samples.

        Args:
            parent_lookup_instruments_provider_id (str): The id of the provider (section 3's name for
                what sections 2, 4, 5 and 6 call parent_lookup_provider_id).
            parent_lookup_learner_learner_id (str): The enrolment's learner id (section 3's name for
                learner__learner_id).
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
            Response[ErrorDetail | PaginatedProviderEnrolmentSampleList | ValidationError]
        """

        return await _list_provider_enrolment_samples.asyncio_detailed(
            parent_lookup_instruments_provider_id=parent_lookup_instruments_provider_id,
            parent_lookup_learner_learner_id=parent_lookup_learner_learner_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_provider(
        self,
        parent_lookup_instruments_provider_id: str,
        parent_lookup_learner_learner_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]:
        """Read Provider Enrolment Sample

         Retrieves information about Provider access enrolment samples.

        Args:
            parent_lookup_instruments_provider_id (str): The id of the provider (section 3's name for
                what sections 2, 4, 5 and 6 call parent_lookup_provider_id).
            parent_lookup_learner_learner_id (str): The enrolment's learner id (section 3's name for
                learner__learner_id).
            id (int): A unique integer value identifying this enrolment sample.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]
        """

        return await _get_provider_enrolment_sample.asyncio_detailed(
            parent_lookup_instruments_provider_id=parent_lookup_instruments_provider_id,
            parent_lookup_learner_learner_id=parent_lookup_learner_learner_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
