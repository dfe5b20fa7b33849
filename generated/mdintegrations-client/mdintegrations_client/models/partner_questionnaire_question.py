from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_questionnaire_question_option import PartnerQuestionnaireQuestionOption
    from ..models.partner_questionnaire_rule import PartnerQuestionnaireRule


T = TypeVar("T", bound="PartnerQuestionnaireQuestion")


@_attrs_define
class PartnerQuestionnaireQuestion:
    """A question of a partner questionnaire.

    Attributes:
        partner_questionnaire_question_id (UUID):
        title (str | Unset):
        description (None | str | Unset):
        label (None | str | Unset):
        placeholder (None | str | Unset):
        is_important (bool | Unset):
        is_critical (bool | Unset):
        display_in_pdf (bool | Unset):
        is_optional (bool | Unset):
        is_visible (bool | Unset):
        has_next_button (bool | Unset):
        has_back_button (bool | Unset):
        order (int | Unset):
        type_ (str | Unset): Question type; the doc's samples show boolean, text and multiple_option (no full list
            documented).
        default_value (None | str | Unset):
        feed_ads (None | str | Unset):
        rule_type (str | Unset): How the question's rules combine; the doc's samples show "and".
        options (list[PartnerQuestionnaireQuestionOption] | Unset):
        attachments (list[Any] | Unset): Question attachments (always empty in the doc; item shape unknown).
        rules (list[PartnerQuestionnaireRule] | Unset):
    """

    partner_questionnaire_question_id: UUID
    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    placeholder: None | str | Unset = UNSET
    is_important: bool | Unset = UNSET
    is_critical: bool | Unset = UNSET
    display_in_pdf: bool | Unset = UNSET
    is_optional: bool | Unset = UNSET
    is_visible: bool | Unset = UNSET
    has_next_button: bool | Unset = UNSET
    has_back_button: bool | Unset = UNSET
    order: int | Unset = UNSET
    type_: str | Unset = UNSET
    default_value: None | str | Unset = UNSET
    feed_ads: None | str | Unset = UNSET
    rule_type: str | Unset = UNSET
    options: list[PartnerQuestionnaireQuestionOption] | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    rules: list[PartnerQuestionnaireRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_questionnaire_question_id = str(self.partner_questionnaire_question_id)

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        placeholder: None | str | Unset
        if isinstance(self.placeholder, Unset):
            placeholder = UNSET
        else:
            placeholder = self.placeholder

        is_important = self.is_important

        is_critical = self.is_critical

        display_in_pdf = self.display_in_pdf

        is_optional = self.is_optional

        is_visible = self.is_visible

        has_next_button = self.has_next_button

        has_back_button = self.has_back_button

        order = self.order

        type_ = self.type_

        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        feed_ads: None | str | Unset
        if isinstance(self.feed_ads, Unset):
            feed_ads = UNSET
        else:
            feed_ads = self.feed_ads

        rule_type = self.rule_type

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner_questionnaire_question_id": partner_questionnaire_question_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if label is not UNSET:
            field_dict["label"] = label
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if is_important is not UNSET:
            field_dict["is_important"] = is_important
        if is_critical is not UNSET:
            field_dict["is_critical"] = is_critical
        if display_in_pdf is not UNSET:
            field_dict["display_in_pdf"] = display_in_pdf
        if is_optional is not UNSET:
            field_dict["is_optional"] = is_optional
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible
        if has_next_button is not UNSET:
            field_dict["has_next_button"] = has_next_button
        if has_back_button is not UNSET:
            field_dict["has_back_button"] = has_back_button
        if order is not UNSET:
            field_dict["order"] = order
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if feed_ads is not UNSET:
            field_dict["feed_ads"] = feed_ads
        if rule_type is not UNSET:
            field_dict["rule_type"] = rule_type
        if options is not UNSET:
            field_dict["options"] = options
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_questionnaire_question_option import PartnerQuestionnaireQuestionOption  # noqa: PLC0415
        from ..models.partner_questionnaire_rule import PartnerQuestionnaireRule  # noqa: PLC0415

        d = dict(src_dict)
        partner_questionnaire_question_id = UUID(d.pop("partner_questionnaire_question_id"))

        title = d.pop("title", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_placeholder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        placeholder = _parse_placeholder(d.pop("placeholder", UNSET))

        is_important = d.pop("is_important", UNSET)

        is_critical = d.pop("is_critical", UNSET)

        display_in_pdf = d.pop("display_in_pdf", UNSET)

        is_optional = d.pop("is_optional", UNSET)

        is_visible = d.pop("is_visible", UNSET)

        has_next_button = d.pop("has_next_button", UNSET)

        has_back_button = d.pop("has_back_button", UNSET)

        order = d.pop("order", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        def _parse_feed_ads(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feed_ads = _parse_feed_ads(d.pop("feed_ads", UNSET))

        rule_type = d.pop("rule_type", UNSET)

        _options = d.pop("options", UNSET)
        options: list[PartnerQuestionnaireQuestionOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = PartnerQuestionnaireQuestionOption.from_dict(options_item_data)

                options.append(options_item)

        attachments = cast(list[Any], d.pop("attachments", UNSET))

        _rules = d.pop("rules", UNSET)
        rules: list[PartnerQuestionnaireRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = PartnerQuestionnaireRule.from_dict(rules_item_data)

                rules.append(rules_item)

        partner_questionnaire_question = cls(
            partner_questionnaire_question_id=partner_questionnaire_question_id,
            title=title,
            description=description,
            label=label,
            placeholder=placeholder,
            is_important=is_important,
            is_critical=is_critical,
            display_in_pdf=display_in_pdf,
            is_optional=is_optional,
            is_visible=is_visible,
            has_next_button=has_next_button,
            has_back_button=has_back_button,
            order=order,
            type_=type_,
            default_value=default_value,
            feed_ads=feed_ads,
            rule_type=rule_type,
            options=options,
            attachments=attachments,
            rules=rules,
        )

        partner_questionnaire_question.additional_properties = d
        return partner_questionnaire_question

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
