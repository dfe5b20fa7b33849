"""``client.specialty_questionnaires``: the specialty_questionnaires operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``mdintegrations_client.api``), the low-level layer.
"""

from typing import Any
from uuid import UUID

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.specialty_questionnaires import (
    list_specialty_offering_questionnaires as _list_specialty_offering_questionnaires,
)
from ..api.specialty_questionnaires import list_specialty_question_options as _list_specialty_question_options
from ..client import BaseClient
from ..pydantic_models import Error, SpecialtyQuestionOption, SpecialtyQuestionOptionList
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncSpecialtyQuestionnairesRawResource",
    "AsyncSpecialtyQuestionnairesResource",
    "SpecialtyQuestionnairesRawResource",
    "SpecialtyQuestionnairesResource",
]


class SpecialtyQuestionnairesResource:
    """specialty_questionnaires operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_offering(
        self,
        specialty: UUID,
        offering: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Get Questionnaires

         It retrieves all questionnaires linked to the specialty through its associated offerings.

        Args:
            specialty (UUID): The specialty's ID.
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
            Any
        """

        return _list_specialty_offering_questionnaires.sync(
            specialty=specialty,
            offering=offering,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_question_options(
        self,
        specialty: UUID,
        questionnaire: UUID,
        question: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[SpecialtyQuestionOptionList, SpecialtyQuestionOption]:
        """Get Options

         Get the questionnaire's question's options (paginated).

        Args:
            specialty (UUID): The specialty's ID.
            questionnaire (UUID): The questionnaire's ID.
            question (UUID): The question's ID.
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
            Page[SpecialtyQuestionOptionList, SpecialtyQuestionOption]
        """

        return _list_specialty_question_options.first_page(
            specialty=specialty,
            questionnaire=questionnaire,
            question=question,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSpecialtyQuestionnairesResource:
    """Async specialty_questionnaires operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_offering(
        self,
        specialty: UUID,
        offering: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Get Questionnaires

         It retrieves all questionnaires linked to the specialty through its associated offerings.

        Args:
            specialty (UUID): The specialty's ID.
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
            Any
        """

        return await _list_specialty_offering_questionnaires.asyncio(
            specialty=specialty,
            offering=offering,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_question_options(
        self,
        specialty: UUID,
        questionnaire: UUID,
        question: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[SpecialtyQuestionOptionList, SpecialtyQuestionOption]:
        """Get Options

         Get the questionnaire's question's options (paginated).

        Args:
            specialty (UUID): The specialty's ID.
            questionnaire (UUID): The questionnaire's ID.
            question (UUID): The question's ID.
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
            AsyncPage[SpecialtyQuestionOptionList, SpecialtyQuestionOption]
        """

        return await _list_specialty_question_options.afirst_page(
            specialty=specialty,
            questionnaire=questionnaire,
            question=question,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class SpecialtyQuestionnairesRawResource:
    """specialty_questionnaires operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_offering(
        self,
        specialty: UUID,
        offering: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Questionnaires

         It retrieves all questionnaires linked to the specialty through its associated offerings.

        Args:
            specialty (UUID): The specialty's ID.
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

        return _list_specialty_offering_questionnaires.sync_detailed(
            specialty=specialty,
            offering=offering,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_question_options(
        self,
        specialty: UUID,
        questionnaire: UUID,
        question: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | SpecialtyQuestionOptionList]:
        """Get Options

         Get the questionnaire's question's options (paginated).

        Args:
            specialty (UUID): The specialty's ID.
            questionnaire (UUID): The questionnaire's ID.
            question (UUID): The question's ID.
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
            Response[Error | SpecialtyQuestionOptionList]
        """

        return _list_specialty_question_options.sync_detailed(
            specialty=specialty,
            questionnaire=questionnaire,
            question=question,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSpecialtyQuestionnairesRawResource:
    """Async specialty_questionnaires operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_offering(
        self,
        specialty: UUID,
        offering: UUID,
        *,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Error]:
        """Get Questionnaires

         It retrieves all questionnaires linked to the specialty through its associated offerings.

        Args:
            specialty (UUID): The specialty's ID.
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

        return await _list_specialty_offering_questionnaires.asyncio_detailed(
            specialty=specialty,
            offering=offering,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_question_options(
        self,
        specialty: UUID,
        questionnaire: UUID,
        question: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Error | SpecialtyQuestionOptionList]:
        """Get Options

         Get the questionnaire's question's options (paginated).

        Args:
            specialty (UUID): The specialty's ID.
            questionnaire (UUID): The questionnaire's ID.
            question (UUID): The question's ID.
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
            Response[Error | SpecialtyQuestionOptionList]
        """

        return await _list_specialty_question_options.asyncio_detailed(
            specialty=specialty,
            questionnaire=questionnaire,
            question=question,
            page=page,
            per_page=per_page,
            version=version,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
