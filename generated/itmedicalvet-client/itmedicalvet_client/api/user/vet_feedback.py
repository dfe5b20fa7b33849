from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import dump, load
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import ErrorResponse, VetFeedbackRequest, VetFeedbackResponse
from ...types import Response, status_of

_SECURITY: Security = (("basicAuth",),)


def _get_kwargs(
    app_name: str,
    *,
    body: VetFeedbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/{app_name}/feedback".format(
            app_name=segment(app_name, "app_name"),
        ),
    }

    _kwargs["json"] = dump(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = {"Accept": "application/json", **headers}
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> Any | ErrorResponse | VetFeedbackResponse | None:
    if response.status_code == 200:
        response_200 = load(VetFeedbackResponse, response.json())
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


def _parse_success(*, client: BaseClient, response: httpx.Response) -> VetFeedbackResponse:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> VetFeedbackResponse:
    if response.status_code == 200:
        response_200 = load(VetFeedbackResponse, response.json())
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[Any | ErrorResponse | VetFeedbackResponse]:
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
    body: VetFeedbackRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | ErrorResponse | VetFeedbackResponse]:
    """Vet feedback

     Gets the vet's feedback (recommendation) for a conversation (requires authentication). If the
    conversation type is "chat", send `"type": "chat"` and `channel_sid`; if it is "video", send
    `"type": "video"` and `room_sid`.

    Args:
        app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
            every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
            Found".
        body (VetFeedbackRequest):
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorResponse | VetFeedbackResponse]
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
    body: VetFeedbackRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> VetFeedbackResponse:
    """Vet feedback

     Gets the vet's feedback (recommendation) for a conversation (requires authentication). If the
    conversation type is "chat", send `"type": "chat"` and `channel_sid`; if it is "video", send
    `"type": "video"` and `room_sid`.

    Args:
        app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
            every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
            Found".
        body (VetFeedbackRequest):
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        VetFeedbackResponse
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
    body: VetFeedbackRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | ErrorResponse | VetFeedbackResponse]:
    """Vet feedback

     Gets the vet's feedback (recommendation) for a conversation (requires authentication). If the
    conversation type is "chat", send `"type": "chat"` and `channel_sid`; if it is "video", send
    `"type": "video"` and `room_sid`.

    Args:
        app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
            every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
            Found".
        body (VetFeedbackRequest):
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorResponse | VetFeedbackResponse]
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
    body: VetFeedbackRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> VetFeedbackResponse:
    """Vet feedback

     Gets the vet's feedback (recommendation) for a conversation (requires authentication). If the
    conversation type is "chat", send `"type": "chat"` and `channel_sid`; if it is "video", send
    `"type": "video"` and `room_sid`.

    Args:
        app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
            every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
            Found".
        body (VetFeedbackRequest):
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
        errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        VetFeedbackResponse
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
    body: VetFeedbackRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[VetFeedbackResponse]:
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
    body: VetFeedbackRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[VetFeedbackResponse]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        app_name=app_name,
        body=body,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
