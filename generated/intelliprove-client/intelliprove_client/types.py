"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from io import BytesIO
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define
from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        """A binary field of a pydantic model holds a File; bytes, text and binary streams are accepted too."""
        return core_schema.no_info_plain_validator_function(cls._coerce)

    @classmethod
    def _coerce(cls, value: Any) -> "File":
        if isinstance(value, File):
            return value
        if isinstance(value, str):
            value = value.encode()
        if isinstance(value, bytes | bytearray):
            return cls(payload=BytesIO(bytes(value)))
        if hasattr(value, "read"):
            name = getattr(value, "name", None)
            return cls(payload=value, file_name=name if isinstance(name, str) else None)
        raise ValueError("a file: File, bytes or a binary stream")


def status_of(code: int) -> int:
    """``HTTPStatus(code)`` when the code is a registered one, else ``code`` itself (a proxy's 520, a 299)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int  # an HTTPStatus when the code is a registered one; any other (520, 299 ...) as an int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "status_of"]
