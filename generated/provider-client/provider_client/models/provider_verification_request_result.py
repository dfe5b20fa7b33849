from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_result_code import RequestResultCode
from ..models.request_result_status import RequestResultStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_verification_request import ProviderVerificationRequest
    from ..models.provider_verification_request_result_audit_data import ProviderVerificationRequestResultAuditData


T = TypeVar("T", bound="ProviderVerificationRequestResult")


@_attrs_define
class ProviderVerificationRequestResult:
    """The result of a verification request processed by the provider (read shape).

    Attributes:
        id (int | Unset):
        request (ProviderVerificationRequest | Unset): The verification request a result belongs to (read shape).
        learner_id (UUID | Unset):
        result (float | None | Unset): Normalized result value.
        status (RequestResultStatus | Unset): Status for this result.
        error_message (None | str | Unset): Error message when status is error.
        code (RequestResultCode | Unset): Result code provided after performing the verification process.
        audit (str | Unset):
        audit_data (None | ProviderVerificationRequestResultAuditData | Unset):
    """

    id: int | Unset = UNSET
    request: ProviderVerificationRequest | Unset = UNSET
    learner_id: UUID | Unset = UNSET
    result: float | None | Unset = UNSET
    status: RequestResultStatus | Unset = UNSET
    error_message: None | str | Unset = UNSET
    code: RequestResultCode | Unset = UNSET
    audit: str | Unset = UNSET
    audit_data: None | ProviderVerificationRequestResultAuditData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_verification_request_result_audit_data import ProviderVerificationRequestResultAuditData  # noqa: PLC0415

        id = self.id

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        learner_id: str | Unset = UNSET
        if not isinstance(self.learner_id, Unset):
            learner_id = str(self.learner_id)

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

        audit = self.audit

        audit_data: dict[str, Any] | None | Unset
        if isinstance(self.audit_data, Unset):
            audit_data = UNSET
        elif isinstance(self.audit_data, ProviderVerificationRequestResultAuditData):
            audit_data = self.audit_data.to_dict()
        else:
            audit_data = self.audit_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if request is not UNSET:
            field_dict["request"] = request
        if learner_id is not UNSET:
            field_dict["learner_id"] = learner_id
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if code is not UNSET:
            field_dict["code"] = code
        if audit is not UNSET:
            field_dict["audit"] = audit
        if audit_data is not UNSET:
            field_dict["audit_data"] = audit_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_verification_request import ProviderVerificationRequest  # noqa: PLC0415
        from ..models.provider_verification_request_result_audit_data import ProviderVerificationRequestResultAuditData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _request = d.pop("request", UNSET)
        request: ProviderVerificationRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = ProviderVerificationRequest.from_dict(_request)

        _learner_id = d.pop("learner_id", UNSET)
        learner_id: UUID | Unset
        if isinstance(_learner_id, Unset):
            learner_id = UNSET
        else:
            learner_id = UUID(_learner_id)

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

        audit = d.pop("audit", UNSET)

        def _parse_audit_data(data: object) -> None | ProviderVerificationRequestResultAuditData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audit_data_type_0 = ProviderVerificationRequestResultAuditData.from_dict(data)

                return audit_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderVerificationRequestResultAuditData | Unset, data)

        audit_data = _parse_audit_data(d.pop("audit_data", UNSET))

        provider_verification_request_result = cls(
            id=id,
            request=request,
            learner_id=learner_id,
            result=result,
            status=status,
            error_message=error_message,
            code=code,
            audit=audit,
            audit_data=audit_data,
        )

        provider_verification_request_result.additional_properties = d
        return provider_verification_request_result

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
