"""``client.regulatory``: the regulatory operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``intelliprove_client.api``), the low-level layer.
"""

from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any

import httpx

from .._runtime.downloads import AsyncDownload, Download
from ..api.regulatory import get_ce_label as _get_ce_label
from ..client import BaseClient
from ..pydantic_models import ErrorDetail
from ..types import File, Response

__all__ = [
    "AsyncRegulatoryRawResource",
    "AsyncRegulatoryResource",
    "AsyncRegulatoryStreaming",
    "RegulatoryRawResource",
    "RegulatoryResource",
    "RegulatoryStreaming",
]


class RegulatoryResource:
    """regulatory operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_ce_label(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Get CE label

         Request the IntelliProve medical device label, returned as a PNG file. Refer to the vendor's
        instructions for use for the medical device's product description and intended use.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            File
        """

        return _get_ce_label.sync(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncRegulatoryResource:
    """Async regulatory operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_ce_label(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Get CE label

         Request the IntelliProve medical device label, returned as a PNG file. Refer to the vendor's
        instructions for use for the medical device's product description and intended use.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            File
        """

        return await _get_ce_label.asyncio(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class RegulatoryRawResource:
    """regulatory operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_ce_label(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail | File]:
        """Get CE label

         Request the IntelliProve medical device label, returned as a PNG file. Refer to the vendor's
        instructions for use for the medical device's product description and intended use.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail | File]
        """

        return _get_ce_label.sync_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncRegulatoryRawResource:
    """Async regulatory operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_ce_label(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail | File]:
        """Get CE label

         Request the IntelliProve medical device label, returned as a PNG file. Refer to the vendor's
        instructions for use for the medical device's product description and intended use.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail | File]
        """

        return await _get_ce_label.asyncio_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class RegulatoryStreaming:
    """regulatory operations whose body is streamed: ``with client.streaming.regulatory.<method>(...) as stream:``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_ce_label(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[Download]:
        """Get CE label

         Request the IntelliProve medical device label, returned as a PNG file. Refer to the vendor's
        instructions for use for the medical device's product description and intended use.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AbstractContextManager[Download]
        """

        return _get_ce_label.stream(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncRegulatoryStreaming:
    """regulatory operations whose body is streamed: ``async with client.streaming.regulatory.<method>(...) as stream:``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_ce_label(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncDownload]:
        """Get CE label

         Request the IntelliProve medical device label, returned as a PNG file. Refer to the vendor's
        instructions for use for the medical device's product description and intended use.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AbstractAsyncContextManager[AsyncDownload]
        """

        return _get_ce_label.astream(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
