"""``client.auth``: the auth operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from ..api.auth import request_access_token as _request_access_token
from ..client import BaseClient
from ..pydantic_models import AccessTokenRequest, Error
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncAuthRawResource",
    "AsyncAuthResource",
    "AuthRawResource",
    "AuthResource",
]


class AuthResource:
    """auth operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def request_access_token(
        self,
        *,
        body: AccessTokenRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Request access token

         Exchange your Client ID and Client Secret for an access token with limited lifetime. The access
        token allows your application to make authenticated requests to the MD Integrations API
        (`Authorization: Bearer <token>`). All payload fields are required. Whenever an access token
        expires, request a brand new one. Credentials are provided by the MD Integrations team; protect
        them (the Client Secret must not be shared).

        Args:
            body (AccessTokenRequest):
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

        return _request_access_token.sync(
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAuthResource:
    """Async auth operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def request_access_token(
        self,
        *,
        body: AccessTokenRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Request access token

         Exchange your Client ID and Client Secret for an access token with limited lifetime. The access
        token allows your application to make authenticated requests to the MD Integrations API
        (`Authorization: Bearer <token>`). All payload fields are required. Whenever an access token
        expires, request a brand new one. Credentials are provided by the MD Integrations team; protect
        them (the Client Secret must not be shared).

        Args:
            body (AccessTokenRequest):
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

        return await _request_access_token.asyncio(
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AuthRawResource:
    """auth operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def request_access_token(
        self,
        *,
        body: AccessTokenRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Request access token

         Exchange your Client ID and Client Secret for an access token with limited lifetime. The access
        token allows your application to make authenticated requests to the MD Integrations API
        (`Authorization: Bearer <token>`). All payload fields are required. Whenever an access token
        expires, request a brand new one. Credentials are provided by the MD Integrations team; protect
        them (the Client Secret must not be shared).

        Args:
            body (AccessTokenRequest):
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

        return _request_access_token.sync_detailed(
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAuthRawResource:
    """Async auth operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def request_access_token(
        self,
        *,
        body: AccessTokenRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Request access token

         Exchange your Client ID and Client Secret for an access token with limited lifetime. The access
        token allows your application to make authenticated requests to the MD Integrations API
        (`Authorization: Bearer <token>`). All payload fields are required. Whenever an access token
        expires, request a brand new one. Credentials are provided by the MD Integrations team; protect
        them (the Client Secret must not be shared).

        Args:
            body (AccessTokenRequest):
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

        return await _request_access_token.asyncio_detailed(
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
