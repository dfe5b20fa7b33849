from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sample_validation_status import SampleValidationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_enrolment_sample import ProviderEnrolmentSample
    from ..models.provider_enrolment_sample_validation_validation_info import (
        ProviderEnrolmentSampleValidationValidationInfo,
    )


T = TypeVar("T", bound="ProviderEnrolmentSampleValidation")


@_attrs_define
class ProviderEnrolmentSampleValidation:
    """The validation of an enrolment sample by a provider (read shape).

    Attributes:
        id (int | Unset):
        status (SampleValidationStatus | Unset): Validation status for this sample.
        info (None | str | Unset):
        validation_info (None | ProviderEnrolmentSampleValidationValidationInfo | Unset):
        provider (int | Unset):
        sample (ProviderEnrolmentSample | Unset): An enrolment sample (read shape).
        error_message (None | str | Unset): Error message when status is error.
        contribution (float | None | Unset):
        message_code_id (None | str | Unset):
    """

    id: int | Unset = UNSET
    status: SampleValidationStatus | Unset = UNSET
    info: None | str | Unset = UNSET
    validation_info: None | ProviderEnrolmentSampleValidationValidationInfo | Unset = UNSET
    provider: int | Unset = UNSET
    sample: ProviderEnrolmentSample | Unset = UNSET
    error_message: None | str | Unset = UNSET
    contribution: float | None | Unset = UNSET
    message_code_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_enrolment_sample_validation_validation_info import (
            ProviderEnrolmentSampleValidationValidationInfo,  # noqa: PLC0415
        )

        id = self.id

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        info: None | str | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        else:
            info = self.info

        validation_info: dict[str, Any] | None | Unset
        if isinstance(self.validation_info, Unset):
            validation_info = UNSET
        elif isinstance(self.validation_info, ProviderEnrolmentSampleValidationValidationInfo):
            validation_info = self.validation_info.to_dict()
        else:
            validation_info = self.validation_info

        provider = self.provider

        sample: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample, Unset):
            sample = self.sample.to_dict()

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        contribution: float | None | Unset
        if isinstance(self.contribution, Unset):
            contribution = UNSET
        else:
            contribution = self.contribution

        message_code_id: None | str | Unset
        if isinstance(self.message_code_id, Unset):
            message_code_id = UNSET
        else:
            message_code_id = self.message_code_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if info is not UNSET:
            field_dict["info"] = info
        if validation_info is not UNSET:
            field_dict["validation_info"] = validation_info
        if provider is not UNSET:
            field_dict["provider"] = provider
        if sample is not UNSET:
            field_dict["sample"] = sample
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if contribution is not UNSET:
            field_dict["contribution"] = contribution
        if message_code_id is not UNSET:
            field_dict["message_code_id"] = message_code_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_enrolment_sample import ProviderEnrolmentSample  # noqa: PLC0415
        from ..models.provider_enrolment_sample_validation_validation_info import (
            ProviderEnrolmentSampleValidationValidationInfo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: SampleValidationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SampleValidationStatus(_status)

        def _parse_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

        def _parse_validation_info(data: object) -> None | ProviderEnrolmentSampleValidationValidationInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_info_type_0 = ProviderEnrolmentSampleValidationValidationInfo.from_dict(data)

                return validation_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderEnrolmentSampleValidationValidationInfo | Unset, data)

        validation_info = _parse_validation_info(d.pop("validation_info", UNSET))

        provider = d.pop("provider", UNSET)

        _sample = d.pop("sample", UNSET)
        sample: ProviderEnrolmentSample | Unset
        if isinstance(_sample, Unset):
            sample = UNSET
        else:
            sample = ProviderEnrolmentSample.from_dict(_sample)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_contribution(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        contribution = _parse_contribution(d.pop("contribution", UNSET))

        def _parse_message_code_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_code_id = _parse_message_code_id(d.pop("message_code_id", UNSET))

        provider_enrolment_sample_validation = cls(
            id=id,
            status=status,
            info=info,
            validation_info=validation_info,
            provider=provider,
            sample=sample,
            error_message=error_message,
            contribution=contribution,
            message_code_id=message_code_id,
        )

        provider_enrolment_sample_validation.additional_properties = d
        return provider_enrolment_sample_validation

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
