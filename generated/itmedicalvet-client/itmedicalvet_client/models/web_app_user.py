from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAppUser")


@_attrs_define
class WebAppUser:
    """One row of the web user list.

    Attributes:
        email (str):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        phone_no (None | str | Unset): Phone number; "" or null when unknown.
        your_registration_date (str | Unset): Registration time, "YYYY-MM-DD HH:MM:SS".
        emergency_fund (int | Unset): Emergency fund amount (0 for regular users).
        next_emergency_activation_date (None | str | Unset): Next date the emergency fund can be activated; null when
            none.
        activedays (int | Unset): Number of active days.
        protect_type (str | Unset): User type, "users" or "protect_users".
        package_type (str | Unset): Subscription package (e.g. "monthly").
        subscription_status (str | Unset): Subscription status (e.g. "subscribed").
    """

    email: str
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    phone_no: None | str | Unset = UNSET
    your_registration_date: str | Unset = UNSET
    emergency_fund: int | Unset = UNSET
    next_emergency_activation_date: None | str | Unset = UNSET
    activedays: int | Unset = UNSET
    protect_type: str | Unset = UNSET
    package_type: str | Unset = UNSET
    subscription_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        phone_no: None | str | Unset
        if isinstance(self.phone_no, Unset):
            phone_no = UNSET
        else:
            phone_no = self.phone_no

        your_registration_date = self.your_registration_date

        emergency_fund = self.emergency_fund

        next_emergency_activation_date: None | str | Unset
        if isinstance(self.next_emergency_activation_date, Unset):
            next_emergency_activation_date = UNSET
        else:
            next_emergency_activation_date = self.next_emergency_activation_date

        activedays = self.activedays

        protect_type = self.protect_type

        package_type = self.package_type

        subscription_status = self.subscription_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_no is not UNSET:
            field_dict["phone_no"] = phone_no
        if your_registration_date is not UNSET:
            field_dict["your_registration_date"] = your_registration_date
        if emergency_fund is not UNSET:
            field_dict["emergency_fund"] = emergency_fund
        if next_emergency_activation_date is not UNSET:
            field_dict["next_emergency_activation_date"] = next_emergency_activation_date
        if activedays is not UNSET:
            field_dict["activedays"] = activedays
        if protect_type is not UNSET:
            field_dict["protect_type"] = protect_type
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if subscription_status is not UNSET:
            field_dict["subscription_status"] = subscription_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_phone_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_no = _parse_phone_no(d.pop("phone_no", UNSET))

        your_registration_date = d.pop("your_registration_date", UNSET)

        emergency_fund = d.pop("emergency_fund", UNSET)

        def _parse_next_emergency_activation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_emergency_activation_date = _parse_next_emergency_activation_date(
            d.pop("next_emergency_activation_date", UNSET)
        )

        activedays = d.pop("activedays", UNSET)

        protect_type = d.pop("protect_type", UNSET)

        package_type = d.pop("package_type", UNSET)

        subscription_status = d.pop("subscription_status", UNSET)

        web_app_user = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone_no=phone_no,
            your_registration_date=your_registration_date,
            emergency_fund=emergency_fund,
            next_emergency_activation_date=next_emergency_activation_date,
            activedays=activedays,
            protect_type=protect_type,
            package_type=package_type,
            subscription_status=subscription_status,
        )

        web_app_user.additional_properties = d
        return web_app_user

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
