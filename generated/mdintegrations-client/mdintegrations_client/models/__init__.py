"""Contains all the data models used in inputs/outputs"""

from .access_token_request import AccessTokenRequest
from .access_token_request_grant_type import AccessTokenRequestGrantType
from .access_token_request_scope import AccessTokenRequestScope
from .case_approved_webhook_event import CaseApprovedWebhookEvent
from .case_approved_webhook_event_event_type import CaseApprovedWebhookEventEventType
from .case_waiting_webhook_event import CaseWaitingWebhookEvent
from .case_waiting_webhook_event_event_type import CaseWaitingWebhookEventEventType
from .clinician_message_file_reference import ClinicianMessageFileReference
from .clinician_message_notified_model import ClinicianMessageNotifiedModel
from .clinician_message_notified_model_notified_model_type import ClinicianMessageNotifiedModelNotifiedModelType
from .clinician_message_request import ClinicianMessageRequest
from .error import Error
from .metadata_city import MetadataCity
from .metadata_country import MetadataCountry
from .metadata_state import MetadataState
from .offering_submitted_webhook_event import OfferingSubmittedWebhookEvent
from .offering_submitted_webhook_event_event_type import OfferingSubmittedWebhookEventEventType
from .order_status_changed_webhook_event import OrderStatusChangedWebhookEvent
from .order_status_changed_webhook_event_event_type import OrderStatusChangedWebhookEventEventType
from .order_tracking_number_changed_webhook_event import OrderTrackingNumberChangedWebhookEvent
from .order_tracking_number_changed_webhook_event_event_type import OrderTrackingNumberChangedWebhookEventEventType
from .partner_internal_support_staff import PartnerInternalSupportStaff
from .partner_internal_support_staff_role import PartnerInternalSupportStaffRole
from .partner_internal_support_staff_role_pivot import PartnerInternalSupportStaffRolePivot
from .partner_questionnaire import PartnerQuestionnaire
from .partner_questionnaire_offering import PartnerQuestionnaireOffering
from .partner_questionnaire_question import PartnerQuestionnaireQuestion
from .partner_questionnaire_question_option import PartnerQuestionnaireQuestionOption
from .partner_questionnaire_rule import PartnerQuestionnaireRule
from .partner_questionnaire_rule_requirement import PartnerQuestionnaireRuleRequirement
from .prescription_insurance_coverage_updated_webhook_event import PrescriptionInsuranceCoverageUpdatedWebhookEvent
from .prescription_insurance_coverage_updated_webhook_event_event_type import (
    PrescriptionInsuranceCoverageUpdatedWebhookEventEventType,
)
from .webhook_case_offering import WebhookCaseOffering
from .webhook_offering_product import WebhookOfferingProduct

__all__ = (
    "AccessTokenRequest",
    "AccessTokenRequestGrantType",
    "AccessTokenRequestScope",
    "CaseApprovedWebhookEvent",
    "CaseApprovedWebhookEventEventType",
    "CaseWaitingWebhookEvent",
    "CaseWaitingWebhookEventEventType",
    "ClinicianMessageFileReference",
    "ClinicianMessageNotifiedModel",
    "ClinicianMessageNotifiedModelNotifiedModelType",
    "ClinicianMessageRequest",
    "Error",
    "MetadataCity",
    "MetadataCountry",
    "MetadataState",
    "OfferingSubmittedWebhookEvent",
    "OfferingSubmittedWebhookEventEventType",
    "OrderStatusChangedWebhookEvent",
    "OrderStatusChangedWebhookEventEventType",
    "OrderTrackingNumberChangedWebhookEvent",
    "OrderTrackingNumberChangedWebhookEventEventType",
    "PartnerInternalSupportStaff",
    "PartnerInternalSupportStaffRole",
    "PartnerInternalSupportStaffRolePivot",
    "PartnerQuestionnaire",
    "PartnerQuestionnaireOffering",
    "PartnerQuestionnaireQuestion",
    "PartnerQuestionnaireQuestionOption",
    "PartnerQuestionnaireRule",
    "PartnerQuestionnaireRuleRequirement",
    "PrescriptionInsuranceCoverageUpdatedWebhookEvent",
    "PrescriptionInsuranceCoverageUpdatedWebhookEventEventType",
    "WebhookCaseOffering",
    "WebhookOfferingProduct",
)
