from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_internal_support_staff_role import PartnerInternalSupportStaffRole


T = TypeVar("T", bound="PartnerInternalSupportStaff")


@_attrs_define
class PartnerInternalSupportStaff:
    """An MDI internal support user.

    Attributes:
        id (UUID):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        photo_id (None | Unset | UUID):
        active (bool | Unset):
        timezone_id (None | Unset | UUID):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        deleted_at (datetime.datetime | None | Unset):
        full_name (str | Unset):
        is_online (bool | Unset):
        can_unlock_phi (bool | None | Unset):
        photo (Any | Unset): Photo (only null in the doc; shape unknown).
        roles (list[PartnerInternalSupportStaffRole] | Unset):
    """

    id: UUID
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    photo_id: None | Unset | UUID = UNSET
    active: bool | Unset = UNSET
    timezone_id: None | Unset | UUID = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    full_name: str | Unset = UNSET
    is_online: bool | Unset = UNSET
    can_unlock_phi: bool | None | Unset = UNSET
    photo: Any | Unset = UNSET
    roles: list[PartnerInternalSupportStaffRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, UUID):
            photo_id = str(self.photo_id)
        else:
            photo_id = self.photo_id

        active = self.active

        timezone_id: None | str | Unset
        if isinstance(self.timezone_id, Unset):
            timezone_id = UNSET
        elif isinstance(self.timezone_id, UUID):
            timezone_id = str(self.timezone_id)
        else:
            timezone_id = self.timezone_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        full_name = self.full_name

        is_online = self.is_online

        can_unlock_phi: bool | None | Unset
        if isinstance(self.can_unlock_phi, Unset):
            can_unlock_phi = UNSET
        else:
            can_unlock_phi = self.can_unlock_phi

        photo = self.photo

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        if timezone_id is not UNSET:
            field_dict["timezone_id"] = timezone_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if can_unlock_phi is not UNSET:
            field_dict["can_unlock_phi"] = can_unlock_phi
        if photo is not UNSET:
            field_dict["photo"] = photo
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_internal_support_staff_role import PartnerInternalSupportStaffRole  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        def _parse_photo_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                photo_id_type_0 = UUID(data)

                return photo_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        photo_id = _parse_photo_id(d.pop("photo_id", UNSET))

        active = d.pop("active", UNSET)

        def _parse_timezone_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timezone_id_type_0 = UUID(data)

                return timezone_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        timezone_id = _parse_timezone_id(d.pop("timezone_id", UNSET))

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

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        full_name = d.pop("full_name", UNSET)

        is_online = d.pop("is_online", UNSET)

        def _parse_can_unlock_phi(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_unlock_phi = _parse_can_unlock_phi(d.pop("can_unlock_phi", UNSET))

        photo = d.pop("photo", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[PartnerInternalSupportStaffRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = PartnerInternalSupportStaffRole.from_dict(roles_item_data)

                roles.append(roles_item)

        partner_internal_support_staff = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            photo_id=photo_id,
            active=active,
            timezone_id=timezone_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            full_name=full_name,
            is_online=is_online,
            can_unlock_phi=can_unlock_phi,
            photo=photo,
            roles=roles,
        )

        partner_internal_support_staff.additional_properties = d
        return partner_internal_support_staff

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
