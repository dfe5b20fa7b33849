"""``client.partner_questionnaires``: the partner_questionnaires operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

import builtins
from uuid import UUID

import httpx

from ..api.partner_questionnaires import get_partner_questionnaire as _get_partner_questionnaire
from ..api.partner_questionnaires import list_partner_questionnaires as _list_partner_questionnaires
from ..client import BaseClient
from ..pydantic_models import Error, PartnerQuestionnaire
from ..types import Response

__all__ = [
    "AsyncPartnerQuestionnairesRawResource",
    "AsyncPartnerQuestionnairesResource",
    "PartnerQuestionnairesRawResource",
    "PartnerQuestionnairesResource",
]


class PartnerQuestionnairesResource:
    """partner_questionnaires operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[PartnerQuestionnaire]:
        """List questionnaires

         Return all enabled partner questionnaires based on the logged in partner.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            list[PartnerQuestionnaire]
        """

        return _list_partner_questionnaires.sync(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        questionnaire_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerQuestionnaire:
        """Get questionnaire

         Return the specific enabled partner questionnaire given a questionnaire ID.

        Args:
            questionnaire_id (UUID): Questionnaire ID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            PartnerQuestionnaire
        """

        return _get_partner_questionnaire.sync(
            questionnaire_id=questionnaire_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerQuestionnairesResource:
    """Async partner_questionnaires operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[PartnerQuestionnaire]:
        """List questionnaires

         Return all enabled partner questionnaires based on the logged in partner.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            list[PartnerQuestionnaire]
        """

        return await _list_partner_questionnaires.asyncio(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        questionnaire_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PartnerQuestionnaire:
        """Get questionnaire

         Return the specific enabled partner questionnaire given a questionnaire ID.

        Args:
            questionnaire_id (UUID): Questionnaire ID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            PartnerQuestionnaire
        """

        return await _get_partner_questionnaire.asyncio(
            questionnaire_id=questionnaire_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PartnerQuestionnairesRawResource:
    """partner_questionnaires operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | builtins.list[PartnerQuestionnaire]]:
        """List questionnaires

         Return all enabled partner questionnaires based on the logged in partner.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | list[PartnerQuestionnaire]]
        """

        return _list_partner_questionnaires.sync_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        questionnaire_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerQuestionnaire]:
        """Get questionnaire

         Return the specific enabled partner questionnaire given a questionnaire ID.

        Args:
            questionnaire_id (UUID): Questionnaire ID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | PartnerQuestionnaire]
        """

        return _get_partner_questionnaire.sync_detailed(
            questionnaire_id=questionnaire_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPartnerQuestionnairesRawResource:
    """Async partner_questionnaires operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | builtins.list[PartnerQuestionnaire]]:
        """List questionnaires

         Return all enabled partner questionnaires based on the logged in partner.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | list[PartnerQuestionnaire]]
        """

        return await _list_partner_questionnaires.asyncio_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        questionnaire_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | PartnerQuestionnaire]:
        """Get questionnaire

         Return the specific enabled partner questionnaire given a questionnaire ID.

        Args:
            questionnaire_id (UUID): Questionnaire ID.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Error | PartnerQuestionnaire]
        """

        return await _get_partner_questionnaire.asyncio_detailed(
            questionnaire_id=questionnaire_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
