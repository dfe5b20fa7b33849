from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerQuestionnaireRuleRequirement")


@_attrs_define
class PartnerQuestionnaireRuleRequirement:
    """One condition of a rule.

    Attributes:
        based_on (str | Unset): What the condition is based on; the doc's samples show "age" and "gender".
        required_question_id (None | Unset | UUID):
        required_question_title (None | str | Unset):
        conditional_answer (None | str | Unset): Comparison operator (the doc shows "=" and null).
        required_answer (str | Unset):
    """

    based_on: str | Unset = UNSET
    required_question_id: None | Unset | UUID = UNSET
    required_question_title: None | str | Unset = UNSET
    conditional_answer: None | str | Unset = UNSET
    required_answer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        based_on = self.based_on

        required_question_id: None | str | Unset
        if isinstance(self.required_question_id, Unset):
            required_question_id = UNSET
        elif isinstance(self.required_question_id, UUID):
            required_question_id = str(self.required_question_id)
        else:
            required_question_id = self.required_question_id

        required_question_title: None | str | Unset
        if isinstance(self.required_question_title, Unset):
            required_question_title = UNSET
        else:
            required_question_title = self.required_question_title

        conditional_answer: None | str | Unset
        if isinstance(self.conditional_answer, Unset):
            conditional_answer = UNSET
        else:
            conditional_answer = self.conditional_answer

        required_answer = self.required_answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if based_on is not UNSET:
            field_dict["based_on"] = based_on
        if required_question_id is not UNSET:
            field_dict["required_question_id"] = required_question_id
        if required_question_title is not UNSET:
            field_dict["required_question_title"] = required_question_title
        if conditional_answer is not UNSET:
            field_dict["conditional_answer"] = conditional_answer
        if required_answer is not UNSET:
            field_dict["required_answer"] = required_answer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        based_on = d.pop("based_on", UNSET)

        def _parse_required_question_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                required_question_id_type_0 = UUID(data)

                return required_question_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        required_question_id = _parse_required_question_id(d.pop("required_question_id", UNSET))

        def _parse_required_question_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required_question_title = _parse_required_question_title(d.pop("required_question_title", UNSET))

        def _parse_conditional_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conditional_answer = _parse_conditional_answer(d.pop("conditional_answer", UNSET))

        required_answer = d.pop("required_answer", UNSET)

        partner_questionnaire_rule_requirement = cls(
            based_on=based_on,
            required_question_id=required_question_id,
            required_question_title=required_question_title,
            conditional_answer=conditional_answer,
            required_answer=required_answer,
        )

        partner_questionnaire_rule_requirement.additional_properties = d
        return partner_questionnaire_rule_requirement

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
