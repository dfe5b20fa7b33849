from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecialtyMedicationProduct")


@_attrs_define
class SpecialtyMedicationProduct:
    """The medication product of an offering being created.

    Attributes:
        refills (int): Number of refills.
        quantity (str): Quantity to dispense.
        directions (str): Directions for the patient.
        allow_substitutions (bool): Whether the pharmacy may substitute the medication.
        name (str): Medication name.
        strength (str): Medication strength, e.g. `6 mg`.
        dispense_unit (str): Dispense unit, e.g. `Tablet`.
        dispense_unit_id (int): Dispense unit ID.
        force_pharmacy (bool): Whether the pharmacy is forced.
        days_supply (int | Unset): Days of supply.
        ndc (str | Unset): National Drug Code.
        effective_date (int | Unset): Effective date (an integer in the doc, e.g. 7).
        pharmacy_id (int | Unset): Pharmacy ID.
        pharmacy_name (str | Unset): Pharmacy name.
        dosespot_rxcui (int | Unset): DoseSpot RxCUI of the medication.
        pharmacy_notes (str | Unset): Notes for the pharmacy.
    """

    refills: int
    quantity: str
    directions: str
    allow_substitutions: bool
    name: str
    strength: str
    dispense_unit: str
    dispense_unit_id: int
    force_pharmacy: bool
    days_supply: int | Unset = UNSET
    ndc: str | Unset = UNSET
    effective_date: int | Unset = UNSET
    pharmacy_id: int | Unset = UNSET
    pharmacy_name: str | Unset = UNSET
    dosespot_rxcui: int | Unset = UNSET
    pharmacy_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refills = self.refills

        quantity = self.quantity

        directions = self.directions

        allow_substitutions = self.allow_substitutions

        name = self.name

        strength = self.strength

        dispense_unit = self.dispense_unit

        dispense_unit_id = self.dispense_unit_id

        force_pharmacy = self.force_pharmacy

        days_supply = self.days_supply

        ndc = self.ndc

        effective_date = self.effective_date

        pharmacy_id = self.pharmacy_id

        pharmacy_name = self.pharmacy_name

        dosespot_rxcui = self.dosespot_rxcui

        pharmacy_notes = self.pharmacy_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refills": refills,
                "quantity": quantity,
                "directions": directions,
                "allow_substitutions": allow_substitutions,
                "name": name,
                "strength": strength,
                "dispense_unit": dispense_unit,
                "dispense_unit_id": dispense_unit_id,
                "force_pharmacy": force_pharmacy,
            }
        )
        if days_supply is not UNSET:
            field_dict["days_supply"] = days_supply
        if ndc is not UNSET:
            field_dict["ndc"] = ndc
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if pharmacy_id is not UNSET:
            field_dict["pharmacy_id"] = pharmacy_id
        if pharmacy_name is not UNSET:
            field_dict["pharmacy_name"] = pharmacy_name
        if dosespot_rxcui is not UNSET:
            field_dict["dosespot_rxcui"] = dosespot_rxcui
        if pharmacy_notes is not UNSET:
            field_dict["pharmacy_notes"] = pharmacy_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refills = d.pop("refills")

        quantity = d.pop("quantity")

        directions = d.pop("directions")

        allow_substitutions = d.pop("allow_substitutions")

        name = d.pop("name")

        strength = d.pop("strength")

        dispense_unit = d.pop("dispense_unit")

        dispense_unit_id = d.pop("dispense_unit_id")

        force_pharmacy = d.pop("force_pharmacy")

        days_supply = d.pop("days_supply", UNSET)

        ndc = d.pop("ndc", UNSET)

        effective_date = d.pop("effective_date", UNSET)

        pharmacy_id = d.pop("pharmacy_id", UNSET)

        pharmacy_name = d.pop("pharmacy_name", UNSET)

        dosespot_rxcui = d.pop("dosespot_rxcui", UNSET)

        pharmacy_notes = d.pop("pharmacy_notes", UNSET)

        specialty_medication_product = cls(
            refills=refills,
            quantity=quantity,
            directions=directions,
            allow_substitutions=allow_substitutions,
            name=name,
            strength=strength,
            dispense_unit=dispense_unit,
            dispense_unit_id=dispense_unit_id,
            force_pharmacy=force_pharmacy,
            days_supply=days_supply,
            ndc=ndc,
            effective_date=effective_date,
            pharmacy_id=pharmacy_id,
            pharmacy_name=pharmacy_name,
            dosespot_rxcui=dosespot_rxcui,
            pharmacy_notes=pharmacy_notes,
        )

        specialty_medication_product.additional_properties = d
        return specialty_medication_product

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
