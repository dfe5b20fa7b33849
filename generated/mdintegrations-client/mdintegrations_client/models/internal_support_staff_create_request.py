from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment import Environment
from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalSupportStaffCreateRequest")


@_attrs_define
class InternalSupportStaffCreateRequest:
    """A support staff to create.

    Attributes:
        first_name (str): First name.
        last_name (str): Last name.
        email (str): Email address.
        active (bool): Whether the user is active.
        timezone_id (UUID): Timezone ID.
        photo_id (UUID | Unset): File ID of the photo.
        permissions (list[Environment] | Unset): Environments the user may access.
    """

    first_name: str
    last_name: str
    email: str
    active: bool
    timezone_id: UUID
    photo_id: UUID | Unset = UNSET
    permissions: list[Environment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        active = self.active

        timezone_id = str(self.timezone_id)

        photo_id: str | Unset = UNSET
        if not isinstance(self.photo_id, Unset):
            photo_id = str(self.photo_id)

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
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "active": active,
                "timezone_id": timezone_id,
            }
        )
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        active = d.pop("active")

        timezone_id = UUID(d.pop("timezone_id"))

        _photo_id = d.pop("photo_id", UNSET)
        photo_id: UUID | Unset
        if isinstance(_photo_id, Unset):
            photo_id = UNSET
        else:
            photo_id = UUID(_photo_id)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[Environment] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = Environment(permissions_item_data)

                permissions.append(permissions_item)

        internal_support_staff_create_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            active=active,
            timezone_id=timezone_id,
            photo_id=photo_id,
            permissions=permissions,
        )

        internal_support_staff_create_request.additional_properties = d
        return internal_support_staff_create_request

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
