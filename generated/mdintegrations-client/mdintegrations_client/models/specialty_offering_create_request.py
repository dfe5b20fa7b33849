from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.specialty_medication_product import SpecialtyMedicationProduct


T = TypeVar("T", bound="SpecialtyOfferingCreateRequest")


@_attrs_define
class SpecialtyOfferingCreateRequest:
    """An offering (medication) to create for the specialty.

    Attributes:
        active (bool): Whether the offering is active.
        product (SpecialtyMedicationProduct): The medication product of an offering being created.
        product_type (str | Unset): Model class of the product, e.g. `App\\Models\\DosespotMedication`.
        is_additional_approval_needed (bool | Unset): Whether additional approval is needed.
        title (str | Unset): Offering title.
        clinical_note (str | Unset): Notes from the MD.
        thank_you_note (str | Unset): Thank-you note.
        metadata (str | Unset): Free-form metadata.
        order (int | Unset): Display order.
        upcharge (float | Unset): Upcharge.
        clinician_extra_fee (float | Unset): Clinician extra fee.
    """

    active: bool
    product: SpecialtyMedicationProduct
    product_type: str | Unset = UNSET
    is_additional_approval_needed: bool | Unset = UNSET
    title: str | Unset = UNSET
    clinical_note: str | Unset = UNSET
    thank_you_note: str | Unset = UNSET
    metadata: str | Unset = UNSET
    order: int | Unset = UNSET
    upcharge: float | Unset = UNSET
    clinician_extra_fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        product = self.product.to_dict()

        product_type = self.product_type

        is_additional_approval_needed = self.is_additional_approval_needed

        title = self.title

        clinical_note = self.clinical_note

        thank_you_note = self.thank_you_note

        metadata = self.metadata

        order = self.order

        upcharge = self.upcharge

        clinician_extra_fee = self.clinician_extra_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "product": product,
            }
        )
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if is_additional_approval_needed is not UNSET:
            field_dict["is_additional_approval_needed"] = is_additional_approval_needed
        if title is not UNSET:
            field_dict["title"] = title
        if clinical_note is not UNSET:
            field_dict["clinical_note"] = clinical_note
        if thank_you_note is not UNSET:
            field_dict["thank_you_note"] = thank_you_note
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if order is not UNSET:
            field_dict["order"] = order
        if upcharge is not UNSET:
            field_dict["upcharge"] = upcharge
        if clinician_extra_fee is not UNSET:
            field_dict["clinician_extra_fee"] = clinician_extra_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.specialty_medication_product import SpecialtyMedicationProduct  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        product = SpecialtyMedicationProduct.from_dict(d.pop("product"))

        product_type = d.pop("product_type", UNSET)

        is_additional_approval_needed = d.pop("is_additional_approval_needed", UNSET)

        title = d.pop("title", UNSET)

        clinical_note = d.pop("clinical_note", UNSET)

        thank_you_note = d.pop("thank_you_note", UNSET)

        metadata = d.pop("metadata", UNSET)

        order = d.pop("order", UNSET)

        upcharge = d.pop("upcharge", UNSET)

        clinician_extra_fee = d.pop("clinician_extra_fee", UNSET)

        specialty_offering_create_request = cls(
            active=active,
            product=product,
            product_type=product_type,
            is_additional_approval_needed=is_additional_approval_needed,
            title=title,
            clinical_note=clinical_note,
            thank_you_note=thank_you_note,
            metadata=metadata,
            order=order,
            upcharge=upcharge,
            clinician_extra_fee=clinician_extra_fee,
        )

        specialty_offering_create_request.additional_properties = d
        return specialty_offering_create_request

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
