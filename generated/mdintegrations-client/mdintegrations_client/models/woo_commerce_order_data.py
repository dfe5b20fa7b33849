from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.woo_commerce_address import WooCommerceAddress
    from ..models.woo_commerce_date_time import WooCommerceDateTime
    from ..models.woo_commerce_meta_data import WooCommerceMetaData
    from ..models.woo_commerce_order_data_line_items import WooCommerceOrderDataLineItems


T = TypeVar("T", bound="WooCommerceOrderData")


@_attrs_define
class WooCommerceOrderData:
    """The order's data: the base data plus meta data and lines.

    Attributes:
        id (int | Unset): Order ID.
        parent_id (int | Unset):
        status (str | Unset): WooCommerce order status, e.g. `processing`.
        currency (str | Unset): Currency code, e.g. `BRL`.
        version (str | Unset): WooCommerce version, e.g. `9.5.2`.
        prices_include_tax (bool | Unset):
        date_created (WooCommerceDateTime | Unset): A PHP DateTime as serialized by WooCommerce.
        date_modified (WooCommerceDateTime | Unset): A PHP DateTime as serialized by WooCommerce.
        discount_total (str | Unset): Decimal amount as a string.
        discount_tax (str | Unset): Decimal amount as a string.
        shipping_total (str | Unset): Decimal amount as a string.
        shipping_tax (str | Unset): Decimal amount as a string.
        cart_tax (str | Unset): Decimal amount as a string.
        total (str | Unset): Decimal amount as a string.
        total_tax (str | Unset): Decimal amount as a string.
        customer_id (int | Unset):
        order_key (str | Unset):
        billing (WooCommerceAddress | Unset): Billing or shipping address of an order (the shipping sample has no
            `email`).
        shipping (WooCommerceAddress | Unset): Billing or shipping address of an order (the shipping sample has no
            `email`).
        payment_method (str | Unset):
        payment_method_title (str | Unset):
        transaction_id (None | str | Unset):
        customer_ip_address (str | Unset):
        customer_user_agent (str | Unset):
        created_via (str | Unset):
        customer_note (None | str | Unset):
        date_completed (Any | Unset): Always null in the doc's sample; its type is not documented.
        date_paid (Any | Unset): Always null in the doc's sample; its type is not documented.
        cart_hash (str | Unset):
        order_stock_reduced (bool | Unset):
        download_permissions_granted (bool | Unset):
        new_order_email_sent (bool | Unset):
        recorded_sales (bool | Unset):
        recorded_coupon_usage_counts (bool | Unset):
        number (str | Unset): Order number.
        meta_data (list[WooCommerceMetaData] | Unset):
        line_items (WooCommerceOrderDataLineItems | Unset): Line items keyed by line-item ID.
        tax_lines (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        shipping_lines (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        fee_lines (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        coupon_lines (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
    """

    id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    status: str | Unset = UNSET
    currency: str | Unset = UNSET
    version: str | Unset = UNSET
    prices_include_tax: bool | Unset = UNSET
    date_created: WooCommerceDateTime | Unset = UNSET
    date_modified: WooCommerceDateTime | Unset = UNSET
    discount_total: str | Unset = UNSET
    discount_tax: str | Unset = UNSET
    shipping_total: str | Unset = UNSET
    shipping_tax: str | Unset = UNSET
    cart_tax: str | Unset = UNSET
    total: str | Unset = UNSET
    total_tax: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    order_key: str | Unset = UNSET
    billing: WooCommerceAddress | Unset = UNSET
    shipping: WooCommerceAddress | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_method_title: str | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    customer_ip_address: str | Unset = UNSET
    customer_user_agent: str | Unset = UNSET
    created_via: str | Unset = UNSET
    customer_note: None | str | Unset = UNSET
    date_completed: Any | Unset = UNSET
    date_paid: Any | Unset = UNSET
    cart_hash: str | Unset = UNSET
    order_stock_reduced: bool | Unset = UNSET
    download_permissions_granted: bool | Unset = UNSET
    new_order_email_sent: bool | Unset = UNSET
    recorded_sales: bool | Unset = UNSET
    recorded_coupon_usage_counts: bool | Unset = UNSET
    number: str | Unset = UNSET
    meta_data: list[WooCommerceMetaData] | Unset = UNSET
    line_items: WooCommerceOrderDataLineItems | Unset = UNSET
    tax_lines: list[Any] | Unset = UNSET
    shipping_lines: list[Any] | Unset = UNSET
    fee_lines: list[Any] | Unset = UNSET
    coupon_lines: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_id = self.parent_id

        status = self.status

        currency = self.currency

        version = self.version

        prices_include_tax = self.prices_include_tax

        date_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.to_dict()

        date_modified: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.to_dict()

        discount_total = self.discount_total

        discount_tax = self.discount_tax

        shipping_total = self.shipping_total

        shipping_tax = self.shipping_tax

        cart_tax = self.cart_tax

        total = self.total

        total_tax = self.total_tax

        customer_id = self.customer_id

        order_key = self.order_key

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        payment_method = self.payment_method

        payment_method_title = self.payment_method_title

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        customer_ip_address = self.customer_ip_address

        customer_user_agent = self.customer_user_agent

        created_via = self.created_via

        customer_note: None | str | Unset
        if isinstance(self.customer_note, Unset):
            customer_note = UNSET
        else:
            customer_note = self.customer_note

        date_completed = self.date_completed

        date_paid = self.date_paid

        cart_hash = self.cart_hash

        order_stock_reduced = self.order_stock_reduced

        download_permissions_granted = self.download_permissions_granted

        new_order_email_sent = self.new_order_email_sent

        recorded_sales = self.recorded_sales

        recorded_coupon_usage_counts = self.recorded_coupon_usage_counts

        number = self.number

        meta_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = []
            for meta_data_item_data in self.meta_data:
                meta_data_item = meta_data_item_data.to_dict()
                meta_data.append(meta_data_item)

        line_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = self.line_items.to_dict()

        tax_lines: list[Any] | Unset = UNSET
        if not isinstance(self.tax_lines, Unset):
            tax_lines = self.tax_lines

        shipping_lines: list[Any] | Unset = UNSET
        if not isinstance(self.shipping_lines, Unset):
            shipping_lines = self.shipping_lines

        fee_lines: list[Any] | Unset = UNSET
        if not isinstance(self.fee_lines, Unset):
            fee_lines = self.fee_lines

        coupon_lines: list[Any] | Unset = UNSET
        if not isinstance(self.coupon_lines, Unset):
            coupon_lines = self.coupon_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if version is not UNSET:
            field_dict["version"] = version
        if prices_include_tax is not UNSET:
            field_dict["prices_include_tax"] = prices_include_tax
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if discount_total is not UNSET:
            field_dict["discount_total"] = discount_total
        if discount_tax is not UNSET:
            field_dict["discount_tax"] = discount_tax
        if shipping_total is not UNSET:
            field_dict["shipping_total"] = shipping_total
        if shipping_tax is not UNSET:
            field_dict["shipping_tax"] = shipping_tax
        if cart_tax is not UNSET:
            field_dict["cart_tax"] = cart_tax
        if total is not UNSET:
            field_dict["total"] = total
        if total_tax is not UNSET:
            field_dict["total_tax"] = total_tax
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if order_key is not UNSET:
            field_dict["order_key"] = order_key
        if billing is not UNSET:
            field_dict["billing"] = billing
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_method_title is not UNSET:
            field_dict["payment_method_title"] = payment_method_title
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if customer_ip_address is not UNSET:
            field_dict["customer_ip_address"] = customer_ip_address
        if customer_user_agent is not UNSET:
            field_dict["customer_user_agent"] = customer_user_agent
        if created_via is not UNSET:
            field_dict["created_via"] = created_via
        if customer_note is not UNSET:
            field_dict["customer_note"] = customer_note
        if date_completed is not UNSET:
            field_dict["date_completed"] = date_completed
        if date_paid is not UNSET:
            field_dict["date_paid"] = date_paid
        if cart_hash is not UNSET:
            field_dict["cart_hash"] = cart_hash
        if order_stock_reduced is not UNSET:
            field_dict["order_stock_reduced"] = order_stock_reduced
        if download_permissions_granted is not UNSET:
            field_dict["download_permissions_granted"] = download_permissions_granted
        if new_order_email_sent is not UNSET:
            field_dict["new_order_email_sent"] = new_order_email_sent
        if recorded_sales is not UNSET:
            field_dict["recorded_sales"] = recorded_sales
        if recorded_coupon_usage_counts is not UNSET:
            field_dict["recorded_coupon_usage_counts"] = recorded_coupon_usage_counts
        if number is not UNSET:
            field_dict["number"] = number
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if tax_lines is not UNSET:
            field_dict["tax_lines"] = tax_lines
        if shipping_lines is not UNSET:
            field_dict["shipping_lines"] = shipping_lines
        if fee_lines is not UNSET:
            field_dict["fee_lines"] = fee_lines
        if coupon_lines is not UNSET:
            field_dict["coupon_lines"] = coupon_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.woo_commerce_address import WooCommerceAddress  # noqa: PLC0415
        from ..models.woo_commerce_date_time import WooCommerceDateTime  # noqa: PLC0415
        from ..models.woo_commerce_meta_data import WooCommerceMetaData  # noqa: PLC0415
        from ..models.woo_commerce_order_data_line_items import WooCommerceOrderDataLineItems  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        status = d.pop("status", UNSET)

        currency = d.pop("currency", UNSET)

        version = d.pop("version", UNSET)

        prices_include_tax = d.pop("prices_include_tax", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: WooCommerceDateTime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = WooCommerceDateTime.from_dict(_date_created)

        _date_modified = d.pop("date_modified", UNSET)
        date_modified: WooCommerceDateTime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = WooCommerceDateTime.from_dict(_date_modified)

        discount_total = d.pop("discount_total", UNSET)

        discount_tax = d.pop("discount_tax", UNSET)

        shipping_total = d.pop("shipping_total", UNSET)

        shipping_tax = d.pop("shipping_tax", UNSET)

        cart_tax = d.pop("cart_tax", UNSET)

        total = d.pop("total", UNSET)

        total_tax = d.pop("total_tax", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        order_key = d.pop("order_key", UNSET)

        _billing = d.pop("billing", UNSET)
        billing: WooCommerceAddress | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = WooCommerceAddress.from_dict(_billing)

        _shipping = d.pop("shipping", UNSET)
        shipping: WooCommerceAddress | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = WooCommerceAddress.from_dict(_shipping)

        payment_method = d.pop("payment_method", UNSET)

        payment_method_title = d.pop("payment_method_title", UNSET)

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

        customer_ip_address = d.pop("customer_ip_address", UNSET)

        customer_user_agent = d.pop("customer_user_agent", UNSET)

        created_via = d.pop("created_via", UNSET)

        def _parse_customer_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_note = _parse_customer_note(d.pop("customer_note", UNSET))

        date_completed = d.pop("date_completed", UNSET)

        date_paid = d.pop("date_paid", UNSET)

        cart_hash = d.pop("cart_hash", UNSET)

        order_stock_reduced = d.pop("order_stock_reduced", UNSET)

        download_permissions_granted = d.pop("download_permissions_granted", UNSET)

        new_order_email_sent = d.pop("new_order_email_sent", UNSET)

        recorded_sales = d.pop("recorded_sales", UNSET)

        recorded_coupon_usage_counts = d.pop("recorded_coupon_usage_counts", UNSET)

        number = d.pop("number", UNSET)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: list[WooCommerceMetaData] | Unset = UNSET
        if _meta_data is not UNSET:
            meta_data = []
            for meta_data_item_data in _meta_data:
                meta_data_item = WooCommerceMetaData.from_dict(meta_data_item_data)

                meta_data.append(meta_data_item)

        _line_items = d.pop("line_items", UNSET)
        line_items: WooCommerceOrderDataLineItems | Unset
        if isinstance(_line_items, Unset):
            line_items = UNSET
        else:
            line_items = WooCommerceOrderDataLineItems.from_dict(_line_items)

        tax_lines = cast(list[Any], d.pop("tax_lines", UNSET))

        shipping_lines = cast(list[Any], d.pop("shipping_lines", UNSET))

        fee_lines = cast(list[Any], d.pop("fee_lines", UNSET))

        coupon_lines = cast(list[Any], d.pop("coupon_lines", UNSET))

        woo_commerce_order_data = cls(
            id=id,
            parent_id=parent_id,
            status=status,
            currency=currency,
            version=version,
            prices_include_tax=prices_include_tax,
            date_created=date_created,
            date_modified=date_modified,
            discount_total=discount_total,
            discount_tax=discount_tax,
            shipping_total=shipping_total,
            shipping_tax=shipping_tax,
            cart_tax=cart_tax,
            total=total,
            total_tax=total_tax,
            customer_id=customer_id,
            order_key=order_key,
            billing=billing,
            shipping=shipping,
            payment_method=payment_method,
            payment_method_title=payment_method_title,
            transaction_id=transaction_id,
            customer_ip_address=customer_ip_address,
            customer_user_agent=customer_user_agent,
            created_via=created_via,
            customer_note=customer_note,
            date_completed=date_completed,
            date_paid=date_paid,
            cart_hash=cart_hash,
            order_stock_reduced=order_stock_reduced,
            download_permissions_granted=download_permissions_granted,
            new_order_email_sent=new_order_email_sent,
            recorded_sales=recorded_sales,
            recorded_coupon_usage_counts=recorded_coupon_usage_counts,
            number=number,
            meta_data=meta_data,
            line_items=line_items,
            tax_lines=tax_lines,
            shipping_lines=shipping_lines,
            fee_lines=fee_lines,
            coupon_lines=coupon_lines,
        )

        woo_commerce_order_data.additional_properties = d
        return woo_commerce_order_data

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
