"""``client.partner_pharmacies``: the partner_pharmacies operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.partner_pharmacies import add_partner_pharmacy as _add_partner_pharmacy
from ..api.partner_pharmacies import delete_partner_pharmacy as _delete_partner_pharmacy
from ..api.partner_pharmacies import list_partner_pharmacies as _list_partner_pharmacies
from ..client import BaseClient
from ..pydantic_models import Error, PartnerPharmacy, PartnerPharmacyAttachRequest, PartnerPharmacyList
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerPharmaciesRawResource",
    "AsyncPartnerPharmaciesResource",
    "PartnerPharmaciesRawResource",
    "PartnerPharmaciesResource",
]


class PartnerPharmaciesResource:
    """partner_pharmacies operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        partner: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[PartnerPharmacyList, PartnerPharmacy]:
        """Get Pharmacies

         Get the partner's pharmacies (paginated).

        Args:
            partner (UUID): The partner's ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
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
            Page[PartnerPharmacyList, PartnerPharmacy]
        """

        return _list_partner_pharmacies.first_page(
            partner=partner,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add(
        self,
        partner: UUID,
        *,
        body: PartnerPharmacyAttachRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerPharmacy:
        """Add Pharmacy

         Attach the pharmacy to the partner.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerPharmacyAttachRequest):
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
            PartnerPharmacy
        """

        return _add_partner_pharmacy.sync(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        partner: UUID,
        partner_pharmacy_id: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Pharmacy

         Detach the pharmacy from the partner.

        Args:
            partner (UUID): The partner's ID.
            partner_pharmacy_id (UUID): ID of the partner-pharmacy attachment.
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

        return _delete_partner_pharmacy.sync(
            partner=partner,
            partner_pharmacy_id=partner_pharmacy_id,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerPharmaciesResource:
    """Async partner_pharmacies operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        partner: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PartnerPharmacyList, PartnerPharmacy]:
        """Get Pharmacies

         Get the partner's pharmacies (paginated).

        Args:
            partner (UUID): The partner's ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
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
            AsyncPage[PartnerPharmacyList, PartnerPharmacy]
        """

        return await _list_partner_pharmacies.afirst_page(
            partner=partner,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add(
        self,
        partner: UUID,
        *,
        body: PartnerPharmacyAttachRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerPharmacy:
        """Add Pharmacy

         Attach the pharmacy to the partner.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerPharmacyAttachRequest):
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
            PartnerPharmacy
        """

        return await _add_partner_pharmacy.asyncio(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        partner: UUID,
        partner_pharmacy_id: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Pharmacy

         Detach the pharmacy from the partner.

        Args:
            partner (UUID): The partner's ID.
            partner_pharmacy_id (UUID): ID of the partner-pharmacy attachment.
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

        return await _delete_partner_pharmacy.asyncio(
            partner=partner,
            partner_pharmacy_id=partner_pharmacy_id,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerPharmaciesRawResource:
    """partner_pharmacies operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        partner: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerPharmacyList]:
        """Get Pharmacies

         Get the partner's pharmacies (paginated).

        Args:
            partner (UUID): The partner's ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
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
            Response[Error | PartnerPharmacyList]
        """

        return _list_partner_pharmacies.sync_detailed(
            partner=partner,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add(
        self,
        partner: UUID,
        *,
        body: PartnerPharmacyAttachRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerPharmacy]:
        """Add Pharmacy

         Attach the pharmacy to the partner.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerPharmacyAttachRequest):
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
            Response[Error | PartnerPharmacy]
        """

        return _add_partner_pharmacy.sync_detailed(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        partner: UUID,
        partner_pharmacy_id: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Delete Pharmacy

         Detach the pharmacy from the partner.

        Args:
            partner (UUID): The partner's ID.
            partner_pharmacy_id (UUID): ID of the partner-pharmacy attachment.
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

        return _delete_partner_pharmacy.sync_detailed(
            partner=partner,
            partner_pharmacy_id=partner_pharmacy_id,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerPharmaciesRawResource:
    """Async partner_pharmacies operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        partner: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerPharmacyList]:
        """Get Pharmacies

         Get the partner's pharmacies (paginated).

        Args:
            partner (UUID): The partner's ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
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
            Response[Error | PartnerPharmacyList]
        """

        return await _list_partner_pharmacies.asyncio_detailed(
            partner=partner,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add(
        self,
        partner: UUID,
        *,
        body: PartnerPharmacyAttachRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerPharmacy]:
        """Add Pharmacy

         Attach the pharmacy to the partner.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerPharmacyAttachRequest):
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
            Response[Error | PartnerPharmacy]
        """

        return await _add_partner_pharmacy.asyncio_detailed(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        partner: UUID,
        partner_pharmacy_id: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Delete Pharmacy

         Detach the pharmacy from the partner.

        Args:
            partner (UUID): The partner's ID.
            partner_pharmacy_id (UUID): ID of the partner-pharmacy attachment.
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

        return await _delete_partner_pharmacy.asyncio_detailed(
            partner=partner,
            partner_pharmacy_id=partner_pharmacy_id,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
