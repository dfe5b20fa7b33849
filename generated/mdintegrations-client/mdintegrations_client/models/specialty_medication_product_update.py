from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecialtyMedicationProductUpdate")


@_attrs_define
class SpecialtyMedicationProductUpdate:
    """Medication product fields to update; all optional.

    Attributes:
        refills (int | Unset): Number of refills.
        quantity (str | Unset): Quantity to dispense.
        days_supply (int | Unset): Days of supply.
        directions (str | Unset): Directions for the patient.
        effective_date (int | Unset): Effective date (an integer in the doc, e.g. 7).
        dispense_unit (str | Unset): Dispense unit, e.g. `Tablet`.
        dispense_unit_id (int | Unset): Dispense unit ID.
        pharmacy_id (int | Unset): Pharmacy ID.
        pharmacy_name (str | Unset): Pharmacy name.
        force_pharmacy (bool | Unset): Whether the pharmacy is forced.
        pharmacy_notes (str | Unset): Notes for the pharmacy.
        allow_substitutions (bool | Unset): Whether the pharmacy may substitute the medication.
        name (str | Unset): Medication name.
    """

    refills: int | Unset = UNSET
    quantity: str | Unset = UNSET
    days_supply: int | Unset = UNSET
    directions: str | Unset = UNSET
    effective_date: int | Unset = UNSET
    dispense_unit: str | Unset = UNSET
    dispense_unit_id: int | Unset = UNSET
    pharmacy_id: int | Unset = UNSET
    pharmacy_name: str | Unset = UNSET
    force_pharmacy: bool | Unset = UNSET
    pharmacy_notes: str | Unset = UNSET
    allow_substitutions: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refills = self.refills

        quantity = self.quantity

        days_supply = self.days_supply

        directions = self.directions

        effective_date = self.effective_date

        dispense_unit = self.dispense_unit

        dispense_unit_id = self.dispense_unit_id

        pharmacy_id = self.pharmacy_id

        pharmacy_name = self.pharmacy_name

        force_pharmacy = self.force_pharmacy

        pharmacy_notes = self.pharmacy_notes

        allow_substitutions = self.allow_substitutions

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refills is not UNSET:
            field_dict["refills"] = refills
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if days_supply is not UNSET:
            field_dict["days_supply"] = days_supply
        if directions is not UNSET:
            field_dict["directions"] = directions
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if dispense_unit is not UNSET:
            field_dict["dispense_unit"] = dispense_unit
        if dispense_unit_id is not UNSET:
            field_dict["dispense_unit_id"] = dispense_unit_id
        if pharmacy_id is not UNSET:
            field_dict["pharmacy_id"] = pharmacy_id
        if pharmacy_name is not UNSET:
            field_dict["pharmacy_name"] = pharmacy_name
        if force_pharmacy is not UNSET:
            field_dict["force_pharmacy"] = force_pharmacy
        if pharmacy_notes is not UNSET:
            field_dict["pharmacy_notes"] = pharmacy_notes
        if allow_substitutions is not UNSET:
            field_dict["allow_substitutions"] = allow_substitutions
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refills = d.pop("refills", UNSET)

        quantity = d.pop("quantity", UNSET)

        days_supply = d.pop("days_supply", UNSET)

        directions = d.pop("directions", UNSET)

        effective_date = d.pop("effective_date", UNSET)

        dispense_unit = d.pop("dispense_unit", UNSET)

        dispense_unit_id = d.pop("dispense_unit_id", UNSET)

        pharmacy_id = d.pop("pharmacy_id", UNSET)

        pharmacy_name = d.pop("pharmacy_name", UNSET)

        force_pharmacy = d.pop("force_pharmacy", UNSET)

        pharmacy_notes = d.pop("pharmacy_notes", UNSET)

        allow_substitutions = d.pop("allow_substitutions", UNSET)

        name = d.pop("name", UNSET)

        specialty_medication_product_update = cls(
            refills=refills,
            quantity=quantity,
            days_supply=days_supply,
            directions=directions,
            effective_date=effective_date,
            dispense_unit=dispense_unit,
            dispense_unit_id=dispense_unit_id,
            pharmacy_id=pharmacy_id,
            pharmacy_name=pharmacy_name,
            force_pharmacy=force_pharmacy,
            pharmacy_notes=pharmacy_notes,
            allow_substitutions=allow_substitutions,
            name=name,
        )

        specialty_medication_product_update.additional_properties = d
        return specialty_medication_product_update

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
