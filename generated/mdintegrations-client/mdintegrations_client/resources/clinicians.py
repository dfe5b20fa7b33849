"""``client.clinicians``: the clinicians operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

import builtins
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any
from uuid import UUID

import httpx

from .._runtime.downloads import AsyncDownload, Download
from .._runtime.pagination import AsyncPage, Page
from ..api.clinicians import create_clinician as _create_clinician
from ..api.clinicians import detach_clinician_specialty as _detach_clinician_specialty
from ..api.clinicians import export_clinician as _export_clinician
from ..api.clinicians import get_clinician as _get_clinician
from ..api.clinicians import list_clinician_audits as _list_clinician_audits
from ..api.clinicians import list_clinicians as _list_clinicians
from ..api.clinicians import update_clinician as _update_clinician
from ..client import BaseClient
from ..pydantic_models import (
    Clinician,
    ClinicianAudit,
    ClinicianAuditList,
    ClinicianCreateRequest,
    ClinicianUpdateRequest,
    Environment,
    Error,
)
from ..types import UNSET, File, Response, Unset

__all__ = [
    "AsyncCliniciansRawResource",
    "AsyncCliniciansResource",
    "AsyncCliniciansStreaming",
    "CliniciansRawResource",
    "CliniciansResource",
    "CliniciansStreaming",
]


class CliniciansResource:
    """clinicians operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def detach_specialty(
        self,
        clinician: UUID,
        specialty: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Detach Specialty

         Detach the specialty from the clinician.

        Args:
            clinician (UUID): The clinician's ID.
            specialty (UUID): The specialty's ID.
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

        return _detach_clinician_specialty.sync(
            clinician=clinician,
            specialty=specialty,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_audits(
        self,
        clinician: UUID,
        *,
        order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[ClinicianAuditList, ClinicianAudit]:
        """Get Audits

         Get the clinician's audits (paginated).

        Args:
            clinician (UUID): The clinician's ID.
            order (str | Unset): Sort direction of the audits.
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
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
            Page[ClinicianAuditList, ClinicianAudit]
        """

        return _list_clinician_audits.first_page(
            clinician=clinician,
            order=order,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        id: UUID | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        environments: builtins.list[Environment] | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        search: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Clinicians

         Get the clinicians list.

        Args:
            id (UUID | Unset): Filter by clinician ID.
            email (str | Unset): Filter by email.
            first_name (str | Unset): Filter by first name.
            last_name (str | Unset): Filter by last name.
            environments (list[Environment] | Unset): Filter by environments (repeat the parameter for
                several).
            sort (str | Unset): Field to sort by.
            order (str | Unset): Sort direction.
            search (str | Unset): Search term.
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

        return _list_clinicians.sync(
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            environments=environments,
            sort=sort,
            order=order,
            search=search,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        body: ClinicianCreateRequest,
        with_relationships: builtins.list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Clinician:
        """Create Clinician

         Creates a clinician.

        Args:
            body (ClinicianCreateRequest):
            with_relationships (list[str] | Unset): Relationships to load with the clinician returned
                by the request.
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
            Clinician
        """

        return _create_clinician.sync(
            body=body,
            with_relationships=with_relationships,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Clinician

         Get the clinician's details.

        Args:
            clinician (UUID): The clinician's ID.
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

        return _get_clinician.sync(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        clinician: UUID,
        *,
        body: ClinicianUpdateRequest,
        with_relationships: builtins.list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Patch Clinician

         Updates the clinician.

        Args:
            clinician (UUID): The clinician's ID.
            body (ClinicianUpdateRequest):
            with_relationships (list[str] | Unset): Relationships to load with the clinician returned
                by the request.
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

        return _update_clinician.sync(
            clinician=clinician,
            body=body,
            with_relationships=with_relationships,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def export(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Get Clinician Export File

         Get the clinician export file in xls format, containing basic information, licenses, and states.

        Args:
            clinician (UUID): The clinician's ID.
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
            File
        """

        return _export_clinician.sync(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncCliniciansResource:
    """Async clinicians operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def detach_specialty(
        self,
        clinician: UUID,
        specialty: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Detach Specialty

         Detach the specialty from the clinician.

        Args:
            clinician (UUID): The clinician's ID.
            specialty (UUID): The specialty's ID.
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

        return await _detach_clinician_specialty.asyncio(
            clinician=clinician,
            specialty=specialty,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_audits(
        self,
        clinician: UUID,
        *,
        order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[ClinicianAuditList, ClinicianAudit]:
        """Get Audits

         Get the clinician's audits (paginated).

        Args:
            clinician (UUID): The clinician's ID.
            order (str | Unset): Sort direction of the audits.
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
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
            AsyncPage[ClinicianAuditList, ClinicianAudit]
        """

        return await _list_clinician_audits.afirst_page(
            clinician=clinician,
            order=order,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        id: UUID | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        environments: builtins.list[Environment] | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        search: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Clinicians

         Get the clinicians list.

        Args:
            id (UUID | Unset): Filter by clinician ID.
            email (str | Unset): Filter by email.
            first_name (str | Unset): Filter by first name.
            last_name (str | Unset): Filter by last name.
            environments (list[Environment] | Unset): Filter by environments (repeat the parameter for
                several).
            sort (str | Unset): Field to sort by.
            order (str | Unset): Sort direction.
            search (str | Unset): Search term.
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

        return await _list_clinicians.asyncio(
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            environments=environments,
            sort=sort,
            order=order,
            search=search,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        body: ClinicianCreateRequest,
        with_relationships: builtins.list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Clinician:
        """Create Clinician

         Creates a clinician.

        Args:
            body (ClinicianCreateRequest):
            with_relationships (list[str] | Unset): Relationships to load with the clinician returned
                by the request.
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
            Clinician
        """

        return await _create_clinician.asyncio(
            body=body,
            with_relationships=with_relationships,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Get Clinician

         Get the clinician's details.

        Args:
            clinician (UUID): The clinician's ID.
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

        return await _get_clinician.asyncio(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        clinician: UUID,
        *,
        body: ClinicianUpdateRequest,
        with_relationships: builtins.list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Patch Clinician

         Updates the clinician.

        Args:
            clinician (UUID): The clinician's ID.
            body (ClinicianUpdateRequest):
            with_relationships (list[str] | Unset): Relationships to load with the clinician returned
                by the request.
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

        return await _update_clinician.asyncio(
            clinician=clinician,
            body=body,
            with_relationships=with_relationships,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def export(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> File:
        """Get Clinician Export File

         Get the clinician export file in xls format, containing basic information, licenses, and states.

        Args:
            clinician (UUID): The clinician's ID.
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
            File
        """

        return await _export_clinician.asyncio(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class CliniciansRawResource:
    """clinicians operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def detach_specialty(
        self,
        clinician: UUID,
        specialty: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Detach Specialty

         Detach the specialty from the clinician.

        Args:
            clinician (UUID): The clinician's ID.
            specialty (UUID): The specialty's ID.
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

        return _detach_clinician_specialty.sync_detailed(
            clinician=clinician,
            specialty=specialty,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_audits(
        self,
        clinician: UUID,
        *,
        order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ClinicianAuditList | Error]:
        """Get Audits

         Get the clinician's audits (paginated).

        Args:
            clinician (UUID): The clinician's ID.
            order (str | Unset): Sort direction of the audits.
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
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
            Response[ClinicianAuditList | Error]
        """

        return _list_clinician_audits.sync_detailed(
            clinician=clinician,
            order=order,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        id: UUID | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        environments: builtins.list[Environment] | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        search: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Clinicians

         Get the clinicians list.

        Args:
            id (UUID | Unset): Filter by clinician ID.
            email (str | Unset): Filter by email.
            first_name (str | Unset): Filter by first name.
            last_name (str | Unset): Filter by last name.
            environments (list[Environment] | Unset): Filter by environments (repeat the parameter for
                several).
            sort (str | Unset): Field to sort by.
            order (str | Unset): Sort direction.
            search (str | Unset): Search term.
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

        return _list_clinicians.sync_detailed(
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            environments=environments,
            sort=sort,
            order=order,
            search=search,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        body: ClinicianCreateRequest,
        with_relationships: builtins.list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Clinician | Error]:
        """Create Clinician

         Creates a clinician.

        Args:
            body (ClinicianCreateRequest):
            with_relationships (list[str] | Unset): Relationships to load with the clinician returned
                by the request.
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
            Response[Clinician | Error]
        """

        return _create_clinician.sync_detailed(
            body=body,
            with_relationships=with_relationships,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Clinician

         Get the clinician's details.

        Args:
            clinician (UUID): The clinician's ID.
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

        return _get_clinician.sync_detailed(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        clinician: UUID,
        *,
        body: ClinicianUpdateRequest,
        with_relationships: builtins.list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Patch Clinician

         Updates the clinician.

        Args:
            clinician (UUID): The clinician's ID.
            body (ClinicianUpdateRequest):
            with_relationships (list[str] | Unset): Relationships to load with the clinician returned
                by the request.
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

        return _update_clinician.sync_detailed(
            clinician=clinician,
            body=body,
            with_relationships=with_relationships,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def export(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | File]:
        """Get Clinician Export File

         Get the clinician export file in xls format, containing basic information, licenses, and states.

        Args:
            clinician (UUID): The clinician's ID.
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
            Response[Error | File]
        """

        return _export_clinician.sync_detailed(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncCliniciansRawResource:
    """Async clinicians operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def detach_specialty(
        self,
        clinician: UUID,
        specialty: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Detach Specialty

         Detach the specialty from the clinician.

        Args:
            clinician (UUID): The clinician's ID.
            specialty (UUID): The specialty's ID.
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

        return await _detach_clinician_specialty.asyncio_detailed(
            clinician=clinician,
            specialty=specialty,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_audits(
        self,
        clinician: UUID,
        *,
        order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ClinicianAuditList | Error]:
        """Get Audits

         Get the clinician's audits (paginated).

        Args:
            clinician (UUID): The clinician's ID.
            order (str | Unset): Sort direction of the audits.
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
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
            Response[ClinicianAuditList | Error]
        """

        return await _list_clinician_audits.asyncio_detailed(
            clinician=clinician,
            order=order,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        id: UUID | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        environments: builtins.list[Environment] | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        search: str | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Clinicians

         Get the clinicians list.

        Args:
            id (UUID | Unset): Filter by clinician ID.
            email (str | Unset): Filter by email.
            first_name (str | Unset): Filter by first name.
            last_name (str | Unset): Filter by last name.
            environments (list[Environment] | Unset): Filter by environments (repeat the parameter for
                several).
            sort (str | Unset): Field to sort by.
            order (str | Unset): Sort direction.
            search (str | Unset): Search term.
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

        return await _list_clinicians.asyncio_detailed(
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            environments=environments,
            sort=sort,
            order=order,
            search=search,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        body: ClinicianCreateRequest,
        with_relationships: builtins.list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Clinician | Error]:
        """Create Clinician

         Creates a clinician.

        Args:
            body (ClinicianCreateRequest):
            with_relationships (list[str] | Unset): Relationships to load with the clinician returned
                by the request.
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
            Response[Clinician | Error]
        """

        return await _create_clinician.asyncio_detailed(
            body=body,
            with_relationships=with_relationships,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Clinician

         Get the clinician's details.

        Args:
            clinician (UUID): The clinician's ID.
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

        return await _get_clinician.asyncio_detailed(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        clinician: UUID,
        *,
        body: ClinicianUpdateRequest,
        with_relationships: builtins.list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Patch Clinician

         Updates the clinician.

        Args:
            clinician (UUID): The clinician's ID.
            body (ClinicianUpdateRequest):
            with_relationships (list[str] | Unset): Relationships to load with the clinician returned
                by the request.
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

        return await _update_clinician.asyncio_detailed(
            clinician=clinician,
            body=body,
            with_relationships=with_relationships,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def export(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | File]:
        """Get Clinician Export File

         Get the clinician export file in xls format, containing basic information, licenses, and states.

        Args:
            clinician (UUID): The clinician's ID.
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
            Response[Error | File]
        """

        return await _export_clinician.asyncio_detailed(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class CliniciansStreaming:
    """clinicians operations whose body is streamed: ``with client.streaming.clinicians.<method>(...) as stream:``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def export(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractContextManager[Download]:
        """Get Clinician Export File

         Get the clinician export file in xls format, containing basic information, licenses, and states.

        Args:
            clinician (UUID): The clinician's ID.
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
            AbstractContextManager[Download]
        """

        return _export_clinician.stream(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncCliniciansStreaming:
    """clinicians operations whose body is streamed: ``async with client.streaming.clinicians.<method>(...) as stream:``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def export(
        self,
        clinician: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AbstractAsyncContextManager[AsyncDownload]:
        """Get Clinician Export File

         Get the clinician export file in xls format, containing basic information, licenses, and states.

        Args:
            clinician (UUID): The clinician's ID.
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
            AbstractAsyncContextManager[AsyncDownload]
        """

        return _export_clinician.astream(
            clinician=clinician,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
