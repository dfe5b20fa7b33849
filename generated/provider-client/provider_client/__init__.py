"""A client library for accessing Provider API"""

from .client import AsyncClient, AuthenticatedClient, BaseClient, Client, Clock
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedStatus,
    UnexpectedStatusError,
    UnprocessableEntityError,
)

__version__ = "1.0.0"

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BaseClient",
    "Client",
    "Clock",
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
    "__version__",
)
