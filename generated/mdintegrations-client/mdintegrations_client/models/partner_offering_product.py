from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerOfferingProduct")


@_attrs_define
class PartnerOfferingProduct:
    """The product of an offering being created (the sample is a medication).

    Attributes:
        name (str): Product name.
        refills (int): Number of refills.
        quantity (str): Quantity to dispense (a string, e.g. `2`).
        directions (str): Directions for the patient.
        dispense_unit (str): Dispense unit, e.g. `Tablet`.
        dispense_unit_id (int): Dispense unit ID.
        force_pharmacy (bool): Whether the pharmacy is forced.
        allow_substitutions (bool): Whether the pharmacy may substitute the product.
        days_supply (int | Unset): Days of supply.
        effective_date (int | Unset): Effective date (an integer in the doc, e.g. 7).
        pharmacy_id (int | Unset): Pharmacy ID.
        pharmacy_name (str | Unset): Pharmacy name.
        pharmacy_notes (str | Unset): Notes for the pharmacy.
        sku (str | Unset): SKU; required if the offering's type is boothwyn.
        strength (str | Unset): Medication strength, e.g. `6 mg`.
        ndc (str | Unset): National Drug Code.
        dosespot_rxcui (int | Unset): DoseSpot RxCUI of the medication.
    """

    name: str
    refills: int
    quantity: str
    directions: str
    dispense_unit: str
    dispense_unit_id: int
    force_pharmacy: bool
    allow_substitutions: bool
    days_supply: int | Unset = UNSET
    effective_date: int | Unset = UNSET
    pharmacy_id: int | Unset = UNSET
    pharmacy_name: str | Unset = UNSET
    pharmacy_notes: str | Unset = UNSET
    sku: str | Unset = UNSET
    strength: str | Unset = UNSET
    ndc: str | Unset = UNSET
    dosespot_rxcui: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        refills = self.refills

        quantity = self.quantity

        directions = self.directions

        dispense_unit = self.dispense_unit

        dispense_unit_id = self.dispense_unit_id

        force_pharmacy = self.force_pharmacy

        allow_substitutions = self.allow_substitutions

        days_supply = self.days_supply

        effective_date = self.effective_date

        pharmacy_id = self.pharmacy_id

        pharmacy_name = self.pharmacy_name

        pharmacy_notes = self.pharmacy_notes

        sku = self.sku

        strength = self.strength

        ndc = self.ndc

        dosespot_rxcui = self.dosespot_rxcui

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "refills": refills,
                "quantity": quantity,
                "directions": directions,
                "dispense_unit": dispense_unit,
                "dispense_unit_id": dispense_unit_id,
                "force_pharmacy": force_pharmacy,
                "allow_substitutions": allow_substitutions,
            }
        )
        if days_supply is not UNSET:
            field_dict["days_supply"] = days_supply
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if pharmacy_id is not UNSET:
            field_dict["pharmacy_id"] = pharmacy_id
        if pharmacy_name is not UNSET:
            field_dict["pharmacy_name"] = pharmacy_name
        if pharmacy_notes is not UNSET:
            field_dict["pharmacy_notes"] = pharmacy_notes
        if sku is not UNSET:
            field_dict["sku"] = sku
        if strength is not UNSET:
            field_dict["strength"] = strength
        if ndc is not UNSET:
            field_dict["ndc"] = ndc
        if dosespot_rxcui is not UNSET:
            field_dict["dosespot_rxcui"] = dosespot_rxcui

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        refills = d.pop("refills")

        quantity = d.pop("quantity")

        directions = d.pop("directions")

        dispense_unit = d.pop("dispense_unit")

        dispense_unit_id = d.pop("dispense_unit_id")

        force_pharmacy = d.pop("force_pharmacy")

        allow_substitutions = d.pop("allow_substitutions")

        days_supply = d.pop("days_supply", UNSET)

        effective_date = d.pop("effective_date", UNSET)

        pharmacy_id = d.pop("pharmacy_id", UNSET)

        pharmacy_name = d.pop("pharmacy_name", UNSET)

        pharmacy_notes = d.pop("pharmacy_notes", UNSET)

        sku = d.pop("sku", UNSET)

        strength = d.pop("strength", UNSET)

        ndc = d.pop("ndc", UNSET)

        dosespot_rxcui = d.pop("dosespot_rxcui", UNSET)

        partner_offering_product = cls(
            name=name,
            refills=refills,
            quantity=quantity,
            directions=directions,
            dispense_unit=dispense_unit,
            dispense_unit_id=dispense_unit_id,
            force_pharmacy=force_pharmacy,
            allow_substitutions=allow_substitutions,
            days_supply=days_supply,
            effective_date=effective_date,
            pharmacy_id=pharmacy_id,
            pharmacy_name=pharmacy_name,
            pharmacy_notes=pharmacy_notes,
            sku=sku,
            strength=strength,
            ndc=ndc,
            dosespot_rxcui=dosespot_rxcui,
        )

        partner_offering_product.additional_properties = d
        return partner_offering_product

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
