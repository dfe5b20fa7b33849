"""``client.partner_audits``: the partner_audits operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from uuid import UUID

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.partner_audits import list_partner_audits as _list_partner_audits
from ..client import BaseClient
from ..pydantic_models import Error, ListPartnerAuditsOrder, PartnerAudit, PartnerAuditList
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerAuditsRawResource",
    "AsyncPartnerAuditsResource",
    "PartnerAuditsRawResource",
    "PartnerAuditsResource",
]


class PartnerAuditsResource:
    """partner_audits operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        partner: UUID,
        *,
        order: ListPartnerAuditsOrder | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[PartnerAuditList, PartnerAudit]:
        """Get Audits

         Get the partner's audits (paginated).

        Args:
            partner (UUID): The partner's ID.
            order (ListPartnerAuditsOrder | Unset): Sort direction of the audits.
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
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
            Page[PartnerAuditList, PartnerAudit]
        """

        return _list_partner_audits.first_page(
            partner=partner,
            order=order,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerAuditsResource:
    """Async partner_audits operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        partner: UUID,
        *,
        order: ListPartnerAuditsOrder | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PartnerAuditList, PartnerAudit]:
        """Get Audits

         Get the partner's audits (paginated).

        Args:
            partner (UUID): The partner's ID.
            order (ListPartnerAuditsOrder | Unset): Sort direction of the audits.
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
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
            AsyncPage[PartnerAuditList, PartnerAudit]
        """

        return await _list_partner_audits.afirst_page(
            partner=partner,
            order=order,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerAuditsRawResource:
    """partner_audits operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        partner: UUID,
        *,
        order: ListPartnerAuditsOrder | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerAuditList]:
        """Get Audits

         Get the partner's audits (paginated).

        Args:
            partner (UUID): The partner's ID.
            order (ListPartnerAuditsOrder | Unset): Sort direction of the audits.
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
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
            Response[Error | PartnerAuditList]
        """

        return _list_partner_audits.sync_detailed(
            partner=partner,
            order=order,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerAuditsRawResource:
    """Async partner_audits operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        partner: UUID,
        *,
        order: ListPartnerAuditsOrder | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerAuditList]:
        """Get Audits

         Get the partner's audits (paginated).

        Args:
            partner (UUID): The partner's ID.
            order (ListPartnerAuditsOrder | Unset): Sort direction of the audits.
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
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
            Response[Error | PartnerAuditList]
        """

        return await _list_partner_audits.asyncio_detailed(
            partner=partner,
            order=order,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
