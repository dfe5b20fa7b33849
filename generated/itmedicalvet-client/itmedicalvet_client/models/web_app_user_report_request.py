from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_app_user_report_request_pagination import WebAppUserReportRequestPagination
from ..models.web_app_user_report_request_selected_protect import WebAppUserReportRequestSelectedProtect
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAppUserReportRequest")


@_attrs_define
class WebAppUserReportRequest:
    """Filters and pagination of the web user list.

    Attributes:
        date_from (datetime.date | Unset): Start of the registration date range.
        date_to (datetime.date | Unset): End of the registration date range.
        search_value (str | Unset): Text to search for (name / email).
        pagination (WebAppUserReportRequestPagination | Unset): Pagination switch; 1 = return page `page` of `perPage`
            users, 0 = no pagination.
        page (int | Unset): Page number (1-based) when `pagination` is 1.
        per_page (int | Unset): Page size when `pagination` is 1.
        status (str | Unset): Subscription status filter (the users' `subscription_status`, e.g. "subscribed" or
            "cancelled"); allowed values not documented.
        selected_protect (WebAppUserReportRequestSelectedProtect | Unset): Current user type to list, "users" or
            "protect_users".
    """

    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET
    search_value: str | Unset = UNSET
    pagination: WebAppUserReportRequestPagination | Unset = UNSET
    page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    status: str | Unset = UNSET
    selected_protect: WebAppUserReportRequestSelectedProtect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        search_value = self.search_value

        pagination: int | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.value

        page = self.page

        per_page = self.per_page

        status = self.status

        selected_protect: str | Unset = UNSET
        if not isinstance(self.selected_protect, Unset):
            selected_protect = self.selected_protect.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if search_value is not UNSET:
            field_dict["search_value"] = search_value
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["perPage"] = per_page
        if status is not UNSET:
            field_dict["status"] = status
        if selected_protect is not UNSET:
            field_dict["selectedProtect"] = selected_protect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = datetime.date.fromisoformat(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = datetime.date.fromisoformat(_date_to)

        search_value = d.pop("search_value", UNSET)

        _pagination = d.pop("pagination", UNSET)
        pagination: WebAppUserReportRequestPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = WebAppUserReportRequestPagination(_pagination)

        page = d.pop("page", UNSET)

        per_page = d.pop("perPage", UNSET)

        status = d.pop("status", UNSET)

        _selected_protect = d.pop("selectedProtect", UNSET)
        selected_protect: WebAppUserReportRequestSelectedProtect | Unset
        if isinstance(_selected_protect, Unset):
            selected_protect = UNSET
        else:
            selected_protect = WebAppUserReportRequestSelectedProtect(_selected_protect)

        web_app_user_report_request = cls(
            date_from=date_from,
            date_to=date_to,
            search_value=search_value,
            pagination=pagination,
            page=page,
            per_page=per_page,
            status=status,
            selected_protect=selected_protect,
        )

        web_app_user_report_request.additional_properties = d
        return web_app_user_report_request

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
