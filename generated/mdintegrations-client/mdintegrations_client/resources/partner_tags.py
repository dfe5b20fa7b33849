"""``client.partner_tags``: the partner_tags operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.partner_tags import update_partner_tag as _update_partner_tag
from ..client import BaseClient
from ..pydantic_models import Error, PartnerTagUpdateRequest
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerTagsRawResource",
    "AsyncPartnerTagsResource",
    "PartnerTagsRawResource",
    "PartnerTagsResource",
]


class PartnerTagsResource:
    """partner_tags operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def update(
        self,
        partner: UUID,
        tag: UUID,
        *,
        body: PartnerTagUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update Tag

         Updates the partner's tag.

        Args:
            partner (UUID): The partner's ID.
            tag (UUID): The tag's ID.
            body (PartnerTagUpdateRequest):
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

        return _update_partner_tag.sync(
            partner=partner,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerTagsResource:
    """Async partner_tags operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def update(
        self,
        partner: UUID,
        tag: UUID,
        *,
        body: PartnerTagUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update Tag

         Updates the partner's tag.

        Args:
            partner (UUID): The partner's ID.
            tag (UUID): The tag's ID.
            body (PartnerTagUpdateRequest):
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

        return await _update_partner_tag.asyncio(
            partner=partner,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerTagsRawResource:
    """partner_tags operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def update(
        self,
        partner: UUID,
        tag: UUID,
        *,
        body: PartnerTagUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Update Tag

         Updates the partner's tag.

        Args:
            partner (UUID): The partner's ID.
            tag (UUID): The tag's ID.
            body (PartnerTagUpdateRequest):
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

        return _update_partner_tag.sync_detailed(
            partner=partner,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerTagsRawResource:
    """Async partner_tags operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def update(
        self,
        partner: UUID,
        tag: UUID,
        *,
        body: PartnerTagUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Update Tag

         Updates the partner's tag.

        Args:
            partner (UUID): The partner's ID.
            tag (UUID): The tag's ID.
            body (PartnerTagUpdateRequest):
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

        return await _update_partner_tag.asyncio_detailed(
            partner=partner,
            tag=tag,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
