"""The client: configuration, credentials and the httpx clients every operation goes through.

Every request passes through the pipeline in ``_runtime``: credentials for the operation's security
requirement, redacted logging on the ``itmedicalvet_client`` logger, and retries with backoff.
"""

import asyncio
import copy
import logging
import os
import random
import ssl
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypedDict, Unpack

import httpx

from ._runtime.auth import Authenticator, Credentials, Scheme, Security
from ._runtime.pipeline import OPTIONS_KEY, CallOptions, Pipeline
from ._runtime.retries import RetryPolicy
from ._runtime.transport import AsyncTransport, Transport
from .errors import APIConnectionError, APITimeoutError, ConfigurationError

if TYPE_CHECKING:  # the resource modules are imported when first used
    from .resources import AsyncRawResources, AsyncStreaming, RawResources, Streaming
    from .resources.media import AsyncMediaResource, MediaResource
    from .resources.pets import AsyncPetsResource, PetsResource
    from .resources.reports import AsyncReportsResource, ReportsResource
    from .resources.user import AsyncUserResource, UserResource

# The spec's server, when it names an absolute one; otherwise the caller must say where the API is.
DEFAULT_BASE_URL: str | None = "https://itmedicalvetsolutions.com"
BASE_URL_VARIABLE = "ITMEDICALVET_BASE_URL"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = "itmedicalvet-client/1.0.0"
IDEMPOTENCY_HEADER = "Idempotency-Key"  # the spec's, when it documents one
# The spec's root security requirement: used by requests that do not name their own.
DEFAULT_SECURITY: Security = (("basicAuth",),)

logger = logging.getLogger("itmedicalvet_client")


class RequestArgs(TypedDict, total=False):
    """What :meth:`Client.request` passes on to ``httpx.Client.build_request``."""

    params: httpx.QueryParams | Mapping[str, Any] | list[tuple[str, Any]] | None
    headers: Mapping[str, str] | None
    cookies: dict[str, str] | None
    content: str | bytes | Iterable[bytes] | AsyncIterable[bytes] | None
    data: Mapping[str, Any] | None
    files: Mapping[str, Any] | Sequence[tuple[str, Any]] | None
    json: Any


def _schemes(base_url: str) -> dict[str, Scheme]:
    """The spec's security schemes; a token URL on the default server follows ``base_url``."""
    return {
        "basicAuth": Scheme(kind="basic"),
    }


@dataclass(frozen=True)
class Clock:
    """Time as the client sees it (retry delays, Retry-After dates, token expiry); tests pass a fake one."""

    now: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    jitter: Callable[[], float] = random.random


@dataclass
class _Connections:
    """The lazily built httpx clients, shared by a client and its ``with_options`` copies."""

    sync: httpx.Client | None = None
    asynchronous: httpx.AsyncClient | None = None


class BaseClient:
    """What :class:`Client` and :class:`AsyncClient` share: configuration, credentials, the pipeline and the
    httpx clients. Operation modules (``api``) take any of them as ``client=``.

    Args:
        base_url: the API root; default ``ITMEDICALVET_BASE_URL`` from the environment, else https://itmedicalvetsolutions.com.
            Without one, ``errors.ConfigurationError`` is raised.
        username: HTTP Basic user name; default ``ITMEDICALVET_USERNAME`` from the environment.
        password: HTTP Basic password; default ``ITMEDICALVET_PASSWORD`` from the environment.
        timeout: seconds, or an ``httpx.Timeout``; default 5 s to connect and 60 s for the rest.
            ``httpx.Timeout(None)`` disables it. Operations also take ``timeout=`` per call.
        max_retries: retries of connection errors, 408, 409, 429 and 5xx (default 2). POST and PATCH are
            retried only if the connection failed before sending, unless ``retry_non_idempotent``;
            an ``x-should-retry: true|false`` response header overrides both.
        retry_non_idempotent: also retry POST and PATCH after the request was sent. Every attempt of one such
            call then carries the same ``idempotency_header`` (a fresh UUID per call, unless the call sets it).
        idempotency_header: the header of those keys; default ``Idempotency-Key``.
        headers, cookies: sent with every request (``User-Agent`` defaults to ``itmedicalvet-client/1.0.0``).
        verify_ssl: ``False``, a CA bundle path or an ``ssl.SSLContext``.
        follow_redirects: follow 3xx responses. Credentials are only ever sent to ``base_url``'s origin.
        httpx_args: more keyword arguments for ``httpx.Client``/``httpx.AsyncClient``; a ``transport``
            given here is wrapped, so credentials and retries still apply.
        raise_on_unexpected_status: ``*_detailed`` functions raise ``errors.UnexpectedStatusError`` for a
            status the spec does not document.
        lenient: a response body that the spec's model refuses is returned anyway, built without validation
            (``model_construct``), instead of raising ``errors.APIResponseValidationError``. For a vendor
            that strays from its spec; the values are then not what the type hints promise.
        clock: the time source (for tests).
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        username: str | None = None,
        password: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        idempotency_header: str = IDEMPOTENCY_HEADER,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
        lenient: bool = False,
        clock: Clock | None = None,
    ) -> None:
        self.base_url = _base_url(base_url or os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL)
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.retry_policy = RetryPolicy(max_retries=max_retries, retry_non_idempotent=retry_non_idempotent)
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.lenient = lenient
        self._clock = clock or Clock()
        credentials = Credentials(
            username=username or os.environ.get("ITMEDICALVET_USERNAME"),
            password=password or os.environ.get("ITMEDICALVET_PASSWORD"),
        )
        auth = Authenticator(
            _schemes(self.base_url),
            credentials,
            hint="Pass username= (or set ITMEDICALVET_USERNAME), password= (or set ITMEDICALVET_PASSWORD) to the Client.",
            clock=self._clock.now,
        )
        self._pipeline = Pipeline(
            auth,
            CallOptions(self.retry_policy, DEFAULT_SECURITY),
            logger,
            origin=httpx.URL(self.base_url),
            sensitive=[],
            clock=self._clock.now,
            jitter=self._clock.jitter,
            idempotency_header=idempotency_header,
        )
        self.idempotency_header = idempotency_header
        self._headers = {"User-Agent": USER_AGENT, **(headers or {})}
        self._cookies = dict(cookies or {})
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self._connections = _Connections()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
    ) -> Self:
        """A copy with other defaults, sharing this client's connections and cached tokens."""
        clone = copy.copy(self)
        for name in _LAZY:  # the copy's groups call the copy
            clone.__dict__.pop(name, None)
        if timeout is not None:
            clone.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        policy = self.retry_policy
        clone.retry_policy = RetryPolicy(
            max_retries=policy.max_retries if max_retries is None else max_retries,
            retry_non_idempotent=(
                policy.retry_non_idempotent if retry_non_idempotent is None else retry_non_idempotent
            ),
        )
        return clone

    def request(
        self,
        method: str,
        url: str,
        *,
        security: Security = DEFAULT_SECURITY,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        stream: bool = False,
        idempotency_key: str | None = None,
        **kwargs: Unpack[RequestArgs],
    ) -> httpx.Response:
        """Send one request (``url`` relative to ``base_url``) with credentials, retries and logging.

        Any status is returned: raising for errors is the operations' job (``errors.status_error``).
        ``kwargs`` go to ``httpx.Client.build_request`` (``params``, ``json``, ``content``, ``files``, ``headers`` ...).
        ``stream=True`` returns before the body is read: read it with ``iter_bytes()``, then ``close()`` it.
        ``idempotency_key`` is sent in ``idempotency_header`` (else a retried POST or PATCH gets a fresh one).
        """
        call = self._call(security, timeout, max_retries)
        args = self._keyed(kwargs, idempotency_key)
        try:
            http = self.get_httpx_client()
            return http.send(http.build_request(method, url, **call, **args), stream=stream)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(_request_of(exc)) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(_request_of(exc)) from exc

    async def arequest(
        self,
        method: str,
        url: str,
        *,
        security: Security = DEFAULT_SECURITY,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        stream: bool = False,
        idempotency_key: str | None = None,
        **kwargs: Unpack[RequestArgs],
    ) -> httpx.Response:
        """The async twin of :meth:`request`."""
        call = self._call(security, timeout, max_retries)
        args = self._keyed(kwargs, idempotency_key)
        try:
            http = self.get_async_httpx_client()
            return await http.send(http.build_request(method, url, **call, **args), stream=stream)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(_request_of(exc)) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(_request_of(exc)) from exc

    def _keyed(self, args: RequestArgs, idempotency_key: str | None) -> RequestArgs:
        if idempotency_key is None:
            return args
        return {**args, "headers": {**(args.get("headers") or {}), self.idempotency_header: idempotency_key}}

    def _call(
        self, security: Security, timeout: float | httpx.Timeout | None, max_retries: int | None
    ) -> dict[str, Any]:
        policy = self.retry_policy
        if max_retries is not None and max_retries != policy.max_retries:
            policy = RetryPolicy(max_retries=max_retries, retry_non_idempotent=policy.retry_non_idempotent)
        return {
            "timeout": self.timeout if timeout is None else timeout,
            "extensions": {OPTIONS_KEY: CallOptions(policy, security)},
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (built on first use), its transport wrapped by the pipeline."""
        if self._connections.sync is None:
            args = dict(self._httpx_args)
            inner = args.pop("transport", None) or httpx.HTTPTransport(
                verify=self._verify_ssl, proxy=args.pop("proxy", None)
            )
            self._connections.sync = httpx.Client(
                base_url=self.base_url,
                headers=self._headers,
                cookies=self._cookies,
                timeout=self.timeout,
                follow_redirects=self._follow_redirects,
                transport=Transport(inner, self._pipeline.flow, self._clock.sleep),
                **args,
            )
        return self._connections.sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (built on first use), its transport wrapped by the pipeline."""
        if self._connections.asynchronous is None:
            args = dict(self._httpx_args)
            inner = args.pop("transport", None) or httpx.AsyncHTTPTransport(
                verify=self._verify_ssl, proxy=args.pop("proxy", None)
            )
            self._connections.asynchronous = httpx.AsyncClient(
                base_url=self.base_url,
                headers=self._headers,
                cookies=self._cookies,
                timeout=self.timeout,
                follow_redirects=self._follow_redirects,
                transport=AsyncTransport(inner, self._pipeline.flow, self._clock.async_sleep),
                **args,
            )
        return self._connections.asynchronous

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Refused: an httpx client built elsewhere would send requests without credentials, retries or redaction.

        Give its settings to this client instead: ``Client(httpx_args={"transport": ..., "proxy": ..., ...})``;
        a transport given there is wrapped, so credentials, retries and redaction still apply.
        """
        raise ConfigurationError(_OWN_HTTPX_CLIENT)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Refused, as :meth:`set_httpx_client` is."""
        raise ConfigurationError(_OWN_HTTPX_CLIENT)

    def close(self) -> None:
        if self._connections.sync is not None:
            self._connections.sync.close()
            self._connections.sync = None

    async def aclose(self) -> None:
        if self._connections.asynchronous is not None:
            await self._connections.asynchronous.aclose()
            self._connections.asynchronous = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
        self.close()


class Client(BaseClient):
    """Synchronous client for the IT Medical Vet API: ``client.<group>.<method>(...)``.

    ``client.with_raw_response.<group>.<method>(...)`` returns the detailed ``Response`` instead,
    ``client.streaming.<group>.<method>(...)`` a streamed body. Use it in ``with Client() as client:``.
    See :class:`BaseClient` for the arguments.
    """

    @cached_property
    def media(self) -> "MediaResource":
        from .resources.media import MediaResource

        return MediaResource(self)

    @cached_property
    def pets(self) -> "PetsResource":
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def reports(self) -> "ReportsResource":
        from .resources.reports import ReportsResource

        return ReportsResource(self)

    @cached_property
    def user(self) -> "UserResource":
        from .resources.user import UserResource

        return UserResource(self)

    @cached_property
    def with_raw_response(self) -> "RawResources":
        from .resources import RawResources

        return RawResources(self)

    @cached_property
    def streaming(self) -> "Streaming":
        from .resources import Streaming

        return Streaming(self)


class AsyncClient(BaseClient):
    """Asynchronous client for the IT Medical Vet API: ``await client.<group>.<method>(...)``.

    Paginated methods return an ``AsyncPage`` (``async for item in page`` walks every page). Use it in
    ``async with AsyncClient() as client:``. See :class:`BaseClient` for the arguments.
    """

    @cached_property
    def media(self) -> "AsyncMediaResource":
        from .resources.media import AsyncMediaResource

        return AsyncMediaResource(self)

    @cached_property
    def pets(self) -> "AsyncPetsResource":
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def reports(self) -> "AsyncReportsResource":
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self)

    @cached_property
    def user(self) -> "AsyncUserResource":
        from .resources.user import AsyncUserResource

        return AsyncUserResource(self)

    @cached_property
    def with_raw_response(self) -> "AsyncRawResources":
        from .resources import AsyncRawResources

        return AsyncRawResources(self)

    @cached_property
    def streaming(self) -> "AsyncStreaming":
        from .resources import AsyncStreaming

        return AsyncStreaming(self)


# Cached per client: dropped from a with_options copy, which must not call the original.
_LAZY = ("media", "pets", "reports", "user", "with_raw_response", "streaming")

_OWN_HTTPX_CLIENT = (
    "An httpx client built elsewhere would bypass credentials, retries and redaction; pass its settings as "
    "Client(httpx_args={'transport': ..., 'proxy': ..., 'event_hooks': ...}) instead (a transport is wrapped)."
)

# One client class serves public and secured operations alike; the old name stays for compatibility.
AuthenticatedClient = Client


def _base_url(url: str | None) -> str:
    """``url`` when it is an absolute http(s) URL; otherwise say how to configure one."""
    if url and httpx.URL(url).scheme in ("http", "https") and httpx.URL(url).host:
        return url
    given = f" ({url!r} is not an absolute http(s) URL)" if url else ""
    raise ConfigurationError(
        f"No base URL for the IT Medical Vet API{given}: pass base_url= to Client() or set {BASE_URL_VARIABLE}"
    )


def _request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # raised before httpx attached a request
        return None


__all__ = [
    "BASE_URL_VARIABLE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "IDEMPOTENCY_HEADER",
    "AsyncClient",
    "AuthenticatedClient",
    "BaseClient",
    "Client",
    "Clock",
    "RequestArgs",
]
