from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_questionnaire_rule_requirement import PartnerQuestionnaireRuleRequirement


T = TypeVar("T", bound="PartnerQuestionnaireRule")


@_attrs_define
class PartnerQuestionnaireRule:
    """A display/eligibility rule attached to a question or offering.

    Attributes:
        id (UUID | Unset):
        title (str | Unset):
        type_ (str | Unset): How the requirements combine; the doc's samples show "and" and "or".
        requirements (list[PartnerQuestionnaireRuleRequirement] | Unset):
    """

    id: UUID | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    requirements: list[PartnerQuestionnaireRuleRequirement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        title = self.title

        type_ = self.type_

        requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = []
            for requirements_item_data in self.requirements:
                requirements_item = requirements_item_data.to_dict()
                requirements.append(requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_questionnaire_rule_requirement import PartnerQuestionnaireRuleRequirement  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        _requirements = d.pop("requirements", UNSET)
        requirements: list[PartnerQuestionnaireRuleRequirement] | Unset = UNSET
        if _requirements is not UNSET:
            requirements = []
            for requirements_item_data in _requirements:
                requirements_item = PartnerQuestionnaireRuleRequirement.from_dict(requirements_item_data)

                requirements.append(requirements_item)

        partner_questionnaire_rule = cls(
            id=id,
            title=title,
            type_=type_,
            requirements=requirements,
        )

        partner_questionnaire_rule.additional_properties = d
        return partner_questionnaire_rule

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
