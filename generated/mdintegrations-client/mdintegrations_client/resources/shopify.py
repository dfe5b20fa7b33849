"""``client.shopify``: the shopify operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.shopify import delete_shopify_partner_patient as _delete_shopify_partner_patient
from ..api.shopify import disconnect_shopify_store as _disconnect_shopify_store
from ..api.shopify import get_shopify_customer_auth_link as _get_shopify_customer_auth_link
from ..client import BaseClient
from ..pydantic_models import Error, ShopifyCustomerAuthLink
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncShopifyRawResource",
    "AsyncShopifyResource",
    "ShopifyRawResource",
    "ShopifyResource",
]


class ShopifyResource:
    """shopify operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def delete_partner_patient(
        self,
        patient: UUID,
        *,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Partner Patient

         Deletes a patient of the partner's Shopify integration. (The doc gives no description.)

        Args:
            patient (UUID): The patient's ID.
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _delete_shopify_partner_patient.sync(
            patient=patient,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def disconnect_store(
        self,
        *,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Disconnect Store

         Disconnects the partner's Shopify store. (The doc gives no description.)

        Args:
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _disconnect_shopify_store.sync(
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_customer_auth_link(
        self,
        customer_id: int,
        *,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ShopifyCustomerAuthLink:
        """Get Customer Auth Link

         This endpoint is used to retrieve the authentication details for a specific customer.

        Args:
            customer_id (int): The Shopify customer's ID.
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
            ShopifyCustomerAuthLink
        """

        return _get_shopify_customer_auth_link.sync(
            customer_id=customer_id,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncShopifyResource:
    """Async shopify operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def delete_partner_patient(
        self,
        patient: UUID,
        *,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete Partner Patient

         Deletes a patient of the partner's Shopify integration. (The doc gives no description.)

        Args:
            patient (UUID): The patient's ID.
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _delete_shopify_partner_patient.asyncio(
            patient=patient,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def disconnect_store(
        self,
        *,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Disconnect Store

         Disconnects the partner's Shopify store. (The doc gives no description.)

        Args:
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _disconnect_shopify_store.asyncio(
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_customer_auth_link(
        self,
        customer_id: int,
        *,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ShopifyCustomerAuthLink:
        """Get Customer Auth Link

         This endpoint is used to retrieve the authentication details for a specific customer.

        Args:
            customer_id (int): The Shopify customer's ID.
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
            ShopifyCustomerAuthLink
        """

        return await _get_shopify_customer_auth_link.asyncio(
            customer_id=customer_id,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ShopifyRawResource:
    """shopify operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def delete_partner_patient(
        self,
        patient: UUID,
        *,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Delete Partner Patient

         Deletes a patient of the partner's Shopify integration. (The doc gives no description.)

        Args:
            patient (UUID): The patient's ID.
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return _delete_shopify_partner_patient.sync_detailed(
            patient=patient,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def disconnect_store(
        self,
        *,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Disconnect Store

         Disconnects the partner's Shopify store. (The doc gives no description.)

        Args:
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return _disconnect_shopify_store.sync_detailed(
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_customer_auth_link(
        self,
        customer_id: int,
        *,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | ShopifyCustomerAuthLink]:
        """Get Customer Auth Link

         This endpoint is used to retrieve the authentication details for a specific customer.

        Args:
            customer_id (int): The Shopify customer's ID.
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
            Response[Error | ShopifyCustomerAuthLink]
        """

        return _get_shopify_customer_auth_link.sync_detailed(
            customer_id=customer_id,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncShopifyRawResource:
    """Async shopify operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def delete_partner_patient(
        self,
        patient: UUID,
        *,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Delete Partner Patient

         Deletes a patient of the partner's Shopify integration. (The doc gives no description.)

        Args:
            patient (UUID): The patient's ID.
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return await _delete_shopify_partner_patient.asyncio_detailed(
            patient=patient,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def disconnect_store(
        self,
        *,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Disconnect Store

         Disconnects the partner's Shopify store. (The doc gives no description.)

        Args:
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return await _disconnect_shopify_store.asyncio_detailed(
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_customer_auth_link(
        self,
        customer_id: int,
        *,
        x_shopify_topic: str,
        x_shopify_shop_domain: str,
        x_shopify_hmac_sha_256: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | ShopifyCustomerAuthLink]:
        """Get Customer Auth Link

         This endpoint is used to retrieve the authentication details for a specific customer.

        Args:
            customer_id (int): The Shopify customer's ID.
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
            Response[Error | ShopifyCustomerAuthLink]
        """

        return await _get_shopify_customer_auth_link.asyncio_detailed(
            customer_id=customer_id,
            x_shopify_topic=x_shopify_topic,
            x_shopify_shop_domain=x_shopify_shop_domain,
            x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
