from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyStats")


@_attrs_define
class EmergencyStats:
    """Trial and emergency-fund status of a user.

    Attributes:
        user_type (str | Unset): "users" or "protect_users".
        trial_period_count (int | Unset):
        trial_period_start_date (str | Unset):
        trial_period_end_date (str | Unset):
        remaining_trial_period_days (int | Unset):
        last_emergency_activation_date (None | str | Unset):
        next_emergency_activation_date (None | str | Unset):
        emergency_fund (int | Unset):
        can_activate_emergency (bool | Unset):
    """

    user_type: str | Unset = UNSET
    trial_period_count: int | Unset = UNSET
    trial_period_start_date: str | Unset = UNSET
    trial_period_end_date: str | Unset = UNSET
    remaining_trial_period_days: int | Unset = UNSET
    last_emergency_activation_date: None | str | Unset = UNSET
    next_emergency_activation_date: None | str | Unset = UNSET
    emergency_fund: int | Unset = UNSET
    can_activate_emergency: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_type = self.user_type

        trial_period_count = self.trial_period_count

        trial_period_start_date = self.trial_period_start_date

        trial_period_end_date = self.trial_period_end_date

        remaining_trial_period_days = self.remaining_trial_period_days

        last_emergency_activation_date: None | str | Unset
        if isinstance(self.last_emergency_activation_date, Unset):
            last_emergency_activation_date = UNSET
        else:
            last_emergency_activation_date = self.last_emergency_activation_date

        next_emergency_activation_date: None | str | Unset
        if isinstance(self.next_emergency_activation_date, Unset):
            next_emergency_activation_date = UNSET
        else:
            next_emergency_activation_date = self.next_emergency_activation_date

        emergency_fund = self.emergency_fund

        can_activate_emergency = self.can_activate_emergency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if trial_period_count is not UNSET:
            field_dict["trial_period_count"] = trial_period_count
        if trial_period_start_date is not UNSET:
            field_dict["trial_period_start_date"] = trial_period_start_date
        if trial_period_end_date is not UNSET:
            field_dict["trial_period_end_date"] = trial_period_end_date
        if remaining_trial_period_days is not UNSET:
            field_dict["remaining_trial_period_days"] = remaining_trial_period_days
        if last_emergency_activation_date is not UNSET:
            field_dict["last_emergency_activation_date"] = last_emergency_activation_date
        if next_emergency_activation_date is not UNSET:
            field_dict["next_emergency_activation_date"] = next_emergency_activation_date
        if emergency_fund is not UNSET:
            field_dict["emergency_fund"] = emergency_fund
        if can_activate_emergency is not UNSET:
            field_dict["can_activate_Emergency"] = can_activate_emergency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_type = d.pop("user_type", UNSET)

        trial_period_count = d.pop("trial_period_count", UNSET)

        trial_period_start_date = d.pop("trial_period_start_date", UNSET)

        trial_period_end_date = d.pop("trial_period_end_date", UNSET)

        remaining_trial_period_days = d.pop("remaining_trial_period_days", UNSET)

        def _parse_last_emergency_activation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_emergency_activation_date = _parse_last_emergency_activation_date(
            d.pop("last_emergency_activation_date", UNSET)
        )

        def _parse_next_emergency_activation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_emergency_activation_date = _parse_next_emergency_activation_date(
            d.pop("next_emergency_activation_date", UNSET)
        )

        emergency_fund = d.pop("emergency_fund", UNSET)

        can_activate_emergency = d.pop("can_activate_Emergency", UNSET)

        emergency_stats = cls(
            user_type=user_type,
            trial_period_count=trial_period_count,
            trial_period_start_date=trial_period_start_date,
            trial_period_end_date=trial_period_end_date,
            remaining_trial_period_days=remaining_trial_period_days,
            last_emergency_activation_date=last_emergency_activation_date,
            next_emergency_activation_date=next_emergency_activation_date,
            emergency_fund=emergency_fund,
            can_activate_emergency=can_activate_emergency,
        )

        emergency_stats.additional_properties = d
        return emergency_stats

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
