from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import load
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import ErrorDetail, ValidationError
from ...types import Response, status_of

_SECURITY: Security = (("jwt",),)


def _get_kwargs(
    parent_lookup_provider_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/provider/{parent_lookup_provider_id}/notification/{id}/".format(
            parent_lookup_provider_id=segment(parent_lookup_provider_id, "parent_lookup_provider_id"),
            id=segment(id, "id"),
        ),
    }

    _kwargs["headers"] = {"Accept": "application/json"}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | ErrorDetail | ValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = load(ValidationError, response.json())
        return response_400

    if response.status_code == 401:
        response_401 = load(ErrorDetail, response.json())
        return response_401

    if response.status_code == 403:
        response_403 = load(ErrorDetail, response.json())
        return response_403

    if response.status_code == 404:
        response_404 = load(ErrorDetail, response.json())
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatusError(response)
    else:
        return None


def _parse_success(*, client: BaseClient, response: httpx.Response) -> None:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatusError(response)


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | ErrorDetail | ValidationError]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | ErrorDetail | ValidationError]:
    """Delete Provider Notification

     API endpoint for deleting Provider Notification.

    Args:
        parent_lookup_provider_id (str): The id of the provider (path parameter named
            parent_lookup_provider_id by the doc).
        id (int): The id of the provider notification.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorDetail | ValidationError]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> None:
    """Delete Provider Notification

     API endpoint for deleting Provider Notification.

    Args:
        parent_lookup_provider_id (str): The id of the provider (path parameter named
            parent_lookup_provider_id by the doc).
        id (int): The id of the provider notification.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | ErrorDetail | ValidationError]:
    """Delete Provider Notification

     API endpoint for deleting Provider Notification.

    Args:
        parent_lookup_provider_id (str): The id of the provider (path parameter named
            parent_lookup_provider_id by the doc).
        id (int): The id of the provider notification.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorDetail | ValidationError]
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> None:
    """Delete Provider Notification

     API endpoint for deleting Provider Notification.

    Args:
        parent_lookup_provider_id (str): The id of the provider (path parameter named
            parent_lookup_provider_id by the doc).
        id (int): The id of the provider notification.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    parent_lookup_provider_id: str,
    id: int,
    *,
    client: BaseClient,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        parent_lookup_provider_id=parent_lookup_provider_id,
        id=id,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
