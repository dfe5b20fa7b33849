"""The types of the model fields pydantic would otherwise rewrite: values validated, then kept as sent.

pydantic normalises some formats as it parses them: ``AnyUrl`` adds a trailing slash to ``http://example.com``,
``EmailStr`` rewrites a domain, ``Base64Str`` decodes the payload (and refuses bytes that are not UTF-8),
``AwareDatetime`` writes ``2025-01-16T19:39:35.000000Z`` back as ``2025-01-16T19:39:35Z``, and ``SecretStr``
writes ``**********`` into a request body. A vendor's own example would not round-trip through its model, and a
password would not reach the server. The models type such fields with these aliases instead:

- ``Uri``, ``Email``, ``Base64``: a ``str``, checked with pydantic's own validator, kept as the string that came
  (a ``Uri`` may also be a relative reference such as Twilio's ``/2010-04-01/Accounts.json?Page=1``: vendors
  document ``format: uri`` on them, and a client that refused its vendor's own answers would be no use);
- ``DateTime``: a ``datetime`` (timezone required) that remembers the text it was read from and is written back
  as that text;
- ``Secret``: a ``SecretStr`` (masked in ``repr`` and logs) whose value is sent as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    AnyUrl,
    AwareDatetime,
    Base64Bytes,
    PlainSerializer,
    SecretStr,
    TypeAdapter,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)


def _kept(target: Callable[[], Any]) -> Callable[[str], str]:
    @cache
    def adapter() -> TypeAdapter[Any]:  # built on first use: importing the models stays cheap
        return TypeAdapter(target())

    def check(value: str) -> str:
        adapter().validate_python(value)
        return value

    return check


@cache
def _email() -> Any:
    """``Email``, built when a models module imports it: pydantic's email check needs email-validator, a
    dependency only of clients whose spec has emails, and a missing one should fail that import, not a call."""
    from pydantic import EmailStr

    adapter: TypeAdapter[Any] = TypeAdapter(EmailStr)  # raises ImportError without email-validator

    def check(value: str) -> str:
        adapter.validate_python(value)
        return value

    return Annotated[str, AfterValidator(check)]


class _SentDatetime(datetime):
    """A datetime read from text, carrying that text."""

    text: str


def _read_datetime(value: Any, handler: ValidatorFunctionWrapHandler) -> datetime:
    parsed: datetime = handler(value)
    if not isinstance(value, str):
        return parsed
    sent = _SentDatetime(
        parsed.year,
        parsed.month,
        parsed.day,
        parsed.hour,
        parsed.minute,
        parsed.second,
        parsed.microsecond,
        parsed.tzinfo,
        fold=parsed.fold,
    )
    sent.text = value
    return sent


@cache
def _datetimes() -> TypeAdapter[datetime]:
    return TypeAdapter(datetime)


def _write_datetime(value: datetime) -> Any:
    text = getattr(value, "text", None)  # arithmetic on a sent datetime gives one without its text
    return text if isinstance(text, str) else _datetimes().dump_python(value, mode="json")


def _reveal(value: SecretStr) -> str:
    return value.get_secret_value()


def _uri(check: Callable[[str], str]) -> Callable[[str], str]:
    def uri_or_reference(value: str) -> str:
        parts = urlsplit(value)
        if not parts.scheme and not any(char.isspace() for char in value):
            return value  # a relative reference ("" included): nothing pydantic's URL type can check
        return check(value)

    return uri_or_reference


Uri = Annotated[str, AfterValidator(_uri(_kept(lambda: AnyUrl)))]
if TYPE_CHECKING:
    Email = Annotated[str, AfterValidator(_kept(lambda: str))]
else:

    def __getattr__(name: str) -> Any:
        if name == "Email":
            return _email()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


Base64 = Annotated[str, AfterValidator(_kept(lambda: Base64Bytes))]
DateTime = Annotated[AwareDatetime, WrapValidator(_read_datetime), PlainSerializer(_write_datetime, when_used="json")]
Secret = Annotated[SecretStr, PlainSerializer(_reveal, when_used="json")]

__all__ = ["Base64", "DateTime", "Email", "Secret", "Uri"]
