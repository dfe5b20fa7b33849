"""``client.resources``: the resources operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.resources import search_resource_patients as _search_resource_patients
from ..client import BaseClient
from ..pydantic_models import Error, ResourcePatient, ResourcePatientList, SearchResourcePatientsOrder
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncResourcesRawResource",
    "AsyncResourcesResource",
    "ResourcesRawResource",
    "ResourcesResource",
]


class ResourcesResource:
    """resources operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def search_patients(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SearchResourcePatientsOrder | Unset = UNSET,
        string_search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[ResourcePatientList, ResourcePatient]:
        """Get Patients

         Get the patients by string search (paginated). The search string is matched against patient_id,
        email, first_name, last_name and partner_name.

        Args:
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            order (SearchResourcePatientsOrder | Unset): Sort direction of the patients.
            string_search (str | Unset): Text to search for; matched against patient_id, email,
                first_name, last_name and partner_name.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Page[ResourcePatientList, ResourcePatient]
        """

        return _search_resource_patients.first_page(
            page=page,
            per_page=per_page,
            order=order,
            string_search=string_search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncResourcesResource:
    """Async resources operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def search_patients(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SearchResourcePatientsOrder | Unset = UNSET,
        string_search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[ResourcePatientList, ResourcePatient]:
        """Get Patients

         Get the patients by string search (paginated). The search string is matched against patient_id,
        email, first_name, last_name and partner_name.

        Args:
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            order (SearchResourcePatientsOrder | Unset): Sort direction of the patients.
            string_search (str | Unset): Text to search for; matched against patient_id, email,
                first_name, last_name and partner_name.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AsyncPage[ResourcePatientList, ResourcePatient]
        """

        return await _search_resource_patients.afirst_page(
            page=page,
            per_page=per_page,
            order=order,
            string_search=string_search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ResourcesRawResource:
    """resources operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def search_patients(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SearchResourcePatientsOrder | Unset = UNSET,
        string_search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | ResourcePatientList]:
        """Get Patients

         Get the patients by string search (paginated). The search string is matched against patient_id,
        email, first_name, last_name and partner_name.

        Args:
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            order (SearchResourcePatientsOrder | Unset): Sort direction of the patients.
            string_search (str | Unset): Text to search for; matched against patient_id, email,
                first_name, last_name and partner_name.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | ResourcePatientList]
        """

        return _search_resource_patients.sync_detailed(
            page=page,
            per_page=per_page,
            order=order,
            string_search=string_search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncResourcesRawResource:
    """Async resources operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def search_patients(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        order: SearchResourcePatientsOrder | Unset = UNSET,
        string_search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | ResourcePatientList]:
        """Get Patients

         Get the patients by string search (paginated). The search string is matched against patient_id,
        email, first_name, last_name and partner_name.

        Args:
            page (int | Unset): Page number to return.
            per_page (int | Unset): Number of items per page.
            order (SearchResourcePatientsOrder | Unset): Sort direction of the patients.
            string_search (str | Unset): Text to search for; matched against patient_id, email,
                first_name, last_name and partner_name.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | ResourcePatientList]
        """

        return await _search_resource_patients.asyncio_detailed(
            page=page,
            per_page=per_page,
            order=order,
            string_search=string_search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
