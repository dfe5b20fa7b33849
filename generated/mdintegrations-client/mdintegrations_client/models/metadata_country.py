from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataCountry")


@_attrs_define
class MetadataCountry:
    """Country of a state.

    Attributes:
        country_id (UUID | Unset):
        name (str | Unset):
        abbreviation (str | Unset):
    """

    country_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    abbreviation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_id: str | Unset = UNSET
        if not isinstance(self.country_id, Unset):
            country_id = str(self.country_id)

        name = self.name

        abbreviation = self.abbreviation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if name is not UNSET:
            field_dict["name"] = name
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _country_id = d.pop("country_id", UNSET)
        country_id: UUID | Unset
        if isinstance(_country_id, Unset):
            country_id = UNSET
        else:
            country_id = UUID(_country_id)

        name = d.pop("name", UNSET)

        abbreviation = d.pop("abbreviation", UNSET)

        metadata_country = cls(
            country_id=country_id,
            name=name,
            abbreviation=abbreviation,
        )

        metadata_country.additional_properties = d
        return metadata_country

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
