"""``client.partner_tests``: the partner_tests operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.partner_tests import create_partner_test_patient_message as _create_partner_test_patient_message
from ..client import BaseClient
from ..pydantic_models import Error, PartnerTestMessageRequest
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerTestsRawResource",
    "AsyncPartnerTestsResource",
    "PartnerTestsRawResource",
    "PartnerTestsResource",
]


class PartnerTestsResource:
    """partner_tests operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create_patient_message(
        self,
        partner: UUID,
        patient_id: UUID,
        *,
        body: PartnerTestMessageRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Create Message

         Creates a patient's message, and attaches its files (test endpoint of the partner).

        Args:
            partner (UUID): The partner's ID.
            patient_id (UUID): The patient's ID.
            body (PartnerTestMessageRequest):
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

        return _create_partner_test_patient_message.sync(
            partner=partner,
            patient_id=patient_id,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerTestsResource:
    """Async partner_tests operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create_patient_message(
        self,
        partner: UUID,
        patient_id: UUID,
        *,
        body: PartnerTestMessageRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Create Message

         Creates a patient's message, and attaches its files (test endpoint of the partner).

        Args:
            partner (UUID): The partner's ID.
            patient_id (UUID): The patient's ID.
            body (PartnerTestMessageRequest):
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

        return await _create_partner_test_patient_message.asyncio(
            partner=partner,
            patient_id=patient_id,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerTestsRawResource:
    """partner_tests operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create_patient_message(
        self,
        partner: UUID,
        patient_id: UUID,
        *,
        body: PartnerTestMessageRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Create Message

         Creates a patient's message, and attaches its files (test endpoint of the partner).

        Args:
            partner (UUID): The partner's ID.
            patient_id (UUID): The patient's ID.
            body (PartnerTestMessageRequest):
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

        return _create_partner_test_patient_message.sync_detailed(
            partner=partner,
            patient_id=patient_id,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerTestsRawResource:
    """Async partner_tests operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create_patient_message(
        self,
        partner: UUID,
        patient_id: UUID,
        *,
        body: PartnerTestMessageRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Create Message

         Creates a patient's message, and attaches its files (test endpoint of the partner).

        Args:
            partner (UUID): The partner's ID.
            patient_id (UUID): The patient's ID.
            body (PartnerTestMessageRequest):
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

        return await _create_partner_test_patient_message.asyncio_detailed(
            partner=partner,
            patient_id=patient_id,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
