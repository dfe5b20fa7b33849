from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_offering_product import PartnerOfferingProduct


T = TypeVar("T", bound="PartnerOfferingCreateRequest")


@_attrs_define
class PartnerOfferingCreateRequest:
    """An offering to create for the partner.

    Attributes:
        active (bool): Whether the offering is active.
        product (PartnerOfferingProduct): The product of an offering being created (the sample is a medication).
        product_type (str | Unset): Model class of the product, e.g. `App\\Models\\DosespotMedication`.
        clinician_id (UUID | Unset): Clinician of the offering.
        type_ (str | Unset): Offering type. The doc's type column reads `required (boothwyn)`: required for Boothwyn
            offerings.
        is_additional_approval_needed (bool | Unset): Whether additional approval is needed.
        title (str | Unset): Offering title.
        clinical_note (str | Unset): Notes from the MD.
        thank_you_note (str | Unset): Thank-you note.
        metadata (str | Unset): Free-form metadata.
        order (int | Unset): Display order.
        upcharge (float | Unset): Upcharge.
        clinician_extra_fee (float | Unset): Clinician extra fee.
        is_charged_separately (bool | Unset): Whether the offering is charged separately.
        image_file_id (UUID | Unset): File ID of the offering's image.
        store_url (str | Unset): URL of the offering in the partner's store.
        recommendation_message (str | Unset): Recommendation copy; may contain placeholders such as `[patient_name]` and
            `[links]`.
    """

    active: bool
    product: PartnerOfferingProduct
    product_type: str | Unset = UNSET
    clinician_id: UUID | Unset = UNSET
    type_: str | Unset = UNSET
    is_additional_approval_needed: bool | Unset = UNSET
    title: str | Unset = UNSET
    clinical_note: str | Unset = UNSET
    thank_you_note: str | Unset = UNSET
    metadata: str | Unset = UNSET
    order: int | Unset = UNSET
    upcharge: float | Unset = UNSET
    clinician_extra_fee: float | Unset = UNSET
    is_charged_separately: bool | Unset = UNSET
    image_file_id: UUID | Unset = UNSET
    store_url: str | Unset = UNSET
    recommendation_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        product = self.product.to_dict()

        product_type = self.product_type

        clinician_id: str | Unset = UNSET
        if not isinstance(self.clinician_id, Unset):
            clinician_id = str(self.clinician_id)

        type_ = self.type_

        is_additional_approval_needed = self.is_additional_approval_needed

        title = self.title

        clinical_note = self.clinical_note

        thank_you_note = self.thank_you_note

        metadata = self.metadata

        order = self.order

        upcharge = self.upcharge

        clinician_extra_fee = self.clinician_extra_fee

        is_charged_separately = self.is_charged_separately

        image_file_id: str | Unset = UNSET
        if not isinstance(self.image_file_id, Unset):
            image_file_id = str(self.image_file_id)

        store_url = self.store_url

        recommendation_message = self.recommendation_message

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
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if is_charged_separately is not UNSET:
            field_dict["is_charged_separately"] = is_charged_separately
        if image_file_id is not UNSET:
            field_dict["image_file_id"] = image_file_id
        if store_url is not UNSET:
            field_dict["store_url"] = store_url
        if recommendation_message is not UNSET:
            field_dict["recommendation_message"] = recommendation_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_offering_product import PartnerOfferingProduct  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        product = PartnerOfferingProduct.from_dict(d.pop("product"))

        product_type = d.pop("product_type", UNSET)

        _clinician_id = d.pop("clinician_id", UNSET)
        clinician_id: UUID | Unset
        if isinstance(_clinician_id, Unset):
            clinician_id = UNSET
        else:
            clinician_id = UUID(_clinician_id)

        type_ = d.pop("type", UNSET)

        is_additional_approval_needed = d.pop("is_additional_approval_needed", UNSET)

        title = d.pop("title", UNSET)

        clinical_note = d.pop("clinical_note", UNSET)

        thank_you_note = d.pop("thank_you_note", UNSET)

        metadata = d.pop("metadata", UNSET)

        order = d.pop("order", UNSET)

        upcharge = d.pop("upcharge", UNSET)

        clinician_extra_fee = d.pop("clinician_extra_fee", UNSET)

        is_charged_separately = d.pop("is_charged_separately", UNSET)

        _image_file_id = d.pop("image_file_id", UNSET)
        image_file_id: UUID | Unset
        if isinstance(_image_file_id, Unset):
            image_file_id = UNSET
        else:
            image_file_id = UUID(_image_file_id)

        store_url = d.pop("store_url", UNSET)

        recommendation_message = d.pop("recommendation_message", UNSET)

        partner_offering_create_request = cls(
            active=active,
            product=product,
            product_type=product_type,
            clinician_id=clinician_id,
            type_=type_,
            is_additional_approval_needed=is_additional_approval_needed,
            title=title,
            clinical_note=clinical_note,
            thank_you_note=thank_you_note,
            metadata=metadata,
            order=order,
            upcharge=upcharge,
            clinician_extra_fee=clinician_extra_fee,
            is_charged_separately=is_charged_separately,
            image_file_id=image_file_id,
            store_url=store_url,
            recommendation_message=recommendation_message,
        )

        partner_offering_create_request.additional_properties = d
        return partner_offering_create_request

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
