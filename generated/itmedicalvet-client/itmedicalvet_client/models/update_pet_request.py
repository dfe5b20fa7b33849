from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pet_fields import PetFields


T = TypeVar("T", bound="UpdatePetRequest")


@_attrs_define
class UpdatePetRequest:
    """Identifies the pet by owner email and pet id; `pet` holds the attributes to change.

    Attributes:
        email (str): Email of the user who owns the pet.
        pet_id (int): Id of the pet (`id` of the pet object).
        pet (PetFields | Unset): Pet attributes a client sends (add pet, `pet` object of update pet).
    """

    email: str
    pet_id: int
    pet: PetFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        pet_id = self.pet_id

        pet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pet, Unset):
            pet = self.pet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "pet_id": pet_id,
            }
        )
        if pet is not UNSET:
            field_dict["pet"] = pet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pet_fields import PetFields  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        pet_id = d.pop("pet_id")

        _pet = d.pop("pet", UNSET)
        pet: PetFields | Unset
        if isinstance(_pet, Unset):
            pet = UNSET
        else:
            pet = PetFields.from_dict(_pet)

        update_pet_request = cls(
            email=email,
            pet_id=pet_id,
            pet=pet,
        )

        update_pet_request.additional_properties = d
        return update_pet_request

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
