"""``client.license_details``: the license_details operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``innovatrics_client.api``), the low-level layer.
"""

from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any

import httpx

from .._runtime.downloads import AsyncDownload, Download
from ..api.license_details import download_license as _download_license
from ..api.license_details import get_license_detail as _get_license_detail
from ..api.license_details import list_license_details as _list_license_details
from ..client import BaseClient
from ..types import File, Response

__all__ = [
    "AsyncLicenseDetailsRawResource",
    "AsyncLicenseDetailsResource",
    "AsyncLicenseDetailsStreaming",
    "LicenseDetailsRawResource",
    "LicenseDetailsResource",
    "LicenseDetailsStreaming",
]


class LicenseDetailsResource:
    """license_details operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """List license details

         Get a list of license details associated with the authenticated user. No request parameters.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Any
        """

        return _list_license_details.sync(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Show license detail

         Get details of a specific license.

        Args:
            license_id (int): The ID of the license to retrieve details for.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Any
        """

        return _get_license_detail.sync(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def download(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Download license

         Download the license file associated with a specific license detail.

        Args:
            license_id (int): The ID of the license detail for which to download the license file.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            File
        """

        return _download_license.sync(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncLicenseDetailsResource:
    """Async license_details operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """List license details

         Get a list of license details associated with the authenticated user. No request parameters.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Any
        """

        return await _list_license_details.asyncio(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Show license detail

         Get details of a specific license.

        Args:
            license_id (int): The ID of the license to retrieve details for.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Any
        """

        return await _get_license_detail.asyncio(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def download(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Download license

         Download the license file associated with a specific license detail.

        Args:
            license_id (int): The ID of the license detail for which to download the license file.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            File
        """

        return await _download_license.asyncio(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class LicenseDetailsRawResource:
    """license_details operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | str]:
        """List license details

         Get a list of license details associated with the authenticated user. No request parameters.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | str]
        """

        return _list_license_details.sync_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | str]:
        """Show license detail

         Get details of a specific license.

        Args:
            license_id (int): The ID of the license to retrieve details for.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | str]
        """

        return _get_license_detail.sync_detailed(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def download(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[File | str]:
        """Download license

         Download the license file associated with a specific license detail.

        Args:
            license_id (int): The ID of the license detail for which to download the license file.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[File | str]
        """

        return _download_license.sync_detailed(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncLicenseDetailsRawResource:
    """Async license_details operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | str]:
        """List license details

         Get a list of license details associated with the authenticated user. No request parameters.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | str]
        """

        return await _list_license_details.asyncio_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | str]:
        """Show license detail

         Get details of a specific license.

        Args:
            license_id (int): The ID of the license to retrieve details for.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | str]
        """

        return await _get_license_detail.asyncio_detailed(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def download(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[File | str]:
        """Download license

         Download the license file associated with a specific license detail.

        Args:
            license_id (int): The ID of the license detail for which to download the license file.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[File | str]
        """

        return await _download_license.asyncio_detailed(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class LicenseDetailsStreaming:
    """license_details operations whose body is streamed: ``with client.streaming.license_details.<method>(...) as stream:``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def download(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[Download]:
        """Download license

         Download the license file associated with a specific license detail.

        Args:
            license_id (int): The ID of the license detail for which to download the license file.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AbstractContextManager[Download]
        """

        return _download_license.stream(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncLicenseDetailsStreaming:
    """license_details operations whose body is streamed: ``async with client.streaming.license_details.<method>(...) as stream:``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def download(
        self,
        license_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncDownload]:
        """Download license

         Download the license file associated with a specific license detail.

        Args:
            license_id (int): The ID of the license detail for which to download the license file.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AbstractAsyncContextManager[AsyncDownload]
        """

        return _download_license.astream(
            license_id=license_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
