from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WooCommerceAuthCallbackRequest")


@_attrs_define
class WooCommerceAuthCallbackRequest:
    """WooCommerce REST API keys generated for the partner's store.

    Attributes:
        key_id (str | Unset): ID of the generated API key.
        user_id (str | Unset): WooCommerce user the key belongs to.
        consumer_key (str | Unset): WooCommerce consumer key.
        consumer_secret (str | Unset): WooCommerce consumer secret.
        key_permissions (list[str] | Unset): Permissions of the key, e.g. `read`.
    """

    key_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    consumer_key: str | Unset = UNSET
    consumer_secret: str | Unset = UNSET
    key_permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        user_id = self.user_id

        consumer_key = self.consumer_key

        consumer_secret = self.consumer_secret

        key_permissions: list[str] | Unset = UNSET
        if not isinstance(self.key_permissions, Unset):
            key_permissions = self.key_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if consumer_key is not UNSET:
            field_dict["consumer_key"] = consumer_key
        if consumer_secret is not UNSET:
            field_dict["consumer_secret"] = consumer_secret
        if key_permissions is not UNSET:
            field_dict["key_permissions"] = key_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("key_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        consumer_key = d.pop("consumer_key", UNSET)

        consumer_secret = d.pop("consumer_secret", UNSET)

        key_permissions = cast(list[str], d.pop("key_permissions", UNSET))

        woo_commerce_auth_callback_request = cls(
            key_id=key_id,
            user_id=user_id,
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            key_permissions=key_permissions,
        )

        woo_commerce_auth_callback_request.additional_properties = d
        return woo_commerce_auth_callback_request

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
