"""The resource surface: ``client.<group>.<method>(...)``, one module per group (imported when first used).

``client.with_raw_response.<group>.<method>(...)`` returns the detailed ``Response`` of the same call;
``client.streaming.<group>.<method>(...)`` the streamed body of operations that have one.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import BaseClient

if TYPE_CHECKING:
    from .license_details import (
        AsyncLicenseDetailsRawResource,
        AsyncLicenseDetailsStreaming,
        LicenseDetailsRawResource,
        LicenseDetailsStreaming,
    )
    from .licenses import AsyncLicensesRawResource, LicensesRawResource
    from .product_assignments import AsyncProductAssignmentsRawResource, ProductAssignmentsRawResource


class RawResources:
    """``client.with_raw_response``: every group, its methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def license_details(self) -> "LicenseDetailsRawResource":
        from .license_details import LicenseDetailsRawResource

        return LicenseDetailsRawResource(self._client)

    @cached_property
    def licenses(self) -> "LicensesRawResource":
        from .licenses import LicensesRawResource

        return LicensesRawResource(self._client)

    @cached_property
    def product_assignments(self) -> "ProductAssignmentsRawResource":
        from .product_assignments import ProductAssignmentsRawResource

        return ProductAssignmentsRawResource(self._client)


class AsyncRawResources:
    """``async_client.with_raw_response``: awaitable methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def license_details(self) -> "AsyncLicenseDetailsRawResource":
        from .license_details import AsyncLicenseDetailsRawResource

        return AsyncLicenseDetailsRawResource(self._client)

    @cached_property
    def licenses(self) -> "AsyncLicensesRawResource":
        from .licenses import AsyncLicensesRawResource

        return AsyncLicensesRawResource(self._client)

    @cached_property
    def product_assignments(self) -> "AsyncProductAssignmentsRawResource":
        from .product_assignments import AsyncProductAssignmentsRawResource

        return AsyncProductAssignmentsRawResource(self._client)


class Streaming:
    """``client.streaming``: the groups with streamed bodies, each method a context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def license_details(self) -> "LicenseDetailsStreaming":
        from .license_details import LicenseDetailsStreaming

        return LicenseDetailsStreaming(self._client)


class AsyncStreaming:
    """``async_client.streaming``: each method an async context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def license_details(self) -> "AsyncLicenseDetailsStreaming":
        from .license_details import AsyncLicenseDetailsStreaming

        return AsyncLicenseDetailsStreaming(self._client)


__all__ = ["AsyncRawResources", "AsyncStreaming", "RawResources", "Streaming"]
