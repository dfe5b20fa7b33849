from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WooCommerceOrderMeta")


@_attrs_define
class WooCommerceOrderMeta:
    """MD Integrations' custom checkout fields of the order.

    Attributes:
        billing_mdi_custom_gender_field (list[str] | Unset): Patient gender (custom billing field).
        billing_mdi_custom_date_of_birth_field (list[str] | Unset): Patient date of birth, e.g. `2025-01-18` (custom
            billing field).
    """

    billing_mdi_custom_gender_field: list[str] | Unset = UNSET
    billing_mdi_custom_date_of_birth_field: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_mdi_custom_gender_field: list[str] | Unset = UNSET
        if not isinstance(self.billing_mdi_custom_gender_field, Unset):
            billing_mdi_custom_gender_field = self.billing_mdi_custom_gender_field

        billing_mdi_custom_date_of_birth_field: list[str] | Unset = UNSET
        if not isinstance(self.billing_mdi_custom_date_of_birth_field, Unset):
            billing_mdi_custom_date_of_birth_field = self.billing_mdi_custom_date_of_birth_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_mdi_custom_gender_field is not UNSET:
            field_dict["billing_mdi_custom_gender_field"] = billing_mdi_custom_gender_field
        if billing_mdi_custom_date_of_birth_field is not UNSET:
            field_dict["billing_mdi_custom_date_of_birth_field"] = billing_mdi_custom_date_of_birth_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_mdi_custom_gender_field = cast(list[str], d.pop("billing_mdi_custom_gender_field", UNSET))

        billing_mdi_custom_date_of_birth_field = cast(list[str], d.pop("billing_mdi_custom_date_of_birth_field", UNSET))

        woo_commerce_order_meta = cls(
            billing_mdi_custom_gender_field=billing_mdi_custom_gender_field,
            billing_mdi_custom_date_of_birth_field=billing_mdi_custom_date_of_birth_field,
        )

        woo_commerce_order_meta.additional_properties = d
        return woo_commerce_order_meta

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
