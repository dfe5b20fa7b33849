"""``client.media``: the media operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``itmedicalvet_client.api``), the low-level layer.
"""

import httpx

from ..api.media import get_media_url as _get_media_url
from ..client import BaseClient
from ..pydantic_models import Envelope, ErrorResponse
from ..types import Response

__all__ = [
    "AsyncMediaRawResource",
    "AsyncMediaResource",
    "MediaRawResource",
    "MediaResource",
]


class MediaResource:
    """media operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_url(
        self,
        app_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Envelope:
        """Get media URL

         Returns the media URL information of the app named in the path. Public: no authentication. The doc
        only documents the 404 `App Not Found` answer given for an unknown app identifier.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Envelope
        """

        return _get_media_url.sync(
            app_name=app_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMediaResource:
    """Async media operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_url(
        self,
        app_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Envelope:
        """Get media URL

         Returns the media URL information of the app named in the path. Public: no authentication. The doc
        only documents the 404 `App Not Found` answer given for an unknown app identifier.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Envelope
        """

        return await _get_media_url.asyncio(
            app_name=app_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class MediaRawResource:
    """media operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_url(
        self,
        app_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Envelope | ErrorResponse]:
        """Get media URL

         Returns the media URL information of the app named in the path. Public: no authentication. The doc
        only documents the 404 `App Not Found` answer given for an unknown app identifier.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Envelope | ErrorResponse]
        """

        return _get_media_url.sync_detailed(
            app_name=app_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMediaRawResource:
    """Async media operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_url(
        self,
        app_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Envelope | ErrorResponse]:
        """Get media URL

         Returns the media URL information of the app named in the path. Public: no authentication. The doc
        only documents the 404 `App Not Found` answer given for an unknown app identifier.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Envelope | ErrorResponse]
        """

        return await _get_media_url.asyncio_detailed(
            app_name=app_name,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
