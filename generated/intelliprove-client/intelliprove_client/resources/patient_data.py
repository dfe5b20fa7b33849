"""``client.patient_data``: the patient_data operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``intelliprove_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from ..api.patient_data import delete_patient_data as _delete_patient_data
from ..client import BaseClient
from ..pydantic_models import ErrorDetail
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPatientDataRawResource",
    "AsyncPatientDataResource",
    "PatientDataRawResource",
    "PatientDataResource",
]


class PatientDataResource:
    """patient_data operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def delete(
        self,
        *,
        patient_ref: str | Unset = UNSET,
        performer_ref: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete patient data

         Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
        are deleted, optionally filtered further by `performer_ref`.

        Args:
            patient_ref (str | Unset): Patient for which the health checks are to be deleted.
            performer_ref (str | Unset): Additional filter on performer reference.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _delete_patient_data.sync(
            patient_ref=patient_ref,
            performer_ref=performer_ref,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPatientDataResource:
    """Async patient_data operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def delete(
        self,
        *,
        patient_ref: str | Unset = UNSET,
        performer_ref: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete patient data

         Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
        are deleted, optionally filtered further by `performer_ref`.

        Args:
            patient_ref (str | Unset): Patient for which the health checks are to be deleted.
            performer_ref (str | Unset): Additional filter on performer reference.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _delete_patient_data.asyncio(
            patient_ref=patient_ref,
            performer_ref=performer_ref,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PatientDataRawResource:
    """patient_data operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def delete(
        self,
        *,
        patient_ref: str | Unset = UNSET,
        performer_ref: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail]:
        """Delete patient data

         Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
        are deleted, optionally filtered further by `performer_ref`.

        Args:
            patient_ref (str | Unset): Patient for which the health checks are to be deleted.
            performer_ref (str | Unset): Additional filter on performer reference.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail]
        """

        return _delete_patient_data.sync_detailed(
            patient_ref=patient_ref,
            performer_ref=performer_ref,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPatientDataRawResource:
    """Async patient_data operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def delete(
        self,
        *,
        patient_ref: str | Unset = UNSET,
        performer_ref: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorDetail]:
        """Delete patient data

         Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
        are deleted, optionally filtered further by `performer_ref`.

        Args:
            patient_ref (str | Unset): Patient for which the health checks are to be deleted.
            performer_ref (str | Unset): Additional filter on performer reference.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorDetail]
        """

        return await _delete_patient_data.asyncio_detailed(
            patient_ref=patient_ref,
            performer_ref=performer_ref,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
