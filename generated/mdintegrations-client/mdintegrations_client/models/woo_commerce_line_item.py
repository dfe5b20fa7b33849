from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WooCommerceLineItem")


@_attrs_define
class WooCommerceLineItem:
    """A line item of an order.

    Attributes:
        legacy_values (Any | Unset): Always null in the doc's sample; its type is not documented.
        legacy_cart_item_key (Any | Unset): Always null in the doc's sample; its type is not documented.
        legacy_package_key (Any | Unset): Always null in the doc's sample; its type is not documented.
    """

    legacy_values: Any | Unset = UNSET
    legacy_cart_item_key: Any | Unset = UNSET
    legacy_package_key: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legacy_values = self.legacy_values

        legacy_cart_item_key = self.legacy_cart_item_key

        legacy_package_key = self.legacy_package_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if legacy_values is not UNSET:
            field_dict["legacy_values"] = legacy_values
        if legacy_cart_item_key is not UNSET:
            field_dict["legacy_cart_item_key"] = legacy_cart_item_key
        if legacy_package_key is not UNSET:
            field_dict["legacy_package_key"] = legacy_package_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        legacy_values = d.pop("legacy_values", UNSET)

        legacy_cart_item_key = d.pop("legacy_cart_item_key", UNSET)

        legacy_package_key = d.pop("legacy_package_key", UNSET)

        woo_commerce_line_item = cls(
            legacy_values=legacy_values,
            legacy_cart_item_key=legacy_cart_item_key,
            legacy_package_key=legacy_package_key,
        )

        woo_commerce_line_item.additional_properties = d
        return woo_commerce_line_item

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
