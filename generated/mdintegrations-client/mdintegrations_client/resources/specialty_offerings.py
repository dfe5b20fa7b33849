"""``client.specialty_offerings``: the specialty_offerings operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.specialty_offerings import create_specialty_offering as _create_specialty_offering
from ..api.specialty_offerings import replicate_specialty_offering as _replicate_specialty_offering
from ..api.specialty_offerings import restore_specialty_offering as _restore_specialty_offering
from ..api.specialty_offerings import update_specialty_offering as _update_specialty_offering
from ..client import BaseClient
from ..pydantic_models import (
    Error,
    SpecialtyOffering,
    SpecialtyOfferingCreateRequest,
    SpecialtyOfferingReplicateRequest,
    SpecialtyOfferingUpdateRequest,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncSpecialtyOfferingsRawResource",
    "AsyncSpecialtyOfferingsResource",
    "SpecialtyOfferingsRawResource",
    "SpecialtyOfferingsResource",
]


class SpecialtyOfferingsResource:
    """specialty_offerings operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        specialty: UUID,
        offering_type: str,
        *,
        body: SpecialtyOfferingCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> SpecialtyOffering:
        """Create Offering

         Creates a medication for the partner.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            body (SpecialtyOfferingCreateRequest):
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
            SpecialtyOffering
        """

        return _create_specialty_offering.sync(
            specialty=specialty,
            offering_type=offering_type,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def restore(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Restore Offering

         Restores the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
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

        return _restore_specialty_offering.sync(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        body: SpecialtyOfferingUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update Offering

         Updates the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
            body (SpecialtyOfferingUpdateRequest):
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

        return _update_specialty_offering.sync(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def replicate(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        body: SpecialtyOfferingReplicateRequest,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Replicate Offering

         Replicates the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
            body (SpecialtyOfferingReplicateRequest):
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return _replicate_specialty_offering.sync(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            body=body,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSpecialtyOfferingsResource:
    """Async specialty_offerings operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        specialty: UUID,
        offering_type: str,
        *,
        body: SpecialtyOfferingCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> SpecialtyOffering:
        """Create Offering

         Creates a medication for the partner.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            body (SpecialtyOfferingCreateRequest):
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
            SpecialtyOffering
        """

        return await _create_specialty_offering.asyncio(
            specialty=specialty,
            offering_type=offering_type,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def restore(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Restore Offering

         Restores the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
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

        return await _restore_specialty_offering.asyncio(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        body: SpecialtyOfferingUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update Offering

         Updates the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
            body (SpecialtyOfferingUpdateRequest):
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

        return await _update_specialty_offering.asyncio(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def replicate(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        body: SpecialtyOfferingReplicateRequest,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Replicate Offering

         Replicates the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
            body (SpecialtyOfferingReplicateRequest):
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            None
        """

        return await _replicate_specialty_offering.asyncio(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            body=body,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class SpecialtyOfferingsRawResource:
    """specialty_offerings operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        specialty: UUID,
        offering_type: str,
        *,
        body: SpecialtyOfferingCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | SpecialtyOffering]:
        """Create Offering

         Creates a medication for the partner.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            body (SpecialtyOfferingCreateRequest):
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
            Response[Error | SpecialtyOffering]
        """

        return _create_specialty_offering.sync_detailed(
            specialty=specialty,
            offering_type=offering_type,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def restore(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Restore Offering

         Restores the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
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

        return _restore_specialty_offering.sync_detailed(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        body: SpecialtyOfferingUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Update Offering

         Updates the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
            body (SpecialtyOfferingUpdateRequest):
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

        return _update_specialty_offering.sync_detailed(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def replicate(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        body: SpecialtyOfferingReplicateRequest,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Replicate Offering

         Replicates the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
            body (SpecialtyOfferingReplicateRequest):
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return _replicate_specialty_offering.sync_detailed(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            body=body,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSpecialtyOfferingsRawResource:
    """Async specialty_offerings operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        specialty: UUID,
        offering_type: str,
        *,
        body: SpecialtyOfferingCreateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | SpecialtyOffering]:
        """Create Offering

         Creates a medication for the partner.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            body (SpecialtyOfferingCreateRequest):
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
            Response[Error | SpecialtyOffering]
        """

        return await _create_specialty_offering.asyncio_detailed(
            specialty=specialty,
            offering_type=offering_type,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def restore(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Restore Offering

         Restores the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
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

        return await _restore_specialty_offering.asyncio_detailed(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        body: SpecialtyOfferingUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Update Offering

         Updates the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
            body (SpecialtyOfferingUpdateRequest):
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

        return await _update_specialty_offering.asyncio_detailed(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def replicate(
        self,
        specialty: UUID,
        offering_type: str,
        offering: UUID,
        *,
        body: SpecialtyOfferingReplicateRequest,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Replicate Offering

         Replicates the partner's medication.

        Args:
            specialty (UUID): The specialty's ID.
            offering_type (str): Kind of offering the operation acts on. The doc's samples use
                `offerings` (create, update) and `medications` (restore, replicate).
            offering (UUID): The offering's ID.
            body (SpecialtyOfferingReplicateRequest):
            version (str | Unset): API version header. Every documented curl for this operation sends
                `Version: {{version}}`, a
                Postman collection variable; the doc never states its value or whether it is mandatory.
            signature (str): Request signature. The doc shows only the placeholder `{{signature}}`;
                for webhooks it describes the Signature as hash_hmac('sha256', json_encode(payload),
                secret) with the partner's Secret Key.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Error]
        """

        return await _replicate_specialty_offering.asyncio_detailed(
            specialty=specialty,
            offering_type=offering_type,
            offering=offering,
            body=body,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
