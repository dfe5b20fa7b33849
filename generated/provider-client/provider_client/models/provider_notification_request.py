from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_notification_request_info import ProviderNotificationRequestInfo


T = TypeVar("T", bound="ProviderNotificationRequest")


@_attrs_define
class ProviderNotificationRequest:
    """The writable fields of a ProviderNotification (create and full update).

    Attributes:
        key (str): Notification unique key for the provider.
        when (datetime.datetime): When the notification should be sent to provider.
        info (None | ProviderNotificationRequestInfo | Unset):
    """

    key: str
    when: datetime.datetime
    info: None | ProviderNotificationRequestInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_notification_request_info import ProviderNotificationRequestInfo  # noqa: PLC0415

        key = self.key

        when = self.when.isoformat()

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, ProviderNotificationRequestInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "when": when,
            }
        )
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_notification_request_info import ProviderNotificationRequestInfo  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        when = datetime.datetime.fromisoformat(d.pop("when"))

        def _parse_info(data: object) -> None | ProviderNotificationRequestInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                info_type_0 = ProviderNotificationRequestInfo.from_dict(data)

                return info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderNotificationRequestInfo | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

        provider_notification_request = cls(
            key=key,
            when=when,
            info=info,
        )

        provider_notification_request.additional_properties = d
        return provider_notification_request

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
