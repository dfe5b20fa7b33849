from typing import Any

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import dump, load
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import ActionToken, ActionTokenRequest, ErrorDetail, StatusReasonError
from ...types import Response, status_of

_SECURITY: Security = (("ApiKeyAuth",),)


def _get_kwargs(
    *,
    body: ActionTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/action-token",
    }

    _kwargs["json"] = dump(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = {"Accept": "application/json", **headers}
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> ActionToken | ErrorDetail | StatusReasonError | None:
    if response.status_code == 201:
        response_201 = load(ActionToken, response.json())
        return response_201

    if response.status_code == 400:
        response_400 = load(ErrorDetail, response.json())
        return response_400

    if response.status_code == 401:
        response_401 = load(StatusReasonError, response.json())
        return response_401

    if response.status_code == 422:
        response_422 = load(ErrorDetail, response.json())
        return response_422

    if response.status_code == 500:
        response_500 = load(StatusReasonError, response.json())
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> ActionToken:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> ActionToken:
    if response.status_code == 201:
        response_201 = load(ActionToken, response.json())
        return response_201
    raise errors.UnexpectedStatusError(response)


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[ActionToken | ErrorDetail | StatusReasonError]:
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
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[ActionToken | ErrorDetail | StatusReasonError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: BaseClient,
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

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: BaseClient,
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
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[ActionToken | ErrorDetail | StatusReasonError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: BaseClient,
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

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    *,
    client: BaseClient,
    body: ActionTokenRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[ActionToken]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        body=body,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    *,
    client: BaseClient,
    body: ActionTokenRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[ActionToken]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        body=body,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
