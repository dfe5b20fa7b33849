"""The credentials the mock accepts. Deterministic defaults, so clients and tests need no set-up."""

from __future__ import annotations

from dataclasses import dataclass, fields

_SECRET_FIELDS = frozenset({"api_key", "bearer_token", "basic_password", "client_secret"})


@dataclass(frozen=True)
class MockCredentials:
    """Values the mock checks for each kind of security scheme (any spec, any scheme name).

    - ``apiKey`` schemes (header, query or cookie): ``api_key``;
    - ``http`` ``bearer`` (and oauth2 / openIdConnect): ``bearer_token``, or a token the mock issued;
    - ``http`` ``basic``: ``basic_user`` / ``basic_password``;
    - oauth2 ``clientCredentials`` token endpoint: ``client_id`` / ``client_secret``.

    ``repr`` never shows the secrets.
    """

    api_key: str = "mock-api-key"
    bearer_token: str = "mock-bearer-token"
    basic_user: str = "mock-user"
    basic_password: str = "mock-password"
    client_id: str = "mock-client-id"
    client_secret: str = "mock-client-secret"

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={'***' if f.name in _SECRET_FIELDS else repr(getattr(self, f.name))}" for f in fields(self)
        )
        return f"MockCredentials({shown})"
