from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClinicianAddress")


@_attrs_define
class ClinicianAddress:
    """The clinician's address.

    Attributes:
        address (str | Unset): Street address.
        address2 (str | Unset): Address line 2 (an empty string in the doc's samples).
        zip_code (str | Unset): ZIP code.
        city_name (str | Unset): City name.
        state_id (UUID | Unset): State ID (see list_partner_states).
    """

    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city_name: str | Unset = UNSET
    state_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        address2 = self.address2

        zip_code = self.zip_code

        city_name = self.city_name

        state_id: str | Unset = UNSET
        if not isinstance(self.state_id, Unset):
            state_id = str(self.state_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if city_name is not UNSET:
            field_dict["city_name"] = city_name
        if state_id is not UNSET:
            field_dict["state_id"] = state_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        address2 = d.pop("address2", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        city_name = d.pop("city_name", UNSET)

        _state_id = d.pop("state_id", UNSET)
        state_id: UUID | Unset
        if isinstance(_state_id, Unset):
            state_id = UNSET
        else:
            state_id = UUID(_state_id)

        clinician_address = cls(
            address=address,
            address2=address2,
            zip_code=zip_code,
            city_name=city_name,
            state_id=state_id,
        )

        clinician_address.additional_properties = d
        return clinician_address

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
