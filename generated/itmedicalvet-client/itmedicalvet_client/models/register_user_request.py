from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.register_user_request_role import RegisterUserRequestRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pet_fields import PetFields


T = TypeVar("T", bound="RegisterUserRequest")


@_attrs_define
class RegisterUserRequest:
    """New user. `emergency_fund` is required when `role` is "protect_users".

    Attributes:
        first_name (str): First name.
        email (str): Email of the user (their key in all other endpoints).
        role (RegisterUserRequestRole): "users" (regular) or "protect_users" (vet protected; needs `emergency_fund`).
        last_name (str | Unset): Last name.
        phone_no (str | Unset): Phone number.
        dev_type (str | Unset): Device type of the user (responses show "android"; the example's "quo" is faker text;
            allowed values not documented).
        emergency_fund (int | Unset): Emergency fund amount; required if role = protect_users, not needed if role =
            users.
        pet (PetFields | Unset): Pet attributes a client sends (add pet, `pet` object of update pet).
    """

    first_name: str
    email: str
    role: RegisterUserRequestRole
    last_name: str | Unset = UNSET
    phone_no: str | Unset = UNSET
    dev_type: str | Unset = UNSET
    emergency_fund: int | Unset = UNSET
    pet: PetFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        email = self.email

        role = self.role.value

        last_name = self.last_name

        phone_no = self.phone_no

        dev_type = self.dev_type

        emergency_fund = self.emergency_fund

        pet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pet, Unset):
            pet = self.pet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "email": email,
                "role": role,
            }
        )
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_no is not UNSET:
            field_dict["phone_no"] = phone_no
        if dev_type is not UNSET:
            field_dict["dev_type"] = dev_type
        if emergency_fund is not UNSET:
            field_dict["emergency_fund"] = emergency_fund
        if pet is not UNSET:
            field_dict["pet"] = pet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pet_fields import PetFields  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("first_name")

        email = d.pop("email")

        role = RegisterUserRequestRole(d.pop("role"))

        last_name = d.pop("last_name", UNSET)

        phone_no = d.pop("phone_no", UNSET)

        dev_type = d.pop("dev_type", UNSET)

        emergency_fund = d.pop("emergency_fund", UNSET)

        _pet = d.pop("pet", UNSET)
        pet: PetFields | Unset
        if isinstance(_pet, Unset):
            pet = UNSET
        else:
            pet = PetFields.from_dict(_pet)

        register_user_request = cls(
            first_name=first_name,
            email=email,
            role=role,
            last_name=last_name,
            phone_no=phone_no,
            dev_type=dev_type,
            emergency_fund=emergency_fund,
            pet=pet,
        )

        register_user_request.additional_properties = d
        return register_user_request

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
