"""Contains all the data models used in inputs/outputs

Each model is imported on first use (``from .models import Pet``, ``models.Pet``): a large API has thousands of
them, and importing every one would cost seconds that a program using a handful should not pay.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_detail import ErrorDetail
    from .field_errors_type_1 import FieldErrorsType1
    from .instrument import Instrument
    from .instrument_options_schema import InstrumentOptionsSchema
    from .paginated_provider_enrolment_list import PaginatedProviderEnrolmentList
    from .paginated_provider_enrolment_sample_list import PaginatedProviderEnrolmentSampleList
    from .paginated_provider_enrolment_sample_validation_list import PaginatedProviderEnrolmentSampleValidationList
    from .paginated_provider_list import PaginatedProviderList
    from .paginated_provider_notification_list import PaginatedProviderNotificationList
    from .paginated_provider_verification_request_result_list import PaginatedProviderVerificationRequestResultList
    from .patched_provider_enrolment_request import PatchedProviderEnrolmentRequest
    from .patched_provider_notification_request import PatchedProviderNotificationRequest
    from .patched_provider_notification_request_info import PatchedProviderNotificationRequestInfo
    from .provider import Provider
    from .provider_enrolment import ProviderEnrolment
    from .provider_enrolment_request import ProviderEnrolmentRequest
    from .provider_enrolment_sample import ProviderEnrolmentSample
    from .provider_enrolment_sample_request import ProviderEnrolmentSampleRequest
    from .provider_enrolment_sample_validation import ProviderEnrolmentSampleValidation
    from .provider_enrolment_sample_validation_request import ProviderEnrolmentSampleValidationRequest
    from .provider_enrolment_sample_validation_request_validation_info import (
        ProviderEnrolmentSampleValidationRequestValidationInfo,
    )
    from .provider_enrolment_sample_validation_validation_info import ProviderEnrolmentSampleValidationValidationInfo
    from .provider_notification import ProviderNotification
    from .provider_notification_info import ProviderNotificationInfo
    from .provider_notification_request import ProviderNotificationRequest
    from .provider_notification_request_info import ProviderNotificationRequestInfo
    from .provider_options import ProviderOptions
    from .provider_options_schema import ProviderOptionsSchema
    from .provider_verification_request import ProviderVerificationRequest
    from .provider_verification_request_request import ProviderVerificationRequestRequest
    from .provider_verification_request_result import ProviderVerificationRequestResult
    from .provider_verification_request_result_audit_data import ProviderVerificationRequestResultAuditData
    from .provider_verification_request_result_request import ProviderVerificationRequestResultRequest
    from .provider_verification_request_result_request_audit_data import (
        ProviderVerificationRequestResultRequestAuditData,
    )
    from .request_result_code import RequestResultCode
    from .request_result_status import RequestResultStatus
    from .sample_validation_status import SampleValidationStatus
    from .validation_error import ValidationError

# model name -> the module of this package that defines it
_MODULES: dict[str, str] = {
    "ErrorDetail": "error_detail",
    "FieldErrorsType1": "field_errors_type_1",
    "Instrument": "instrument",
    "InstrumentOptionsSchema": "instrument_options_schema",
    "PaginatedProviderEnrolmentList": "paginated_provider_enrolment_list",
    "PaginatedProviderEnrolmentSampleList": "paginated_provider_enrolment_sample_list",
    "PaginatedProviderEnrolmentSampleValidationList": "paginated_provider_enrolment_sample_validation_list",
    "PaginatedProviderList": "paginated_provider_list",
    "PaginatedProviderNotificationList": "paginated_provider_notification_list",
    "PaginatedProviderVerificationRequestResultList": "paginated_provider_verification_request_result_list",
    "PatchedProviderEnrolmentRequest": "patched_provider_enrolment_request",
    "PatchedProviderNotificationRequest": "patched_provider_notification_request",
    "PatchedProviderNotificationRequestInfo": "patched_provider_notification_request_info",
    "Provider": "provider",
    "ProviderEnrolment": "provider_enrolment",
    "ProviderEnrolmentRequest": "provider_enrolment_request",
    "ProviderEnrolmentSample": "provider_enrolment_sample",
    "ProviderEnrolmentSampleRequest": "provider_enrolment_sample_request",
    "ProviderEnrolmentSampleValidation": "provider_enrolment_sample_validation",
    "ProviderEnrolmentSampleValidationRequest": "provider_enrolment_sample_validation_request",
    "ProviderEnrolmentSampleValidationRequestValidationInfo": "provider_enrolment_sample_validation_request_validation_info",
    "ProviderEnrolmentSampleValidationValidationInfo": "provider_enrolment_sample_validation_validation_info",
    "ProviderNotification": "provider_notification",
    "ProviderNotificationInfo": "provider_notification_info",
    "ProviderNotificationRequest": "provider_notification_request",
    "ProviderNotificationRequestInfo": "provider_notification_request_info",
    "ProviderOptions": "provider_options",
    "ProviderOptionsSchema": "provider_options_schema",
    "ProviderVerificationRequest": "provider_verification_request",
    "ProviderVerificationRequestRequest": "provider_verification_request_request",
    "ProviderVerificationRequestResult": "provider_verification_request_result",
    "ProviderVerificationRequestResultAuditData": "provider_verification_request_result_audit_data",
    "ProviderVerificationRequestResultRequest": "provider_verification_request_result_request",
    "ProviderVerificationRequestResultRequestAuditData": "provider_verification_request_result_request_audit_data",
    "RequestResultCode": "request_result_code",
    "RequestResultStatus": "request_result_status",
    "SampleValidationStatus": "sample_validation_status",
    "ValidationError": "validation_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "ErrorDetail",
    "FieldErrorsType1",
    "Instrument",
    "InstrumentOptionsSchema",
    "PaginatedProviderEnrolmentList",
    "PaginatedProviderEnrolmentSampleList",
    "PaginatedProviderEnrolmentSampleValidationList",
    "PaginatedProviderList",
    "PaginatedProviderNotificationList",
    "PaginatedProviderVerificationRequestResultList",
    "PatchedProviderEnrolmentRequest",
    "PatchedProviderNotificationRequest",
    "PatchedProviderNotificationRequestInfo",
    "Provider",
    "ProviderEnrolment",
    "ProviderEnrolmentRequest",
    "ProviderEnrolmentSample",
    "ProviderEnrolmentSampleRequest",
    "ProviderEnrolmentSampleValidation",
    "ProviderEnrolmentSampleValidationRequest",
    "ProviderEnrolmentSampleValidationRequestValidationInfo",
    "ProviderEnrolmentSampleValidationValidationInfo",
    "ProviderNotification",
    "ProviderNotificationInfo",
    "ProviderNotificationRequest",
    "ProviderNotificationRequestInfo",
    "ProviderOptions",
    "ProviderOptionsSchema",
    "ProviderVerificationRequest",
    "ProviderVerificationRequestRequest",
    "ProviderVerificationRequestResult",
    "ProviderVerificationRequestResultAuditData",
    "ProviderVerificationRequestResultRequest",
    "ProviderVerificationRequestResultRequestAuditData",
    "RequestResultCode",
    "RequestResultStatus",
    "SampleValidationStatus",
    "ValidationError",
)
