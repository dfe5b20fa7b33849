from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_questionnaire_rule import PartnerQuestionnaireRule


T = TypeVar("T", bound="PartnerQuestionnaireOffering")


@_attrs_define
class PartnerQuestionnaireOffering:
    """An offering of the questionnaire with its rules.

    Attributes:
        offering_id (UUID | Unset):
        title (str | Unset):
        pharmacy_id (None | str | Unset):
        force_pharmacy (bool | Unset):
        rule_type (str | Unset):
        rules (list[PartnerQuestionnaireRule] | Unset):
    """

    offering_id: UUID | Unset = UNSET
    title: str | Unset = UNSET
    pharmacy_id: None | str | Unset = UNSET
    force_pharmacy: bool | Unset = UNSET
    rule_type: str | Unset = UNSET
    rules: list[PartnerQuestionnaireRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offering_id: str | Unset = UNSET
        if not isinstance(self.offering_id, Unset):
            offering_id = str(self.offering_id)

        title = self.title

        pharmacy_id: None | str | Unset
        if isinstance(self.pharmacy_id, Unset):
            pharmacy_id = UNSET
        else:
            pharmacy_id = self.pharmacy_id

        force_pharmacy = self.force_pharmacy

        rule_type = self.rule_type

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offering_id is not UNSET:
            field_dict["offering_id"] = offering_id
        if title is not UNSET:
            field_dict["title"] = title
        if pharmacy_id is not UNSET:
            field_dict["pharmacy_id"] = pharmacy_id
        if force_pharmacy is not UNSET:
            field_dict["force_pharmacy"] = force_pharmacy
        if rule_type is not UNSET:
            field_dict["rule_type"] = rule_type
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_questionnaire_rule import PartnerQuestionnaireRule  # noqa: PLC0415

        d = dict(src_dict)
        _offering_id = d.pop("offering_id", UNSET)
        offering_id: UUID | Unset
        if isinstance(_offering_id, Unset):
            offering_id = UNSET
        else:
            offering_id = UUID(_offering_id)

        title = d.pop("title", UNSET)

        def _parse_pharmacy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pharmacy_id = _parse_pharmacy_id(d.pop("pharmacy_id", UNSET))

        force_pharmacy = d.pop("force_pharmacy", UNSET)

        rule_type = d.pop("rule_type", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[PartnerQuestionnaireRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = PartnerQuestionnaireRule.from_dict(rules_item_data)

                rules.append(rules_item)

        partner_questionnaire_offering = cls(
            offering_id=offering_id,
            title=title,
            pharmacy_id=pharmacy_id,
            force_pharmacy=force_pharmacy,
            rule_type=rule_type,
            rules=rules,
        )

        partner_questionnaire_offering.additional_properties = d
        return partner_questionnaire_offering

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
