from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_tag_update_request_removable_role import PartnerTagUpdateRequestRemovableRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerTagUpdateRequest")


@_attrs_define
class PartnerTagUpdateRequest:
    """Tag fields to update; all optional.

    Attributes:
        key (str | Unset): Tag key (sample: `wildcard-key-updated`). From the body sample; not in the payload table.
        value (str | Unset): Tag value (sample: `wildcard value updated`). From the body sample; not in the payload
            table.
        name (str | Unset): Tag name (payload table).
        description (str | Unset): Tag description (payload table).
        color (str | Unset): Tag color (payload table).
        removable_role (PartnerTagUpdateRequestRemovableRole | Unset): Role that may remove the tag (payload table:
            `removable_role (admin)`).
        auto_detach_status (list[str] | Unset): Statuses on which the tag is detached automatically (payload table:
            `array`; item values not documented).
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    color: str | Unset = UNSET
    removable_role: PartnerTagUpdateRequestRemovableRole | Unset = UNSET
    auto_detach_status: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        name = self.name

        description = self.description

        color = self.color

        removable_role: str | Unset = UNSET
        if not isinstance(self.removable_role, Unset):
            removable_role = self.removable_role.value

        auto_detach_status: list[str] | Unset = UNSET
        if not isinstance(self.auto_detach_status, Unset):
            auto_detach_status = self.auto_detach_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color
        if removable_role is not UNSET:
            field_dict["removable_role"] = removable_role
        if auto_detach_status is not UNSET:
            field_dict["auto_detach_status"] = auto_detach_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        color = d.pop("color", UNSET)

        _removable_role = d.pop("removable_role", UNSET)
        removable_role: PartnerTagUpdateRequestRemovableRole | Unset
        if isinstance(_removable_role, Unset):
            removable_role = UNSET
        else:
            removable_role = PartnerTagUpdateRequestRemovableRole(_removable_role)

        auto_detach_status = cast(list[str], d.pop("auto_detach_status", UNSET))

        partner_tag_update_request = cls(
            key=key,
            value=value,
            name=name,
            description=description,
            color=color,
            removable_role=removable_role,
            auto_detach_status=auto_detach_status,
        )

        partner_tag_update_request.additional_properties = d
        return partner_tag_update_request

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
