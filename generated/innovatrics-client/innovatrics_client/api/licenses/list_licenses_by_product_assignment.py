from typing import Any

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...types import Response, status_of

_SECURITY: Security = (("BasicAuth",),)


def _get_kwargs(
    assignment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/license/product-assignment/{assignment_id}".format(
            assignment_id=segment(assignment_id, "assignment_id"),
        ),
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
    assignment_id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | str]:
    """List licenses by specific product assignment

     Get a list of licenses associated with a specific product assignment.

    Args:
        assignment_id (int): The ID of the product assignment for which to retrieve licenses.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    assignment_id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Any:
    """List licenses by specific product assignment

     Get a list of licenses associated with a specific product assignment.

    Args:
        assignment_id (int): The ID of the product assignment for which to retrieve licenses.
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
        assignment_id=assignment_id,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    assignment_id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | str]:
    """List licenses by specific product assignment

     Get a list of licenses associated with a specific product assignment.

    Args:
        assignment_id (int): The ID of the product assignment for which to retrieve licenses.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    assignment_id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Any:
    """List licenses by specific product assignment

     Get a list of licenses associated with a specific product assignment.

    Args:
        assignment_id (int): The ID of the product assignment for which to retrieve licenses.
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
        assignment_id=assignment_id,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    assignment_id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[Any]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        assignment_id=assignment_id,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    assignment_id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[Any]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        assignment_id=assignment_id,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
