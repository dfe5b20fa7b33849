from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddPetRequest")


@_attrs_define
class AddPetRequest:
    """Pet to add, plus the email of the owning user.

    Attributes:
        email (str): Email of the user who owns the pet.
        name (str | Unset): Pet name.
        age (str | Unset): Age, "2 years" if only in years or "2 years 2 months" if in years and months both.
        sex (str | Unset): Sex (e.g. "Male", "Female").
        sex_type (str | Unset): Neutering status (e.g. "Spayed").
        breed (str | Unset): Breed.
        weight (str | Unset): Weight, format "10 lbs".
        color (str | Unset): Colour.
        species (str | Unset): Species (e.g. "cat").
    """

    email: str
    name: str | Unset = UNSET
    age: str | Unset = UNSET
    sex: str | Unset = UNSET
    sex_type: str | Unset = UNSET
    breed: str | Unset = UNSET
    weight: str | Unset = UNSET
    color: str | Unset = UNSET
    species: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        age = self.age

        sex = self.sex

        sex_type = self.sex_type

        breed = self.breed

        weight = self.weight

        color = self.color

        species = self.species

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if age is not UNSET:
            field_dict["age"] = age
        if sex is not UNSET:
            field_dict["sex"] = sex
        if sex_type is not UNSET:
            field_dict["sex_type"] = sex_type
        if breed is not UNSET:
            field_dict["breed"] = breed
        if weight is not UNSET:
            field_dict["weight"] = weight
        if color is not UNSET:
            field_dict["color"] = color
        if species is not UNSET:
            field_dict["species"] = species

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name", UNSET)

        age = d.pop("age", UNSET)

        sex = d.pop("sex", UNSET)

        sex_type = d.pop("sex_type", UNSET)

        breed = d.pop("breed", UNSET)

        weight = d.pop("weight", UNSET)

        color = d.pop("color", UNSET)

        species = d.pop("species", UNSET)

        add_pet_request = cls(
            email=email,
            name=name,
            age=age,
            sex=sex,
            sex_type=sex_type,
            breed=breed,
            weight=weight,
            color=color,
            species=species,
        )

        add_pet_request.additional_properties = d
        return add_pet_request

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
