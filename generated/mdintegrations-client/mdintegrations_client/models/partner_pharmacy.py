from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerPharmacy")


@_attrs_define
class PartnerPharmacy:
    """A pharmacy attached to the partner.

    Attributes:
        id (UUID | Unset): ID of the partner-pharmacy attachment (`partner_pharmacy_id`).
        pharmacy_id (int | Unset): Pharmacy ID.
        pharmacy_name (str | Unset): Pharmacy name.
    """

    id: UUID | Unset = UNSET
    pharmacy_id: int | Unset = UNSET
    pharmacy_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        pharmacy_id = self.pharmacy_id

        pharmacy_name = self.pharmacy_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if pharmacy_id is not UNSET:
            field_dict["pharmacy_id"] = pharmacy_id
        if pharmacy_name is not UNSET:
            field_dict["pharmacy_name"] = pharmacy_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        pharmacy_id = d.pop("pharmacy_id", UNSET)

        pharmacy_name = d.pop("pharmacy_name", UNSET)

        partner_pharmacy = cls(
            id=id,
            pharmacy_id=pharmacy_id,
            pharmacy_name=pharmacy_name,
        )

        partner_pharmacy.additional_properties = d
        return partner_pharmacy

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
