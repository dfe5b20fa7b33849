from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_notification_info import ProviderNotificationInfo


T = TypeVar("T", bound="ProviderNotification")


@_attrs_define
class ProviderNotification:
    """A notification scheduled for a provider (read shape).

    Attributes:
        key (str): Notification unique key for the provider.
        when (datetime.datetime): When the notification should be sent to provider.
        id (int | Unset):
        info (None | ProviderNotificationInfo | Unset):
        provider (int | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    key: str
    when: datetime.datetime
    id: int | Unset = UNSET
    info: None | ProviderNotificationInfo | Unset = UNSET
    provider: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_notification_info import ProviderNotificationInfo  # noqa: PLC0415

        key = self.key

        when = self.when.isoformat()

        id = self.id

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, ProviderNotificationInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        provider = self.provider

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "when": when,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if info is not UNSET:
            field_dict["info"] = info
        if provider is not UNSET:
            field_dict["provider"] = provider
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_notification_info import ProviderNotificationInfo  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        when = datetime.datetime.fromisoformat(d.pop("when"))

        id = d.pop("id", UNSET)

        def _parse_info(data: object) -> None | ProviderNotificationInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                info_type_0 = ProviderNotificationInfo.from_dict(data)

                return info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderNotificationInfo | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

        provider = d.pop("provider", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        provider_notification = cls(
            key=key,
            when=when,
            id=id,
            info=info,
            provider=provider,
            created_at=created_at,
            updated_at=updated_at,
        )

        provider_notification.additional_properties = d
        return provider_notification

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
