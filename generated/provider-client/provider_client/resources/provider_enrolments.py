"""``client.provider_enrolments``: the provider_enrolments operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``provider_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.provider_enrolments import create_provider_enrolment as _create_provider_enrolment
from ..api.provider_enrolments import delete_provider_enrolment as _delete_provider_enrolment
from ..api.provider_enrolments import get_provider_enrolment as _get_provider_enrolment
from ..api.provider_enrolments import (
    get_provider_enrolment_available_samples as _get_provider_enrolment_available_samples,
)
from ..api.provider_enrolments import get_provider_enrolment_used_samples as _get_provider_enrolment_used_samples
from ..api.provider_enrolments import list_provider_enrolments as _list_provider_enrolments
from ..api.provider_enrolments import partial_update_provider_enrolment as _partial_update_provider_enrolment
from ..api.provider_enrolments import unlock_provider_enrolment as _unlock_provider_enrolment
from ..api.provider_enrolments import update_provider_enrolment as _update_provider_enrolment
from ..client import BaseClient
from ..pydantic_models import (
    ErrorDetail,
    PaginatedProviderEnrolmentList,
    PatchedProviderEnrolmentRequest,
    ProviderEnrolment,
    ProviderEnrolmentRequest,
    ProviderEnrolmentSample,
    ValidationError,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncProviderEnrolmentsRawResource",
    "AsyncProviderEnrolmentsResource",
    "ProviderEnrolmentsRawResource",
    "ProviderEnrolmentsResource",
]


class ProviderEnrolmentsResource:
    """provider_enrolments operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        parent_lookup_provider_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[PaginatedProviderEnrolmentList, ProviderEnrolment]:
        """List Provider Enrolment

         API endpoint for listing Provider Enrolment.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
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
            Page[PaginatedProviderEnrolmentList, ProviderEnrolment]
        """

        return _list_provider_enrolments.first_page(
            parent_lookup_provider_id=parent_lookup_provider_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        parent_lookup_provider_id: str,
        *,
        body: ProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolment:
        """Create Provider Enrolment

         API endpoint for creating a new Provider Enrolment.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            body (ProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolment
        """

        return _create_provider_enrolment.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolment:
        """Read Provider Enrolment

         Retrieves information about Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolment
        """

        return _get_provider_enrolment.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        body: ProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolment:
        """Update Provider Enrolment

         API endpoint that updates Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            body (ProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolment
        """

        return _update_provider_enrolment.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Provider Enrolment

         API endpoint for deleting Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _delete_provider_enrolment.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def partial_update(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        body: PatchedProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolment:
        """Partial Update Provider Enrolment

         API endpoint that updates Provider access enrolment samples' information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            body (PatchedProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolment
        """

        return _partial_update_provider_enrolment.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_available_samples(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSample:
        """Provider Enrolment Available Samples

         Get available samples for this enrolment model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSample
        """

        return _get_provider_enrolment_available_samples.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unlock(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSample:
        """Unlock Provider Enrolment

         API endpoint for unlocking a locked model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSample
        """

        return _unlock_provider_enrolment.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_used_samples(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSample:
        """Provider Enrolment Used Samples

         Get used samples for this enrolment model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSample
        """

        return _get_provider_enrolment_used_samples.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProviderEnrolmentsResource:
    """Async provider_enrolments operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        parent_lookup_provider_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PaginatedProviderEnrolmentList, ProviderEnrolment]:
        """List Provider Enrolment

         API endpoint for listing Provider Enrolment.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
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
            AsyncPage[PaginatedProviderEnrolmentList, ProviderEnrolment]
        """

        return await _list_provider_enrolments.afirst_page(
            parent_lookup_provider_id=parent_lookup_provider_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        parent_lookup_provider_id: str,
        *,
        body: ProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolment:
        """Create Provider Enrolment

         API endpoint for creating a new Provider Enrolment.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            body (ProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolment
        """

        return await _create_provider_enrolment.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolment:
        """Read Provider Enrolment

         Retrieves information about Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolment
        """

        return await _get_provider_enrolment.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        body: ProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolment:
        """Update Provider Enrolment

         API endpoint that updates Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            body (ProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolment
        """

        return await _update_provider_enrolment.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Provider Enrolment

         API endpoint for deleting Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _delete_provider_enrolment.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def partial_update(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        body: PatchedProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolment:
        """Partial Update Provider Enrolment

         API endpoint that updates Provider access enrolment samples' information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            body (PatchedProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolment
        """

        return await _partial_update_provider_enrolment.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_available_samples(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSample:
        """Provider Enrolment Available Samples

         Get available samples for this enrolment model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSample
        """

        return await _get_provider_enrolment_available_samples.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unlock(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSample:
        """Unlock Provider Enrolment

         API endpoint for unlocking a locked model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSample
        """

        return await _unlock_provider_enrolment.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_used_samples(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSample:
        """Provider Enrolment Used Samples

         Get used samples for this enrolment model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSample
        """

        return await _get_provider_enrolment_used_samples.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ProviderEnrolmentsRawResource:
    """provider_enrolments operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        parent_lookup_provider_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | PaginatedProviderEnrolmentList | ValidationError]:
        """List Provider Enrolment

         API endpoint for listing Provider Enrolment.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
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
            Response[ErrorDetail | PaginatedProviderEnrolmentList | ValidationError]
        """

        return _list_provider_enrolments.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        parent_lookup_provider_id: str,
        *,
        body: ProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolment | ValidationError]:
        """Create Provider Enrolment

         API endpoint for creating a new Provider Enrolment.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            body (ProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolment | ValidationError]
        """

        return _create_provider_enrolment.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolment | ValidationError]:
        """Read Provider Enrolment

         Retrieves information about Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolment | ValidationError]
        """

        return _get_provider_enrolment.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        body: ProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolment | ValidationError]:
        """Update Provider Enrolment

         API endpoint that updates Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            body (ProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolment | ValidationError]
        """

        return _update_provider_enrolment.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail | ValidationError]:
        """Delete Provider Enrolment

         API endpoint for deleting Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail | ValidationError]
        """

        return _delete_provider_enrolment.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def partial_update(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        body: PatchedProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolment | ValidationError]:
        """Partial Update Provider Enrolment

         API endpoint that updates Provider access enrolment samples' information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            body (PatchedProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolment | ValidationError]
        """

        return _partial_update_provider_enrolment.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_available_samples(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]:
        """Provider Enrolment Available Samples

         Get available samples for this enrolment model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]
        """

        return _get_provider_enrolment_available_samples.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unlock(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]:
        """Unlock Provider Enrolment

         API endpoint for unlocking a locked model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]
        """

        return _unlock_provider_enrolment.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_used_samples(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]:
        """Provider Enrolment Used Samples

         Get used samples for this enrolment model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]
        """

        return _get_provider_enrolment_used_samples.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProviderEnrolmentsRawResource:
    """Async provider_enrolments operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        parent_lookup_provider_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | PaginatedProviderEnrolmentList | ValidationError]:
        """List Provider Enrolment

         API endpoint for listing Provider Enrolment.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
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
            Response[ErrorDetail | PaginatedProviderEnrolmentList | ValidationError]
        """

        return await _list_provider_enrolments.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        parent_lookup_provider_id: str,
        *,
        body: ProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolment | ValidationError]:
        """Create Provider Enrolment

         API endpoint for creating a new Provider Enrolment.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            body (ProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolment | ValidationError]
        """

        return await _create_provider_enrolment.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolment | ValidationError]:
        """Read Provider Enrolment

         Retrieves information about Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolment | ValidationError]
        """

        return await _get_provider_enrolment.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        body: ProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolment | ValidationError]:
        """Update Provider Enrolment

         API endpoint that updates Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            body (ProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolment | ValidationError]
        """

        return await _update_provider_enrolment.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail | ValidationError]:
        """Delete Provider Enrolment

         API endpoint for deleting Provider access enrolment samples.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail | ValidationError]
        """

        return await _delete_provider_enrolment.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def partial_update(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        body: PatchedProviderEnrolmentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolment | ValidationError]:
        """Partial Update Provider Enrolment

         API endpoint that updates Provider access enrolment samples' information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            body (PatchedProviderEnrolmentRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolment | ValidationError]
        """

        return await _partial_update_provider_enrolment.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_available_samples(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]:
        """Provider Enrolment Available Samples

         Get available samples for this enrolment model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]
        """

        return await _get_provider_enrolment_available_samples.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unlock(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]:
        """Unlock Provider Enrolment

         API endpoint for unlocking a locked model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]
        """

        return await _unlock_provider_enrolment.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_used_samples(
        self,
        parent_lookup_provider_id: str,
        learner_learner_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]:
        """Provider Enrolment Used Samples

         Get used samples for this enrolment model.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            learner_learner_id (str): The enrolment's learner id (the `learner_id` UUID of a
                ProviderEnrolment).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSample | ValidationError]
        """

        return await _get_provider_enrolment_used_samples.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            learner_learner_id=learner_learner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
