from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerQuestionnaireTranslationRequest")


@_attrs_define
class PartnerQuestionnaireTranslationRequest:
    """Translated texts of the questionnaire.

    Attributes:
        source_language (str | Unset): Language of the original texts, e.g. `en`.
        target_language (str | Unset): Language of the translation, e.g. `es-MX`.
        name (str | Unset): Translated name.
        intro_title (str | Unset): Translated intro title.
        intro_description (str | Unset): Translated intro description.
        outro_title (str | Unset): Translated outro title.
        outro_description (str | Unset): Translated outro description.
        redirect_title (str | Unset): Translated redirect title.
        terms_of_service (str | Unset): Translated terms of service.
    """

    source_language: str | Unset = UNSET
    target_language: str | Unset = UNSET
    name: str | Unset = UNSET
    intro_title: str | Unset = UNSET
    intro_description: str | Unset = UNSET
    outro_title: str | Unset = UNSET
    outro_description: str | Unset = UNSET
    redirect_title: str | Unset = UNSET
    terms_of_service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_language = self.source_language

        target_language = self.target_language

        name = self.name

        intro_title = self.intro_title

        intro_description = self.intro_description

        outro_title = self.outro_title

        outro_description = self.outro_description

        redirect_title = self.redirect_title

        terms_of_service = self.terms_of_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        if target_language is not UNSET:
            field_dict["target_language"] = target_language
        if name is not UNSET:
            field_dict["name"] = name
        if intro_title is not UNSET:
            field_dict["intro_title"] = intro_title
        if intro_description is not UNSET:
            field_dict["intro_description"] = intro_description
        if outro_title is not UNSET:
            field_dict["outro_title"] = outro_title
        if outro_description is not UNSET:
            field_dict["outro_description"] = outro_description
        if redirect_title is not UNSET:
            field_dict["redirect_title"] = redirect_title
        if terms_of_service is not UNSET:
            field_dict["terms_of_service"] = terms_of_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_language = d.pop("source_language", UNSET)

        target_language = d.pop("target_language", UNSET)

        name = d.pop("name", UNSET)

        intro_title = d.pop("intro_title", UNSET)

        intro_description = d.pop("intro_description", UNSET)

        outro_title = d.pop("outro_title", UNSET)

        outro_description = d.pop("outro_description", UNSET)

        redirect_title = d.pop("redirect_title", UNSET)

        terms_of_service = d.pop("terms_of_service", UNSET)

        partner_questionnaire_translation_request = cls(
            source_language=source_language,
            target_language=target_language,
            name=name,
            intro_title=intro_title,
            intro_description=intro_description,
            outro_title=outro_title,
            outro_description=outro_description,
            redirect_title=redirect_title,
            terms_of_service=terms_of_service,
        )

        partner_questionnaire_translation_request.additional_properties = d
        return partner_questionnaire_translation_request

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
