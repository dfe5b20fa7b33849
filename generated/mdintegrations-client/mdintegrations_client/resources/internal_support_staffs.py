"""``client.internal_support_staffs``: the internal_support_staffs operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.internal_support_staffs import create_internal_support_staff as _create_internal_support_staff
from ..api.internal_support_staffs import update_internal_support_staff as _update_internal_support_staff
from ..client import BaseClient
from ..pydantic_models import (
    Error,
    InternalSupportStaffCreateRequest,
    InternalSupportStaffUpdateRequest,
    PartnerInternalSupportStaff,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncInternalSupportStaffsRawResource",
    "AsyncInternalSupportStaffsResource",
    "InternalSupportStaffsRawResource",
    "InternalSupportStaffsResource",
]


class InternalSupportStaffsResource:
    """internal_support_staffs operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: InternalSupportStaffCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerInternalSupportStaff:
        """Create Support Staff

         Creates a support staff.

        Args:
            body (InternalSupportStaffCreateRequest):
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
            PartnerInternalSupportStaff
        """

        return _create_internal_support_staff.sync(
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        internal_support_staff: UUID,
        *,
        body: InternalSupportStaffUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update Internal Support Staff

         Updates the support staff.

        Args:
            internal_support_staff (UUID): The support staff's ID.
            body (InternalSupportStaffUpdateRequest):
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
            None
        """

        return _update_internal_support_staff.sync(
            internal_support_staff=internal_support_staff,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncInternalSupportStaffsResource:
    """Async internal_support_staffs operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: InternalSupportStaffCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerInternalSupportStaff:
        """Create Support Staff

         Creates a support staff.

        Args:
            body (InternalSupportStaffCreateRequest):
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
            PartnerInternalSupportStaff
        """

        return await _create_internal_support_staff.asyncio(
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        internal_support_staff: UUID,
        *,
        body: InternalSupportStaffUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update Internal Support Staff

         Updates the support staff.

        Args:
            internal_support_staff (UUID): The support staff's ID.
            body (InternalSupportStaffUpdateRequest):
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
            None
        """

        return await _update_internal_support_staff.asyncio(
            internal_support_staff=internal_support_staff,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class InternalSupportStaffsRawResource:
    """internal_support_staffs operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: InternalSupportStaffCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerInternalSupportStaff]:
        """Create Support Staff

         Creates a support staff.

        Args:
            body (InternalSupportStaffCreateRequest):
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
            Response[Error | PartnerInternalSupportStaff]
        """

        return _create_internal_support_staff.sync_detailed(
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        internal_support_staff: UUID,
        *,
        body: InternalSupportStaffUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Update Internal Support Staff

         Updates the support staff.

        Args:
            internal_support_staff (UUID): The support staff's ID.
            body (InternalSupportStaffUpdateRequest):
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
            Response[Any | Error]
        """

        return _update_internal_support_staff.sync_detailed(
            internal_support_staff=internal_support_staff,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncInternalSupportStaffsRawResource:
    """Async internal_support_staffs operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: InternalSupportStaffCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerInternalSupportStaff]:
        """Create Support Staff

         Creates a support staff.

        Args:
            body (InternalSupportStaffCreateRequest):
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
            Response[Error | PartnerInternalSupportStaff]
        """

        return await _create_internal_support_staff.asyncio_detailed(
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        internal_support_staff: UUID,
        *,
        body: InternalSupportStaffUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Update Internal Support Staff

         Updates the support staff.

        Args:
            internal_support_staff (UUID): The support staff's ID.
            body (InternalSupportStaffUpdateRequest):
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
            Response[Any | Error]
        """

        return await _update_internal_support_staff.asyncio_detailed(
            internal_support_staff=internal_support_staff,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
