"""The resource surface: ``client.<group>.<method>(...)``, one module per group (imported when first used).

``client.with_raw_response.<group>.<method>(...)`` returns the detailed ``Response`` of the same call;
``client.streaming.<group>.<method>(...)`` the streamed body of operations that have one.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import BaseClient

if TYPE_CHECKING:
    from .account import AccountRawResource, AsyncAccountRawResource
    from .auth import AsyncAuthRawResource, AuthRawResource
    from .patient_data import AsyncPatientDataRawResource, PatientDataRawResource
    from .regulatory import (
        AsyncRegulatoryRawResource,
        AsyncRegulatoryStreaming,
        RegulatoryRawResource,
        RegulatoryStreaming,
    )


class RawResources:
    """``client.with_raw_response``: every group, its methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def account(self) -> "AccountRawResource":
        from .account import AccountRawResource

        return AccountRawResource(self._client)

    @cached_property
    def auth(self) -> "AuthRawResource":
        from .auth import AuthRawResource

        return AuthRawResource(self._client)

    @cached_property
    def patient_data(self) -> "PatientDataRawResource":
        from .patient_data import PatientDataRawResource

        return PatientDataRawResource(self._client)

    @cached_property
    def regulatory(self) -> "RegulatoryRawResource":
        from .regulatory import RegulatoryRawResource

        return RegulatoryRawResource(self._client)


class AsyncRawResources:
    """``async_client.with_raw_response``: awaitable methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def account(self) -> "AsyncAccountRawResource":
        from .account import AsyncAccountRawResource

        return AsyncAccountRawResource(self._client)

    @cached_property
    def auth(self) -> "AsyncAuthRawResource":
        from .auth import AsyncAuthRawResource

        return AsyncAuthRawResource(self._client)

    @cached_property
    def patient_data(self) -> "AsyncPatientDataRawResource":
        from .patient_data import AsyncPatientDataRawResource

        return AsyncPatientDataRawResource(self._client)

    @cached_property
    def regulatory(self) -> "AsyncRegulatoryRawResource":
        from .regulatory import AsyncRegulatoryRawResource

        return AsyncRegulatoryRawResource(self._client)


class Streaming:
    """``client.streaming``: the groups with streamed bodies, each method a context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def regulatory(self) -> "RegulatoryStreaming":
        from .regulatory import RegulatoryStreaming

        return RegulatoryStreaming(self._client)


class AsyncStreaming:
    """``async_client.streaming``: each method an async context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def regulatory(self) -> "AsyncRegulatoryStreaming":
        from .regulatory import AsyncRegulatoryStreaming

        return AsyncRegulatoryStreaming(self._client)


__all__ = ["AsyncRawResources", "AsyncStreaming", "RawResources", "Streaming"]
