"""``client.partner_vouchers``: the partner_vouchers operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.partner_vouchers import delete_partner_voucher as _delete_partner_voucher
from ..client import BaseClient
from ..pydantic_models import Error
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerVouchersRawResource",
    "AsyncPartnerVouchersResource",
    "PartnerVouchersRawResource",
    "PartnerVouchersResource",
]


class PartnerVouchersResource:
    """partner_vouchers operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def delete(
        self,
        partner: UUID,
        voucher: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Voucher

         Deletes the partner's voucher.

        Args:
            partner (UUID): The partner's ID.
            voucher (UUID): The voucher's ID.
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

        return _delete_partner_voucher.sync(
            partner=partner,
            voucher=voucher,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerVouchersResource:
    """Async partner_vouchers operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def delete(
        self,
        partner: UUID,
        voucher: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Voucher

         Deletes the partner's voucher.

        Args:
            partner (UUID): The partner's ID.
            voucher (UUID): The voucher's ID.
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

        return await _delete_partner_voucher.asyncio(
            partner=partner,
            voucher=voucher,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerVouchersRawResource:
    """partner_vouchers operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def delete(
        self,
        partner: UUID,
        voucher: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Delete Voucher

         Deletes the partner's voucher.

        Args:
            partner (UUID): The partner's ID.
            voucher (UUID): The voucher's ID.
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

        return _delete_partner_voucher.sync_detailed(
            partner=partner,
            voucher=voucher,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerVouchersRawResource:
    """Async partner_vouchers operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def delete(
        self,
        partner: UUID,
        voucher: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Delete Voucher

         Deletes the partner's voucher.

        Args:
            partner (UUID): The partner's ID.
            voucher (UUID): The voucher's ID.
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

        return await _delete_partner_voucher.asyncio_detailed(
            partner=partner,
            voucher=voucher,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
