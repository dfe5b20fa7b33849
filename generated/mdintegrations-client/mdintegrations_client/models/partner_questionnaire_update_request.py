from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerQuestionnaireUpdateRequest")


@_attrs_define
class PartnerQuestionnaireUpdateRequest:
    """Questionnaire fields to update; all optional.

    Attributes:
        name (str | Unset): Questionnaire name.
        enabled (bool | Unset): Whether the questionnaire is enabled.
        intro_title (str | Unset): Intro title.
        intro_description (str | Unset): Intro description.
        outro_title (str | Unset): Outro title.
        outro_description (str | Unset): Outro description.
        redirect_url (str | Unset): Redirect URL (the doc's sample `url.dev.com` has no scheme, so no uri format).
        redirect_title (str | Unset): Redirect title.
        has_pharmacy (bool | Unset): Whether the questionnaire has a pharmacy step.
        terms_of_service (str | Unset): Terms of service.
        always_ask_weight_height (bool | Unset): Whether weight and height are always asked.
        is_body_temperature_asked (bool | Unset): Whether body temperature is asked.
        is_oxygen_saturation_asked (bool | Unset): Whether oxygen saturation is asked.
        ask_blood_pressure (bool | Unset): Whether blood pressure is asked.
        metadata (str | Unset): Free-form metadata.
        stripes_key (str | Unset): Stripe key (the doc spells the field `stripes_key`).
        is_condensed_question (bool | Unset): Whether questions are condensed.
        is_show_welcome (bool | Unset): Whether the welcome screen is shown.
        is_show_thanks (bool | Unset): Whether the thanks screen is shown.
        allergies_title (str | Unset): Title of the allergies step.
        allergies_description (str | Unset): Description of the allergies step.
        pregnancy_title (str | Unset): Title of the pregnancy step.
        pregnancy_description (str | Unset): Description of the pregnancy step.
        current_medications_title (str | Unset): Title of the current medications step.
        current_medications_description (str | Unset): Description of the current medications step.
        medical_conditions_title (str | Unset): Title of the medical conditions step.
        medical_conditions_description (str | Unset): Description of the medical conditions step.
        drivers_license_title (str | Unset): Title of the ID verification step.
        drivers_license_description (str | Unset): Description of the ID verification step.
        av_video_title (str | Unset): Title of the audio/video step.
        av_video_description (str | Unset): Description of the audio/video step.
        metrics_title (str | Unset): Title of the metrics step.
        metrics_description (str | Unset): Description of the metrics step.
        pharmacy_selection_title (str | Unset): Title of the pharmacy selection step.
        pharmacy_selection_description (str | Unset): Description of the pharmacy selection step.
    """

    name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    intro_title: str | Unset = UNSET
    intro_description: str | Unset = UNSET
    outro_title: str | Unset = UNSET
    outro_description: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    redirect_title: str | Unset = UNSET
    has_pharmacy: bool | Unset = UNSET
    terms_of_service: str | Unset = UNSET
    always_ask_weight_height: bool | Unset = UNSET
    is_body_temperature_asked: bool | Unset = UNSET
    is_oxygen_saturation_asked: bool | Unset = UNSET
    ask_blood_pressure: bool | Unset = UNSET
    metadata: str | Unset = UNSET
    stripes_key: str | Unset = UNSET
    is_condensed_question: bool | Unset = UNSET
    is_show_welcome: bool | Unset = UNSET
    is_show_thanks: bool | Unset = UNSET
    allergies_title: str | Unset = UNSET
    allergies_description: str | Unset = UNSET
    pregnancy_title: str | Unset = UNSET
    pregnancy_description: str | Unset = UNSET
    current_medications_title: str | Unset = UNSET
    current_medications_description: str | Unset = UNSET
    medical_conditions_title: str | Unset = UNSET
    medical_conditions_description: str | Unset = UNSET
    drivers_license_title: str | Unset = UNSET
    drivers_license_description: str | Unset = UNSET
    av_video_title: str | Unset = UNSET
    av_video_description: str | Unset = UNSET
    metrics_title: str | Unset = UNSET
    metrics_description: str | Unset = UNSET
    pharmacy_selection_title: str | Unset = UNSET
    pharmacy_selection_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        enabled = self.enabled

        intro_title = self.intro_title

        intro_description = self.intro_description

        outro_title = self.outro_title

        outro_description = self.outro_description

        redirect_url = self.redirect_url

        redirect_title = self.redirect_title

        has_pharmacy = self.has_pharmacy

        terms_of_service = self.terms_of_service

        always_ask_weight_height = self.always_ask_weight_height

        is_body_temperature_asked = self.is_body_temperature_asked

        is_oxygen_saturation_asked = self.is_oxygen_saturation_asked

        ask_blood_pressure = self.ask_blood_pressure

        metadata = self.metadata

        stripes_key = self.stripes_key

        is_condensed_question = self.is_condensed_question

        is_show_welcome = self.is_show_welcome

        is_show_thanks = self.is_show_thanks

        allergies_title = self.allergies_title

        allergies_description = self.allergies_description

        pregnancy_title = self.pregnancy_title

        pregnancy_description = self.pregnancy_description

        current_medications_title = self.current_medications_title

        current_medications_description = self.current_medications_description

        medical_conditions_title = self.medical_conditions_title

        medical_conditions_description = self.medical_conditions_description

        drivers_license_title = self.drivers_license_title

        drivers_license_description = self.drivers_license_description

        av_video_title = self.av_video_title

        av_video_description = self.av_video_description

        metrics_title = self.metrics_title

        metrics_description = self.metrics_description

        pharmacy_selection_title = self.pharmacy_selection_title

        pharmacy_selection_description = self.pharmacy_selection_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
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
        if always_ask_weight_height is not UNSET:
            field_dict["always_ask_weight_height"] = always_ask_weight_height
        if is_body_temperature_asked is not UNSET:
            field_dict["is_body_temperature_asked"] = is_body_temperature_asked
        if is_oxygen_saturation_asked is not UNSET:
            field_dict["is_oxygen_saturation_asked"] = is_oxygen_saturation_asked
        if ask_blood_pressure is not UNSET:
            field_dict["ask_blood_pressure"] = ask_blood_pressure
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if stripes_key is not UNSET:
            field_dict["stripes_key"] = stripes_key
        if is_condensed_question is not UNSET:
            field_dict["is_condensed_question"] = is_condensed_question
        if is_show_welcome is not UNSET:
            field_dict["is_show_welcome"] = is_show_welcome
        if is_show_thanks is not UNSET:
            field_dict["is_show_thanks"] = is_show_thanks
        if allergies_title is not UNSET:
            field_dict["allergies_title"] = allergies_title
        if allergies_description is not UNSET:
            field_dict["allergies_description"] = allergies_description
        if pregnancy_title is not UNSET:
            field_dict["pregnancy_title"] = pregnancy_title
        if pregnancy_description is not UNSET:
            field_dict["pregnancy_description"] = pregnancy_description
        if current_medications_title is not UNSET:
            field_dict["current_medications_title"] = current_medications_title
        if current_medications_description is not UNSET:
            field_dict["current_medications_description"] = current_medications_description
        if medical_conditions_title is not UNSET:
            field_dict["medical_conditions_title"] = medical_conditions_title
        if medical_conditions_description is not UNSET:
            field_dict["medical_conditions_description"] = medical_conditions_description
        if drivers_license_title is not UNSET:
            field_dict["drivers_license_title"] = drivers_license_title
        if drivers_license_description is not UNSET:
            field_dict["drivers_license_description"] = drivers_license_description
        if av_video_title is not UNSET:
            field_dict["av_video_title"] = av_video_title
        if av_video_description is not UNSET:
            field_dict["av_video_description"] = av_video_description
        if metrics_title is not UNSET:
            field_dict["metrics_title"] = metrics_title
        if metrics_description is not UNSET:
            field_dict["metrics_description"] = metrics_description
        if pharmacy_selection_title is not UNSET:
            field_dict["pharmacy_selection_title"] = pharmacy_selection_title
        if pharmacy_selection_description is not UNSET:
            field_dict["pharmacy_selection_description"] = pharmacy_selection_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        enabled = d.pop("enabled", UNSET)

        intro_title = d.pop("intro_title", UNSET)

        intro_description = d.pop("intro_description", UNSET)

        outro_title = d.pop("outro_title", UNSET)

        outro_description = d.pop("outro_description", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        redirect_title = d.pop("redirect_title", UNSET)

        has_pharmacy = d.pop("has_pharmacy", UNSET)

        terms_of_service = d.pop("terms_of_service", UNSET)

        always_ask_weight_height = d.pop("always_ask_weight_height", UNSET)

        is_body_temperature_asked = d.pop("is_body_temperature_asked", UNSET)

        is_oxygen_saturation_asked = d.pop("is_oxygen_saturation_asked", UNSET)

        ask_blood_pressure = d.pop("ask_blood_pressure", UNSET)

        metadata = d.pop("metadata", UNSET)

        stripes_key = d.pop("stripes_key", UNSET)

        is_condensed_question = d.pop("is_condensed_question", UNSET)

        is_show_welcome = d.pop("is_show_welcome", UNSET)

        is_show_thanks = d.pop("is_show_thanks", UNSET)

        allergies_title = d.pop("allergies_title", UNSET)

        allergies_description = d.pop("allergies_description", UNSET)

        pregnancy_title = d.pop("pregnancy_title", UNSET)

        pregnancy_description = d.pop("pregnancy_description", UNSET)

        current_medications_title = d.pop("current_medications_title", UNSET)

        current_medications_description = d.pop("current_medications_description", UNSET)

        medical_conditions_title = d.pop("medical_conditions_title", UNSET)

        medical_conditions_description = d.pop("medical_conditions_description", UNSET)

        drivers_license_title = d.pop("drivers_license_title", UNSET)

        drivers_license_description = d.pop("drivers_license_description", UNSET)

        av_video_title = d.pop("av_video_title", UNSET)

        av_video_description = d.pop("av_video_description", UNSET)

        metrics_title = d.pop("metrics_title", UNSET)

        metrics_description = d.pop("metrics_description", UNSET)

        pharmacy_selection_title = d.pop("pharmacy_selection_title", UNSET)

        pharmacy_selection_description = d.pop("pharmacy_selection_description", UNSET)

        partner_questionnaire_update_request = cls(
            name=name,
            enabled=enabled,
            intro_title=intro_title,
            intro_description=intro_description,
            outro_title=outro_title,
            outro_description=outro_description,
            redirect_url=redirect_url,
            redirect_title=redirect_title,
            has_pharmacy=has_pharmacy,
            terms_of_service=terms_of_service,
            always_ask_weight_height=always_ask_weight_height,
            is_body_temperature_asked=is_body_temperature_asked,
            is_oxygen_saturation_asked=is_oxygen_saturation_asked,
            ask_blood_pressure=ask_blood_pressure,
            metadata=metadata,
            stripes_key=stripes_key,
            is_condensed_question=is_condensed_question,
            is_show_welcome=is_show_welcome,
            is_show_thanks=is_show_thanks,
            allergies_title=allergies_title,
            allergies_description=allergies_description,
            pregnancy_title=pregnancy_title,
            pregnancy_description=pregnancy_description,
            current_medications_title=current_medications_title,
            current_medications_description=current_medications_description,
            medical_conditions_title=medical_conditions_title,
            medical_conditions_description=medical_conditions_description,
            drivers_license_title=drivers_license_title,
            drivers_license_description=drivers_license_description,
            av_video_title=av_video_title,
            av_video_description=av_video_description,
            metrics_title=metrics_title,
            metrics_description=metrics_description,
            pharmacy_selection_title=pharmacy_selection_title,
            pharmacy_selection_description=pharmacy_selection_description,
        )

        partner_questionnaire_update_request.additional_properties = d
        return partner_questionnaire_update_request

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
