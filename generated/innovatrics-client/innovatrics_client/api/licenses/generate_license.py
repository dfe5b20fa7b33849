import datetime
from typing import Any

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import dump_value
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...types import UNSET, Response, Unset, status_of

_SECURITY: Security = (("BasicAuth",),)


def _get_kwargs(
    product_assignment_id: int,
    *,
    hwid: str,
    expiration_date: datetime.date,
    note: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hwid"] = hwid

    params["expiration_date"] = dump_value(expiration_date)

    params["note"] = note

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/license/generate/{product_assignment_id}".format(
            product_assignment_id=segment(product_assignment_id, "product_assignment_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "application/json, text/plain"}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | str | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> Any:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> Any:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    product_assignment_id: int,
    *,
    client: BaseClient,
    hwid: str,
    expiration_date: datetime.date,
    note: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | str]:
    """Generate license

     Generate a new license for a specific product assignment, bound to a hardware ID and valid until an
    expiration date. Note that the doc documents this state-changing call as a GET with query
    parameters.

    Args:
        product_assignment_id (int): The ID of the product assignment for which to generate a
            license.
        hwid (str): Hardware ID for the license.
        expiration_date (datetime.date): Expiration date for the license (format: 'YYYY-MM-DD').
        note (str | Unset): Optional note for the license.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        product_assignment_id=product_assignment_id,
        hwid=hwid,
        expiration_date=expiration_date,
        note=note,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    product_assignment_id: int,
    *,
    client: BaseClient,
    hwid: str,
    expiration_date: datetime.date,
    note: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Any:
    """Generate license

     Generate a new license for a specific product assignment, bound to a hardware ID and valid until an
    expiration date. Note that the doc documents this state-changing call as a GET with query
    parameters.

    Args:
        product_assignment_id (int): The ID of the product assignment for which to generate a
            license.
        hwid (str): Hardware ID for the license.
        expiration_date (datetime.date): Expiration date for the license (format: 'YYYY-MM-DD').
        note (str | Unset): Optional note for the license.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        product_assignment_id=product_assignment_id,
        hwid=hwid,
        expiration_date=expiration_date,
        note=note,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    product_assignment_id: int,
    *,
    client: BaseClient,
    hwid: str,
    expiration_date: datetime.date,
    note: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | str]:
    """Generate license

     Generate a new license for a specific product assignment, bound to a hardware ID and valid until an
    expiration date. Note that the doc documents this state-changing call as a GET with query
    parameters.

    Args:
        product_assignment_id (int): The ID of the product assignment for which to generate a
            license.
        hwid (str): Hardware ID for the license.
        expiration_date (datetime.date): Expiration date for the license (format: 'YYYY-MM-DD').
        note (str | Unset): Optional note for the license.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        product_assignment_id=product_assignment_id,
        hwid=hwid,
        expiration_date=expiration_date,
        note=note,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    product_assignment_id: int,
    *,
    client: BaseClient,
    hwid: str,
    expiration_date: datetime.date,
    note: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Any:
    """Generate license

     Generate a new license for a specific product assignment, bound to a hardware ID and valid until an
    expiration date. Note that the doc documents this state-changing call as a GET with query
    parameters.

    Args:
        product_assignment_id (int): The ID of the product assignment for which to generate a
            license.
        hwid (str): Hardware ID for the license.
        expiration_date (datetime.date): Expiration date for the license (format: 'YYYY-MM-DD').
        note (str | Unset): Optional note for the license.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        product_assignment_id=product_assignment_id,
        hwid=hwid,
        expiration_date=expiration_date,
        note=note,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    product_assignment_id: int,
    *,
    client: BaseClient,
    hwid: str,
    expiration_date: datetime.date,
    note: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[Any]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        product_assignment_id=product_assignment_id,
        hwid=hwid,
        expiration_date=expiration_date,
        note=note,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    product_assignment_id: int,
    *,
    client: BaseClient,
    hwid: str,
    expiration_date: datetime.date,
    note: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[Any]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        product_assignment_id=product_assignment_id,
        hwid=hwid,
        expiration_date=expiration_date,
        note=note,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
