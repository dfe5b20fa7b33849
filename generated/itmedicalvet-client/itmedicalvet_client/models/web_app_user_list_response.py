from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.web_app_user import WebAppUser


T = TypeVar("T", bound="WebAppUserListResponse")


@_attrs_define
class WebAppUserListResponse:
    """Envelope of Web User List.

    Attributes:
        success (bool): Whether the request succeeded.
        status_code (int): HTTP status code, repeated in the body.
        message (list[str]): Human-readable messages (e.g. "Pet Added", "App Not Found").
        data (list[WebAppUser]): Rows of the web user list.
    """

    success: bool
    status_code: int
    message: list[str]
    data: list[WebAppUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        status_code = self.status_code

        message = self.message

        data = []
        for componentsschemas_web_app_user_list_item_data in self.data:
            componentsschemas_web_app_user_list_item = componentsschemas_web_app_user_list_item_data.to_dict()
            data.append(componentsschemas_web_app_user_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "status_code": status_code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_app_user import WebAppUser  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        status_code = d.pop("status_code")

        message = cast(list[str], d.pop("message"))

        data = []
        _data = d.pop("data")
        for componentsschemas_web_app_user_list_item_data in _data:
            componentsschemas_web_app_user_list_item = WebAppUser.from_dict(
                componentsschemas_web_app_user_list_item_data
            )

            data.append(componentsschemas_web_app_user_list_item)

        web_app_user_list_response = cls(
            success=success,
            status_code=status_code,
            message=message,
            data=data,
        )

        web_app_user_list_response.additional_properties = d
        return web_app_user_list_response

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
