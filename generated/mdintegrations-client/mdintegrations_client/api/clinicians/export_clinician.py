from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ..._runtime.auth import Security
from ..._runtime.bodies import parse_detailed, parse_success
from ..._runtime.downloads import AsyncDownload, Download, adownloading, downloaded_file, downloading
from ..._runtime.models import load
from ..._runtime.paths import segment
from ..._runtime.responses import RawResponse, asend_raw, send_raw
from ...client import BaseClient
from ...pydantic_models import Error
from ...types import UNSET, File, Response, Unset, status_of

_SECURITY: Security = (
    ("OAuth2",),
    ("BearerAuth",),
)


def _get_kwargs(
    clinician: UUID,
    *,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(version, Unset):
        headers["Version"] = version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/web/clinicians/{clinician}/export".format(
            clinician=segment(clinician, "clinician"),
        ),
    }

    _kwargs["headers"] = {"Accept": "application/vnd.ms-excel, application/json", **headers}
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | File | None:
    if response.status_code == 200:
        response_200 = downloaded_file(response)
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


def _parse_success(*, client: BaseClient, response: httpx.Response) -> File:
    """The parsed 2xx body; an error status raises its ``errors.APIStatusError`` subclass, a body that is
    not what the spec documents ``errors.APIResponseValidationError``."""
    if not response.is_success:
        raise errors.status_error(response, lambda: _parse_response(client=client, response=response))
    return parse_success(response, lambda: _parse_success_body(response), lenient=client.lenient)


def _parse_success_body(response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = downloaded_file(response)
        return response_200
    raise errors.UnexpectedStatusError(response)


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | File]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_detailed(
            response, lambda: _parse_response(client=client, response=response), lenient=client.lenient
        ),
    )


def sync_detailed(
    clinician: UUID,
    *,
    client: BaseClient,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | File]:
    """Get Clinician Export File

     Get the clinician export file in xls format, containing basic information, licenses, and states.

    Args:
        clinician (UUID): The clinician's ID.
        version (str | Unset): API version header. Every documented curl for this operation sends
            `Version: {{version}}`, a
            Postman collection variable; the doc never states its value or whether it is mandatory.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        clinician=clinician,
        version=version,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


def sync(
    clinician: UUID,
    *,
    client: BaseClient,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> File:
    """Get Clinician Export File

     Get the clinician export file in xls format, containing basic information, licenses, and states.

    Args:
        clinician (UUID): The clinician's ID.
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
        File
    """

    kwargs = _get_kwargs(
        clinician=clinician,
        version=version,
    )

    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    clinician: UUID,
    *,
    client: BaseClient,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Response[Error | File]:
    """Get Clinician Export File

     Get the clinician export file in xls format, containing basic information, licenses, and states.

    Args:
        clinician (UUID): The clinician's ID.
        version (str | Unset): API version header. Every documented curl for this operation sends
            `Version: {{version}}`, a
            Postman collection variable; the doc never states its value or whether it is mandatory.
        timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
        max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

    Raises:
        errors.UnexpectedStatusError: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        clinician=clinician,
        version=version,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _build_response(client=client, response=response)


async def asyncio(
    clinician: UUID,
    *,
    client: BaseClient,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> File:
    """Get Clinician Export File

     Get the clinician export file in xls format, containing basic information, licenses, and states.

    Args:
        clinician (UUID): The clinician's ID.
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
        File
    """

    kwargs = _get_kwargs(
        clinician=clinician,
        version=version,
    )

    response = await client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries)

    return _parse_success(client=client, response=response)


def sync_raw(
    clinician: UUID,
    *,
    client: BaseClient,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[File]:
    """The HTTP exchange of :func:`sync` (same arguments), returned whatever the status.

    ``.parse()`` gives what :func:`sync` returns and raises what it raises; ``.http_response``, ``.request``,
    ``.elapsed`` and ``.retries_taken`` describe the exchange.
    """
    kwargs = _get_kwargs(
        clinician=clinician,
        version=version,
    )
    return send_raw(
        lambda: client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


async def asyncio_raw(
    clinician: UUID,
    *,
    client: BaseClient,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> RawResponse[File]:
    """The async twin of :func:`sync_raw`."""
    kwargs = _get_kwargs(
        clinician=clinician,
        version=version,
    )
    return await asend_raw(
        lambda: client.arequest(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries),
        lambda response: _parse_success(client=client, response=response),
    )


@contextmanager
def stream(
    clinician: UUID,
    *,
    client: BaseClient,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> Iterator[Download]:
    """The download of :func:`sync` (same arguments), streamed: ``with stream(...) as download:``.

    The body arrives as you read it (``download.iter_bytes()``, ``download.write_to_file(path)``), one
    chunk in memory at a time; the connection is released when the ``with`` block ends. An error
    status raises as in :func:`sync`.
    """
    kwargs = _get_kwargs(
        clinician=clinician,
        version=version,
    )
    response = client.request(**kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries, stream=True)
    with downloading(response, lambda: _parse_response(client=client, response=response)) as download:
        yield download


@asynccontextmanager
async def astream(
    clinician: UUID,
    *,
    client: BaseClient,
    version: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> AsyncIterator[AsyncDownload]:
    """The async twin of :func:`stream`: ``async with astream(...) as download:``."""
    kwargs = _get_kwargs(
        clinician=clinician,
        version=version,
    )
    response = await client.arequest(
        **kwargs, security=_SECURITY, timeout=timeout, max_retries=max_retries, stream=True
    )
    async with adownloading(response, lambda: _parse_response(client=client, response=response)) as download:
        yield download
