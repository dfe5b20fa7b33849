"""``client.partner_internal_support_staffs``: the partner_internal_support_staffs operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from uuid import UUID

import httpx

from ..api.partner_internal_support_staffs import (
    get_partner_internal_support_staff as _get_partner_internal_support_staff,
)
from ..client import BaseClient
from ..pydantic_models import Error, PartnerInternalSupportStaff
from ..types import Response

__all__ = [
    "AsyncPartnerInternalSupportStaffsRawResource",
    "AsyncPartnerInternalSupportStaffsResource",
    "PartnerInternalSupportStaffsRawResource",
    "PartnerInternalSupportStaffsResource",
]


class PartnerInternalSupportStaffsResource:
    """partner_internal_support_staffs operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get(
        self,
        internal_support_staff_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerInternalSupportStaff:
        """Get internal support staff information

         It gets the internal support staff details (MDI Support users).

        Args:
            internal_support_staff_id (UUID): Internal support staff ID (the doc gives only an example
                value).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            PartnerInternalSupportStaff
        """

        return _get_partner_internal_support_staff.sync(
            internal_support_staff_id=internal_support_staff_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerInternalSupportStaffsResource:
    """Async partner_internal_support_staffs operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get(
        self,
        internal_support_staff_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerInternalSupportStaff:
        """Get internal support staff information

         It gets the internal support staff details (MDI Support users).

        Args:
            internal_support_staff_id (UUID): Internal support staff ID (the doc gives only an example
                value).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            PartnerInternalSupportStaff
        """

        return await _get_partner_internal_support_staff.asyncio(
            internal_support_staff_id=internal_support_staff_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerInternalSupportStaffsRawResource:
    """partner_internal_support_staffs operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get(
        self,
        internal_support_staff_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerInternalSupportStaff]:
        """Get internal support staff information

         It gets the internal support staff details (MDI Support users).

        Args:
            internal_support_staff_id (UUID): Internal support staff ID (the doc gives only an example
                value).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | PartnerInternalSupportStaff]
        """

        return _get_partner_internal_support_staff.sync_detailed(
            internal_support_staff_id=internal_support_staff_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerInternalSupportStaffsRawResource:
    """Async partner_internal_support_staffs operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get(
        self,
        internal_support_staff_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerInternalSupportStaff]:
        """Get internal support staff information

         It gets the internal support staff details (MDI Support users).

        Args:
            internal_support_staff_id (UUID): Internal support staff ID (the doc gives only an example
                value).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | PartnerInternalSupportStaff]
        """

        return await _get_partner_internal_support_staff.asyncio_detailed(
            internal_support_staff_id=internal_support_staff_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
