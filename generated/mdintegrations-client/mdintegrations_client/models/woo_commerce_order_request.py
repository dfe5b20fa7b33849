from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.woo_commerce_order_base_data import WooCommerceOrderBaseData
    from ..models.woo_commerce_order_data import WooCommerceOrderData
    from ..models.woo_commerce_order_meta import WooCommerceOrderMeta
    from ..models.woo_commerce_order_request_items import WooCommerceOrderRequestItems


T = TypeVar("T", bound="WooCommerceOrderRequest")


@_attrs_define
class WooCommerceOrderRequest:
    """A WooCommerce order as sent by the partner's store.

    Attributes:
        order_meta (WooCommerceOrderMeta | Unset): MD Integrations' custom checkout fields of the order.
        base_data (WooCommerceOrderBaseData | Unset): The order's base data.
        data (WooCommerceOrderData | Unset): The order's data: the base data plus meta data and lines.
        items (WooCommerceOrderRequestItems | Unset): The ordered products keyed by product ID.
    """

    order_meta: WooCommerceOrderMeta | Unset = UNSET
    base_data: WooCommerceOrderBaseData | Unset = UNSET
    data: WooCommerceOrderData | Unset = UNSET
    items: WooCommerceOrderRequestItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_meta, Unset):
            order_meta = self.order_meta.to_dict()

        base_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_data, Unset):
            base_data = self.base_data.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_meta is not UNSET:
            field_dict["order_meta"] = order_meta
        if base_data is not UNSET:
            field_dict["base_data"] = base_data
        if data is not UNSET:
            field_dict["data"] = data
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.woo_commerce_order_base_data import WooCommerceOrderBaseData  # noqa: PLC0415
        from ..models.woo_commerce_order_data import WooCommerceOrderData  # noqa: PLC0415
        from ..models.woo_commerce_order_meta import WooCommerceOrderMeta  # noqa: PLC0415
        from ..models.woo_commerce_order_request_items import WooCommerceOrderRequestItems  # noqa: PLC0415

        d = dict(src_dict)
        _order_meta = d.pop("order_meta", UNSET)
        order_meta: WooCommerceOrderMeta | Unset
        if isinstance(_order_meta, Unset):
            order_meta = UNSET
        else:
            order_meta = WooCommerceOrderMeta.from_dict(_order_meta)

        _base_data = d.pop("base_data", UNSET)
        base_data: WooCommerceOrderBaseData | Unset
        if isinstance(_base_data, Unset):
            base_data = UNSET
        else:
            base_data = WooCommerceOrderBaseData.from_dict(_base_data)

        _data = d.pop("data", UNSET)
        data: WooCommerceOrderData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WooCommerceOrderData.from_dict(_data)

        _items = d.pop("items", UNSET)
        items: WooCommerceOrderRequestItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = WooCommerceOrderRequestItems.from_dict(_items)

        woo_commerce_order_request = cls(
            order_meta=order_meta,
            base_data=base_data,
            data=data,
            items=items,
        )

        woo_commerce_order_request.additional_properties = d
        return woo_commerce_order_request

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
