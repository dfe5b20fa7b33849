from typing import Any

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import load
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import ErrorDetail, StatusReasonError, UserDetails
from ...types import Response, status_of

_SECURITY: Security = (
    ("ApiKeyAuth",),
    ("BearerAuth",),
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/auth/me",
    }

    _kwargs["headers"] = {"Accept": "application/json"}
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> ErrorDetail | StatusReasonError | UserDetails | None:
    if response.status_code == 200:
        response_200 = load(UserDetails, response.json())
        return response_200

    if response.status_code == 403:
        response_403 = load(StatusReasonError, response.json())
        return response_403

    if response.status_code == 422:
        response_422 = load(ErrorDetail, response.json())
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> UserDetails:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> UserDetails:
    if response.status_code == 200:
        response_200 = load(UserDetails, response.json())
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[ErrorDetail | StatusReasonError | UserDetails]:
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
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[ErrorDetail | StatusReasonError | UserDetails]
    """

    kwargs = _get_kwargs()

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: BaseClient,
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

    kwargs = _get_kwargs()

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: BaseClient,
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
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[ErrorDetail | StatusReasonError | UserDetails]
    """

    kwargs = _get_kwargs()

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: BaseClient,
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

    kwargs = _get_kwargs()

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[UserDetails]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs()
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[UserDetails]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs()
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
