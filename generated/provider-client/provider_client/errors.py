"""Exceptions raised by the client.

    APIError                      base of everything this package raises
    ├── APIConnectionError        no response: DNS, refused connection, reset, TLS ...
    │   └── APITimeoutError       the connect, read, write or pool timeout expired
    ├── APIStatusError            the API answered 1xx/3xx/4xx/5xx, documented or not (``sync``/``asyncio`` only;
    │                             ``*_detailed`` return it), or a 2xx the spec does not document
    │   ├── BadRequestError                400
    │   ├── AuthenticationError            401
    │   ├── PermissionDeniedError          403
    │   ├── NotFoundError                  404
    │   ├── ConflictError                  409
    │   ├── UnprocessableEntityError       422
    │   ├── RateLimitError                 429
    │   ├── InternalServerError            5xx (520 and other unofficial codes included)
    │   └── UnexpectedStatusError          a success status the spec does not document, or any undocumented
    │                                      status from ``*_detailed`` when ``raise_on_unexpected_status``
    ├── APIResponseValidationError  a success body that is not what the spec promises (empty, not JSON,
    │                                a required field missing ...): ``status_code``, ``body``, ``pointer``
    ├── MissingCredentialsError   an operation needs credentials the client was not given
    └── ConfigurationError        the client cannot be set up as asked (e.g. no base URL)

Messages name the method, path and status only: never a header, query string or body, which may hold secrets.
"""

from collections.abc import Callable

import httpx


class APIError(Exception):
    """Base class of every error this client raises."""


class APIConnectionError(APIError):
    """The request got no response."""

    def __init__(self, request: httpx.Request | None, reason: str = "Connection error") -> None:
        self.request = request
        where = f": {request.method} {request.url.path}" if request is not None else ""
        super().__init__(f"{reason}{where}")


class APITimeoutError(APIConnectionError):
    """A timeout (connect, read, write or pool) expired."""

    def __init__(self, request: httpx.Request | None) -> None:
        super().__init__(request, "Request timed out")


class MissingCredentialsError(APIError):
    """The operation requires credentials that were neither passed to the client nor found in the environment."""


class ConfigurationError(APIError):
    """The client cannot work as configured; the message says which argument or environment variable to set."""


class APIResponseValidationError(APIError):
    """A success response whose body is not what the spec documents.

    Attributes:
        status_code: the HTTP status.
        body: the raw body (bytes).
        pointer: JSON pointer to where parsing failed ("" for the whole document, e.g. not JSON at all).
        reason: what was wrong there, e.g. "missing required field".
        response: the raw ``httpx.Response``.
    """

    def __init__(self, response: httpx.Response, pointer: str, reason: str) -> None:
        self.response = response
        self.status_code = response.status_code
        try:
            self.body = response.content
        except httpx.ResponseNotRead:  # a stream: ``pointer`` and ``reason`` name the item that failed
            self.body = b""
        self.pointer = pointer
        self.reason = reason
        request = response.request
        where = f"at {pointer}" if pointer else "as a whole"
        super().__init__(
            f"{response.status_code} {response.reason_phrase}: {request.method} {request.url.path}: "
            f"invalid response body {where}: {reason}"
        )


class APIStatusError(APIError):
    """The API answered with an error status.

    Attributes:
        status_code: the HTTP status.
        headers: the response headers.
        body: the error body: the spec's error model when one is documented for this status and parses,
            else the decoded JSON, else the text.
        request_id: the ``x-request-id`` / ``request-id`` response header, if any.
        response: the raw ``httpx.Response``.
    """

    def __init__(self, response: httpx.Response, body: object) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.request_id = response.headers.get("x-request-id") or response.headers.get("request-id")
        request = response.request
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        super().__init__(
            f"{response.status_code} {response.reason_phrase}: {request.method} {request.url.path}{suffix}"
        )


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: missing, wrong or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests (raised once the retries are used up)."""


class InternalServerError(APIStatusError):
    """Any 5xx status (raised once the retries are used up)."""


class UnexpectedStatusError(APIStatusError):
    """A status the spec does not document: a success status ``sync``/``asyncio`` cannot parse, or any
    undocumented status when ``Client(raise_on_unexpected_status=True)``. ``content`` is the raw body."""

    def __init__(self, response: httpx.Response, body: object = None) -> None:
        super().__init__(response, raw_body(response) if body is None else body)
        self.content = response.content


# The name of openapi-python-client's clients, kept for code written against it.
UnexpectedStatus = UnexpectedStatusError


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, parse: Callable[[], object] | None = None) -> APIStatusError:
    """The exception for an error ``response``; ``parse`` is the endpoint's typed parser for its documented errors."""
    body = _typed_body(parse) if parse is not None else None
    if body is None:
        body = raw_body(response)
    kind = InternalServerError if response.status_code >= 500 else _BY_STATUS.get(response.status_code, APIStatusError)
    return kind(response, body)


def raw_body(response: httpx.Response) -> object:
    """The decoded JSON body, else the text, else None."""
    try:
        return response.json()
    except ValueError:
        return response.text or None


def _typed_body(parse: Callable[[], object]) -> object:
    try:
        return parse()
    except Exception:  # an error body that does not match its documented schema is still an error body
        return None


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "raw_body",
    "status_error",
]
