from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.models import load
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import ErrorDetail
from ...types import UNSET, Response, Unset, status_of

_SECURITY: Security = (
    ("ApiKeyAuth",),
    ("BearerAuth",),
)


def _get_kwargs(
    *,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["patient_ref"] = patient_ref

    params["performer_ref"] = performer_ref

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/patient-data",
        "params": params,
    }

    _kwargs["headers"] = {"Accept": "application/json"}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | ErrorDetail | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = load(ErrorDetail, response.json())
        return response_400

    if response.status_code == 403:
        response_403 = load(ErrorDetail, response.json())
        return response_403

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
    if response.status_code == 202:
        return None
    raise errors.UnexpectedStatusError(response)


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | ErrorDetail]:
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
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | ErrorDetail]:
    """Delete patient data

     Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
    are deleted, optionally filtered further by `performer_ref`.

    Args:
        patient_ref (str | Unset): Patient for which the health checks are to be deleted.
        performer_ref (str | Unset): Additional filter on performer reference.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: BaseClient,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> None:
    """Delete patient data

     Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
    are deleted, optionally filtered further by `performer_ref`.

    Args:
        patient_ref (str | Unset): Patient for which the health checks are to be deleted.
        performer_ref (str | Unset): Additional filter on performer reference.
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
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Any | ErrorDetail]:
    """Delete patient data

     Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
    are deleted, optionally filtered further by `performer_ref`.

    Args:
        patient_ref (str | Unset): Patient for which the health checks are to be deleted.
        performer_ref (str | Unset): Additional filter on performer reference.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: BaseClient,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> None:
    """Delete patient data

     Delete all results for a specific patient. The health checks of the patient given by `patient_ref`
    are deleted, optionally filtered further by `performer_ref`.

    Args:
        patient_ref (str | Unset): Patient for which the health checks are to be deleted.
        performer_ref (str | Unset): Additional filter on performer reference.
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
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    *,
    client: BaseClient,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    *,
    client: BaseClient,
    patient_ref: str | Unset = UNSET,
    performer_ref: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        patient_ref=patient_ref,
        performer_ref=performer_ref,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )
