from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WooCommerceDateTime")


@_attrs_define
class WooCommerceDateTime:
    """A PHP DateTime as serialized by WooCommerce.

    Attributes:
        date (str | Unset): Date and time, e.g. `2025-01-17 22:57:26.000000` (not RFC 3339).
        timezone_type (int | Unset):
        timezone (str | Unset): e.g. `+00:00`.
    """

    date: str | Unset = UNSET
    timezone_type: int | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        timezone_type = self.timezone_type

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if timezone_type is not UNSET:
            field_dict["timezone_type"] = timezone_type
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        timezone_type = d.pop("timezone_type", UNSET)

        timezone = d.pop("timezone", UNSET)

        woo_commerce_date_time = cls(
            date=date,
            timezone_type=timezone_type,
            timezone=timezone,
        )

        woo_commerce_date_time.additional_properties = d
        return woo_commerce_date_time

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
