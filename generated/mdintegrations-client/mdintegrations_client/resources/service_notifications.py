"""``client.service_notifications``: the service_notifications operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.service_notifications import list_service_notifications as _list_service_notifications
from ..client import BaseClient
from ..pydantic_models import Error, ServiceNotification, ServiceNotificationList
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncServiceNotificationsRawResource",
    "AsyncServiceNotificationsResource",
    "ServiceNotificationsRawResource",
    "ServiceNotificationsResource",
]


class ServiceNotificationsResource:
    """service_notifications operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        notify_to: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[ServiceNotificationList, ServiceNotification]:
        """Get Service Notifications

         Get the service notifications (paginated).

        Args:
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            scope (str | Unset): Scope of the notifications.
            type_ (str | Unset): Type of the notifications.
            notify_to (str | Unset): Channel the notifications are meant for.
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Page[ServiceNotificationList, ServiceNotification]
        """

        return _list_service_notifications.first_page(
            page=page,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncServiceNotificationsResource:
    """Async service_notifications operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        notify_to: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[ServiceNotificationList, ServiceNotification]:
        """Get Service Notifications

         Get the service notifications (paginated).

        Args:
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            scope (str | Unset): Scope of the notifications.
            type_ (str | Unset): Type of the notifications.
            notify_to (str | Unset): Channel the notifications are meant for.
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AsyncPage[ServiceNotificationList, ServiceNotification]
        """

        return await _list_service_notifications.afirst_page(
            page=page,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ServiceNotificationsRawResource:
    """service_notifications operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        notify_to: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | ServiceNotificationList]:
        """Get Service Notifications

         Get the service notifications (paginated).

        Args:
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            scope (str | Unset): Scope of the notifications.
            type_ (str | Unset): Type of the notifications.
            notify_to (str | Unset): Channel the notifications are meant for.
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | ServiceNotificationList]
        """

        return _list_service_notifications.sync_detailed(
            page=page,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncServiceNotificationsRawResource:
    """Async service_notifications operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        notify_to: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | ServiceNotificationList]:
        """Get Service Notifications

         Get the service notifications (paginated).

        Args:
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            scope (str | Unset): Scope of the notifications.
            type_ (str | Unset): Type of the notifications.
            notify_to (str | Unset): Channel the notifications are meant for.
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | ServiceNotificationList]
        """

        return await _list_service_notifications.asyncio_detailed(
            page=page,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
