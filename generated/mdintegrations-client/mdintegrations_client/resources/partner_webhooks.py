"""``client.partner_webhooks``: the partner_webhooks operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.partner_webhooks import get_partner_webhook as _get_partner_webhook
from ..api.partner_webhooks import test_partner_webhook as _test_partner_webhook
from ..client import BaseClient
from ..pydantic_models import Error, PartnerWebhookTestRequest
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerWebhooksRawResource",
    "AsyncPartnerWebhooksResource",
    "PartnerWebhooksRawResource",
    "PartnerWebhooksResource",
]


class PartnerWebhooksResource:
    """partner_webhooks operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get(
        self,
        partner: UUID,
        webhook: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Webhook

         Get the partner's webhook details.

        Args:
            partner (UUID): The partner's ID.
            webhook (UUID): The webhook's ID.
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

        return _get_partner_webhook.sync(
            partner=partner,
            webhook=webhook,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def test(
        self,
        partner: UUID,
        *,
        body: PartnerWebhookTestRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Test Webhook

         Tests the partner's webhook: asks MDI to send a sample event of the given type to the partner's
        registered webhook endpoint.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerWebhookTestRequest):
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

        return _test_partner_webhook.sync(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerWebhooksResource:
    """Async partner_webhooks operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get(
        self,
        partner: UUID,
        webhook: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Webhook

         Get the partner's webhook details.

        Args:
            partner (UUID): The partner's ID.
            webhook (UUID): The webhook's ID.
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

        return await _get_partner_webhook.asyncio(
            partner=partner,
            webhook=webhook,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def test(
        self,
        partner: UUID,
        *,
        body: PartnerWebhookTestRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Test Webhook

         Tests the partner's webhook: asks MDI to send a sample event of the given type to the partner's
        registered webhook endpoint.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerWebhookTestRequest):
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

        return await _test_partner_webhook.asyncio(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerWebhooksRawResource:
    """partner_webhooks operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get(
        self,
        partner: UUID,
        webhook: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Webhook

         Get the partner's webhook details.

        Args:
            partner (UUID): The partner's ID.
            webhook (UUID): The webhook's ID.
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

        return _get_partner_webhook.sync_detailed(
            partner=partner,
            webhook=webhook,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def test(
        self,
        partner: UUID,
        *,
        body: PartnerWebhookTestRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Test Webhook

         Tests the partner's webhook: asks MDI to send a sample event of the given type to the partner's
        registered webhook endpoint.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerWebhookTestRequest):
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

        return _test_partner_webhook.sync_detailed(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerWebhooksRawResource:
    """Async partner_webhooks operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get(
        self,
        partner: UUID,
        webhook: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Webhook

         Get the partner's webhook details.

        Args:
            partner (UUID): The partner's ID.
            webhook (UUID): The webhook's ID.
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

        return await _get_partner_webhook.asyncio_detailed(
            partner=partner,
            webhook=webhook,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def test(
        self,
        partner: UUID,
        *,
        body: PartnerWebhookTestRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Test Webhook

         Tests the partner's webhook: asks MDI to send a sample event of the given type to the partner's
        registered webhook endpoint.

        Args:
            partner (UUID): The partner's ID.
            body (PartnerWebhookTestRequest):
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

        return await _test_partner_webhook.asyncio_detailed(
            partner=partner,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
