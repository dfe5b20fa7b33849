from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_result_code import RequestResultCode
from ..models.request_result_status import RequestResultStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_verification_request_request import ProviderVerificationRequestRequest
    from ..models.provider_verification_request_result_request_audit_data import (
        ProviderVerificationRequestResultRequestAuditData,
    )


T = TypeVar("T", bound="ProviderVerificationRequestResultRequest")


@_attrs_define
class ProviderVerificationRequestResultRequest:
    """The writable fields of a verification request result (update, partial update and status change). No field is
    documented as required.

        Attributes:
            request (ProviderVerificationRequestRequest | Unset): The `request` object sent inside a request-result body.
                The doc types it "object (ProviderVerificationRequest)" and its samples send {}.
            result (float | None | Unset): Normalized result value.
            status (RequestResultStatus | Unset): Status for this result.
            error_message (None | str | Unset): Error message when status is error.
            code (RequestResultCode | Unset): Result code provided after performing the verification process.
            audit_data (None | ProviderVerificationRequestResultRequestAuditData | Unset):
    """

    request: ProviderVerificationRequestRequest | Unset = UNSET
    result: float | None | Unset = UNSET
    status: RequestResultStatus | Unset = UNSET
    error_message: None | str | Unset = UNSET
    code: RequestResultCode | Unset = UNSET
    audit_data: None | ProviderVerificationRequestResultRequestAuditData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_verification_request_result_request_audit_data import (
            ProviderVerificationRequestResultRequestAuditData,  # noqa: PLC0415
        )

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        result: float | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        audit_data: dict[str, Any] | None | Unset
        if isinstance(self.audit_data, Unset):
            audit_data = UNSET
        elif isinstance(self.audit_data, ProviderVerificationRequestResultRequestAuditData):
            audit_data = self.audit_data.to_dict()
        else:
            audit_data = self.audit_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request is not UNSET:
            field_dict["request"] = request
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if code is not UNSET:
            field_dict["code"] = code
        if audit_data is not UNSET:
            field_dict["audit_data"] = audit_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_verification_request_request import ProviderVerificationRequestRequest  # noqa: PLC0415
        from ..models.provider_verification_request_result_request_audit_data import (
            ProviderVerificationRequestResultRequestAuditData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _request = d.pop("request", UNSET)
        request: ProviderVerificationRequestRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = ProviderVerificationRequestRequest.from_dict(_request)

        def _parse_result(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        _status = d.pop("status", UNSET)
        status: RequestResultStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RequestResultStatus(_status)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        _code = d.pop("code", UNSET)
        code: RequestResultCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = RequestResultCode(_code)

        def _parse_audit_data(data: object) -> None | ProviderVerificationRequestResultRequestAuditData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audit_data_type_0 = ProviderVerificationRequestResultRequestAuditData.from_dict(data)

                return audit_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderVerificationRequestResultRequestAuditData | Unset, data)

        audit_data = _parse_audit_data(d.pop("audit_data", UNSET))

        provider_verification_request_result_request = cls(
            request=request,
            result=result,
            status=status,
            error_message=error_message,
            code=code,
            audit_data=audit_data,
        )

        provider_verification_request_result_request.additional_properties = d
        return provider_verification_request_result_request

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
