"""``client.sample_validations``: the sample_validations operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``provider_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.sample_validations import create_sample_validation as _create_sample_validation
from ..api.sample_validations import delete_sample_validation as _delete_sample_validation
from ..api.sample_validations import get_sample_validation as _get_sample_validation
from ..api.sample_validations import list_sample_validations as _list_sample_validations
from ..api.sample_validations import partial_update_sample_validation as _partial_update_sample_validation
from ..api.sample_validations import set_sample_validation_status as _set_sample_validation_status
from ..api.sample_validations import update_sample_validation as _update_sample_validation
from ..client import BaseClient
from ..pydantic_models import (
    ErrorDetail,
    PaginatedProviderEnrolmentSampleValidationList,
    ProviderEnrolmentSampleValidation,
    ProviderEnrolmentSampleValidationRequest,
    ValidationError,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncSampleValidationsRawResource",
    "AsyncSampleValidationsResource",
    "SampleValidationsRawResource",
    "SampleValidationsResource",
]


class SampleValidationsResource:
    """sample_validations operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[PaginatedProviderEnrolmentSampleValidationList, ProviderEnrolmentSampleValidation]:
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
            Page[PaginatedProviderEnrolmentSampleValidationList, ProviderEnrolmentSampleValidation]
        """

        return _list_sample_validations.first_page(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
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
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Create Provider Enrolment Sample Validation

         API endpoint for creating new Provider Enrolment Sample Validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return _create_sample_validation.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Read Provider Enrolment Sample Validation

         API endpoint that allows Provider Enrolment Sample Validation information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return _get_sample_validation.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Update Provider Enrolment Sample Validation

         API endpoint that allows Provider manage enrolment sample validation updates.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return _update_sample_validation.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Provider Enrolment Sample Validation

         API endpoint for deleting Provider Enrolment Sample Validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _delete_sample_validation.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def partial_update(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Partial Update Provider Enrolment Sample Validation Information

         API endpoint that updates Provider manage enrolment sample validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return _partial_update_sample_validation.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set_status(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Status Provider Enrolment Sample Validation

         Change enrolment sample validation status.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return _set_sample_validation_status.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSampleValidationsResource:
    """Async sample_validations operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        *,
        search: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PaginatedProviderEnrolmentSampleValidationList, ProviderEnrolmentSampleValidation]:
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
            AsyncPage[PaginatedProviderEnrolmentSampleValidationList, ProviderEnrolmentSampleValidation]
        """

        return await _list_sample_validations.afirst_page(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
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
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Create Provider Enrolment Sample Validation

         API endpoint for creating new Provider Enrolment Sample Validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return await _create_sample_validation.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Read Provider Enrolment Sample Validation

         API endpoint that allows Provider Enrolment Sample Validation information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return await _get_sample_validation.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Update Provider Enrolment Sample Validation

         API endpoint that allows Provider manage enrolment sample validation updates.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return await _update_sample_validation.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Provider Enrolment Sample Validation

         API endpoint for deleting Provider Enrolment Sample Validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _delete_sample_validation.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def partial_update(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Partial Update Provider Enrolment Sample Validation Information

         API endpoint that updates Provider manage enrolment sample validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return await _partial_update_sample_validation.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def set_status(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderEnrolmentSampleValidation:
        """Status Provider Enrolment Sample Validation

         Change enrolment sample validation status.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderEnrolmentSampleValidation
        """

        return await _set_sample_validation_status.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class SampleValidationsRawResource:
    """sample_validations operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        *,
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
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | ValidationError]
        """

        return _list_sample_validations.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
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
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Create Provider Enrolment Sample Validation

         API endpoint for creating new Provider Enrolment Sample Validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return _create_sample_validation.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Read Provider Enrolment Sample Validation

         API endpoint that allows Provider Enrolment Sample Validation information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return _get_sample_validation.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Update Provider Enrolment Sample Validation

         API endpoint that allows Provider manage enrolment sample validation updates.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return _update_sample_validation.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail | ValidationError]:
        """Delete Provider Enrolment Sample Validation

         API endpoint for deleting Provider Enrolment Sample Validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail | ValidationError]
        """

        return _delete_sample_validation.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def partial_update(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Partial Update Provider Enrolment Sample Validation Information

         API endpoint that updates Provider manage enrolment sample validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return _partial_update_sample_validation.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set_status(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Status Provider Enrolment Sample Validation

         Change enrolment sample validation status.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return _set_sample_validation_status.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSampleValidationsRawResource:
    """Async sample_validations operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        *,
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
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | PaginatedProviderEnrolmentSampleValidationList | ValidationError]
        """

        return await _list_sample_validations.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
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
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Create Provider Enrolment Sample Validation

         API endpoint for creating new Provider Enrolment Sample Validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return await _create_sample_validation.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Read Provider Enrolment Sample Validation

         API endpoint that allows Provider Enrolment Sample Validation information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return await _get_sample_validation.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Update Provider Enrolment Sample Validation

         API endpoint that allows Provider manage enrolment sample validation updates.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return await _update_sample_validation.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail | ValidationError]:
        """Delete Provider Enrolment Sample Validation

         API endpoint for deleting Provider Enrolment Sample Validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail | ValidationError]
        """

        return await _delete_sample_validation.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def partial_update(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Partial Update Provider Enrolment Sample Validation Information

         API endpoint that updates Provider manage enrolment sample validation.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return await _partial_update_sample_validation.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def set_status(
        self,
        parent_lookup_provider_id: str,
        parent_lookup_sample_learner_learner_id: str,
        parent_lookup_sample_id: str,
        id: int,
        *,
        body: ProviderEnrolmentSampleValidationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]:
        """Status Provider Enrolment Sample Validation

         Change enrolment sample validation status.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            parent_lookup_sample_learner_learner_id (str): The enrolment's learner id (section 4's
                name for learner__learner_id).
            parent_lookup_sample_id (str): The id of the enrolment sample (section 4's name for the
                {id} of 3.2).
            id (int): A unique integer value identifying this enrolment sample validation.
            body (ProviderEnrolmentSampleValidationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderEnrolmentSampleValidation | ValidationError]
        """

        return await _set_sample_validation_status.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            parent_lookup_sample_learner_learner_id=parent_lookup_sample_learner_learner_id,
            parent_lookup_sample_id=parent_lookup_sample_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
