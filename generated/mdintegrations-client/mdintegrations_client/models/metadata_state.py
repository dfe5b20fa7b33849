from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_country import MetadataCountry


T = TypeVar("T", bound="MetadataState")


@_attrs_define
class MetadataState:
    """A US state.

    Attributes:
        state_id (UUID):
        name (str | Unset):
        abbreviation (str | Unset): Two-letter state abbreviation (e.g. OH, PA).
        is_sync (bool | Unset):
        is_av_flow (bool | Unset):
        country (MetadataCountry | Unset): Country of a state.
    """

    state_id: UUID
    name: str | Unset = UNSET
    abbreviation: str | Unset = UNSET
    is_sync: bool | Unset = UNSET
    is_av_flow: bool | Unset = UNSET
    country: MetadataCountry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_id = str(self.state_id)

        name = self.name

        abbreviation = self.abbreviation

        is_sync = self.is_sync

        is_av_flow = self.is_av_flow

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state_id": state_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if is_sync is not UNSET:
            field_dict["is_sync"] = is_sync
        if is_av_flow is not UNSET:
            field_dict["is_av_flow"] = is_av_flow
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_country import MetadataCountry  # noqa: PLC0415

        d = dict(src_dict)
        state_id = UUID(d.pop("state_id"))

        name = d.pop("name", UNSET)

        abbreviation = d.pop("abbreviation", UNSET)

        is_sync = d.pop("is_sync", UNSET)

        is_av_flow = d.pop("is_av_flow", UNSET)

        _country = d.pop("country", UNSET)
        country: MetadataCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = MetadataCountry.from_dict(_country)

        metadata_state = cls(
            state_id=state_id,
            name=name,
            abbreviation=abbreviation,
            is_sync=is_sync,
            is_av_flow=is_av_flow,
            country=country,
        )

        metadata_state.additional_properties = d
        return metadata_state

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
