from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sample_validation_status import SampleValidationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_enrolment_sample_request import ProviderEnrolmentSampleRequest
    from ..models.provider_enrolment_sample_validation_request_validation_info import (
        ProviderEnrolmentSampleValidationRequestValidationInfo,
    )


T = TypeVar("T", bound="ProviderEnrolmentSampleValidationRequest")


@_attrs_define
class ProviderEnrolmentSampleValidationRequest:
    """The writable fields of a sample validation (create, update, partial update and status change). No field is
    documented as required.

        Attributes:
            status (SampleValidationStatus | Unset): Validation status for this sample.
            validation_info (None | ProviderEnrolmentSampleValidationRequestValidationInfo | Unset):
            sample (ProviderEnrolmentSampleRequest | Unset): The `sample` object sent inside a sample validation body. The
                doc types it "object (ProviderEnrolmentSample)" and its samples send {}.
            error_message (None | str | Unset): Error message when status is error.
            contribution (float | None | Unset):
            message_code_id (None | str | Unset):
    """

    status: SampleValidationStatus | Unset = UNSET
    validation_info: None | ProviderEnrolmentSampleValidationRequestValidationInfo | Unset = UNSET
    sample: ProviderEnrolmentSampleRequest | Unset = UNSET
    error_message: None | str | Unset = UNSET
    contribution: float | None | Unset = UNSET
    message_code_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_enrolment_sample_validation_request_validation_info import (
            ProviderEnrolmentSampleValidationRequestValidationInfo,  # noqa: PLC0415
        )

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        validation_info: dict[str, Any] | None | Unset
        if isinstance(self.validation_info, Unset):
            validation_info = UNSET
        elif isinstance(self.validation_info, ProviderEnrolmentSampleValidationRequestValidationInfo):
            validation_info = self.validation_info.to_dict()
        else:
            validation_info = self.validation_info

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
        if status is not UNSET:
            field_dict["status"] = status
        if validation_info is not UNSET:
            field_dict["validation_info"] = validation_info
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
        from ..models.provider_enrolment_sample_request import ProviderEnrolmentSampleRequest  # noqa: PLC0415
        from ..models.provider_enrolment_sample_validation_request_validation_info import (
            ProviderEnrolmentSampleValidationRequestValidationInfo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SampleValidationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SampleValidationStatus(_status)

        def _parse_validation_info(
            data: object,
        ) -> None | ProviderEnrolmentSampleValidationRequestValidationInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_info_type_0 = ProviderEnrolmentSampleValidationRequestValidationInfo.from_dict(data)

                return validation_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderEnrolmentSampleValidationRequestValidationInfo | Unset, data)

        validation_info = _parse_validation_info(d.pop("validation_info", UNSET))

        _sample = d.pop("sample", UNSET)
        sample: ProviderEnrolmentSampleRequest | Unset
        if isinstance(_sample, Unset):
            sample = UNSET
        else:
            sample = ProviderEnrolmentSampleRequest.from_dict(_sample)

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

        provider_enrolment_sample_validation_request = cls(
            status=status,
            validation_info=validation_info,
            sample=sample,
            error_message=error_message,
            contribution=contribution,
            message_code_id=message_code_id,
        )

        provider_enrolment_sample_validation_request.additional_properties = d
        return provider_enrolment_sample_validation_request

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
