from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_provider_notification_request_info import PatchedProviderNotificationRequestInfo


T = TypeVar("T", bound="PatchedProviderNotificationRequest")


@_attrs_define
class PatchedProviderNotificationRequest:
    """The writable fields of a ProviderNotification for a partial update; send only the fields to change.

    Attributes:
        info (None | PatchedProviderNotificationRequestInfo | Unset):
        key (str | Unset): Notification unique key for the provider.
        when (datetime.datetime | Unset): When the notification should be sent to provider.
    """

    info: None | PatchedProviderNotificationRequestInfo | Unset = UNSET
    key: str | Unset = UNSET
    when: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_provider_notification_request_info import PatchedProviderNotificationRequestInfo  # noqa: PLC0415

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, PatchedProviderNotificationRequestInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        key = self.key

        when: str | Unset = UNSET
        if not isinstance(self.when, Unset):
            when = self.when.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info is not UNSET:
            field_dict["info"] = info
        if key is not UNSET:
            field_dict["key"] = key
        if when is not UNSET:
            field_dict["when"] = when

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_provider_notification_request_info import PatchedProviderNotificationRequestInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_info(data: object) -> None | PatchedProviderNotificationRequestInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                info_type_0 = PatchedProviderNotificationRequestInfo.from_dict(data)

                return info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchedProviderNotificationRequestInfo | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

        key = d.pop("key", UNSET)

        _when = d.pop("when", UNSET)
        when: datetime.datetime | Unset
        if isinstance(_when, Unset):
            when = UNSET
        else:
            when = datetime.datetime.fromisoformat(_when)

        patched_provider_notification_request = cls(
            info=info,
            key=key,
            when=when,
        )

        patched_provider_notification_request.additional_properties = d
        return patched_provider_notification_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
