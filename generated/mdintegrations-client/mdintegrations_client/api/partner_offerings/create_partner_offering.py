from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import dump, load
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import Error, PartnerOffering, PartnerOfferingCreateRequest
from ...types import UNSET, Response, Unset, status_of

_SECURITY: Security = (
    ("OAuth2",),
    ("BearerAuth",),
)


def _get_kwargs(
    partner: UUID,
    *,
    body: PartnerOfferingCreateRequest,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/web/partners/{partner}/offerings".format(
            partner=segment(partner, "partner"),
        ),
    }

    _kwargs["json"] = dump(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = {"Accept": "application/json", **headers}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | PartnerOffering | None:
    if response.status_code == 201:
        response_201 = load(PartnerOffering, response.json())
        return response_201

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


def _parse_success(*, client: BaseClient, response: httpx.Response) -> PartnerOffering:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> PartnerOffering:
    if response.status_code == 201:
        response_201 = load(PartnerOffering, response.json())
        return response_201
    raise errors.UnexpectedStatusError(response)


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | PartnerOffering]:
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
    body: PartnerOfferingCreateRequest,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | PartnerOffering]:
    """Create Offering

     Creates a offering for the partner.

    Args:
        partner (UUID): The partner's ID.
        body (PartnerOfferingCreateRequest):
        version (str | Unset): API version header. Every documented curl for this operation sends
            `Version: {{version}}`, a
            Postman collection variable; the doc never states its value or whether it is mandatory.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | PartnerOffering]
    """

    kwargs = _get_kwargs(
        partner=partner,
        body=body,
        version=version,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    partner: UUID,
    *,
    client: BaseClient,
    body: PartnerOfferingCreateRequest,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PartnerOffering:
    """Create Offering

     Creates a offering for the partner.

    Args:
        partner (UUID): The partner's ID.
        body (PartnerOfferingCreateRequest):
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
        PartnerOffering
    """

    kwargs = _get_kwargs(
        partner=partner,
        body=body,
        version=version,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    partner: UUID,
    *,
    client: BaseClient,
    body: PartnerOfferingCreateRequest,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | PartnerOffering]:
    """Create Offering

     Creates a offering for the partner.

    Args:
        partner (UUID): The partner's ID.
        body (PartnerOfferingCreateRequest):
        version (str | Unset): API version header. Every documented curl for this operation sends
            `Version: {{version}}`, a
            Postman collection variable; the doc never states its value or whether it is mandatory.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | PartnerOffering]
    """

    kwargs = _get_kwargs(
        partner=partner,
        body=body,
        version=version,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    partner: UUID,
    *,
    client: BaseClient,
    body: PartnerOfferingCreateRequest,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> PartnerOffering:
    """Create Offering

     Creates a offering for the partner.

    Args:
        partner (UUID): The partner's ID.
        body (PartnerOfferingCreateRequest):
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
        PartnerOffering
    """

    kwargs = _get_kwargs(
        partner=partner,
        body=body,
        version=version,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    partner: UUID,
    *,
    client: BaseClient,
    body: PartnerOfferingCreateRequest,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[PartnerOffering]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        partner=partner,
        body=body,
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
    body: PartnerOfferingCreateRequest,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[PartnerOffering]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        partner=partner,
        body=body,
        version=version,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
