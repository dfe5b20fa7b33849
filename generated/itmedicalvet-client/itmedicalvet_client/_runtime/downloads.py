"""Binary responses: read whole into a :class:`File`, or streamed in chunks by ``stream``/``astream``.

A streamed download holds one chunk in memory at a time, so a file of any size can go straight to disk.
The file name comes from ``Content-Disposition`` (``filename*`` preferred, RFC 6266), reduced to its last
path component so that a hostile server cannot name a path outside the caller's directory.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from email.message import Message
from email.utils import collapse_rfc2231_value
from io import BytesIO

import httpx

from ..errors import APIConnectionError, APITimeoutError, status_error
from ..types import File
from .responses import retries_taken


def file_name(headers: Mapping[str, str]) -> str | None:
    """The file name ``Content-Disposition`` gives, without any directory part; None when it gives none."""
    disposition = headers.get("content-disposition")
    if not disposition:
        return None
    message = Message()
    message["content-disposition"] = disposition
    params = message.get_params(header="content-disposition", failobj=[])
    names = [value for key, value in params if key == "filename"]
    names.sort(key=lambda value: not isinstance(value, tuple))  # the RFC 2231 ``filename*`` first
    if not names:
        return None
    name = collapse_rfc2231_value(names[0]).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(char for char in name if char.isprintable()).strip()
    return name if name not in ("", ".", "..") else None


def mime_type(headers: Mapping[str, str]) -> str | None:
    """The media type of ``Content-Type``, without its parameters."""
    media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return media or None


def downloaded_file(response: httpx.Response) -> File:
    """A read binary response as a :class:`File`, named as the server named it."""
    return File(
        payload=BytesIO(response.content), file_name=file_name(response.headers), mime_type=mime_type(response.headers)
    )


class _Streamed:
    """What a streamed download says about itself before its body is read."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response
        self.file_name = file_name(response.headers)
        self.mime_type = mime_type(response.headers)
        self.retries_taken = retries_taken(response)

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content_length(self) -> int | None:
        """The announced size in bytes, if the server announced one."""
        length = self.http_response.headers.get("content-length", "")
        return int(length) if length.isdigit() else None


class Download(_Streamed):
    """A binary response being received: read it once, with :meth:`iter_bytes`, :meth:`write_to_file` or :meth:`read`."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, decoded (gzip ...): each chunk as it arrives, or in chunks of ``chunk_size`` bytes."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(self.http_response.request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(self.http_response.request) from exc

    def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Write the body to ``path`` chunk by chunk; the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes():
                written += file.write(chunk)
        return written

    def read(self) -> File:
        """The whole body in memory, as ``sync`` would return it."""
        return File(payload=BytesIO(b"".join(self.iter_bytes())), file_name=self.file_name, mime_type=self.mime_type)


class AsyncDownload(_Streamed):
    """The async twin of :class:`Download`."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TimeoutException as exc:
            raise APITimeoutError(self.http_response.request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(self.http_response.request) from exc

    async def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Write the body to ``path`` chunk by chunk (the writes themselves are small and blocking)."""
        written = 0
        with open(path, "wb") as file:
            async for chunk in self.iter_bytes():
                written += file.write(chunk)
        return written

    async def read(self) -> File:
        chunks = [chunk async for chunk in self.iter_bytes()]
        return File(payload=BytesIO(b"".join(chunks)), file_name=self.file_name, mime_type=self.mime_type)


@contextmanager
def downloading(response: httpx.Response, parse_error: Callable[[], object]) -> Iterator[Download]:
    """``response`` (sent with ``stream=True``) as a :class:`Download`, closed on exit.

    An error status is read (error bodies are small) and raised as its ``APIStatusError``, typed by
    ``parse_error``, the operation's parser of its documented error bodies.
    """
    try:
        if not response.is_success:
            response.read()
            raise status_error(response, parse_error)
        yield Download(response)
    finally:
        response.close()


@asynccontextmanager
async def adownloading(response: httpx.Response, parse_error: Callable[[], object]) -> AsyncIterator[AsyncDownload]:
    """The async twin of :func:`downloading`."""
    try:
        if not response.is_success:
            await response.aread()
            raise status_error(response, parse_error)
        yield AsyncDownload(response)
    finally:
        await response.aclose()
