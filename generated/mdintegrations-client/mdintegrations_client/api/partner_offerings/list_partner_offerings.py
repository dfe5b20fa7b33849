from collections.abc import AsyncIterator, Iterator
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import dump_value, load
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
from ...pydantic_models import Error, ListPartnerOfferingsTrashed, PartnerOffering, PartnerOfferingList
from ...types import UNSET, Response, Unset, status_of

_SECURITY: Security = (
    ("OAuth2",),
    ("BearerAuth",),
)


def _get_kwargs(
    partner: UUID,
    *,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = version

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["order"] = order

    params["sort"] = sort

    params["search"] = search

    params["trashed"] = dump_value(trashed)

    params["product_type"] = product_type

    params["pharmacy_id"] = pharmacy_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/web/partners/{partner}/offerings".format(
            partner=segment(partner, "partner"),
        ),
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "application/json", **headers}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | PartnerOfferingList | None:
    if response.status_code == 200:
        response_200 = load(PartnerOfferingList, response.json())
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


def _parse_success(*, client: BaseClient, response: httpx.Response) -> PartnerOfferingList:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> PartnerOfferingList:
    if response.status_code == 200:
        response_200 = load(PartnerOfferingList, response.json())
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | PartnerOfferingList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | PartnerOfferingList]:
    """Get Offerings

     Get the partner's offering (paginated).

    Args:
        partner (UUID): The partner's ID.
        per_page (int | Unset): Number of items per page.
        page (int | Unset): Page number to return.
        order (str | Unset): Sort direction.
        sort (str | Unset): Field to sort by.
        search (str | Unset): Search term.
        trashed (ListPartnerOfferingsTrashed | Unset): Include soft-deleted offerings: `only`
            (only deleted ones) or `with` (deleted and active).
        product_type (str | Unset): Filter by the offering's product model class.
        pharmacy_id (int | Unset): Filter by pharmacy ID.
        version (str | Unset): API version header. Every documented curl for this operation sends
            `Version: {{version}}`, a
            Postman collection variable; the doc never states its value or whether it is mandatory.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | PartnerOfferingList]
    """

    kwargs = _get_kwargs(
        partner=partner,
        per_page=per_page,
        page=page,
        order=order,
        sort=sort,
        search=search,
        trashed=trashed,
        product_type=product_type,
        pharmacy_id=pharmacy_id,
        version=version,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PartnerOfferingList:
    """Get Offerings

     Get the partner's offering (paginated).

    Args:
        partner (UUID): The partner's ID.
        per_page (int | Unset): Number of items per page.
        page (int | Unset): Page number to return.
        order (str | Unset): Sort direction.
        sort (str | Unset): Field to sort by.
        search (str | Unset): Search term.
        trashed (ListPartnerOfferingsTrashed | Unset): Include soft-deleted offerings: `only`
            (only deleted ones) or `with` (deleted and active).
        product_type (str | Unset): Filter by the offering's product model class.
        pharmacy_id (int | Unset): Filter by pharmacy ID.
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
        PartnerOfferingList
    """

    kwargs = _get_kwargs(
        partner=partner,
        per_page=per_page,
        page=page,
        order=order,
        sort=sort,
        search=search,
        trashed=trashed,
        product_type=product_type,
        pharmacy_id=pharmacy_id,
        version=version,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | PartnerOfferingList]:
    """Get Offerings

     Get the partner's offering (paginated).

    Args:
        partner (UUID): The partner's ID.
        per_page (int | Unset): Number of items per page.
        page (int | Unset): Page number to return.
        order (str | Unset): Sort direction.
        sort (str | Unset): Field to sort by.
        search (str | Unset): Search term.
        trashed (ListPartnerOfferingsTrashed | Unset): Include soft-deleted offerings: `only`
            (only deleted ones) or `with` (deleted and active).
        product_type (str | Unset): Filter by the offering's product model class.
        pharmacy_id (int | Unset): Filter by pharmacy ID.
        version (str | Unset): API version header. Every documented curl for this operation sends
            `Version: {{version}}`, a
            Postman collection variable; the doc never states its value or whether it is mandatory.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | PartnerOfferingList]
    """

    kwargs = _get_kwargs(
        partner=partner,
        per_page=per_page,
        page=page,
        order=order,
        sort=sort,
        search=search,
        trashed=trashed,
        product_type=product_type,
        pharmacy_id=pharmacy_id,
        version=version,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PartnerOfferingList:
    """Get Offerings

     Get the partner's offering (paginated).

    Args:
        partner (UUID): The partner's ID.
        per_page (int | Unset): Number of items per page.
        page (int | Unset): Page number to return.
        order (str | Unset): Sort direction.
        sort (str | Unset): Field to sort by.
        search (str | Unset): Search term.
        trashed (ListPartnerOfferingsTrashed | Unset): Include soft-deleted offerings: `only`
            (only deleted ones) or `with` (deleted and active).
        product_type (str | Unset): Filter by the offering's product model class.
        pharmacy_id (int | Unset): Filter by pharmacy ID.
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
        PartnerOfferingList
    """

    kwargs = _get_kwargs(
        partner=partner,
        per_page=per_page,
        page=page,
        order=order,
        sort=sort,
        search=search,
        trashed=trashed,
        product_type=product_type,
        pharmacy_id=pharmacy_id,
        version=version,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[PartnerOfferingList]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        partner=partner,
        per_page=per_page,
        page=page,
        order=order,
        sort=sort,
        search=search,
        trashed=trashed,
        product_type=product_type,
        pharmacy_id=pharmacy_id,
        version=version,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[PartnerOfferingList]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        partner=partner,
        per_page=per_page,
        page=page,
        order=order,
        sort=sort,
        search=search,
        trashed=trashed,
        product_type=product_type,
        pharmacy_id=pharmacy_id,
        version=version,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


def _page_items(page: PartnerOfferingList) -> list[PartnerOffering]:
    return present(page.data) or []


def _source(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[Source[PartnerOfferingList, PartnerOffering], int]:
    """How to fetch this operation's pages with :func:`sync`, and the first page's number."""

    def fetch(_at: int) -> PartnerOfferingList:
        return sync(
            partner=partner,
            client=client,
            per_page=per_page,
            page=_at,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 1 if (start := present(page)) is None else start
    return Source(fetch, _page_items, Numbered(present(per_page))), first


def _asource(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> tuple[AsyncSource[PartnerOfferingList, PartnerOffering], int]:

    async def fetch(_at: int) -> PartnerOfferingList:
        return await asyncio(
            partner=partner,
            client=client,
            per_page=per_page,
            page=_at,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )

    first = 1 if (start := present(page)) is None else start
    return AsyncSource(fetch, _page_items, Numbered(present(per_page))), first


def first_page(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Page[PartnerOfferingList, PartnerOffering]:
    """The first page (or the one ``page`` names), fetched now, as a ``Page``.

    Takes the arguments of :func:`sync`. The ``Page`` holds ``items`` and ``page`` (what :func:`sync`
    returns); ``has_next_page()``, ``next_page()`` (None at the end) and ``iter_pages()`` walk on, and
    iterating it yields its items and those of every following page.
    """
    return Page.first(
        *_source(
            partner=partner,
            client=client,
            per_page=per_page,
            page=page,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


async def afirst_page(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncPage[PartnerOfferingList, PartnerOffering]:
    """The async twin of :func:`first_page`: ``await page.next_page()``, ``async for item in page``."""
    return await AsyncPage.first(
        *_asource(
            partner=partner,
            client=client,
            per_page=per_page,
            page=page,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def iterate(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Iterator[PartnerOffering]:
    """Every item of every page, fetched lazily, each page once.

    Takes the arguments of :func:`sync`; ``page`` is the first page (default 1). Iteration stops at
    an empty page or one shorter than the page size (``per_page``, else the first page's length).
    """
    return iterate_items(
        *_source(
            partner=partner,
            client=client,
            per_page=per_page,
            page=page,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def aiterate(
    partner: UUID,
    *,
    client: BaseClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    order: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
    trashed: ListPartnerOfferingsTrashed | Unset = UNSET,
    product_type: str | Unset = UNSET,
    pharmacy_id: int | Unset = UNSET,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncIterator[PartnerOffering]:
    """The async twin of :func:`iterate`: ``async for item in aiterate(...)``."""
    return aiterate_items(
        *_asource(
            partner=partner,
            client=client,
            per_page=per_page,
            page=page,
            order=order,
            sort=sort,
            search=search,
            trashed=trashed,
            product_type=product_type,
            pharmacy_id=pharmacy_id,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
