"""``client.clinician_patient_messages``: the clinician_patient_messages operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.clinician_patient_messages import create_clinician_patient_message as _create_clinician_patient_message
from ..api.clinician_patient_messages import dismiss_clinician_patient_messages as _dismiss_clinician_patient_messages
from ..api.clinician_patient_messages import get_clinician_patient_message as _get_clinician_patient_message
from ..api.clinician_patient_messages import (
    list_clinician_patient_message_readings as _list_clinician_patient_message_readings,
)
from ..api.clinician_patient_messages import list_clinician_patient_messages as _list_clinician_patient_messages
from ..api.clinician_patient_messages import read_clinician_patient_message as _read_clinician_patient_message
from ..api.clinician_patient_messages import unread_clinician_patient_message as _unread_clinician_patient_message
from ..client import BaseClient
from ..pydantic_models import ClinicianMessageRequest, Error
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncClinicianPatientMessagesRawResource",
    "AsyncClinicianPatientMessagesResource",
    "ClinicianPatientMessagesRawResource",
    "ClinicianPatientMessagesResource",
]


class ClinicianPatientMessagesResource:
    """clinician_patient_messages operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        patient: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        channel: str | Unset = UNSET,
        order: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Messages

         Get the patient's messages (paginated). The doc shows no response body for this request
        ("This request doesn't return any response body"), so the page shape is not modelled.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            channel (str | Unset): Message channel to list (the doc gives only the example value).
            order (str | Unset): Sort order (the doc gives only the example value).
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

        return _list_clinician_patient_messages.sync(
            patient=patient,
            page=page,
            per_page=per_page,
            channel=channel,
            order=order,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        patient: UUID,
        *,
        body: ClinicianMessageRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Create Message

         Creates a patient's message, and attaches its files. Files are attached by reference: `files`
        is an array of `{id}` objects (UUIDs of files). The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            body (ClinicianMessageRequest):
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

        return _create_clinician_patient_message.sync(
            patient=patient,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def dismiss(
        self,
        patient: UUID,
        *,
        channel: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Dismiss Messages

         Dismisses the patient's messages. The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            channel (str | Unset): Channel whose messages are dismissed (the doc gives only the
                example value).
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

        return _dismiss_clinician_patient_messages.sync(
            patient=patient,
            channel=channel,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Message

         Get the patient's message details. The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return _get_clinician_patient_message.sync(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_readings(
        self,
        patient: UUID,
        message: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Readings

         Get the patient's message's readings (paginated). The doc shows no response body for this
        request, so the page shape is not modelled.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
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

        return _list_clinician_patient_message_readings.sync(
            patient=patient,
            message=message,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def read(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Read Message

         Reads the patient's message (marks it as read). No request or response body is documented.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return _read_clinician_patient_message.sync(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unread(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Unread Message

         Unreads the patient's message (removes its read mark). No response body is documented.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return _unread_clinician_patient_message.sync(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncClinicianPatientMessagesResource:
    """Async clinician_patient_messages operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        patient: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        channel: str | Unset = UNSET,
        order: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Messages

         Get the patient's messages (paginated). The doc shows no response body for this request
        ("This request doesn't return any response body"), so the page shape is not modelled.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            channel (str | Unset): Message channel to list (the doc gives only the example value).
            order (str | Unset): Sort order (the doc gives only the example value).
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

        return await _list_clinician_patient_messages.asyncio(
            patient=patient,
            page=page,
            per_page=per_page,
            channel=channel,
            order=order,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        patient: UUID,
        *,
        body: ClinicianMessageRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Create Message

         Creates a patient's message, and attaches its files. Files are attached by reference: `files`
        is an array of `{id}` objects (UUIDs of files). The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            body (ClinicianMessageRequest):
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

        return await _create_clinician_patient_message.asyncio(
            patient=patient,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def dismiss(
        self,
        patient: UUID,
        *,
        channel: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Dismiss Messages

         Dismisses the patient's messages. The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            channel (str | Unset): Channel whose messages are dismissed (the doc gives only the
                example value).
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

        return await _dismiss_clinician_patient_messages.asyncio(
            patient=patient,
            channel=channel,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Message

         Get the patient's message details. The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return await _get_clinician_patient_message.asyncio(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_readings(
        self,
        patient: UUID,
        message: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Readings

         Get the patient's message's readings (paginated). The doc shows no response body for this
        request, so the page shape is not modelled.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
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

        return await _list_clinician_patient_message_readings.asyncio(
            patient=patient,
            message=message,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def read(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Read Message

         Reads the patient's message (marks it as read). No request or response body is documented.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return await _read_clinician_patient_message.asyncio(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unread(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Unread Message

         Unreads the patient's message (removes its read mark). No response body is documented.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return await _unread_clinician_patient_message.asyncio(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ClinicianPatientMessagesRawResource:
    """clinician_patient_messages operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        patient: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        channel: str | Unset = UNSET,
        order: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Messages

         Get the patient's messages (paginated). The doc shows no response body for this request
        ("This request doesn't return any response body"), so the page shape is not modelled.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            channel (str | Unset): Message channel to list (the doc gives only the example value).
            order (str | Unset): Sort order (the doc gives only the example value).
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

        return _list_clinician_patient_messages.sync_detailed(
            patient=patient,
            page=page,
            per_page=per_page,
            channel=channel,
            order=order,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        patient: UUID,
        *,
        body: ClinicianMessageRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Create Message

         Creates a patient's message, and attaches its files. Files are attached by reference: `files`
        is an array of `{id}` objects (UUIDs of files). The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            body (ClinicianMessageRequest):
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

        return _create_clinician_patient_message.sync_detailed(
            patient=patient,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def dismiss(
        self,
        patient: UUID,
        *,
        channel: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Dismiss Messages

         Dismisses the patient's messages. The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            channel (str | Unset): Channel whose messages are dismissed (the doc gives only the
                example value).
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

        return _dismiss_clinician_patient_messages.sync_detailed(
            patient=patient,
            channel=channel,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Message

         Get the patient's message details. The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return _get_clinician_patient_message.sync_detailed(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_readings(
        self,
        patient: UUID,
        message: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Readings

         Get the patient's message's readings (paginated). The doc shows no response body for this
        request, so the page shape is not modelled.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
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

        return _list_clinician_patient_message_readings.sync_detailed(
            patient=patient,
            message=message,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def read(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Read Message

         Reads the patient's message (marks it as read). No request or response body is documented.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return _read_clinician_patient_message.sync_detailed(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unread(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Unread Message

         Unreads the patient's message (removes its read mark). No response body is documented.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return _unread_clinician_patient_message.sync_detailed(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncClinicianPatientMessagesRawResource:
    """Async clinician_patient_messages operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        patient: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        channel: str | Unset = UNSET,
        order: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Messages

         Get the patient's messages (paginated). The doc shows no response body for this request
        ("This request doesn't return any response body"), so the page shape is not modelled.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            channel (str | Unset): Message channel to list (the doc gives only the example value).
            order (str | Unset): Sort order (the doc gives only the example value).
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

        return await _list_clinician_patient_messages.asyncio_detailed(
            patient=patient,
            page=page,
            per_page=per_page,
            channel=channel,
            order=order,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        patient: UUID,
        *,
        body: ClinicianMessageRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Create Message

         Creates a patient's message, and attaches its files. Files are attached by reference: `files`
        is an array of `{id}` objects (UUIDs of files). The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            body (ClinicianMessageRequest):
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

        return await _create_clinician_patient_message.asyncio_detailed(
            patient=patient,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def dismiss(
        self,
        patient: UUID,
        *,
        channel: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Dismiss Messages

         Dismisses the patient's messages. The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            channel (str | Unset): Channel whose messages are dismissed (the doc gives only the
                example value).
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

        return await _dismiss_clinician_patient_messages.asyncio_detailed(
            patient=patient,
            channel=channel,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Message

         Get the patient's message details. The doc shows no response body for this request.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return await _get_clinician_patient_message.asyncio_detailed(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_readings(
        self,
        patient: UUID,
        message: UUID,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Readings

         Get the patient's message's readings (paginated). The doc shows no response body for this
        request, so the page shape is not modelled.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID.
            per_page (int | Unset): Number of items per page.
            page (int | Unset): Page number to return.
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

        return await _list_clinician_patient_message_readings.asyncio_detailed(
            patient=patient,
            message=message,
            per_page=per_page,
            page=page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def read(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Read Message

         Reads the patient's message (marks it as read). No request or response body is documented.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return await _read_clinician_patient_message.asyncio_detailed(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unread(
        self,
        patient: UUID,
        message: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Unread Message

         Unreads the patient's message (removes its read mark). No response body is documented.

        Args:
            patient (UUID): Patient ID (the doc gives only example values).
            message (UUID): Message ID (the doc gives only an example value).
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

        return await _unread_clinician_patient_message.asyncio_detailed(
            patient=patient,
            message=message,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
