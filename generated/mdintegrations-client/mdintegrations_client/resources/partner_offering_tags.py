"""``client.partner_offering_tags``: the partner_offering_tags operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.partner_offering_tags import attach_partner_offering_tag as _attach_partner_offering_tag
from ..api.partner_offering_tags import detach_partner_offering_tag as _detach_partner_offering_tag
from ..api.partner_offering_tags import list_partner_offering_tags as _list_partner_offering_tags
from ..api.partner_offering_tags import update_partner_offering_tag as _update_partner_offering_tag
from ..client import BaseClient
from ..pydantic_models import Error, PartnerOfferingTag, PartnerOfferingTagList, PartnerOfferingTagNotesRequest
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerOfferingTagsRawResource",
    "AsyncPartnerOfferingTagsResource",
    "PartnerOfferingTagsRawResource",
    "PartnerOfferingTagsResource",
]


class PartnerOfferingTagsResource:
    """partner_offering_tags operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        partner: UUID,
        offering: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[PartnerOfferingTagList, PartnerOfferingTag]:
        """Get Tags

         Get the partner's offering's tags (paginated).

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
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
            Page[PartnerOfferingTagList, PartnerOfferingTag]
        """

        return _list_partner_offering_tags.first_page(
            partner=partner,
            offering=offering,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def attach(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        body: PartnerOfferingTagNotesRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Attach Tag

         Attach the tag to the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
            body (PartnerOfferingTagNotesRequest):
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

        return _attach_partner_offering_tag.sync(
            partner=partner,
            offering=offering,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def detach(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Detach Tag

         Detach the tag from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
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

        return _detach_partner_offering_tag.sync(
            partner=partner,
            offering=offering,
            tag=tag,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        body: PartnerOfferingTagNotesRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update Tag

         Update the tag's notes to the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
            body (PartnerOfferingTagNotesRequest):
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

        return _update_partner_offering_tag.sync(
            partner=partner,
            offering=offering,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerOfferingTagsResource:
    """Async partner_offering_tags operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        partner: UUID,
        offering: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PartnerOfferingTagList, PartnerOfferingTag]:
        """Get Tags

         Get the partner's offering's tags (paginated).

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
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
            AsyncPage[PartnerOfferingTagList, PartnerOfferingTag]
        """

        return await _list_partner_offering_tags.afirst_page(
            partner=partner,
            offering=offering,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def attach(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        body: PartnerOfferingTagNotesRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Attach Tag

         Attach the tag to the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
            body (PartnerOfferingTagNotesRequest):
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

        return await _attach_partner_offering_tag.asyncio(
            partner=partner,
            offering=offering,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def detach(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Detach Tag

         Detach the tag from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
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

        return await _detach_partner_offering_tag.asyncio(
            partner=partner,
            offering=offering,
            tag=tag,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        body: PartnerOfferingTagNotesRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update Tag

         Update the tag's notes to the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
            body (PartnerOfferingTagNotesRequest):
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

        return await _update_partner_offering_tag.asyncio(
            partner=partner,
            offering=offering,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerOfferingTagsRawResource:
    """partner_offering_tags operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        partner: UUID,
        offering: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerOfferingTagList]:
        """Get Tags

         Get the partner's offering's tags (paginated).

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
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
            Response[Error | PartnerOfferingTagList]
        """

        return _list_partner_offering_tags.sync_detailed(
            partner=partner,
            offering=offering,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def attach(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        body: PartnerOfferingTagNotesRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Attach Tag

         Attach the tag to the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
            body (PartnerOfferingTagNotesRequest):
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

        return _attach_partner_offering_tag.sync_detailed(
            partner=partner,
            offering=offering,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def detach(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Detach Tag

         Detach the tag from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
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

        return _detach_partner_offering_tag.sync_detailed(
            partner=partner,
            offering=offering,
            tag=tag,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        body: PartnerOfferingTagNotesRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Update Tag

         Update the tag's notes to the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
            body (PartnerOfferingTagNotesRequest):
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

        return _update_partner_offering_tag.sync_detailed(
            partner=partner,
            offering=offering,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerOfferingTagsRawResource:
    """Async partner_offering_tags operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        partner: UUID,
        offering: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerOfferingTagList]:
        """Get Tags

         Get the partner's offering's tags (paginated).

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
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
            Response[Error | PartnerOfferingTagList]
        """

        return await _list_partner_offering_tags.asyncio_detailed(
            partner=partner,
            offering=offering,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def attach(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        body: PartnerOfferingTagNotesRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Attach Tag

         Attach the tag to the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
            body (PartnerOfferingTagNotesRequest):
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

        return await _attach_partner_offering_tag.asyncio_detailed(
            partner=partner,
            offering=offering,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def detach(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Detach Tag

         Detach the tag from the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
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

        return await _detach_partner_offering_tag.asyncio_detailed(
            partner=partner,
            offering=offering,
            tag=tag,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        partner: UUID,
        offering: UUID,
        tag: UUID,
        *,
        body: PartnerOfferingTagNotesRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Update Tag

         Update the tag's notes to the partner's offering.

        Args:
            partner (UUID): The partner's ID.
            offering (UUID): The partner offering's ID.
            tag (UUID): The tag's ID.
            body (PartnerOfferingTagNotesRequest):
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

        return await _update_partner_offering_tag.asyncio_detailed(
            partner=partner,
            offering=offering,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
