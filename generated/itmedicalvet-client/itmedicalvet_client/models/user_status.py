from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserStatus")


@_attrs_define
class UserStatus:
    """A subscription status record of a user.

    Attributes:
        id (int | Unset):
        user_id (int | Unset):
        app_id (int | Unset):
        status (str | Unset): Subscription status (e.g. "subscribed", "cancelled").
        type_ (str | Unset): Package type (e.g. "monthly").
        created_at (str | Unset):
        updated_at (str | Unset):
        date_time (str | Unset): Time the status took effect, "YYYY-MM-DD HH:MM:SS".
    """

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    app_id: int | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    date_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        app_id = self.app_id

        status = self.status

        type_ = self.type_

        created_at = self.created_at

        updated_at = self.updated_at

        date_time = self.date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if date_time is not UNSET:
            field_dict["date_time"] = date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        app_id = d.pop("app_id", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        date_time = d.pop("date_time", UNSET)

        user_status = cls(
            id=id,
            user_id=user_id,
            app_id=app_id,
            status=status,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
            date_time=date_time,
        )

        user_status.additional_properties = d
        return user_status

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
