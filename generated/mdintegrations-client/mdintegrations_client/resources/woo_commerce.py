"""``client.woo_commerce``: the woo_commerce operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.woo_commerce import create_woocommerce_order as _create_woocommerce_order
from ..api.woo_commerce import disconnect_woocommerce_store as _disconnect_woocommerce_store
from ..api.woo_commerce import woocommerce_partner_auth_callback as _woocommerce_partner_auth_callback
from ..client import BaseClient
from ..pydantic_models import Error, WooCommerceAuthCallbackRequest, WooCommerceOrderRequest
from ..types import Response

__all__ = [
    "AsyncWooCommerceRawResource",
    "AsyncWooCommerceResource",
    "WooCommerceRawResource",
    "WooCommerceResource",
]


class WooCommerceResource:
    """woo_commerce operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def woocommerce_partner_auth_callback(
        self,
        partner: UUID,
        *,
        body: WooCommerceAuthCallbackRequest,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Partner Auth Callback

         Receives the WooCommerce REST API keys generated for the partner's store (WooCommerce authentication
        callback). (The doc gives no description.)

        Args:
            partner (UUID): The partner's ID.
            body (WooCommerceAuthCallbackRequest):
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _woocommerce_partner_auth_callback.sync(
            partner=partner,
            body=body,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_woocommerce_order(
        self,
        *,
        body: WooCommerceOrderRequest,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Post Orders

         Sends a WooCommerce order (with its custom order meta, order data and ordered products) to MD
        Integrations. (The doc gives no description.)

        Args:
            body (WooCommerceOrderRequest):
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _create_woocommerce_order.sync(
            body=body,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def disconnect_woocommerce_store(
        self,
        *,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Disconnect

         Disconnects the partner's WooCommerce store. (The doc gives no description.)

        Args:
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _disconnect_woocommerce_store.sync(
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWooCommerceResource:
    """Async woo_commerce operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def woocommerce_partner_auth_callback(
        self,
        partner: UUID,
        *,
        body: WooCommerceAuthCallbackRequest,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Partner Auth Callback

         Receives the WooCommerce REST API keys generated for the partner's store (WooCommerce authentication
        callback). (The doc gives no description.)

        Args:
            partner (UUID): The partner's ID.
            body (WooCommerceAuthCallbackRequest):
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _woocommerce_partner_auth_callback.asyncio(
            partner=partner,
            body=body,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_woocommerce_order(
        self,
        *,
        body: WooCommerceOrderRequest,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Post Orders

         Sends a WooCommerce order (with its custom order meta, order data and ordered products) to MD
        Integrations. (The doc gives no description.)

        Args:
            body (WooCommerceOrderRequest):
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _create_woocommerce_order.asyncio(
            body=body,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def disconnect_woocommerce_store(
        self,
        *,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Disconnect

         Disconnects the partner's WooCommerce store. (The doc gives no description.)

        Args:
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _disconnect_woocommerce_store.asyncio(
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class WooCommerceRawResource:
    """woo_commerce operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def woocommerce_partner_auth_callback(
        self,
        partner: UUID,
        *,
        body: WooCommerceAuthCallbackRequest,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Partner Auth Callback

         Receives the WooCommerce REST API keys generated for the partner's store (WooCommerce authentication
        callback). (The doc gives no description.)

        Args:
            partner (UUID): The partner's ID.
            body (WooCommerceAuthCallbackRequest):
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return _woocommerce_partner_auth_callback.sync_detailed(
            partner=partner,
            body=body,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_woocommerce_order(
        self,
        *,
        body: WooCommerceOrderRequest,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Post Orders

         Sends a WooCommerce order (with its custom order meta, order data and ordered products) to MD
        Integrations. (The doc gives no description.)

        Args:
            body (WooCommerceOrderRequest):
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return _create_woocommerce_order.sync_detailed(
            body=body,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def disconnect_woocommerce_store(
        self,
        *,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Disconnect

         Disconnects the partner's WooCommerce store. (The doc gives no description.)

        Args:
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return _disconnect_woocommerce_store.sync_detailed(
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWooCommerceRawResource:
    """Async woo_commerce operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def woocommerce_partner_auth_callback(
        self,
        partner: UUID,
        *,
        body: WooCommerceAuthCallbackRequest,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Partner Auth Callback

         Receives the WooCommerce REST API keys generated for the partner's store (WooCommerce authentication
        callback). (The doc gives no description.)

        Args:
            partner (UUID): The partner's ID.
            body (WooCommerceAuthCallbackRequest):
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return await _woocommerce_partner_auth_callback.asyncio_detailed(
            partner=partner,
            body=body,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_woocommerce_order(
        self,
        *,
        body: WooCommerceOrderRequest,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Post Orders

         Sends a WooCommerce order (with its custom order meta, order data and ordered products) to MD
        Integrations. (The doc gives no description.)

        Args:
            body (WooCommerceOrderRequest):
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return await _create_woocommerce_order.asyncio_detailed(
            body=body,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def disconnect_woocommerce_store(
        self,
        *,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Disconnect

         Disconnects the partner's WooCommerce store. (The doc gives no description.)

        Args:
            x_shopify_topic (str): Shopify webhook topic.
            x_shopify_shop_domain (str): The shop's myshopify.com domain.
            x_shopify_hmac_sha_256 (str): Base64 HMAC-SHA256 of the request.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return await _disconnect_woocommerce_store.asyncio_detailed(
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
