"""``client.account``: the account operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``intelliprove_client.api``), the low-level layer.
"""

import httpx

from ..api.account import get_quota as _get_quota
from ..client import BaseClient
from ..pydantic_models import ErrorDetail, Quota
from ..types import Response

__all__ = [
    "AsyncAccountRawResource",
    "AsyncAccountResource",
    "AccountRawResource",
    "AccountResource",
]


class AccountResource:
    """account operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_quota(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Quota:
        """Get quota

         Receive information about your quota and current usage.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Quota
        """

        return _get_quota.sync(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAccountResource:
    """Async account operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_quota(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Quota:
        """Get quota

         Receive information about your quota and current usage.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Quota
        """

        return await _get_quota.asyncio(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AccountRawResource:
    """account operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_quota(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | Quota]:
        """Get quota

         Receive information about your quota and current usage.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | Quota]
        """

        return _get_quota.sync_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAccountRawResource:
    """Async account operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_quota(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | Quota]:
        """Get quota

         Receive information about your quota and current usage.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | Quota]
        """

        return await _get_quota.asyncio_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
