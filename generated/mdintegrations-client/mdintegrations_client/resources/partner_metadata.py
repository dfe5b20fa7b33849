"""``client.partner_metadata``: the partner_metadata operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from uuid import UUID

import httpx

from ..api.partner_metadata import list_partner_state_cities as _list_partner_state_cities
from ..api.partner_metadata import list_partner_states as _list_partner_states
from ..client import BaseClient
from ..pydantic_models import Error, MetadataCity, MetadataState
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerMetadataRawResource",
    "AsyncPartnerMetadataResource",
    "PartnerMetadataRawResource",
    "PartnerMetadataResource",
]


class PartnerMetadataResource:
    """partner_metadata operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_states(
        self,
        *,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> list[MetadataState]:
        """Get all states

         Return a list of all states from USA.

        Args:
            search (str | Unset): State filter (the doc gives only the example value, no description).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            list[MetadataState]
        """

        return _list_partner_states.sync(
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_state_cities(
        self,
        state_id: UUID,
        *,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> list[MetadataCity]:
        """Get cities from a given state

         Return a list of all cities from a given state from USA.

        Args:
            state_id (UUID): (Required) State ID.
            search (str | Unset): City name filter.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            list[MetadataCity]
        """

        return _list_partner_state_cities.sync(
            state_id=state_id,
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerMetadataResource:
    """Async partner_metadata operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_states(
        self,
        *,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> list[MetadataState]:
        """Get all states

         Return a list of all states from USA.

        Args:
            search (str | Unset): State filter (the doc gives only the example value, no description).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            list[MetadataState]
        """

        return await _list_partner_states.asyncio(
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_state_cities(
        self,
        state_id: UUID,
        *,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> list[MetadataCity]:
        """Get cities from a given state

         Return a list of all cities from a given state from USA.

        Args:
            state_id (UUID): (Required) State ID.
            search (str | Unset): City name filter.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            list[MetadataCity]
        """

        return await _list_partner_state_cities.asyncio(
            state_id=state_id,
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerMetadataRawResource:
    """partner_metadata operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_states(
        self,
        *,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | list[MetadataState]]:
        """Get all states

         Return a list of all states from USA.

        Args:
            search (str | Unset): State filter (the doc gives only the example value, no description).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | list[MetadataState]]
        """

        return _list_partner_states.sync_detailed(
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_state_cities(
        self,
        state_id: UUID,
        *,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | list[MetadataCity]]:
        """Get cities from a given state

         Return a list of all cities from a given state from USA.

        Args:
            state_id (UUID): (Required) State ID.
            search (str | Unset): City name filter.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | list[MetadataCity]]
        """

        return _list_partner_state_cities.sync_detailed(
            state_id=state_id,
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerMetadataRawResource:
    """Async partner_metadata operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_states(
        self,
        *,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | list[MetadataState]]:
        """Get all states

         Return a list of all states from USA.

        Args:
            search (str | Unset): State filter (the doc gives only the example value, no description).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | list[MetadataState]]
        """

        return await _list_partner_states.asyncio_detailed(
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_state_cities(
        self,
        state_id: UUID,
        *,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | list[MetadataCity]]:
        """Get cities from a given state

         Return a list of all cities from a given state from USA.

        Args:
            state_id (UUID): (Required) State ID.
            search (str | Unset): City name filter.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | list[MetadataCity]]
        """

        return await _list_partner_state_cities.asyncio_detailed(
            state_id=state_id,
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
