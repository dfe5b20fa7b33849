from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="UpdatePetMultipartRequest")


@_attrs_define
class UpdatePetMultipartRequest:
    """Form-data variant of the update, used to upload a pet image (`profile`). Pet attributes use Laravel bracket names.

    Attributes:
        email (str): Email of the user who owns the pet.
        pet_id (int): Id of the pet.
        profile (File | Unset): Pet image file ("profile" form-data key of type file).
        petname (str | Unset): Pet name.
        petage (str | Unset): Age, "2 years" or "2 years 2 months".
        petsex (str | Unset): Sex.
        petsex_type (str | Unset): Neutering status.
        petbreed (str | Unset): Breed.
        petweight (str | Unset): Weight, format "10 lbs".
        petcolor (str | Unset): Colour.
        petspecies (str | Unset): Species.
    """

    email: str
    pet_id: int
    profile: File | Unset = UNSET
    petname: str | Unset = UNSET
    petage: str | Unset = UNSET
    petsex: str | Unset = UNSET
    petsex_type: str | Unset = UNSET
    petbreed: str | Unset = UNSET
    petweight: str | Unset = UNSET
    petcolor: str | Unset = UNSET
    petspecies: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        pet_id = self.pet_id

        profile: FileTypes | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_tuple()

        petname = self.petname

        petage = self.petage

        petsex = self.petsex

        petsex_type = self.petsex_type

        petbreed = self.petbreed

        petweight = self.petweight

        petcolor = self.petcolor

        petspecies = self.petspecies

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "pet_id": pet_id,
            }
        )
        if profile is not UNSET:
            field_dict["profile"] = profile
        if petname is not UNSET:
            field_dict["pet[name]"] = petname
        if petage is not UNSET:
            field_dict["pet[age]"] = petage
        if petsex is not UNSET:
            field_dict["pet[sex]"] = petsex
        if petsex_type is not UNSET:
            field_dict["pet[sex_type]"] = petsex_type
        if petbreed is not UNSET:
            field_dict["pet[breed]"] = petbreed
        if petweight is not UNSET:
            field_dict["pet[weight]"] = petweight
        if petcolor is not UNSET:
            field_dict["pet[color]"] = petcolor
        if petspecies is not UNSET:
            field_dict["pet[species]"] = petspecies

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("email", (None, str(self.email).encode(), "text/plain")))

        files.append(("pet_id", (None, str(self.pet_id).encode(), "text/plain")))

        if not isinstance(self.profile, Unset):
            files.append(("profile", self.profile.to_tuple()))

        if not isinstance(self.petname, Unset):
            files.append(("pet[name]", (None, str(self.petname).encode(), "text/plain")))

        if not isinstance(self.petage, Unset):
            files.append(("pet[age]", (None, str(self.petage).encode(), "text/plain")))

        if not isinstance(self.petsex, Unset):
            files.append(("pet[sex]", (None, str(self.petsex).encode(), "text/plain")))

        if not isinstance(self.petsex_type, Unset):
            files.append(("pet[sex_type]", (None, str(self.petsex_type).encode(), "text/plain")))

        if not isinstance(self.petbreed, Unset):
            files.append(("pet[breed]", (None, str(self.petbreed).encode(), "text/plain")))

        if not isinstance(self.petweight, Unset):
            files.append(("pet[weight]", (None, str(self.petweight).encode(), "text/plain")))

        if not isinstance(self.petcolor, Unset):
            files.append(("pet[color]", (None, str(self.petcolor).encode(), "text/plain")))

        if not isinstance(self.petspecies, Unset):
            files.append(("pet[species]", (None, str(self.petspecies).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        pet_id = d.pop("pet_id")

        _profile = d.pop("profile", UNSET)
        profile: File | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = File(payload=BytesIO(_profile))

        petname = d.pop("pet[name]", UNSET)

        petage = d.pop("pet[age]", UNSET)

        petsex = d.pop("pet[sex]", UNSET)

        petsex_type = d.pop("pet[sex_type]", UNSET)

        petbreed = d.pop("pet[breed]", UNSET)

        petweight = d.pop("pet[weight]", UNSET)

        petcolor = d.pop("pet[color]", UNSET)

        petspecies = d.pop("pet[species]", UNSET)

        update_pet_multipart_request = cls(
            email=email,
            pet_id=pet_id,
            profile=profile,
            petname=petname,
            petage=petage,
            petsex=petsex,
            petsex_type=petsex_type,
            petbreed=petbreed,
            petweight=petweight,
            petcolor=petcolor,
            petspecies=petspecies,
        )

        return update_pet_multipart_request
