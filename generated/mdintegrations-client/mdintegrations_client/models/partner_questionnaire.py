from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_questionnaire_offering import PartnerQuestionnaireOffering
    from ..models.partner_questionnaire_question import PartnerQuestionnaireQuestion


T = TypeVar("T", bound="PartnerQuestionnaire")


@_attrs_define
class PartnerQuestionnaire:
    """An enabled partner questionnaire with its questions and offerings.

    Attributes:
        partner_questionnaire_id (UUID):
        active (bool | Unset):
        name (str | Unset):
        intro_title (str | Unset):
        intro_description (str | Unset):
        outro_title (str | Unset):
        outro_description (str | Unset):
        redirect_url (None | str | Unset):
        redirect_title (None | str | Unset):
        has_pharmacy (bool | Unset):
        terms_of_service (None | str | Unset):
        metadata (Any | Unset): Questionnaire metadata (only null in the doc; type unknown).
        is_weight_asked (bool | Unset):
        is_height_asked (bool | Unset):
        is_show_welcome (bool | Unset): Shown only in the Get questionnaire sample.
        is_show_thanks (bool | Unset): Shown only in the Get questionnaire sample.
        questions (list[PartnerQuestionnaireQuestion] | Unset):
        offerings (PartnerQuestionnaireOffering | Unset): An offering of the questionnaire with its rules.
    """

    partner_questionnaire_id: UUID
    active: bool | Unset = UNSET
    name: str | Unset = UNSET
    intro_title: str | Unset = UNSET
    intro_description: str | Unset = UNSET
    outro_title: str | Unset = UNSET
    outro_description: str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    redirect_title: None | str | Unset = UNSET
    has_pharmacy: bool | Unset = UNSET
    terms_of_service: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    is_weight_asked: bool | Unset = UNSET
    is_height_asked: bool | Unset = UNSET
    is_show_welcome: bool | Unset = UNSET
    is_show_thanks: bool | Unset = UNSET
    questions: list[PartnerQuestionnaireQuestion] | Unset = UNSET
    offerings: PartnerQuestionnaireOffering | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_questionnaire_id = str(self.partner_questionnaire_id)

        active = self.active

        name = self.name

        intro_title = self.intro_title

        intro_description = self.intro_description

        outro_title = self.outro_title

        outro_description = self.outro_description

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        redirect_title: None | str | Unset
        if isinstance(self.redirect_title, Unset):
            redirect_title = UNSET
        else:
            redirect_title = self.redirect_title

        has_pharmacy = self.has_pharmacy

        terms_of_service: None | str | Unset
        if isinstance(self.terms_of_service, Unset):
            terms_of_service = UNSET
        else:
            terms_of_service = self.terms_of_service

        metadata = self.metadata

        is_weight_asked = self.is_weight_asked

        is_height_asked = self.is_height_asked

        is_show_welcome = self.is_show_welcome

        is_show_thanks = self.is_show_thanks

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

        offerings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offerings, Unset):
            offerings = self.offerings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner_questionnaire_id": partner_questionnaire_id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
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
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if redirect_title is not UNSET:
            field_dict["redirect_title"] = redirect_title
        if has_pharmacy is not UNSET:
            field_dict["has_pharmacy"] = has_pharmacy
        if terms_of_service is not UNSET:
            field_dict["terms_of_service"] = terms_of_service
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_weight_asked is not UNSET:
            field_dict["is_weight_asked"] = is_weight_asked
        if is_height_asked is not UNSET:
            field_dict["is_height_asked"] = is_height_asked
        if is_show_welcome is not UNSET:
            field_dict["is_show_welcome"] = is_show_welcome
        if is_show_thanks is not UNSET:
            field_dict["is_show_thanks"] = is_show_thanks
        if questions is not UNSET:
            field_dict["questions"] = questions
        if offerings is not UNSET:
            field_dict["offerings"] = offerings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_questionnaire_offering import PartnerQuestionnaireOffering  # noqa: PLC0415
        from ..models.partner_questionnaire_question import PartnerQuestionnaireQuestion  # noqa: PLC0415

        d = dict(src_dict)
        partner_questionnaire_id = UUID(d.pop("partner_questionnaire_id"))

        active = d.pop("active", UNSET)

        name = d.pop("name", UNSET)

        intro_title = d.pop("intro_title", UNSET)

        intro_description = d.pop("intro_description", UNSET)

        outro_title = d.pop("outro_title", UNSET)

        outro_description = d.pop("outro_description", UNSET)

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirect_url", UNSET))

        def _parse_redirect_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_title = _parse_redirect_title(d.pop("redirect_title", UNSET))

        has_pharmacy = d.pop("has_pharmacy", UNSET)

        def _parse_terms_of_service(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_of_service = _parse_terms_of_service(d.pop("terms_of_service", UNSET))

        metadata = d.pop("metadata", UNSET)

        is_weight_asked = d.pop("is_weight_asked", UNSET)

        is_height_asked = d.pop("is_height_asked", UNSET)

        is_show_welcome = d.pop("is_show_welcome", UNSET)

        is_show_thanks = d.pop("is_show_thanks", UNSET)

        _questions = d.pop("questions", UNSET)
        questions: list[PartnerQuestionnaireQuestion] | Unset = UNSET
        if _questions is not UNSET:
            questions = []
            for questions_item_data in _questions:
                questions_item = PartnerQuestionnaireQuestion.from_dict(questions_item_data)

                questions.append(questions_item)

        _offerings = d.pop("offerings", UNSET)
        offerings: PartnerQuestionnaireOffering | Unset
        if isinstance(_offerings, Unset):
            offerings = UNSET
        else:
            offerings = PartnerQuestionnaireOffering.from_dict(_offerings)

        partner_questionnaire = cls(
            partner_questionnaire_id=partner_questionnaire_id,
            active=active,
            name=name,
            intro_title=intro_title,
            intro_description=intro_description,
            outro_title=outro_title,
            outro_description=outro_description,
            redirect_url=redirect_url,
            redirect_title=redirect_title,
            has_pharmacy=has_pharmacy,
            terms_of_service=terms_of_service,
            metadata=metadata,
            is_weight_asked=is_weight_asked,
            is_height_asked=is_height_asked,
            is_show_welcome=is_show_welcome,
            is_show_thanks=is_show_thanks,
            questions=questions,
            offerings=offerings,
        )

        partner_questionnaire.additional_properties = d
        return partner_questionnaire

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
