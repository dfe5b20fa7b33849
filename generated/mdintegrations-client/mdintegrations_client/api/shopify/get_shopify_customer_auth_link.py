from typing import Any

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import load
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import Error, ShopifyCustomerAuthLink
from ...types import Response, status_of

_SECURITY: Security = (
    ("OAuth2",),
    ("BearerAuth",),
)


def _get_kwargs(
    customer_id: int,
    *,
    x_shopify_topic: str,
    x_shopify_shop_domain: str,
    x_shopify_hmac_sha_256: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Shopify-Topic"] = x_shopify_topic
    headers["X-Shopify-Shop-Domain"] = x_shopify_shop_domain
    headers["X-Shopify-Hmac-Sha256"] = x_shopify_hmac_sha_256

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shopify/customers/{customer_id}/auth".format(
            customer_id=segment(customer_id, "customer_id"),
        ),
    }

    _kwargs["headers"] = {"Accept": "application/json", **headers}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | ShopifyCustomerAuthLink | None:
    if response.status_code == 200:
        response_200 = load(ShopifyCustomerAuthLink, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = load(Error, response.json())
        return response_400

    if response.status_code == 401:
        response_401 = load(Error, response.json())
        return response_401

    if response.status_code == 403:
        response_403 = load(Error, response.json())
        return response_403

    if response.status_code == 404:
        response_404 = load(Error, response.json())
        return response_404

    if response.status_code == 418:
        response_418 = load(Error, response.json())
        return response_418

    if 500 <= response.status_code <= 599:
        response_5xx = load(Error, response.json())
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> ShopifyCustomerAuthLink:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> ShopifyCustomerAuthLink:
    if response.status_code == 200:
        response_200 = load(ShopifyCustomerAuthLink, response.json())
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | ShopifyCustomerAuthLink]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    customer_id: int,
    *,
    client: BaseClient,
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
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | ShopifyCustomerAuthLink]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_shopify_topic=x_shopify_topic,
        x_shopify_shop_domain=x_shopify_shop_domain,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    *,
    client: BaseClient,
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

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_shopify_topic=x_shopify_topic,
        x_shopify_shop_domain=x_shopify_shop_domain,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    customer_id: int,
    *,
    client: BaseClient,
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
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | ShopifyCustomerAuthLink]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_shopify_topic=x_shopify_topic,
        x_shopify_shop_domain=x_shopify_shop_domain,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: BaseClient,
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

    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_shopify_topic=x_shopify_topic,
        x_shopify_shop_domain=x_shopify_shop_domain,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    customer_id: int,
    *,
    client: BaseClient,
    x_shopify_topic: str,
    x_shopify_shop_domain: str,
    x_shopify_hmac_sha_256: str,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[ShopifyCustomerAuthLink]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_shopify_topic=x_shopify_topic,
        x_shopify_shop_domain=x_shopify_shop_domain,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    customer_id: int,
    *,
    client: BaseClient,
    x_shopify_topic: str,
    x_shopify_shop_domain: str,
    x_shopify_hmac_sha_256: str,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[ShopifyCustomerAuthLink]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        customer_id=customer_id,
        x_shopify_topic=x_shopify_topic,
        x_shopify_shop_domain=x_shopify_shop_domain,
        x_shopify_hmac_sha_256=x_shopify_hmac_sha_256,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
