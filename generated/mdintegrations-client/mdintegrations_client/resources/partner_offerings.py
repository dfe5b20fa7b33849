"""``client.partner_offerings``: the partner_offerings operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.partner_offerings import create_partner_offering as _create_partner_offering
from ..api.partner_offerings import detach_partner_offering_disease as _detach_partner_offering_disease
from ..api.partner_offerings import detach_partner_offering_state as _detach_partner_offering_state
from ..api.partner_offerings import list_partner_offerings as _list_partner_offerings
from ..client import BaseClient
from ..pydantic_models import (
    Error,
    ListPartnerOfferingsTrashed,
    PartnerOffering,
    PartnerOfferingCreateRequest,
    PartnerOfferingList,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerOfferingsRawResource",
    "AsyncPartnerOfferingsResource",
    "PartnerOfferingsRawResource",
    "PartnerOfferingsResource",
]


class PartnerOfferingsResource:
    """partner_offerings operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def detach_disease(
        self,
        partner: UUID,
        offering: UUID,
        disease: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Detach Disease

         Detach the disease from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            disease (UUID): The disease's ID.
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

        return _detach_partner_offering_disease.sync(
            partner=partner,
            offering=offering,
            disease=disease,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def detach_state(
        self,
        partner: UUID,
        offering: UUID,
        state: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Detach State

         Detach the state from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            state (UUID): The state's ID.
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

        return _detach_partner_offering_state.sync(
            partner=partner,
            offering=offering,
            state=state,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        partner: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        search: str | Unset = UNSET,
        trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
        product_type: str | Unset = UNSET,
        pharmacy_id: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[PartnerOfferingList, PartnerOffering]:
        """Get Offerings

         Get the partner's offering (paginated).

        Args:
            partner (UUID): The partner's ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
            order (str | Unset): Sort direction.
            sort (str | Unset): Field to sort by.
            search (str | Unset): Search term.
            trashed (ListPartnerOfferingsTrashed | Unset): Include soft-deleted offerings: `only`
                (only deleted ones) or `with` (deleted and active).
            product_type (str | Unset): Filter by the offering's product model class.
            pharmacy_id (int | Unset): Filter by pharmacy ID.
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
            Page[PartnerOfferingList, PartnerOffering]
        """

        return _list_partner_offerings.first_page(
            partner=partner,
            per_page=per_page,
            page=page,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        partner: UUID,
        *,
        body: PartnerOfferingCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerOffering:
        """Create Offering

         Creates a offering for the partner.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerOfferingCreateRequest):
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
            PartnerOffering
        """

        return _create_partner_offering.sync(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerOfferingsResource:
    """Async partner_offerings operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def detach_disease(
        self,
        partner: UUID,
        offering: UUID,
        disease: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Detach Disease

         Detach the disease from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            disease (UUID): The disease's ID.
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

        return await _detach_partner_offering_disease.asyncio(
            partner=partner,
            offering=offering,
            disease=disease,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def detach_state(
        self,
        partner: UUID,
        offering: UUID,
        state: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Detach State

         Detach the state from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            state (UUID): The state's ID.
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

        return await _detach_partner_offering_state.asyncio(
            partner=partner,
            offering=offering,
            state=state,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list(
        self,
        partner: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        search: str | Unset = UNSET,
        trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
        product_type: str | Unset = UNSET,
        pharmacy_id: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PartnerOfferingList, PartnerOffering]:
        """Get Offerings

         Get the partner's offering (paginated).

        Args:
            partner (UUID): The partner's ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
            order (str | Unset): Sort direction.
            sort (str | Unset): Field to sort by.
            search (str | Unset): Search term.
            trashed (ListPartnerOfferingsTrashed | Unset): Include soft-deleted offerings: `only`
                (only deleted ones) or `with` (deleted and active).
            product_type (str | Unset): Filter by the offering's product model class.
            pharmacy_id (int | Unset): Filter by pharmacy ID.
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
            AsyncPage[PartnerOfferingList, PartnerOffering]
        """

        return await _list_partner_offerings.afirst_page(
            partner=partner,
            per_page=per_page,
            page=page,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        partner: UUID,
        *,
        body: PartnerOfferingCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerOffering:
        """Create Offering

         Creates a offering for the partner.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerOfferingCreateRequest):
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
            PartnerOffering
        """

        return await _create_partner_offering.asyncio(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerOfferingsRawResource:
    """partner_offerings operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def detach_disease(
        self,
        partner: UUID,
        offering: UUID,
        disease: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Detach Disease

         Detach the disease from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            disease (UUID): The disease's ID.
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

        return _detach_partner_offering_disease.sync_detailed(
            partner=partner,
            offering=offering,
            disease=disease,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def detach_state(
        self,
        partner: UUID,
        offering: UUID,
        state: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Detach State

         Detach the state from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            state (UUID): The state's ID.
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

        return _detach_partner_offering_state.sync_detailed(
            partner=partner,
            offering=offering,
            state=state,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        partner: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        search: str | Unset = UNSET,
        trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
        product_type: str | Unset = UNSET,
        pharmacy_id: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerOfferingList]:
        """Get Offerings

         Get the partner's offering (paginated).

        Args:
            partner (UUID): The partner's ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
            order (str | Unset): Sort direction.
            sort (str | Unset): Field to sort by.
            search (str | Unset): Search term.
            trashed (ListPartnerOfferingsTrashed | Unset): Include soft-deleted offerings: `only`
                (only deleted ones) or `with` (deleted and active).
            product_type (str | Unset): Filter by the offering's product model class.
            pharmacy_id (int | Unset): Filter by pharmacy ID.
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
            Response[Error | PartnerOfferingList]
        """

        return _list_partner_offerings.sync_detailed(
            partner=partner,
            per_page=per_page,
            page=page,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        partner: UUID,
        *,
        body: PartnerOfferingCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerOffering]:
        """Create Offering

         Creates a offering for the partner.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerOfferingCreateRequest):
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
            Response[Error | PartnerOffering]
        """

        return _create_partner_offering.sync_detailed(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerOfferingsRawResource:
    """Async partner_offerings operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def detach_disease(
        self,
        partner: UUID,
        offering: UUID,
        disease: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Detach Disease

         Detach the disease from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            disease (UUID): The disease's ID.
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

        return await _detach_partner_offering_disease.asyncio_detailed(
            partner=partner,
            offering=offering,
            disease=disease,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def detach_state(
        self,
        partner: UUID,
        offering: UUID,
        state: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Detach State

         Detach the state from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            state (UUID): The state's ID.
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

        return await _detach_partner_offering_state.asyncio_detailed(
            partner=partner,
            offering=offering,
            state=state,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list(
        self,
        partner: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        search: str | Unset = UNSET,
        trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
        product_type: str | Unset = UNSET,
        pharmacy_id: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerOfferingList]:
        """Get Offerings

         Get the partner's offering (paginated).

        Args:
            partner (UUID): The partner's ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
            order (str | Unset): Sort direction.
            sort (str | Unset): Field to sort by.
            search (str | Unset): Search term.
            trashed (ListPartnerOfferingsTrashed | Unset): Include soft-deleted offerings: `only`
                (only deleted ones) or `with` (deleted and active).
            product_type (str | Unset): Filter by the offering's product model class.
            pharmacy_id (int | Unset): Filter by pharmacy ID.
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
            Response[Error | PartnerOfferingList]
        """

        return await _list_partner_offerings.asyncio_detailed(
            partner=partner,
            per_page=per_page,
            page=page,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        partner: UUID,
        *,
        body: PartnerOfferingCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerOffering]:
        """Create Offering

         Creates a offering for the partner.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerOfferingCreateRequest):
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
            Response[Error | PartnerOffering]
        """

        return await _create_partner_offering.asyncio_detailed(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
