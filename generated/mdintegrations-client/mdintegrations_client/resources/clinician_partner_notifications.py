"""``client.clinician_partner_notifications``: the clinician_partner_notifications operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.clinician_partner_notifications import (
    get_clinician_partner_notification as _get_clinician_partner_notification,
)
from ..api.clinician_partner_notifications import (
    list_clinician_partner_notifications as _list_clinician_partner_notifications,
)
from ..client import BaseClient
from ..pydantic_models import Error
from ..types import Response

__all__ = [
    "AsyncClinicianPartnerNotificationsRawResource",
    "AsyncClinicianPartnerNotificationsResource",
    "ClinicianPartnerNotificationsRawResource",
    "ClinicianPartnerNotificationsResource",
]


class ClinicianPartnerNotificationsResource:
    """clinician_partner_notifications operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        partner_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Partner Notifications

         List all partner notifications related to the partner UUID. No response body is documented.

        Args:
            partner_id (UUID): The partner UUID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _list_clinician_partner_notifications.sync(
            partner_id=partner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        partner_id: UUID,
        partner_notification_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Partner Notification

         View a single partner notification, belongs to a partner. No response body is documented.

        Args:
            partner_id (UUID): The partner UUID.
            partner_notification_id (UUID): Partner notification ID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _get_clinician_partner_notification.sync(
            partner_id=partner_id,
            partner_notification_id=partner_notification_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncClinicianPartnerNotificationsResource:
    """Async clinician_partner_notifications operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        partner_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Partner Notifications

         List all partner notifications related to the partner UUID. No response body is documented.

        Args:
            partner_id (UUID): The partner UUID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _list_clinician_partner_notifications.asyncio(
            partner_id=partner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        partner_id: UUID,
        partner_notification_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Partner Notification

         View a single partner notification, belongs to a partner. No response body is documented.

        Args:
            partner_id (UUID): The partner UUID.
            partner_notification_id (UUID): Partner notification ID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _get_clinician_partner_notification.asyncio(
            partner_id=partner_id,
            partner_notification_id=partner_notification_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ClinicianPartnerNotificationsRawResource:
    """clinician_partner_notifications operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        partner_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Partner Notifications

         List all partner notifications related to the partner UUID. No response body is documented.

        Args:
            partner_id (UUID): The partner UUID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return _list_clinician_partner_notifications.sync_detailed(
            partner_id=partner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        partner_id: UUID,
        partner_notification_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Partner Notification

         View a single partner notification, belongs to a partner. No response body is documented.

        Args:
            partner_id (UUID): The partner UUID.
            partner_notification_id (UUID): Partner notification ID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return _get_clinician_partner_notification.sync_detailed(
            partner_id=partner_id,
            partner_notification_id=partner_notification_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncClinicianPartnerNotificationsRawResource:
    """Async clinician_partner_notifications operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        partner_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Partner Notifications

         List all partner notifications related to the partner UUID. No response body is documented.

        Args:
            partner_id (UUID): The partner UUID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return await _list_clinician_partner_notifications.asyncio_detailed(
            partner_id=partner_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        partner_id: UUID,
        partner_notification_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Partner Notification

         View a single partner notification, belongs to a partner. No response body is documented.

        Args:
            partner_id (UUID): The partner UUID.
            partner_notification_id (UUID): Partner notification ID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return await _get_clinician_partner_notification.asyncio_detailed(
            partner_id=partner_id,
            partner_notification_id=partner_notification_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
