from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_offering_product import WebhookOfferingProduct


T = TypeVar("T", bound="WebhookCaseOffering")


@_attrs_define
class WebhookCaseOffering:
    """A case offering (treatment) in the offering_submitted event.

    Attributes:
        id (UUID | Unset):
        case_offering_id (UUID | Unset):
        title (str | Unset):
        name (str | Unset):
        directions (None | str | Unset):
        is_additional_approval_needed (bool | Unset):
        thank_you_note (None | str | Unset):
        clinical_note (None | str | Unset):
        status (str | Unset): Offering status (the doc's sample is "pending"; no value list documented).
        status_details (None | str | Unset):
        order (int | Unset):
        is_important (bool | Unset):
        offerable_type (str | Unset): Class of the offerable (e.g. App\\Models\\Offering).
        offerable_id (UUID | Unset):
        order_status (None | str | Unset):
        order_date (None | str | Unset):
        order_details (None | str | Unset):
        order_updated (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        deleted_at (datetime.datetime | None | Unset):
        product (WebhookOfferingProduct | Unset): The product behind a case offering. Its fields depend on product_type;
            the doc shows a DosespotSupply
            (ndc, otc, upc, is_obsolete, dosespot_supply_id) and a DosespotCompound (clinician_id,
            allow_substitutions). All fields are optional here.
        product_id (UUID | Unset):
        product_type (str | Unset): Class of the product (the doc shows App\\Models\\DosespotSupply and
            App\\Models\\DosespotCompound).
    """

    id: UUID | Unset = UNSET
    case_offering_id: UUID | Unset = UNSET
    title: str | Unset = UNSET
    name: str | Unset = UNSET
    directions: None | str | Unset = UNSET
    is_additional_approval_needed: bool | Unset = UNSET
    thank_you_note: None | str | Unset = UNSET
    clinical_note: None | str | Unset = UNSET
    status: str | Unset = UNSET
    status_details: None | str | Unset = UNSET
    order: int | Unset = UNSET
    is_important: bool | Unset = UNSET
    offerable_type: str | Unset = UNSET
    offerable_id: UUID | Unset = UNSET
    order_status: None | str | Unset = UNSET
    order_date: None | str | Unset = UNSET
    order_details: None | str | Unset = UNSET
    order_updated: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    product: WebhookOfferingProduct | Unset = UNSET
    product_id: UUID | Unset = UNSET
    product_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        case_offering_id: str | Unset = UNSET
        if not isinstance(self.case_offering_id, Unset):
            case_offering_id = str(self.case_offering_id)

        title = self.title

        name = self.name

        directions: None | str | Unset
        if isinstance(self.directions, Unset):
            directions = UNSET
        else:
            directions = self.directions

        is_additional_approval_needed = self.is_additional_approval_needed

        thank_you_note: None | str | Unset
        if isinstance(self.thank_you_note, Unset):
            thank_you_note = UNSET
        else:
            thank_you_note = self.thank_you_note

        clinical_note: None | str | Unset
        if isinstance(self.clinical_note, Unset):
            clinical_note = UNSET
        else:
            clinical_note = self.clinical_note

        status = self.status

        status_details: None | str | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        else:
            status_details = self.status_details

        order = self.order

        is_important = self.is_important

        offerable_type = self.offerable_type

        offerable_id: str | Unset = UNSET
        if not isinstance(self.offerable_id, Unset):
            offerable_id = str(self.offerable_id)

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        order_date: None | str | Unset
        if isinstance(self.order_date, Unset):
            order_date = UNSET
        else:
            order_date = self.order_date

        order_details: None | str | Unset
        if isinstance(self.order_details, Unset):
            order_details = UNSET
        else:
            order_details = self.order_details

        order_updated: None | str | Unset
        if isinstance(self.order_updated, Unset):
            order_updated = UNSET
        else:
            order_updated = self.order_updated

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        product_type = self.product_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if case_offering_id is not UNSET:
            field_dict["case_offering_id"] = case_offering_id
        if title is not UNSET:
            field_dict["title"] = title
        if name is not UNSET:
            field_dict["name"] = name
        if directions is not UNSET:
            field_dict["directions"] = directions
        if is_additional_approval_needed is not UNSET:
            field_dict["is_additional_approval_needed"] = is_additional_approval_needed
        if thank_you_note is not UNSET:
            field_dict["thank_you_note"] = thank_you_note
        if clinical_note is not UNSET:
            field_dict["clinical_note"] = clinical_note
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if order is not UNSET:
            field_dict["order"] = order
        if is_important is not UNSET:
            field_dict["is_important"] = is_important
        if offerable_type is not UNSET:
            field_dict["offerable_type"] = offerable_type
        if offerable_id is not UNSET:
            field_dict["offerable_id"] = offerable_id
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if order_date is not UNSET:
            field_dict["order_date"] = order_date
        if order_details is not UNSET:
            field_dict["order_details"] = order_details
        if order_updated is not UNSET:
            field_dict["order_updated"] = order_updated
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if product is not UNSET:
            field_dict["product"] = product
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_type is not UNSET:
            field_dict["product_type"] = product_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_offering_product import WebhookOfferingProduct  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _case_offering_id = d.pop("case_offering_id", UNSET)
        case_offering_id: UUID | Unset
        if isinstance(_case_offering_id, Unset):
            case_offering_id = UNSET
        else:
            case_offering_id = UUID(_case_offering_id)

        title = d.pop("title", UNSET)

        name = d.pop("name", UNSET)

        def _parse_directions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        directions = _parse_directions(d.pop("directions", UNSET))

        is_additional_approval_needed = d.pop("is_additional_approval_needed", UNSET)

        def _parse_thank_you_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thank_you_note = _parse_thank_you_note(d.pop("thank_you_note", UNSET))

        def _parse_clinical_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinical_note = _parse_clinical_note(d.pop("clinical_note", UNSET))

        status = d.pop("status", UNSET)

        def _parse_status_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_details = _parse_status_details(d.pop("status_details", UNSET))

        order = d.pop("order", UNSET)

        is_important = d.pop("is_important", UNSET)

        offerable_type = d.pop("offerable_type", UNSET)

        _offerable_id = d.pop("offerable_id", UNSET)
        offerable_id: UUID | Unset
        if isinstance(_offerable_id, Unset):
            offerable_id = UNSET
        else:
            offerable_id = UUID(_offerable_id)

        def _parse_order_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_status = _parse_order_status(d.pop("order_status", UNSET))

        def _parse_order_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_date = _parse_order_date(d.pop("order_date", UNSET))

        def _parse_order_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_details = _parse_order_details(d.pop("order_details", UNSET))

        def _parse_order_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_updated = _parse_order_updated(d.pop("order_updated", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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

        _product = d.pop("product", UNSET)
        product: WebhookOfferingProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = WebhookOfferingProduct.from_dict(_product)

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset
        if isinstance(_product_id, Unset):
            product_id = UNSET
        else:
            product_id = UUID(_product_id)

        product_type = d.pop("product_type", UNSET)

        webhook_case_offering = cls(
            id=id,
            case_offering_id=case_offering_id,
            title=title,
            name=name,
            directions=directions,
            is_additional_approval_needed=is_additional_approval_needed,
            thank_you_note=thank_you_note,
            clinical_note=clinical_note,
            status=status,
            status_details=status_details,
            order=order,
            is_important=is_important,
            offerable_type=offerable_type,
            offerable_id=offerable_id,
            order_status=order_status,
            order_date=order_date,
            order_details=order_details,
            order_updated=order_updated,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            product=product,
            product_id=product_id,
            product_type=product_type,
        )

        webhook_case_offering.additional_properties = d
        return webhook_case_offering

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
