from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.woo_commerce_date_time import WooCommerceDateTime
    from ..models.woo_commerce_product_attributes import WooCommerceProductAttributes


T = TypeVar("T", bound="WooCommerceProduct")


@_attrs_define
class WooCommerceProduct:
    """An ordered WooCommerce product.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        slug (str | Unset):
        date_created (WooCommerceDateTime | Unset): A PHP DateTime as serialized by WooCommerce.
        date_modified (WooCommerceDateTime | Unset): A PHP DateTime as serialized by WooCommerce.
        status (str | Unset): e.g. `publish`.
        featured (bool | Unset):
        catalog_visibility (str | Unset):
        description (None | str | Unset):
        short_description (None | str | Unset):
        sku (None | str | Unset):
        global_unique_id (None | str | Unset):
        price (str | Unset): Decimal amount as a string.
        regular_price (str | Unset): Decimal amount as a string.
        sale_price (None | str | Unset): Decimal amount as a string.
        date_on_sale_from (Any | Unset): Always null in the doc's sample; its type is not documented.
        date_on_sale_to (Any | Unset): Always null in the doc's sample; its type is not documented.
        total_sales (str | Unset):
        tax_status (str | Unset):
        tax_class (str | Unset):
        manage_stock (bool | Unset):
        stock_quantity (int | None | Unset):
        stock_status (str | Unset):
        backorders (str | Unset):
        low_stock_amount (Any | Unset): Always null in the doc's sample; its type is not documented.
        sold_individually (bool | Unset):
        weight (None | str | Unset):
        length (None | str | Unset):
        width (None | str | Unset):
        height (None | str | Unset):
        upsell_ids (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        cross_sell_ids (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        parent_id (int | Unset):
        reviews_allowed (bool | Unset):
        purchase_note (None | str | Unset):
        attributes (WooCommerceProductAttributes | Unset): Attribute values keyed by attribute name.
        default_attributes (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        menu_order (int | Unset):
        post_password (None | str | Unset):
        virtual (bool | Unset):
        downloadable (bool | Unset):
        category_ids (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        tag_ids (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        shipping_class_id (int | Unset):
        downloads (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        image_id (int | Unset):
        gallery_image_ids (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        download_limit (int | Unset): -1 for unlimited.
        download_expiry (int | Unset): -1 for never.
        rating_counts (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
        average_rating (float | Unset):
        review_count (int | Unset):
        cogs_value (float | Unset):
        attribute_summary (str | Unset):
        cogs_value_overrides_parent (bool | Unset):
        meta_data (list[Any] | Unset): Empty in the doc's sample; the item type is not documented.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    date_created: WooCommerceDateTime | Unset = UNSET
    date_modified: WooCommerceDateTime | Unset = UNSET
    status: str | Unset = UNSET
    featured: bool | Unset = UNSET
    catalog_visibility: str | Unset = UNSET
    description: None | str | Unset = UNSET
    short_description: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    global_unique_id: None | str | Unset = UNSET
    price: str | Unset = UNSET
    regular_price: str | Unset = UNSET
    sale_price: None | str | Unset = UNSET
    date_on_sale_from: Any | Unset = UNSET
    date_on_sale_to: Any | Unset = UNSET
    total_sales: str | Unset = UNSET
    tax_status: str | Unset = UNSET
    tax_class: str | Unset = UNSET
    manage_stock: bool | Unset = UNSET
    stock_quantity: int | None | Unset = UNSET
    stock_status: str | Unset = UNSET
    backorders: str | Unset = UNSET
    low_stock_amount: Any | Unset = UNSET
    sold_individually: bool | Unset = UNSET
    weight: None | str | Unset = UNSET
    length: None | str | Unset = UNSET
    width: None | str | Unset = UNSET
    height: None | str | Unset = UNSET
    upsell_ids: list[Any] | Unset = UNSET
    cross_sell_ids: list[Any] | Unset = UNSET
    parent_id: int | Unset = UNSET
    reviews_allowed: bool | Unset = UNSET
    purchase_note: None | str | Unset = UNSET
    attributes: WooCommerceProductAttributes | Unset = UNSET
    default_attributes: list[Any] | Unset = UNSET
    menu_order: int | Unset = UNSET
    post_password: None | str | Unset = UNSET
    virtual: bool | Unset = UNSET
    downloadable: bool | Unset = UNSET
    category_ids: list[Any] | Unset = UNSET
    tag_ids: list[Any] | Unset = UNSET
    shipping_class_id: int | Unset = UNSET
    downloads: list[Any] | Unset = UNSET
    image_id: int | Unset = UNSET
    gallery_image_ids: list[Any] | Unset = UNSET
    download_limit: int | Unset = UNSET
    download_expiry: int | Unset = UNSET
    rating_counts: list[Any] | Unset = UNSET
    average_rating: float | Unset = UNSET
    review_count: int | Unset = UNSET
    cogs_value: float | Unset = UNSET
    attribute_summary: str | Unset = UNSET
    cogs_value_overrides_parent: bool | Unset = UNSET
    meta_data: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        date_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.to_dict()

        date_modified: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.to_dict()

        status = self.status

        featured = self.featured

        catalog_visibility = self.catalog_visibility

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        global_unique_id: None | str | Unset
        if isinstance(self.global_unique_id, Unset):
            global_unique_id = UNSET
        else:
            global_unique_id = self.global_unique_id

        price = self.price

        regular_price = self.regular_price

        sale_price: None | str | Unset
        if isinstance(self.sale_price, Unset):
            sale_price = UNSET
        else:
            sale_price = self.sale_price

        date_on_sale_from = self.date_on_sale_from

        date_on_sale_to = self.date_on_sale_to

        total_sales = self.total_sales

        tax_status = self.tax_status

        tax_class = self.tax_class

        manage_stock = self.manage_stock

        stock_quantity: int | None | Unset
        if isinstance(self.stock_quantity, Unset):
            stock_quantity = UNSET
        else:
            stock_quantity = self.stock_quantity

        stock_status = self.stock_status

        backorders = self.backorders

        low_stock_amount = self.low_stock_amount

        sold_individually = self.sold_individually

        weight: None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        length: None | str | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        width: None | str | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: None | str | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        upsell_ids: list[Any] | Unset = UNSET
        if not isinstance(self.upsell_ids, Unset):
            upsell_ids = self.upsell_ids

        cross_sell_ids: list[Any] | Unset = UNSET
        if not isinstance(self.cross_sell_ids, Unset):
            cross_sell_ids = self.cross_sell_ids

        parent_id = self.parent_id

        reviews_allowed = self.reviews_allowed

        purchase_note: None | str | Unset
        if isinstance(self.purchase_note, Unset):
            purchase_note = UNSET
        else:
            purchase_note = self.purchase_note

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        default_attributes: list[Any] | Unset = UNSET
        if not isinstance(self.default_attributes, Unset):
            default_attributes = self.default_attributes

        menu_order = self.menu_order

        post_password: None | str | Unset
        if isinstance(self.post_password, Unset):
            post_password = UNSET
        else:
            post_password = self.post_password

        virtual = self.virtual

        downloadable = self.downloadable

        category_ids: list[Any] | Unset = UNSET
        if not isinstance(self.category_ids, Unset):
            category_ids = self.category_ids

        tag_ids: list[Any] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        shipping_class_id = self.shipping_class_id

        downloads: list[Any] | Unset = UNSET
        if not isinstance(self.downloads, Unset):
            downloads = self.downloads

        image_id = self.image_id

        gallery_image_ids: list[Any] | Unset = UNSET
        if not isinstance(self.gallery_image_ids, Unset):
            gallery_image_ids = self.gallery_image_ids

        download_limit = self.download_limit

        download_expiry = self.download_expiry

        rating_counts: list[Any] | Unset = UNSET
        if not isinstance(self.rating_counts, Unset):
            rating_counts = self.rating_counts

        average_rating = self.average_rating

        review_count = self.review_count

        cogs_value = self.cogs_value

        attribute_summary = self.attribute_summary

        cogs_value_overrides_parent = self.cogs_value_overrides_parent

        meta_data: list[Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if status is not UNSET:
            field_dict["status"] = status
        if featured is not UNSET:
            field_dict["featured"] = featured
        if catalog_visibility is not UNSET:
            field_dict["catalog_visibility"] = catalog_visibility
        if description is not UNSET:
            field_dict["description"] = description
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if sku is not UNSET:
            field_dict["sku"] = sku
        if global_unique_id is not UNSET:
            field_dict["global_unique_id"] = global_unique_id
        if price is not UNSET:
            field_dict["price"] = price
        if regular_price is not UNSET:
            field_dict["regular_price"] = regular_price
        if sale_price is not UNSET:
            field_dict["sale_price"] = sale_price
        if date_on_sale_from is not UNSET:
            field_dict["date_on_sale_from"] = date_on_sale_from
        if date_on_sale_to is not UNSET:
            field_dict["date_on_sale_to"] = date_on_sale_to
        if total_sales is not UNSET:
            field_dict["total_sales"] = total_sales
        if tax_status is not UNSET:
            field_dict["tax_status"] = tax_status
        if tax_class is not UNSET:
            field_dict["tax_class"] = tax_class
        if manage_stock is not UNSET:
            field_dict["manage_stock"] = manage_stock
        if stock_quantity is not UNSET:
            field_dict["stock_quantity"] = stock_quantity
        if stock_status is not UNSET:
            field_dict["stock_status"] = stock_status
        if backorders is not UNSET:
            field_dict["backorders"] = backorders
        if low_stock_amount is not UNSET:
            field_dict["low_stock_amount"] = low_stock_amount
        if sold_individually is not UNSET:
            field_dict["sold_individually"] = sold_individually
        if weight is not UNSET:
            field_dict["weight"] = weight
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if upsell_ids is not UNSET:
            field_dict["upsell_ids"] = upsell_ids
        if cross_sell_ids is not UNSET:
            field_dict["cross_sell_ids"] = cross_sell_ids
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if reviews_allowed is not UNSET:
            field_dict["reviews_allowed"] = reviews_allowed
        if purchase_note is not UNSET:
            field_dict["purchase_note"] = purchase_note
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if default_attributes is not UNSET:
            field_dict["default_attributes"] = default_attributes
        if menu_order is not UNSET:
            field_dict["menu_order"] = menu_order
        if post_password is not UNSET:
            field_dict["post_password"] = post_password
        if virtual is not UNSET:
            field_dict["virtual"] = virtual
        if downloadable is not UNSET:
            field_dict["downloadable"] = downloadable
        if category_ids is not UNSET:
            field_dict["category_ids"] = category_ids
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if shipping_class_id is not UNSET:
            field_dict["shipping_class_id"] = shipping_class_id
        if downloads is not UNSET:
            field_dict["downloads"] = downloads
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if gallery_image_ids is not UNSET:
            field_dict["gallery_image_ids"] = gallery_image_ids
        if download_limit is not UNSET:
            field_dict["download_limit"] = download_limit
        if download_expiry is not UNSET:
            field_dict["download_expiry"] = download_expiry
        if rating_counts is not UNSET:
            field_dict["rating_counts"] = rating_counts
        if average_rating is not UNSET:
            field_dict["average_rating"] = average_rating
        if review_count is not UNSET:
            field_dict["review_count"] = review_count
        if cogs_value is not UNSET:
            field_dict["cogs_value"] = cogs_value
        if attribute_summary is not UNSET:
            field_dict["attribute_summary"] = attribute_summary
        if cogs_value_overrides_parent is not UNSET:
            field_dict["cogs_value_overrides_parent"] = cogs_value_overrides_parent
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.woo_commerce_date_time import WooCommerceDateTime  # noqa: PLC0415
        from ..models.woo_commerce_product_attributes import WooCommerceProductAttributes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

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

        status = d.pop("status", UNSET)

        featured = d.pop("featured", UNSET)

        catalog_visibility = d.pop("catalog_visibility", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_description = _parse_short_description(d.pop("short_description", UNSET))

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_global_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        global_unique_id = _parse_global_unique_id(d.pop("global_unique_id", UNSET))

        price = d.pop("price", UNSET)

        regular_price = d.pop("regular_price", UNSET)

        def _parse_sale_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sale_price = _parse_sale_price(d.pop("sale_price", UNSET))

        date_on_sale_from = d.pop("date_on_sale_from", UNSET)

        date_on_sale_to = d.pop("date_on_sale_to", UNSET)

        total_sales = d.pop("total_sales", UNSET)

        tax_status = d.pop("tax_status", UNSET)

        tax_class = d.pop("tax_class", UNSET)

        manage_stock = d.pop("manage_stock", UNSET)

        def _parse_stock_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stock_quantity = _parse_stock_quantity(d.pop("stock_quantity", UNSET))

        stock_status = d.pop("stock_status", UNSET)

        backorders = d.pop("backorders", UNSET)

        low_stock_amount = d.pop("low_stock_amount", UNSET)

        sold_individually = d.pop("sold_individually", UNSET)

        def _parse_weight(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_length(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        length = _parse_length(d.pop("length", UNSET))

        def _parse_width(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_height(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        upsell_ids = cast(list[Any], d.pop("upsell_ids", UNSET))

        cross_sell_ids = cast(list[Any], d.pop("cross_sell_ids", UNSET))

        parent_id = d.pop("parent_id", UNSET)

        reviews_allowed = d.pop("reviews_allowed", UNSET)

        def _parse_purchase_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_note = _parse_purchase_note(d.pop("purchase_note", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: WooCommerceProductAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = WooCommerceProductAttributes.from_dict(_attributes)

        default_attributes = cast(list[Any], d.pop("default_attributes", UNSET))

        menu_order = d.pop("menu_order", UNSET)

        def _parse_post_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_password = _parse_post_password(d.pop("post_password", UNSET))

        virtual = d.pop("virtual", UNSET)

        downloadable = d.pop("downloadable", UNSET)

        category_ids = cast(list[Any], d.pop("category_ids", UNSET))

        tag_ids = cast(list[Any], d.pop("tag_ids", UNSET))

        shipping_class_id = d.pop("shipping_class_id", UNSET)

        downloads = cast(list[Any], d.pop("downloads", UNSET))

        image_id = d.pop("image_id", UNSET)

        gallery_image_ids = cast(list[Any], d.pop("gallery_image_ids", UNSET))

        download_limit = d.pop("download_limit", UNSET)

        download_expiry = d.pop("download_expiry", UNSET)

        rating_counts = cast(list[Any], d.pop("rating_counts", UNSET))

        average_rating = d.pop("average_rating", UNSET)

        review_count = d.pop("review_count", UNSET)

        cogs_value = d.pop("cogs_value", UNSET)

        attribute_summary = d.pop("attribute_summary", UNSET)

        cogs_value_overrides_parent = d.pop("cogs_value_overrides_parent", UNSET)

        meta_data = cast(list[Any], d.pop("meta_data", UNSET))

        woo_commerce_product = cls(
            id=id,
            name=name,
            slug=slug,
            date_created=date_created,
            date_modified=date_modified,
            status=status,
            featured=featured,
            catalog_visibility=catalog_visibility,
            description=description,
            short_description=short_description,
            sku=sku,
            global_unique_id=global_unique_id,
            price=price,
            regular_price=regular_price,
            sale_price=sale_price,
            date_on_sale_from=date_on_sale_from,
            date_on_sale_to=date_on_sale_to,
            total_sales=total_sales,
            tax_status=tax_status,
            tax_class=tax_class,
            manage_stock=manage_stock,
            stock_quantity=stock_quantity,
            stock_status=stock_status,
            backorders=backorders,
            low_stock_amount=low_stock_amount,
            sold_individually=sold_individually,
            weight=weight,
            length=length,
            width=width,
            height=height,
            upsell_ids=upsell_ids,
            cross_sell_ids=cross_sell_ids,
            parent_id=parent_id,
            reviews_allowed=reviews_allowed,
            purchase_note=purchase_note,
            attributes=attributes,
            default_attributes=default_attributes,
            menu_order=menu_order,
            post_password=post_password,
            virtual=virtual,
            downloadable=downloadable,
            category_ids=category_ids,
            tag_ids=tag_ids,
            shipping_class_id=shipping_class_id,
            downloads=downloads,
            image_id=image_id,
            gallery_image_ids=gallery_image_ids,
            download_limit=download_limit,
            download_expiry=download_expiry,
            rating_counts=rating_counts,
            average_rating=average_rating,
            review_count=review_count,
            cogs_value=cogs_value,
            attribute_summary=attribute_summary,
            cogs_value_overrides_parent=cogs_value_overrides_parent,
            meta_data=meta_data,
        )

        woo_commerce_product.additional_properties = d
        return woo_commerce_product

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
