from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import load
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
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import Error, ServiceNotification, ServiceNotificationList
from ...types import UNSET, Response, Unset, status_of

_SECURITY: Security = (
    ("OAuth2",),
    ("BearerAuth",),
)


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = version

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["scope"] = scope

    params["type"] = type_

    params["notify_to"] = notify_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/web/service-notifications",
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "application/json", **headers}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | ServiceNotificationList | None:
    if response.status_code == 200:
        response_200 = load(ServiceNotificationList, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = load(Error, response.json())
        return response_400

    if response.status_code == 401:
        response_401 = load(Error, response.json())
        return response_401

    if response.status_code == 403:
        response_403 = load(Error, response.json())
        return response_403

    if response.status_code == 404:
        response_404 = load(Error, response.json())
        return response_404

    if response.status_code == 418:
        response_418 = load(Error, response.json())
        return response_418

    if 500 <= response.status_code <= 599:
        response_5xx = load(Error, response.json())
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> ServiceNotificationList:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> ServiceNotificationList:
    if response.status_code == 200:
        response_200 = load(ServiceNotificationList, response.json())
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | ServiceNotificationList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ServiceNotificationList]:
    """Get Service Notifications

     Get the service notifications (paginated).

    Args:
        page (int | Unset): Page number to return.
        per_page (int | Unset): Number of items per page.
        scope (str | Unset): Scope of the notifications.
        type_ (str | Unset): Type of the notifications.
        notify_to (str | Unset): Channel the notifications are meant for.
        version (str | Unset): API version header. Every documented curl for this operation sends
            `Version: {{version}}`, a
            Postman collection variable; the doc never states its value or whether it is mandatory.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | ServiceNotificationList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        scope=scope,
        type_=type_,
        notify_to=notify_to,
        version=version,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> ServiceNotificationList:
    """Get Service Notifications

     Get the service notifications (paginated).

    Args:
        page (int | Unset): Page number to return.
        per_page (int | Unset): Number of items per page.
        scope (str | Unset): Scope of the notifications.
        type_ (str | Unset): Type of the notifications.
        notify_to (str | Unset): Channel the notifications are meant for.
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
        ServiceNotificationList
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        scope=scope,
        type_=type_,
        notify_to=notify_to,
        version=version,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | ServiceNotificationList]:
    """Get Service Notifications

     Get the service notifications (paginated).

    Args:
        page (int | Unset): Page number to return.
        per_page (int | Unset): Number of items per page.
        scope (str | Unset): Scope of the notifications.
        type_ (str | Unset): Type of the notifications.
        notify_to (str | Unset): Channel the notifications are meant for.
        version (str | Unset): API version header. Every documented curl for this operation sends
            `Version: {{version}}`, a
            Postman collection variable; the doc never states its value or whether it is mandatory.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | ServiceNotificationList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        scope=scope,
        type_=type_,
        notify_to=notify_to,
        version=version,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> ServiceNotificationList:
    """Get Service Notifications

     Get the service notifications (paginated).

    Args:
        page (int | Unset): Page number to return.
        per_page (int | Unset): Number of items per page.
        scope (str | Unset): Scope of the notifications.
        type_ (str | Unset): Type of the notifications.
        notify_to (str | Unset): Channel the notifications are meant for.
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
        ServiceNotificationList
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        scope=scope,
        type_=type_,
        notify_to=notify_to,
        version=version,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[ServiceNotificationList]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        scope=scope,
        type_=type_,
        notify_to=notify_to,
        version=version,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[ServiceNotificationList]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        scope=scope,
        type_=type_,
        notify_to=notify_to,
        version=version,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


def _page_items(page: ServiceNotificationList) -> list[ServiceNotification]:
    return present(page.data) or []


def _source(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[Source[ServiceNotificationList, ServiceNotification], int]:
    """How to fetch this operation's pages with :func:`sync`, and the first page's number."""

    def fetch(_at: int) -> ServiceNotificationList:
        return sync(
            client=client,
            page=_at,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 1 if (start := present(page)) is None else start
    return Source(fetch, _page_items, Numbered(present(per_page))), first


def _asource(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[AsyncSource[ServiceNotificationList, ServiceNotification], int]:

    async def fetch(_at: int) -> ServiceNotificationList:
        return await asyncio(
            client=client,
            page=_at,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 1 if (start := present(page)) is None else start
    return AsyncSource(fetch, _page_items, Numbered(present(per_page))), first


def first_page(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Page[ServiceNotificationList, ServiceNotification]:
    """The first page (or the one ``page`` names), fetched now, as a ``Page``.

    Takes the arguments of :func:`sync`. The ``Page`` holds ``items`` and ``page`` (what :func:`sync`
    returns); ``has_next_page()``, ``next_page()`` (None at the end) and ``iter_pages()`` walk on, and
    iterating it yields its items and those of every following page.
    """
    return Page.first(
        *_source(
            client=client,
            page=page,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def afirst_page(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncPage[ServiceNotificationList, ServiceNotification]:
    """The async twin of :func:`first_page`: ``await page.next_page()``, ``async for item in page``."""
    return await AsyncPage.first(
        *_asource(
            client=client,
            page=page,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def iterate(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Iterator[ServiceNotification]:
    """Every item of every page, fetched lazily, each page once.

    Takes the arguments of :func:`sync`; ``page`` is the first page (default 1). Iteration stops at
    an empty page or one shorter than the page size (``per_page``, else the first page's length).
    """
    return iterate_items(
        *_source(
            client=client,
            page=page,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def aiterate(
    *,
    client: BaseClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    notify_to: str | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncIterator[ServiceNotification]:
    """The async twin of :func:`iterate`: ``async for item in aiterate(...)``."""
    return aiterate_items(
        *_asource(
            client=client,
            page=page,
            per_page=per_page,
            scope=scope,
            type_=type_,
            notify_to=notify_to,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
