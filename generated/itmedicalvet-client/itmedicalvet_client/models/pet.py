from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pet")


@_attrs_define
class Pet:
    """A pet as stored by the server.

    Attributes:
        id (int): Pet id (the `pet_id` of update/remove).
        user_id (int): Id of the owning user.
        app_id (int): Numeric id of the app.
        pet_id (Any | Unset): Always null in the doc; type and meaning undocumented.
        name (None | str | Unset):
        species (None | str | Unset):
        age (None | str | Unset):
        breed (None | str | Unset):
        color (None | str | Unset):
        weight (None | str | Unset):
        sex (None | str | Unset):
        sex_type (None | str | Unset):
        profile (None | str | Unset): Pet image (path/URL) uploaded through Update Pet; null when none.
        created_at (str | Unset): Creation time, "YYYY-MM-DD HH:MM:SS".
        updated_at (str | Unset): Last update time, "YYYY-MM-DD HH:MM:SS".
        deleted_at (None | str | Unset): Deletion time, "YYYY-MM-DD HH:MM:SS"; null when not deleted.
        veterians (Any | Unset): Veterinarian info of the pet (always null in the doc; shape undocumented).
        medicals (Any | Unset): Medical info of the pet (always null in the doc; shape undocumented).
        insurnaces (Any | Unset): Insurance info of the pet (always null in the doc; shape undocumented).
        pet_veterians (list[Any] | Unset): Veterinarian records (always empty in the doc; item shape undocumented).
        pet_medicals (list[Any] | Unset): Medical records (always empty in the doc; item shape undocumented).
        pet_insurnaces (list[Any] | Unset): Insurance records (always empty in the doc; item shape undocumented).
    """

    id: int
    user_id: int
    app_id: int
    pet_id: Any | Unset = UNSET
    name: None | str | Unset = UNSET
    species: None | str | Unset = UNSET
    age: None | str | Unset = UNSET
    breed: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    weight: None | str | Unset = UNSET
    sex: None | str | Unset = UNSET
    sex_type: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    veterians: Any | Unset = UNSET
    medicals: Any | Unset = UNSET
    insurnaces: Any | Unset = UNSET
    pet_veterians: list[Any] | Unset = UNSET
    pet_medicals: list[Any] | Unset = UNSET
    pet_insurnaces: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        app_id = self.app_id

        pet_id = self.pet_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        species: None | str | Unset
        if isinstance(self.species, Unset):
            species = UNSET
        else:
            species = self.species

        age: None | str | Unset
        if isinstance(self.age, Unset):
            age = UNSET
        else:
            age = self.age

        breed: None | str | Unset
        if isinstance(self.breed, Unset):
            breed = UNSET
        else:
            breed = self.breed

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        weight: None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        else:
            sex = self.sex

        sex_type: None | str | Unset
        if isinstance(self.sex_type, Unset):
            sex_type = UNSET
        else:
            sex_type = self.sex_type

        profile: None | str | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        else:
            profile = self.profile

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        veterians = self.veterians

        medicals = self.medicals

        insurnaces = self.insurnaces

        pet_veterians: list[Any] | Unset = UNSET
        if not isinstance(self.pet_veterians, Unset):
            pet_veterians = self.pet_veterians

        pet_medicals: list[Any] | Unset = UNSET
        if not isinstance(self.pet_medicals, Unset):
            pet_medicals = self.pet_medicals

        pet_insurnaces: list[Any] | Unset = UNSET
        if not isinstance(self.pet_insurnaces, Unset):
            pet_insurnaces = self.pet_insurnaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "app_id": app_id,
            }
        )
        if pet_id is not UNSET:
            field_dict["pet_id"] = pet_id
        if name is not UNSET:
            field_dict["name"] = name
        if species is not UNSET:
            field_dict["species"] = species
        if age is not UNSET:
            field_dict["age"] = age
        if breed is not UNSET:
            field_dict["breed"] = breed
        if color is not UNSET:
            field_dict["color"] = color
        if weight is not UNSET:
            field_dict["weight"] = weight
        if sex is not UNSET:
            field_dict["sex"] = sex
        if sex_type is not UNSET:
            field_dict["sex_type"] = sex_type
        if profile is not UNSET:
            field_dict["profile"] = profile
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if veterians is not UNSET:
            field_dict["veterians"] = veterians
        if medicals is not UNSET:
            field_dict["medicals"] = medicals
        if insurnaces is not UNSET:
            field_dict["insurnaces"] = insurnaces
        if pet_veterians is not UNSET:
            field_dict["pet_veterians"] = pet_veterians
        if pet_medicals is not UNSET:
            field_dict["pet_medicals"] = pet_medicals
        if pet_insurnaces is not UNSET:
            field_dict["pet_insurnaces"] = pet_insurnaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        app_id = d.pop("app_id")

        pet_id = d.pop("pet_id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_species(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        species = _parse_species(d.pop("species", UNSET))

        def _parse_age(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        age = _parse_age(d.pop("age", UNSET))

        def _parse_breed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        breed = _parse_breed(d.pop("breed", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_weight(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_sex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_sex_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sex_type = _parse_sex_type(d.pop("sex_type", UNSET))

        def _parse_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        veterians = d.pop("veterians", UNSET)

        medicals = d.pop("medicals", UNSET)

        insurnaces = d.pop("insurnaces", UNSET)

        pet_veterians = cast(list[Any], d.pop("pet_veterians", UNSET))

        pet_medicals = cast(list[Any], d.pop("pet_medicals", UNSET))

        pet_insurnaces = cast(list[Any], d.pop("pet_insurnaces", UNSET))

        pet = cls(
            id=id,
            user_id=user_id,
            app_id=app_id,
            pet_id=pet_id,
            name=name,
            species=species,
            age=age,
            breed=breed,
            color=color,
            weight=weight,
            sex=sex,
            sex_type=sex_type,
            profile=profile,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            veterians=veterians,
            medicals=medicals,
            insurnaces=insurnaces,
            pet_veterians=pet_veterians,
            pet_medicals=pet_medicals,
            pet_insurnaces=pet_insurnaces,
        )

        pet.additional_properties = d
        return pet

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
