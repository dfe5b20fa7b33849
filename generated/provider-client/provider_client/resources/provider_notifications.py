"""``client.provider_notifications``: the provider_notifications operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``provider_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.provider_notifications import create_provider_notification as _create_provider_notification
from ..api.provider_notifications import delete_provider_notification as _delete_provider_notification
from ..api.provider_notifications import get_provider_notification as _get_provider_notification
from ..api.provider_notifications import list_provider_notifications as _list_provider_notifications
from ..api.provider_notifications import partial_update_provider_notification as _partial_update_provider_notification
from ..api.provider_notifications import update_provider_notification as _update_provider_notification
from ..client import BaseClient
from ..pydantic_models import (
    ErrorDetail,
    PaginatedProviderNotificationList,
    PatchedProviderNotificationRequest,
    ProviderNotification,
    ProviderNotificationRequest,
    ValidationError,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncProviderNotificationsRawResource",
    "AsyncProviderNotificationsResource",
    "ProviderNotificationsRawResource",
    "ProviderNotificationsResource",
]


class ProviderNotificationsResource:
    """provider_notifications operations."""

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
    ) -> Page[PaginatedProviderNotificationList, ProviderNotification]:
        """List Provider Notification

         API endpoint for listing Provider Notification.

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
            Page[PaginatedProviderNotificationList, ProviderNotification]
        """

        return _list_provider_notifications.first_page(
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
        body: ProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderNotification:
        """Create Provider Notification

         API endpoint for creating a new Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            body (ProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderNotification
        """

        return _create_provider_notification.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderNotification:
        """Read Provider Notification

         Retrieves information about Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderNotification
        """

        return _get_provider_notification.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        body: ProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderNotification:
        """Update Provider Notification

         API endpoint that updates Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            body (ProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderNotification
        """

        return _update_provider_notification.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Provider Notification

         API endpoint for deleting Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _delete_provider_notification.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def partial_update(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        body: PatchedProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderNotification:
        """Partial Update Provider Notification

         API endpoint that updates Provider Notification partial information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            body (PatchedProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderNotification
        """

        return _partial_update_provider_notification.sync(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProviderNotificationsResource:
    """Async provider_notifications operations."""

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
    ) -> AsyncPage[PaginatedProviderNotificationList, ProviderNotification]:
        """List Provider Notification

         API endpoint for listing Provider Notification.

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
            AsyncPage[PaginatedProviderNotificationList, ProviderNotification]
        """

        return await _list_provider_notifications.afirst_page(
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
        body: ProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderNotification:
        """Create Provider Notification

         API endpoint for creating a new Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            body (ProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderNotification
        """

        return await _create_provider_notification.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderNotification:
        """Read Provider Notification

         Retrieves information about Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderNotification
        """

        return await _get_provider_notification.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        body: ProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderNotification:
        """Update Provider Notification

         API endpoint that updates Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            body (ProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderNotification
        """

        return await _update_provider_notification.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Provider Notification

         API endpoint for deleting Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _delete_provider_notification.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def partial_update(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        body: PatchedProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ProviderNotification:
        """Partial Update Provider Notification

         API endpoint that updates Provider Notification partial information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            body (PatchedProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ProviderNotification
        """

        return await _partial_update_provider_notification.asyncio(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ProviderNotificationsRawResource:
    """provider_notifications operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

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
    ) -> Response[ErrorDetail | PaginatedProviderNotificationList | ValidationError]:
        """List Provider Notification

         API endpoint for listing Provider Notification.

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
            Response[ErrorDetail | PaginatedProviderNotificationList | ValidationError]
        """

        return _list_provider_notifications.sync_detailed(
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
        body: ProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
        """Create Provider Notification

         API endpoint for creating a new Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            body (ProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderNotification | ValidationError]
        """

        return _create_provider_notification.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
        """Read Provider Notification

         Retrieves information about Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderNotification | ValidationError]
        """

        return _get_provider_notification.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        body: ProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
        """Update Provider Notification

         API endpoint that updates Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            body (ProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderNotification | ValidationError]
        """

        return _update_provider_notification.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail | ValidationError]:
        """Delete Provider Notification

         API endpoint for deleting Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail | ValidationError]
        """

        return _delete_provider_notification.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def partial_update(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        body: PatchedProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
        """Partial Update Provider Notification

         API endpoint that updates Provider Notification partial information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            body (PatchedProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderNotification | ValidationError]
        """

        return _partial_update_provider_notification.sync_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProviderNotificationsRawResource:
    """Async provider_notifications operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

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
    ) -> Response[ErrorDetail | PaginatedProviderNotificationList | ValidationError]:
        """List Provider Notification

         API endpoint for listing Provider Notification.

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
            Response[ErrorDetail | PaginatedProviderNotificationList | ValidationError]
        """

        return await _list_provider_notifications.asyncio_detailed(
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
        body: ProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
        """Create Provider Notification

         API endpoint for creating a new Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            body (ProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderNotification | ValidationError]
        """

        return await _create_provider_notification.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
        """Read Provider Notification

         Retrieves information about Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderNotification | ValidationError]
        """

        return await _get_provider_notification.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        body: ProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
        """Update Provider Notification

         API endpoint that updates Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            body (ProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderNotification | ValidationError]
        """

        return await _update_provider_notification.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail | ValidationError]:
        """Delete Provider Notification

         API endpoint for deleting Provider Notification.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail | ValidationError]
        """

        return await _delete_provider_notification.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def partial_update(
        self,
        parent_lookup_provider_id: str,
        id: int,
        *,
        body: PatchedProviderNotificationRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | ProviderNotification | ValidationError]:
        """Partial Update Provider Notification

         API endpoint that updates Provider Notification partial information.

        Args:
            parent_lookup_provider_id (str): The id of the provider (path parameter named
                parent_lookup_provider_id by the doc).
            id (int): The id of the provider notification.
            body (PatchedProviderNotificationRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | ProviderNotification | ValidationError]
        """

        return await _partial_update_provider_notification.asyncio_detailed(
            parent_lookup_provider_id=parent_lookup_provider_id,
            id=id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
