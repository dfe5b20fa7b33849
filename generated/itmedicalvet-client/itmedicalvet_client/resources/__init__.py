"""The resource surface: ``client.<group>.<method>(...)``, one module per group (imported when first used).

``client.with_raw_response.<group>.<method>(...)`` returns the detailed ``Response`` of the same call;
``client.streaming.<group>.<method>(...)`` the streamed body of operations that have one.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import BaseClient

if TYPE_CHECKING:
    from .media import AsyncMediaRawResource, MediaRawResource
    from .pets import AsyncPetsRawResource, PetsRawResource
    from .reports import AsyncReportsRawResource, ReportsRawResource
    from .user import AsyncUserRawResource, UserRawResource


class RawResources:
    """``client.with_raw_response``: every group, its methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def media(self) -> "MediaRawResource":
        from .media import MediaRawResource

        return MediaRawResource(self._client)

    @cached_property
    def pets(self) -> "PetsRawResource":
        from .pets import PetsRawResource

        return PetsRawResource(self._client)

    @cached_property
    def reports(self) -> "ReportsRawResource":
        from .reports import ReportsRawResource

        return ReportsRawResource(self._client)

    @cached_property
    def user(self) -> "UserRawResource":
        from .user import UserRawResource

        return UserRawResource(self._client)


class AsyncRawResources:
    """``async_client.with_raw_response``: awaitable methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def media(self) -> "AsyncMediaRawResource":
        from .media import AsyncMediaRawResource

        return AsyncMediaRawResource(self._client)

    @cached_property
    def pets(self) -> "AsyncPetsRawResource":
        from .pets import AsyncPetsRawResource

        return AsyncPetsRawResource(self._client)

    @cached_property
    def reports(self) -> "AsyncReportsRawResource":
        from .reports import AsyncReportsRawResource

        return AsyncReportsRawResource(self._client)

    @cached_property
    def user(self) -> "AsyncUserRawResource":
        from .user import AsyncUserRawResource

        return AsyncUserRawResource(self._client)


class Streaming:
    """``client.streaming``: the groups with streamed bodies, each method a context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AsyncStreaming:
    """``async_client.streaming``: each method an async context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client


__all__ = ["AsyncRawResources", "AsyncStreaming", "RawResources", "Streaming"]
