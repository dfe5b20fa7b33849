from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import dump, load
from ..._runtime.pagination import (
    AsyncPage,
    AsyncSource,
    Numbered,
    Page,
    Source,
    aiterate_items,
    iterate_items,
    present,
)
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import (
    ErrorResponse,
    WebAppUser,
    WebAppUserListResponse,
    WebAppUserReportRequest,
    WebAppUserReportRequestPagination,
)
from ...types import UNSET, Response, Unset, status_of

_SECURITY: Security = (("basicAuth",),)


def _get_kwargs(
    app_name: str,
    *,
    body: WebAppUserReportRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/{app_name}/report/webappuser/profile".format(
            app_name=segment(app_name, "app_name"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = dump(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = {"Accept": "application/json", **headers}
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> Any | ErrorResponse | WebAppUserListResponse | None:
    if response.status_code == 200:
        response_200 = load(WebAppUserListResponse, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = load(ErrorResponse, response.json())
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = load(ErrorResponse, response.json())
        return response_404

    if response.status_code == 422:
        response_422 = load(ErrorResponse, response.json())
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> WebAppUserListResponse:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> WebAppUserListResponse:
    if response.status_code == 200:
        response_200 = load(WebAppUserListResponse, response.json())
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[Any | ErrorResponse | WebAppUserListResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    app_name: str,
    *,
    client: BaseClient,
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
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorResponse | WebAppUserListResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> WebAppUserListResponse:
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
        WebAppUserListResponse
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    app_name: str,
    *,
    client: BaseClient,
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
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorResponse | WebAppUserListResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> WebAppUserListResponse:
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
        WebAppUserListResponse
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[WebAppUserListResponse]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[WebAppUserListResponse]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


def _page_items(page: WebAppUserListResponse) -> list[WebAppUser]:
    return present(page.data) or []


def _source(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[Source[WebAppUserListResponse, WebAppUser], int]:
    """How to fetch this operation's pages with :func:`sync`, and the first page's number."""
    request = WebAppUserReportRequest() if isinstance(body, Unset) else body
    if "pagination" not in request.model_fields_set:
        request = request.model_copy(update={"pagination": WebAppUserReportRequestPagination(1)})

    def fetch(_at: int) -> WebAppUserListResponse:
        return sync(
            app_name=app_name,
            client=client,
            body=request.model_copy(update={"page": _at}),
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 1 if (start := present(request.page)) is None else start
    return Source(fetch, _page_items, Numbered(present(request.per_page))), first


def _asource(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[AsyncSource[WebAppUserListResponse, WebAppUser], int]:
    request = WebAppUserReportRequest() if isinstance(body, Unset) else body
    if "pagination" not in request.model_fields_set:
        request = request.model_copy(update={"pagination": WebAppUserReportRequestPagination(1)})

    async def fetch(_at: int) -> WebAppUserListResponse:
        return await asyncio(
            app_name=app_name,
            client=client,
            body=request.model_copy(update={"page": _at}),
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 1 if (start := present(request.page)) is None else start
    return AsyncSource(fetch, _page_items, Numbered(present(request.per_page))), first


def first_page(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Page[WebAppUserListResponse, WebAppUser]:
    """The first page (or the one ``page`` names), fetched now, as a ``Page``.

    Takes the arguments of :func:`sync`. The ``Page`` holds ``items`` and ``page`` (what :func:`sync`
    returns); ``has_next_page()``, ``next_page()`` (None at the end) and ``iter_pages()`` walk on, and
    iterating it yields its items and those of every following page.
    """
    return Page.first(
        *_source(
            app_name=app_name,
            client=client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def afirst_page(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncPage[WebAppUserListResponse, WebAppUser]:
    """The async twin of :func:`first_page`: ``await page.next_page()``, ``async for item in page``."""
    return await AsyncPage.first(
        *_asource(
            app_name=app_name,
            client=client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def iterate(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Iterator[WebAppUser]:
    """Every item of every page, fetched lazily, each page once.

    Takes the arguments of :func:`sync`; ``page`` is the first page (default 1). Iteration stops at
    an empty page or one shorter than the page size (``per_page``, else the first page's length).
    """
    return iterate_items(
        *_source(
            app_name=app_name,
            client=client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def aiterate(
    app_name: str,
    *,
    client: BaseClient,
    body: WebAppUserReportRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncIterator[WebAppUser]:
    """The async twin of :func:`iterate`: ``async for item in aiterate(...)``."""
    return aiterate_items(
        *_asource(
            app_name=app_name,
            client=client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
