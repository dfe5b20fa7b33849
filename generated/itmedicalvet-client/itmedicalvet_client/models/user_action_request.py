from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_action_request_role import UserActionRequestRole
from ..models.user_action_request_status import UserActionRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserActionRequest")


@_attrs_define
class UserActionRequest:
    """New status of a user. A user cannot be degraded from "protect_users" to "users" unless cancelled.

    Attributes:
        email (str): Email of the user.
        first_name (str | Unset):
        last_name (str | Unset):
        role (UserActionRequestRole | Unset): "users" or "protect_users".
        status (UserActionRequestStatus | Unset): "subscribed" or "cancelled".
        emergency_fund (int | Unset): Emergency fund amount (for protected users).
    """

    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    role: UserActionRequestRole | Unset = UNSET
    status: UserActionRequestStatus | Unset = UNSET
    emergency_fund: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        emergency_fund = self.emergency_fund

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
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if emergency_fund is not UNSET:
            field_dict["emergency_fund"] = emergency_fund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _role = d.pop("role", UNSET)
        role: UserActionRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UserActionRequestRole(_role)

        _status = d.pop("status", UNSET)
        status: UserActionRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserActionRequestStatus(_status)

        emergency_fund = d.pop("emergency_fund", UNSET)

        user_action_request = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            role=role,
            status=status,
            emergency_fund=emergency_fund,
        )

        user_action_request.additional_properties = d
        return user_action_request

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
