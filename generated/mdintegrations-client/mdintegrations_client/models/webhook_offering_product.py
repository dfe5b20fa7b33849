from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookOfferingProduct")


@_attrs_define
class WebhookOfferingProduct:
    """The product behind a case offering. Its fields depend on product_type; the doc shows a DosespotSupply
    (ndc, otc, upc, is_obsolete, dosespot_supply_id) and a DosespotCompound (clinician_id,
    allow_substitutions). All fields are optional here.

        Attributes:
            id (UUID | Unset):
            ndc (None | str | Unset):
            otc (None | str | Unset):
            upc (None | str | Unset):
            name (str | Unset):
            title (str | Unset):
            refills (int | Unset):
            metadata (Any | Unset): Product metadata (only null in the doc; type unknown).
            quantity (str | Unset): Quantity (a string in the doc, e.g. "2").
            created_at (datetime.datetime | Unset):
            deleted_at (datetime.datetime | None | Unset):
            directions (None | str | Unset):
            updated_at (datetime.datetime | Unset):
            days_supply (int | None | Unset):
            is_obsolete (bool | None | Unset):
            pharmacy_id (None | str | Unset):
            clinician_id (None | str | Unset):
            dispense_unit (str | Unset):
            pharmacy_name (None | str | Unset):
            effective_date (None | str | Unset):
            force_pharmacy (bool | Unset):
            pharmacy_notes (None | str | Unset):
            dispense_unit_id (int | Unset):
            dosespot_supply_id (int | Unset):
            allow_substitutions (bool | Unset):
    """

    id: UUID | Unset = UNSET
    ndc: None | str | Unset = UNSET
    otc: None | str | Unset = UNSET
    upc: None | str | Unset = UNSET
    name: str | Unset = UNSET
    title: str | Unset = UNSET
    refills: int | Unset = UNSET
    metadata: Any | Unset = UNSET
    quantity: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    directions: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    days_supply: int | None | Unset = UNSET
    is_obsolete: bool | None | Unset = UNSET
    pharmacy_id: None | str | Unset = UNSET
    clinician_id: None | str | Unset = UNSET
    dispense_unit: str | Unset = UNSET
    pharmacy_name: None | str | Unset = UNSET
    effective_date: None | str | Unset = UNSET
    force_pharmacy: bool | Unset = UNSET
    pharmacy_notes: None | str | Unset = UNSET
    dispense_unit_id: int | Unset = UNSET
    dosespot_supply_id: int | Unset = UNSET
    allow_substitutions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        ndc: None | str | Unset
        if isinstance(self.ndc, Unset):
            ndc = UNSET
        else:
            ndc = self.ndc

        otc: None | str | Unset
        if isinstance(self.otc, Unset):
            otc = UNSET
        else:
            otc = self.otc

        upc: None | str | Unset
        if isinstance(self.upc, Unset):
            upc = UNSET
        else:
            upc = self.upc

        name = self.name

        title = self.title

        refills = self.refills

        metadata = self.metadata

        quantity = self.quantity

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        directions: None | str | Unset
        if isinstance(self.directions, Unset):
            directions = UNSET
        else:
            directions = self.directions

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        days_supply: int | None | Unset
        if isinstance(self.days_supply, Unset):
            days_supply = UNSET
        else:
            days_supply = self.days_supply

        is_obsolete: bool | None | Unset
        if isinstance(self.is_obsolete, Unset):
            is_obsolete = UNSET
        else:
            is_obsolete = self.is_obsolete

        pharmacy_id: None | str | Unset
        if isinstance(self.pharmacy_id, Unset):
            pharmacy_id = UNSET
        else:
            pharmacy_id = self.pharmacy_id

        clinician_id: None | str | Unset
        if isinstance(self.clinician_id, Unset):
            clinician_id = UNSET
        else:
            clinician_id = self.clinician_id

        dispense_unit = self.dispense_unit

        pharmacy_name: None | str | Unset
        if isinstance(self.pharmacy_name, Unset):
            pharmacy_name = UNSET
        else:
            pharmacy_name = self.pharmacy_name

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = self.effective_date

        force_pharmacy = self.force_pharmacy

        pharmacy_notes: None | str | Unset
        if isinstance(self.pharmacy_notes, Unset):
            pharmacy_notes = UNSET
        else:
            pharmacy_notes = self.pharmacy_notes

        dispense_unit_id = self.dispense_unit_id

        dosespot_supply_id = self.dosespot_supply_id

        allow_substitutions = self.allow_substitutions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ndc is not UNSET:
            field_dict["ndc"] = ndc
        if otc is not UNSET:
            field_dict["otc"] = otc
        if upc is not UNSET:
            field_dict["upc"] = upc
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if refills is not UNSET:
            field_dict["refills"] = refills
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if directions is not UNSET:
            field_dict["directions"] = directions
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if days_supply is not UNSET:
            field_dict["days_supply"] = days_supply
        if is_obsolete is not UNSET:
            field_dict["is_obsolete"] = is_obsolete
        if pharmacy_id is not UNSET:
            field_dict["pharmacy_id"] = pharmacy_id
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if dispense_unit is not UNSET:
            field_dict["dispense_unit"] = dispense_unit
        if pharmacy_name is not UNSET:
            field_dict["pharmacy_name"] = pharmacy_name
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if force_pharmacy is not UNSET:
            field_dict["force_pharmacy"] = force_pharmacy
        if pharmacy_notes is not UNSET:
            field_dict["pharmacy_notes"] = pharmacy_notes
        if dispense_unit_id is not UNSET:
            field_dict["dispense_unit_id"] = dispense_unit_id
        if dosespot_supply_id is not UNSET:
            field_dict["dosespot_supply_id"] = dosespot_supply_id
        if allow_substitutions is not UNSET:
            field_dict["allow_substitutions"] = allow_substitutions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        def _parse_ndc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ndc = _parse_ndc(d.pop("ndc", UNSET))

        def _parse_otc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        otc = _parse_otc(d.pop("otc", UNSET))

        def _parse_upc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upc = _parse_upc(d.pop("upc", UNSET))

        name = d.pop("name", UNSET)

        title = d.pop("title", UNSET)

        refills = d.pop("refills", UNSET)

        metadata = d.pop("metadata", UNSET)

        quantity = d.pop("quantity", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_directions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        directions = _parse_directions(d.pop("directions", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_days_supply(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_supply = _parse_days_supply(d.pop("days_supply", UNSET))

        def _parse_is_obsolete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_obsolete = _parse_is_obsolete(d.pop("is_obsolete", UNSET))

        def _parse_pharmacy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pharmacy_id = _parse_pharmacy_id(d.pop("pharmacy_id", UNSET))

        def _parse_clinician_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinician_id = _parse_clinician_id(d.pop("clinician_id", UNSET))

        dispense_unit = d.pop("dispense_unit", UNSET)

        def _parse_pharmacy_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pharmacy_name = _parse_pharmacy_name(d.pop("pharmacy_name", UNSET))

        def _parse_effective_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_date = _parse_effective_date(d.pop("effective_date", UNSET))

        force_pharmacy = d.pop("force_pharmacy", UNSET)

        def _parse_pharmacy_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pharmacy_notes = _parse_pharmacy_notes(d.pop("pharmacy_notes", UNSET))

        dispense_unit_id = d.pop("dispense_unit_id", UNSET)

        dosespot_supply_id = d.pop("dosespot_supply_id", UNSET)

        allow_substitutions = d.pop("allow_substitutions", UNSET)

        webhook_offering_product = cls(
            id=id,
            ndc=ndc,
            otc=otc,
            upc=upc,
            name=name,
            title=title,
            refills=refills,
            metadata=metadata,
            quantity=quantity,
            created_at=created_at,
            deleted_at=deleted_at,
            directions=directions,
            updated_at=updated_at,
            days_supply=days_supply,
            is_obsolete=is_obsolete,
            pharmacy_id=pharmacy_id,
            clinician_id=clinician_id,
            dispense_unit=dispense_unit,
            pharmacy_name=pharmacy_name,
            effective_date=effective_date,
            force_pharmacy=force_pharmacy,
            pharmacy_notes=pharmacy_notes,
            dispense_unit_id=dispense_unit_id,
            dosespot_supply_id=dosespot_supply_id,
            allow_substitutions=allow_substitutions,
        )

        webhook_offering_product.additional_properties = d
        return webhook_offering_product

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
