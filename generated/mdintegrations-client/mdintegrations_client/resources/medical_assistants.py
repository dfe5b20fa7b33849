"""``client.medical_assistants``: the medical_assistants operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.medical_assistants import list_medical_assistant_clinicians as _list_medical_assistant_clinicians
from ..api.medical_assistants import list_medical_assistants as _list_medical_assistants
from ..client import BaseClient
from ..pydantic_models import Error
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncMedicalAssistantsRawResource",
    "AsyncMedicalAssistantsResource",
    "MedicalAssistantsRawResource",
    "MedicalAssistantsResource",
]


class MedicalAssistantsResource:
    """medical_assistants operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        search: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Medical Assistants

         Get the medical assistants list.

        Args:
            search (str | Unset): Search term.
            sort (str | Unset): Field to sort by.
            order (str | Unset): Sort direction.
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

        return _list_medical_assistants.sync(
            search=search,
            sort=sort,
            order=order,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_clinicians(
        self,
        medical_assistant: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Medical Assistant Clinicians

         Get the medical assistant's clinician list.

        Args:
            medical_assistant (UUID): The medical assistant's ID.
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

        return _list_medical_assistant_clinicians.sync(
            medical_assistant=medical_assistant,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMedicalAssistantsResource:
    """Async medical_assistants operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        search: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Medical Assistants

         Get the medical assistants list.

        Args:
            search (str | Unset): Search term.
            sort (str | Unset): Field to sort by.
            order (str | Unset): Sort direction.
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

        return await _list_medical_assistants.asyncio(
            search=search,
            sort=sort,
            order=order,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_clinicians(
        self,
        medical_assistant: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Medical Assistant Clinicians

         Get the medical assistant's clinician list.

        Args:
            medical_assistant (UUID): The medical assistant's ID.
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

        return await _list_medical_assistant_clinicians.asyncio(
            medical_assistant=medical_assistant,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class MedicalAssistantsRawResource:
    """medical_assistants operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        search: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Medical Assistants

         Get the medical assistants list.

        Args:
            search (str | Unset): Search term.
            sort (str | Unset): Field to sort by.
            order (str | Unset): Sort direction.
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

        return _list_medical_assistants.sync_detailed(
            search=search,
            sort=sort,
            order=order,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_clinicians(
        self,
        medical_assistant: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Medical Assistant Clinicians

         Get the medical assistant's clinician list.

        Args:
            medical_assistant (UUID): The medical assistant's ID.
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

        return _list_medical_assistant_clinicians.sync_detailed(
            medical_assistant=medical_assistant,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMedicalAssistantsRawResource:
    """Async medical_assistants operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        search: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Medical Assistants

         Get the medical assistants list.

        Args:
            search (str | Unset): Search term.
            sort (str | Unset): Field to sort by.
            order (str | Unset): Sort direction.
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

        return await _list_medical_assistants.asyncio_detailed(
            search=search,
            sort=sort,
            order=order,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_clinicians(
        self,
        medical_assistant: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Medical Assistant Clinicians

         Get the medical assistant's clinician list.

        Args:
            medical_assistant (UUID): The medical assistant's ID.
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

        return await _list_medical_assistant_clinicians.asyncio_detailed(
            medical_assistant=medical_assistant,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
