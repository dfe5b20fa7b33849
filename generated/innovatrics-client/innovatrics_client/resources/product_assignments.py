"""``client.product_assignments``: the product_assignments operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``innovatrics_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from ..api.product_assignments import get_product_assignment as _get_product_assignment
from ..api.product_assignments import list_product_assignments as _list_product_assignments
from ..client import BaseClient
from ..types import Response

__all__ = [
    "AsyncProductAssignmentsRawResource",
    "AsyncProductAssignmentsResource",
    "ProductAssignmentsRawResource",
    "ProductAssignmentsResource",
]


class ProductAssignmentsResource:
    """product_assignments operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """List product assignments

         Get a list of product assignments (credited licenses) associated with the authenticated user. No
        request parameters.

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

        return _list_product_assignments.sync(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        product_assignment_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Show product assignment

         Get details of a specific product assignment.

        Args:
            product_assignment_id (int): The ID of the product assignment to retrieve details for.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Any
        """

        return _get_product_assignment.sync(
            product_assignment_id=product_assignment_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProductAssignmentsResource:
    """Async product_assignments operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """List product assignments

         Get a list of product assignments (credited licenses) associated with the authenticated user. No
        request parameters.

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

        return await _list_product_assignments.asyncio(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        product_assignment_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Show product assignment

         Get details of a specific product assignment.

        Args:
            product_assignment_id (int): The ID of the product assignment to retrieve details for.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Any
        """

        return await _get_product_assignment.asyncio(
            product_assignment_id=product_assignment_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ProductAssignmentsRawResource:
    """product_assignments operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | str]:
        """List product assignments

         Get a list of product assignments (credited licenses) associated with the authenticated user. No
        request parameters.

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

        return _list_product_assignments.sync_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        product_assignment_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | str]:
        """Show product assignment

         Get details of a specific product assignment.

        Args:
            product_assignment_id (int): The ID of the product assignment to retrieve details for.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | str]
        """

        return _get_product_assignment.sync_detailed(
            product_assignment_id=product_assignment_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProductAssignmentsRawResource:
    """Async product_assignments operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | str]:
        """List product assignments

         Get a list of product assignments (credited licenses) associated with the authenticated user. No
        request parameters.

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

        return await _list_product_assignments.asyncio_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        product_assignment_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | str]:
        """Show product assignment

         Get details of a specific product assignment.

        Args:
            product_assignment_id (int): The ID of the product assignment to retrieve details for.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | str]
        """

        return await _get_product_assignment.asyncio_detailed(
            product_assignment_id=product_assignment_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
