"""The resource surface: ``client.<group>.<method>(...)``, one module per group (imported when first used).

``client.with_raw_response.<group>.<method>(...)`` returns the detailed ``Response`` of the same call;
``client.streaming.<group>.<method>(...)`` the streamed body of operations that have one.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import BaseClient

if TYPE_CHECKING:
    from .enrolment_samples import AsyncEnrolmentSamplesRawResource, EnrolmentSamplesRawResource
    from .provider_enrolments import AsyncProviderEnrolmentsRawResource, ProviderEnrolmentsRawResource
    from .provider_notifications import AsyncProviderNotificationsRawResource, ProviderNotificationsRawResource
    from .provider_requests import AsyncProviderRequestsRawResource, ProviderRequestsRawResource
    from .providers import AsyncProvidersRawResource, ProvidersRawResource
    from .sample_validations import AsyncSampleValidationsRawResource, SampleValidationsRawResource


class RawResources:
    """``client.with_raw_response``: every group, its methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def enrolment_samples(self) -> "EnrolmentSamplesRawResource":
        from .enrolment_samples import EnrolmentSamplesRawResource

        return EnrolmentSamplesRawResource(self._client)

    @cached_property
    def provider_enrolments(self) -> "ProviderEnrolmentsRawResource":
        from .provider_enrolments import ProviderEnrolmentsRawResource

        return ProviderEnrolmentsRawResource(self._client)

    @cached_property
    def provider_notifications(self) -> "ProviderNotificationsRawResource":
        from .provider_notifications import ProviderNotificationsRawResource

        return ProviderNotificationsRawResource(self._client)

    @cached_property
    def provider_requests(self) -> "ProviderRequestsRawResource":
        from .provider_requests import ProviderRequestsRawResource

        return ProviderRequestsRawResource(self._client)

    @cached_property
    def providers(self) -> "ProvidersRawResource":
        from .providers import ProvidersRawResource

        return ProvidersRawResource(self._client)

    @cached_property
    def sample_validations(self) -> "SampleValidationsRawResource":
        from .sample_validations import SampleValidationsRawResource

        return SampleValidationsRawResource(self._client)


class AsyncRawResources:
    """``async_client.with_raw_response``: awaitable methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def enrolment_samples(self) -> "AsyncEnrolmentSamplesRawResource":
        from .enrolment_samples import AsyncEnrolmentSamplesRawResource

        return AsyncEnrolmentSamplesRawResource(self._client)

    @cached_property
    def provider_enrolments(self) -> "AsyncProviderEnrolmentsRawResource":
        from .provider_enrolments import AsyncProviderEnrolmentsRawResource

        return AsyncProviderEnrolmentsRawResource(self._client)

    @cached_property
    def provider_notifications(self) -> "AsyncProviderNotificationsRawResource":
        from .provider_notifications import AsyncProviderNotificationsRawResource

        return AsyncProviderNotificationsRawResource(self._client)

    @cached_property
    def provider_requests(self) -> "AsyncProviderRequestsRawResource":
        from .provider_requests import AsyncProviderRequestsRawResource

        return AsyncProviderRequestsRawResource(self._client)

    @cached_property
    def providers(self) -> "AsyncProvidersRawResource":
        from .providers import AsyncProvidersRawResource

        return AsyncProvidersRawResource(self._client)

    @cached_property
    def sample_validations(self) -> "AsyncSampleValidationsRawResource":
        from .sample_validations import AsyncSampleValidationsRawResource

        return AsyncSampleValidationsRawResource(self._client)


class Streaming:
    """``client.streaming``: the groups with streamed bodies, each method a context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AsyncStreaming:
    """``async_client.streaming``: each method an async context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client


__all__ = ["AsyncRawResources", "AsyncStreaming", "RawResources", "Streaming"]
