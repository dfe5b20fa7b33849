"""``client.reports``: the reports operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``itmedicalvet_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.reports import list_web_app_users as _list_web_app_users
from ..client import BaseClient
from ..pydantic_models import ErrorResponse, WebAppUser, WebAppUserListResponse, WebAppUserReportRequest
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncReportsRawResource",
    "AsyncReportsResource",
    "ReportsRawResource",
    "ReportsResource",
]


class ReportsResource:
    """reports operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_web_app_users(
        self,
        app_name: str,
        *,
        body: WebAppUserReportRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[WebAppUserListResponse, WebAppUser]:
        """Web user list

         Lists the web-app users of the app with their registration date, emergency fund, active days,
        protection type (`users` or `protect_users`) and subscription (requires authentication). Filters:
        registration date range, search text, subscription status and user type (`selectedProtect`); page-
        based pagination through the body fields `pagination`, `page` and `perPage`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (WebAppUserReportRequest | Unset):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Page[WebAppUserListResponse, WebAppUser]
        """

        return _list_web_app_users.first_page(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncReportsResource:
    """Async reports operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_web_app_users(
        self,
        app_name: str,
        *,
        body: WebAppUserReportRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[WebAppUserListResponse, WebAppUser]:
        """Web user list

         Lists the web-app users of the app with their registration date, emergency fund, active days,
        protection type (`users` or `protect_users`) and subscription (requires authentication). Filters:
        registration date range, search text, subscription status and user type (`selectedProtect`); page-
        based pagination through the body fields `pagination`, `page` and `perPage`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (WebAppUserReportRequest | Unset):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AsyncPage[WebAppUserListResponse, WebAppUser]
        """

        return await _list_web_app_users.afirst_page(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class ReportsRawResource:
    """reports operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_web_app_users(
        self,
        app_name: str,
        *,
        body: WebAppUserReportRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | WebAppUserListResponse]:
        """Web user list

         Lists the web-app users of the app with their registration date, emergency fund, active days,
        protection type (`users` or `protect_users`) and subscription (requires authentication). Filters:
        registration date range, search text, subscription status and user type (`selectedProtect`); page-
        based pagination through the body fields `pagination`, `page` and `perPage`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (WebAppUserReportRequest | Unset):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | WebAppUserListResponse]
        """

        return _list_web_app_users.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncReportsRawResource:
    """Async reports operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_web_app_users(
        self,
        app_name: str,
        *,
        body: WebAppUserReportRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | WebAppUserListResponse]:
        """Web user list

         Lists the web-app users of the app with their registration date, emergency fund, active days,
        protection type (`users` or `protect_users`) and subscription (requires authentication). Filters:
        registration date range, search text, subscription status and user type (`selectedProtect`); page-
        based pagination through the body fields `pagination`, `page` and `perPage`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (WebAppUserReportRequest | Unset):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | WebAppUserListResponse]
        """

        return await _list_web_app_users.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
