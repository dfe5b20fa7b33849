"""Contains all the data models used in inputs/outputs"""

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
from .provider_verification_request_result_request_audit_data import ProviderVerificationRequestResultRequestAuditData
from .request_result_code import RequestResultCode
from .request_result_status import RequestResultStatus
from .sample_validation_status import SampleValidationStatus
from .validation_error import ValidationError

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
