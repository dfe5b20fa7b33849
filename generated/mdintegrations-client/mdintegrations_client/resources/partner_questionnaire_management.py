"""``client.partner_questionnaire_management``: the partner_questionnaire_management operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from ..api.partner_questionnaire_management import replicate_partner_questionnaire as _replicate_partner_questionnaire
from ..api.partner_questionnaire_management import restore_partner_questionnaire as _restore_partner_questionnaire
from ..api.partner_questionnaire_management import translate_partner_questionnaire as _translate_partner_questionnaire
from ..api.partner_questionnaire_management import update_partner_questionnaire as _update_partner_questionnaire
from ..client import BaseClient
from ..pydantic_models import (
    Error,
    PartnerQuestionnaireReplicateRequest,
    PartnerQuestionnaireTranslationRequest,
    PartnerQuestionnaireUpdateRequest,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPartnerQuestionnaireManagementRawResource",
    "AsyncPartnerQuestionnaireManagementResource",
    "PartnerQuestionnaireManagementRawResource",
    "PartnerQuestionnaireManagementResource",
]


class PartnerQuestionnaireManagementResource:
    """partner_questionnaire_management operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def translate(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireTranslationRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Patch Questionnaire Translation

         Update the partner's questionnaire: per the title and URL, this stores the translation of the
        questionnaire's texts from `source_language` into `target_language`.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireTranslationRequest):
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

        return _translate_partner_questionnaire.sync(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Patch Questionnaire

         Update the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireUpdateRequest):
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

        return _update_partner_questionnaire.sync(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def restore(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Restore Questionnaire

         Restore the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
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

        return _restore_partner_questionnaire.sync(
            partner=partner,
            questionnaire=questionnaire,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def replicate(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireReplicateRequest,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Replicate Questionnaire

         Replicates the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireReplicateRequest):
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

        return _replicate_partner_questionnaire.sync(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerQuestionnaireManagementResource:
    """Async partner_questionnaire_management operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def translate(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireTranslationRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Patch Questionnaire Translation

         Update the partner's questionnaire: per the title and URL, this stores the translation of the
        questionnaire's texts from `source_language` into `target_language`.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireTranslationRequest):
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

        return await _translate_partner_questionnaire.asyncio(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Patch Questionnaire

         Update the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireUpdateRequest):
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

        return await _update_partner_questionnaire.asyncio(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def restore(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Restore Questionnaire

         Restore the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
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

        return await _restore_partner_questionnaire.asyncio(
            partner=partner,
            questionnaire=questionnaire,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def replicate(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireReplicateRequest,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Replicate Questionnaire

         Replicates the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireReplicateRequest):
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

        return await _replicate_partner_questionnaire.asyncio(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerQuestionnaireManagementRawResource:
    """partner_questionnaire_management operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def translate(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireTranslationRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Patch Questionnaire Translation

         Update the partner's questionnaire: per the title and URL, this stores the translation of the
        questionnaire's texts from `source_language` into `target_language`.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireTranslationRequest):
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

        return _translate_partner_questionnaire.sync_detailed(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Patch Questionnaire

         Update the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireUpdateRequest):
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

        return _update_partner_questionnaire.sync_detailed(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def restore(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Restore Questionnaire

         Restore the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
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

        return _restore_partner_questionnaire.sync_detailed(
            partner=partner,
            questionnaire=questionnaire,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def replicate(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireReplicateRequest,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Replicate Questionnaire

         Replicates the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireReplicateRequest):
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

        return _replicate_partner_questionnaire.sync_detailed(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerQuestionnaireManagementRawResource:
    """Async partner_questionnaire_management operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def translate(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireTranslationRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Patch Questionnaire Translation

         Update the partner's questionnaire: per the title and URL, this stores the translation of the
        questionnaire's texts from `source_language` into `target_language`.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireTranslationRequest):
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

        return await _translate_partner_questionnaire.asyncio_detailed(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireUpdateRequest,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Patch Questionnaire

         Update the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireUpdateRequest):
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

        return await _update_partner_questionnaire.asyncio_detailed(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def restore(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Restore Questionnaire

         Restore the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
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

        return await _restore_partner_questionnaire.asyncio_detailed(
            partner=partner,
            questionnaire=questionnaire,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def replicate(
        self,
        partner: UUID,
        questionnaire: UUID,
        *,
        body: PartnerQuestionnaireReplicateRequest,
        version: str | Unset = UNSET,
        signature: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Replicate Questionnaire

         Replicates the partner's questionnaire.

        Args:
            partner (UUID): The partner's ID.
            questionnaire (UUID): The partner questionnaire's ID.
            body (PartnerQuestionnaireReplicateRequest):
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

        return await _replicate_partner_questionnaire.asyncio_detailed(
            partner=partner,
            questionnaire=questionnaire,
            body=body,
            version=version,
            signature=signature,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
