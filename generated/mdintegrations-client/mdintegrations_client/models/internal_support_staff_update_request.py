from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment import Environment
from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalSupportStaffUpdateRequest")


@_attrs_define
class InternalSupportStaffUpdateRequest:
    """Support staff fields to update.

    Attributes:
        password_confirmation (str): Confirmation of the new password.
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
        email (str | Unset): Email address.
        photo_id (UUID | Unset): File ID of the photo.
        active (bool | Unset): Whether the user is active.
        password (str | Unset): New password.
        timezone_id (UUID | Unset): Timezone ID.
        permissions (list[Environment] | Unset): Environments the user may access (the doc: `array (live, sandbox)`).
    """

    password_confirmation: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    photo_id: UUID | Unset = UNSET
    active: bool | Unset = UNSET
    password: str | Unset = UNSET
    timezone_id: UUID | Unset = UNSET
    permissions: list[Environment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password_confirmation = self.password_confirmation

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        photo_id: str | Unset = UNSET
        if not isinstance(self.photo_id, Unset):
            photo_id = str(self.photo_id)

        active = self.active

        password = self.password

        timezone_id: str | Unset = UNSET
        if not isinstance(self.timezone_id, Unset):
            timezone_id = str(self.timezone_id)

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password_confirmation": password_confirmation,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if active is not UNSET:
            field_dict["active"] = active
        if password is not UNSET:
            field_dict["password"] = password
        if timezone_id is not UNSET:
            field_dict["timezone_id"] = timezone_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password_confirmation = d.pop("password_confirmation")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        _photo_id = d.pop("photo_id", UNSET)
        photo_id: UUID | Unset
        if isinstance(_photo_id, Unset):
            photo_id = UNSET
        else:
            photo_id = UUID(_photo_id)

        active = d.pop("active", UNSET)

        password = d.pop("password", UNSET)

        _timezone_id = d.pop("timezone_id", UNSET)
        timezone_id: UUID | Unset
        if isinstance(_timezone_id, Unset):
            timezone_id = UNSET
        else:
            timezone_id = UUID(_timezone_id)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[Environment] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = Environment(permissions_item_data)

                permissions.append(permissions_item)

        internal_support_staff_update_request = cls(
            password_confirmation=password_confirmation,
            first_name=first_name,
            last_name=last_name,
            email=email,
            photo_id=photo_id,
            active=active,
            password=password,
            timezone_id=timezone_id,
            permissions=permissions,
        )

        internal_support_staff_update_request.additional_properties = d
        return internal_support_staff_update_request

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
