from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerQuestionnaireQuestionOption")


@_attrs_define
class PartnerQuestionnaireQuestionOption:
    """An answer option of a question.

    Attributes:
        partner_questionnaire_question_option_id (UUID):
        title (str | Unset):
        option (str | Unset):
        is_important (bool | Unset):
        is_critical (bool | Unset):
        is_show_additional_field (bool | Unset):
        order (int | Unset):
    """

    partner_questionnaire_question_option_id: UUID
    title: str | Unset = UNSET
    option: str | Unset = UNSET
    is_important: bool | Unset = UNSET
    is_critical: bool | Unset = UNSET
    is_show_additional_field: bool | Unset = UNSET
    order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_questionnaire_question_option_id = str(self.partner_questionnaire_question_option_id)

        title = self.title

        option = self.option

        is_important = self.is_important

        is_critical = self.is_critical

        is_show_additional_field = self.is_show_additional_field

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner_questionnaire_question_option_id": partner_questionnaire_question_option_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if option is not UNSET:
            field_dict["option"] = option
        if is_important is not UNSET:
            field_dict["is_important"] = is_important
        if is_critical is not UNSET:
            field_dict["is_critical"] = is_critical
        if is_show_additional_field is not UNSET:
            field_dict["is_show_additional_field"] = is_show_additional_field
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_questionnaire_question_option_id = UUID(d.pop("partner_questionnaire_question_option_id"))

        title = d.pop("title", UNSET)

        option = d.pop("option", UNSET)

        is_important = d.pop("is_important", UNSET)

        is_critical = d.pop("is_critical", UNSET)

        is_show_additional_field = d.pop("is_show_additional_field", UNSET)

        order = d.pop("order", UNSET)

        partner_questionnaire_question_option = cls(
            partner_questionnaire_question_option_id=partner_questionnaire_question_option_id,
            title=title,
            option=option,
            is_important=is_important,
            is_critical=is_critical,
            is_show_additional_field=is_show_additional_field,
            order=order,
        )

        partner_questionnaire_question_option.additional_properties = d
        return partner_questionnaire_question_option

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
