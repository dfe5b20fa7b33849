"""``client.provider_requests``: the provider_requests operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``provider_client.api``), the low-level layer.
"""

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.provider_requests import get_provider_request as _get_provider_request
from ..api.provider_requests import list_provider_requests as _list_provider_requests
from ..api.provider_requests import partial_update_provider_request as _partial_update_provider_request
from ..api.provider_requests import set_provider_request_status as _set_provider_request_status
from ..api.provider_requests import update_provider_request as _update_provider_request
from ..client import BaseClient
from ..pydantic_models import (
    ErrorDetail,
    PaginatedProviderVerificationRequestResultList,
    ProviderVerificationRequestResult,
    ProviderVerificationRequestResultRequest,
    ValidationError,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncProviderRequestsRawResource",
    "AsyncProviderRequestsResource",
    "ProviderRequestsRawResource",
    "ProviderRequestsResource",
]


class ProviderRequestsResource:
    """provider_requests operations."""

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
    ) -> Page[PaginatedProviderVerificationRequestResultList, ProviderVerificationRequestResult]:
        """List Provider Request

         API endpoint for listing Provider Requests.

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
            Page[PaginatedProviderVerificationRequestResultList, ProviderVerificationRequestResult]
        """

        return _list_provider_requests.first_page(
            parent_lookup_provider_id=parent_lookup_provider_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderVerificationRequestResult:
        """Read Provider Request

         Retrieves information about Provider Request.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderVerificationRequestResult
        """

        return _get_provider_request.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderVerificationRequestResult:
        """Update Provider Request

         API endpoint that updates Provider Request.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderVerificationRequestResult
        """

        return _update_provider_request.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def partial_update(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderVerificationRequestResult:
        """Partial Update Provider Request

         API endpoint that updates Provider Request partial information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderVerificationRequestResult
        """

        return _partial_update_provider_request.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set_status(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderVerificationRequestResult:
        """Status Provider Request

         Change Provider Request status.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderVerificationRequestResult
        """

        return _set_provider_request_status.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProviderRequestsResource:
    """Async provider_requests operations."""

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
    ) -> AsyncPage[PaginatedProviderVerificationRequestResultList, ProviderVerificationRequestResult]:
        """List Provider Request

         API endpoint for listing Provider Requests.

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
            AsyncPage[PaginatedProviderVerificationRequestResultList, ProviderVerificationRequestResult]
        """

        return await _list_provider_requests.afirst_page(
            parent_lookup_provider_id=parent_lookup_provider_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderVerificationRequestResult:
        """Read Provider Request

         Retrieves information about Provider Request.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderVerificationRequestResult
        """

        return await _get_provider_request.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderVerificationRequestResult:
        """Update Provider Request

         API endpoint that updates Provider Request.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderVerificationRequestResult
        """

        return await _update_provider_request.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def partial_update(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderVerificationRequestResult:
        """Partial Update Provider Request

         API endpoint that updates Provider Request partial information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderVerificationRequestResult
        """

        return await _partial_update_provider_request.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def set_status(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderVerificationRequestResult:
        """Status Provider Request

         Change Provider Request status.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderVerificationRequestResult
        """

        return await _set_provider_request_status.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ProviderRequestsRawResource:
    """provider_requests operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

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
    ) -> Response[ErrorDetail | PaginatedProviderVerificationRequestResultList | ValidationError]:
        """List Provider Request

         API endpoint for listing Provider Requests.

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
            Response[ErrorDetail | PaginatedProviderVerificationRequestResultList | ValidationError]
        """

        return _list_provider_requests.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]:
        """Read Provider Request

         Retrieves information about Provider Request.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]
        """

        return _get_provider_request.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]:
        """Update Provider Request

         API endpoint that updates Provider Request.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]
        """

        return _update_provider_request.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def partial_update(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]:
        """Partial Update Provider Request

         API endpoint that updates Provider Request partial information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]
        """

        return _partial_update_provider_request.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set_status(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]:
        """Status Provider Request

         Change Provider Request status.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]
        """

        return _set_provider_request_status.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProviderRequestsRawResource:
    """Async provider_requests operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

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
    ) -> Response[ErrorDetail | PaginatedProviderVerificationRequestResultList | ValidationError]:
        """List Provider Request

         API endpoint for listing Provider Requests.

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
            Response[ErrorDetail | PaginatedProviderVerificationRequestResultList | ValidationError]
        """

        return await _list_provider_requests.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            search=search,
            ordering=ordering,
            limit=limit,
            offset=offset,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]:
        """Read Provider Request

         Retrieves information about Provider Request.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]
        """

        return await _get_provider_request.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]:
        """Update Provider Request

         API endpoint that updates Provider Request.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]
        """

        return await _update_provider_request.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def partial_update(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]:
        """Partial Update Provider Request

         API endpoint that updates Provider Request partial information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]
        """

        return await _partial_update_provider_request.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def set_status(
        self,
        parent_lookup_provider_id: str,
        request_id: str,
        *,
        body: ProviderVerificationRequestResultRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]:
        """Status Provider Request

         Change Provider Request status.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            request_id (str): Request related to this result (the id of the
                ProviderVerificationRequest).
            body (ProviderVerificationRequestResultRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderVerificationRequestResult | ValidationError]
        """

        return await _set_provider_request_status.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            request_id=request_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
