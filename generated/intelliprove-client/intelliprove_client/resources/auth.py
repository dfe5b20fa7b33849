"""``client.auth``: the auth operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``intelliprove_client.api``), the low-level layer.
"""

import httpx

from ..api.auth import create_action_token as _create_action_token
from ..api.auth import get_user_details as _get_user_details
from ..client import BaseClient
from ..pydantic_models import ActionToken, ActionTokenRequest, ErrorDetail, StatusReasonError, UserDetails
from ..types import Response

__all__ = [
    "AsyncAuthRawResource",
    "AsyncAuthResource",
    "AuthRawResource",
    "AuthResource",
]


class AuthResource:
    """auth operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_user_details(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> UserDetails:
        """Get user details

         Retrieve user information for the current user. The user information defines to which user group and
        customer you belong.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            UserDetails
        """

        return _get_user_details.sync(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_action_token(
        self,
        *,
        body: ActionTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ActionToken:
        """Create action token

         Create a new action token with optional custom lifetime and custom metadata. Do not place
        confidential information in the metadata object. This endpoint can only be called with an API key.

        Args:
            body (ActionTokenRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ActionToken
        """

        return _create_action_token.sync(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAuthResource:
    """Async auth operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_user_details(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> UserDetails:
        """Get user details

         Retrieve user information for the current user. The user information defines to which user group and
        customer you belong.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            UserDetails
        """

        return await _get_user_details.asyncio(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_action_token(
        self,
        *,
        body: ActionTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ActionToken:
        """Create action token

         Create a new action token with optional custom lifetime and custom metadata. Do not place
        confidential information in the metadata object. This endpoint can only be called with an API key.

        Args:
            body (ActionTokenRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            ActionToken
        """

        return await _create_action_token.asyncio(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AuthRawResource:
    """auth operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_user_details(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | StatusReasonError | UserDetails]:
        """Get user details

         Retrieve user information for the current user. The user information defines to which user group and
        customer you belong.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | StatusReasonError | UserDetails]
        """

        return _get_user_details.sync_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_action_token(
        self,
        *,
        body: ActionTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ActionToken | ErrorDetail | StatusReasonError]:
        """Create action token

         Create a new action token with optional custom lifetime and custom metadata. Do not place
        confidential information in the metadata object. This endpoint can only be called with an API key.

        Args:
            body (ActionTokenRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ActionToken | ErrorDetail | StatusReasonError]
        """

        return _create_action_token.sync_detailed(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAuthRawResource:
    """Async auth operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_user_details(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ErrorDetail | StatusReasonError | UserDetails]:
        """Get user details

         Retrieve user information for the current user. The user information defines to which user group and
        customer you belong.

        Args:
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ErrorDetail | StatusReasonError | UserDetails]
        """

        return await _get_user_details.asyncio_detailed(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_action_token(
        self,
        *,
        body: ActionTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[ActionToken | ErrorDetail | StatusReasonError]:
        """Create action token

         Create a new action token with optional custom lifetime and custom metadata. Do not place
        confidential information in the metadata object. This endpoint can only be called with an API key.

        Args:
            body (ActionTokenRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[ActionToken | ErrorDetail | StatusReasonError]
        """

        return await _create_action_token.asyncio_detailed(
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
