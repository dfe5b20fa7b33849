"""Contains all the data models used in inputs/outputs

Each model is imported on first use (``from .models import Pet``, ``models.Pet``): a large API has thousands of
them, and importing every one would cost seconds that a program using a handful should not pay.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_request import AccessTokenRequest
    from .access_token_request_grant_type import AccessTokenRequestGrantType
    from .access_token_request_scope import AccessTokenRequestScope
    from .case_approved_webhook_event import CaseApprovedWebhookEvent
    from .case_approved_webhook_event_event_type import CaseApprovedWebhookEventEventType
    from .case_waiting_webhook_event import CaseWaitingWebhookEvent
    from .case_waiting_webhook_event_event_type import CaseWaitingWebhookEventEventType
    from .clinician import Clinician
    from .clinician_address import ClinicianAddress
    from .clinician_audit import ClinicianAudit
    from .clinician_audit_list import ClinicianAuditList
    from .clinician_create_request import ClinicianCreateRequest
    from .clinician_message_file_reference import ClinicianMessageFileReference
    from .clinician_message_notified_model import ClinicianMessageNotifiedModel
    from .clinician_message_notified_model_notified_model_type import ClinicianMessageNotifiedModelNotifiedModelType
    from .clinician_message_request import ClinicianMessageRequest
    from .clinician_offering_bond_request import ClinicianOfferingBondRequest
    from .clinician_update_request import ClinicianUpdateRequest
    from .environment import Environment
    from .error import Error
    from .internal_support_staff_create_request import InternalSupportStaffCreateRequest
    from .internal_support_staff_update_request import InternalSupportStaffUpdateRequest
    from .list_partner_audits_order import ListPartnerAuditsOrder
    from .list_partner_offerings_trashed import ListPartnerOfferingsTrashed
    from .metadata_city import MetadataCity
    from .metadata_country import MetadataCountry
    from .metadata_state import MetadataState
    from .offering_submitted_webhook_event import OfferingSubmittedWebhookEvent
    from .offering_submitted_webhook_event_event_type import OfferingSubmittedWebhookEventEventType
    from .order_status_changed_webhook_event import OrderStatusChangedWebhookEvent
    from .order_status_changed_webhook_event_event_type import OrderStatusChangedWebhookEventEventType
    from .order_tracking_number_changed_webhook_event import OrderTrackingNumberChangedWebhookEvent
    from .order_tracking_number_changed_webhook_event_event_type import OrderTrackingNumberChangedWebhookEventEventType
    from .partner_audit import PartnerAudit
    from .partner_audit_list import PartnerAuditList
    from .partner_internal_support_staff import PartnerInternalSupportStaff
    from .partner_internal_support_staff_role import PartnerInternalSupportStaffRole
    from .partner_internal_support_staff_role_pivot import PartnerInternalSupportStaffRolePivot
    from .partner_offering import PartnerOffering
    from .partner_offering_create_request import PartnerOfferingCreateRequest
    from .partner_offering_list import PartnerOfferingList
    from .partner_offering_product import PartnerOfferingProduct
    from .partner_offering_tag import PartnerOfferingTag
    from .partner_offering_tag_list import PartnerOfferingTagList
    from .partner_offering_tag_notes_request import PartnerOfferingTagNotesRequest
    from .partner_pharmacy import PartnerPharmacy
    from .partner_pharmacy_attach_request import PartnerPharmacyAttachRequest
    from .partner_pharmacy_list import PartnerPharmacyList
    from .partner_questionnaire import PartnerQuestionnaire
    from .partner_questionnaire_offering import PartnerQuestionnaireOffering
    from .partner_questionnaire_question import PartnerQuestionnaireQuestion
    from .partner_questionnaire_question_option import PartnerQuestionnaireQuestionOption
    from .partner_questionnaire_replicate_request import PartnerQuestionnaireReplicateRequest
    from .partner_questionnaire_rule import PartnerQuestionnaireRule
    from .partner_questionnaire_rule_requirement import PartnerQuestionnaireRuleRequirement
    from .partner_questionnaire_translation_request import PartnerQuestionnaireTranslationRequest
    from .partner_questionnaire_update_request import PartnerQuestionnaireUpdateRequest
    from .partner_tag_update_request import PartnerTagUpdateRequest
    from .partner_tag_update_request_removable_role import PartnerTagUpdateRequestRemovableRole
    from .partner_test_message_request import PartnerTestMessageRequest
    from .partner_webhook_test_event import PartnerWebhookTestEvent
    from .partner_webhook_test_request import PartnerWebhookTestRequest
    from .partner_webhook_test_request_channel import PartnerWebhookTestRequestChannel
    from .partner_webhook_test_request_from import PartnerWebhookTestRequestFrom
    from .partner_webhook_test_request_metadata import PartnerWebhookTestRequestMetadata
    from .prescription_insurance_coverage_updated_webhook_event import PrescriptionInsuranceCoverageUpdatedWebhookEvent
    from .prescription_insurance_coverage_updated_webhook_event_event_type import (
        PrescriptionInsuranceCoverageUpdatedWebhookEventEventType,
    )
    from .resource_patient import ResourcePatient
    from .resource_patient_list import ResourcePatientList
    from .search_resource_patients_order import SearchResourcePatientsOrder
    from .service_notification import ServiceNotification
    from .service_notification_list import ServiceNotificationList
    from .shopify_customer_auth_link import ShopifyCustomerAuthLink
    from .specialty_medication_product import SpecialtyMedicationProduct
    from .specialty_medication_product_update import SpecialtyMedicationProductUpdate
    from .specialty_offering import SpecialtyOffering
    from .specialty_offering_create_request import SpecialtyOfferingCreateRequest
    from .specialty_offering_replicate_request import SpecialtyOfferingReplicateRequest
    from .specialty_offering_update_request import SpecialtyOfferingUpdateRequest
    from .specialty_question_option import SpecialtyQuestionOption
    from .specialty_question_option_list import SpecialtyQuestionOptionList
    from .webhook_case_offering import WebhookCaseOffering
    from .webhook_offering_product import WebhookOfferingProduct
    from .woo_commerce_address import WooCommerceAddress
    from .woo_commerce_auth_callback_request import WooCommerceAuthCallbackRequest
    from .woo_commerce_date_time import WooCommerceDateTime
    from .woo_commerce_line_item import WooCommerceLineItem
    from .woo_commerce_meta_data import WooCommerceMetaData
    from .woo_commerce_order_base_data import WooCommerceOrderBaseData
    from .woo_commerce_order_data import WooCommerceOrderData
    from .woo_commerce_order_data_line_items import WooCommerceOrderDataLineItems
    from .woo_commerce_order_meta import WooCommerceOrderMeta
    from .woo_commerce_order_request import WooCommerceOrderRequest
    from .woo_commerce_order_request_items import WooCommerceOrderRequestItems
    from .woo_commerce_product import WooCommerceProduct
    from .woo_commerce_product_attributes import WooCommerceProductAttributes

# model name -> the module of this package that defines it
_MODULES: dict[str, str] = {
    "AccessTokenRequest": "access_token_request",
    "AccessTokenRequestGrantType": "access_token_request_grant_type",
    "AccessTokenRequestScope": "access_token_request_scope",
    "CaseApprovedWebhookEvent": "case_approved_webhook_event",
    "CaseApprovedWebhookEventEventType": "case_approved_webhook_event_event_type",
    "CaseWaitingWebhookEvent": "case_waiting_webhook_event",
    "CaseWaitingWebhookEventEventType": "case_waiting_webhook_event_event_type",
    "Clinician": "clinician",
    "ClinicianAddress": "clinician_address",
    "ClinicianAudit": "clinician_audit",
    "ClinicianAuditList": "clinician_audit_list",
    "ClinicianCreateRequest": "clinician_create_request",
    "ClinicianMessageFileReference": "clinician_message_file_reference",
    "ClinicianMessageNotifiedModel": "clinician_message_notified_model",
    "ClinicianMessageNotifiedModelNotifiedModelType": "clinician_message_notified_model_notified_model_type",
    "ClinicianMessageRequest": "clinician_message_request",
    "ClinicianOfferingBondRequest": "clinician_offering_bond_request",
    "ClinicianUpdateRequest": "clinician_update_request",
    "Environment": "environment",
    "Error": "error",
    "InternalSupportStaffCreateRequest": "internal_support_staff_create_request",
    "InternalSupportStaffUpdateRequest": "internal_support_staff_update_request",
    "ListPartnerAuditsOrder": "list_partner_audits_order",
    "ListPartnerOfferingsTrashed": "list_partner_offerings_trashed",
    "MetadataCity": "metadata_city",
    "MetadataCountry": "metadata_country",
    "MetadataState": "metadata_state",
    "OfferingSubmittedWebhookEvent": "offering_submitted_webhook_event",
    "OfferingSubmittedWebhookEventEventType": "offering_submitted_webhook_event_event_type",
    "OrderStatusChangedWebhookEvent": "order_status_changed_webhook_event",
    "OrderStatusChangedWebhookEventEventType": "order_status_changed_webhook_event_event_type",
    "OrderTrackingNumberChangedWebhookEvent": "order_tracking_number_changed_webhook_event",
    "OrderTrackingNumberChangedWebhookEventEventType": "order_tracking_number_changed_webhook_event_event_type",
    "PartnerAudit": "partner_audit",
    "PartnerAuditList": "partner_audit_list",
    "PartnerInternalSupportStaff": "partner_internal_support_staff",
    "PartnerInternalSupportStaffRole": "partner_internal_support_staff_role",
    "PartnerInternalSupportStaffRolePivot": "partner_internal_support_staff_role_pivot",
    "PartnerOffering": "partner_offering",
    "PartnerOfferingCreateRequest": "partner_offering_create_request",
    "PartnerOfferingList": "partner_offering_list",
    "PartnerOfferingProduct": "partner_offering_product",
    "PartnerOfferingTag": "partner_offering_tag",
    "PartnerOfferingTagList": "partner_offering_tag_list",
    "PartnerOfferingTagNotesRequest": "partner_offering_tag_notes_request",
    "PartnerPharmacy": "partner_pharmacy",
    "PartnerPharmacyAttachRequest": "partner_pharmacy_attach_request",
    "PartnerPharmacyList": "partner_pharmacy_list",
    "PartnerQuestionnaire": "partner_questionnaire",
    "PartnerQuestionnaireOffering": "partner_questionnaire_offering",
    "PartnerQuestionnaireQuestion": "partner_questionnaire_question",
    "PartnerQuestionnaireQuestionOption": "partner_questionnaire_question_option",
    "PartnerQuestionnaireReplicateRequest": "partner_questionnaire_replicate_request",
    "PartnerQuestionnaireRule": "partner_questionnaire_rule",
    "PartnerQuestionnaireRuleRequirement": "partner_questionnaire_rule_requirement",
    "PartnerQuestionnaireTranslationRequest": "partner_questionnaire_translation_request",
    "PartnerQuestionnaireUpdateRequest": "partner_questionnaire_update_request",
    "PartnerTagUpdateRequest": "partner_tag_update_request",
    "PartnerTagUpdateRequestRemovableRole": "partner_tag_update_request_removable_role",
    "PartnerTestMessageRequest": "partner_test_message_request",
    "PartnerWebhookTestEvent": "partner_webhook_test_event",
    "PartnerWebhookTestRequest": "partner_webhook_test_request",
    "PartnerWebhookTestRequestChannel": "partner_webhook_test_request_channel",
    "PartnerWebhookTestRequestFrom": "partner_webhook_test_request_from",
    "PartnerWebhookTestRequestMetadata": "partner_webhook_test_request_metadata",
    "PrescriptionInsuranceCoverageUpdatedWebhookEvent": "prescription_insurance_coverage_updated_webhook_event",
    "PrescriptionInsuranceCoverageUpdatedWebhookEventEventType": "prescription_insurance_coverage_updated_webhook_event_event_type",
    "ResourcePatient": "resource_patient",
    "ResourcePatientList": "resource_patient_list",
    "SearchResourcePatientsOrder": "search_resource_patients_order",
    "ServiceNotification": "service_notification",
    "ServiceNotificationList": "service_notification_list",
    "ShopifyCustomerAuthLink": "shopify_customer_auth_link",
    "SpecialtyMedicationProduct": "specialty_medication_product",
    "SpecialtyMedicationProductUpdate": "specialty_medication_product_update",
    "SpecialtyOffering": "specialty_offering",
    "SpecialtyOfferingCreateRequest": "specialty_offering_create_request",
    "SpecialtyOfferingReplicateRequest": "specialty_offering_replicate_request",
    "SpecialtyOfferingUpdateRequest": "specialty_offering_update_request",
    "SpecialtyQuestionOption": "specialty_question_option",
    "SpecialtyQuestionOptionList": "specialty_question_option_list",
    "WebhookCaseOffering": "webhook_case_offering",
    "WebhookOfferingProduct": "webhook_offering_product",
    "WooCommerceAddress": "woo_commerce_address",
    "WooCommerceAuthCallbackRequest": "woo_commerce_auth_callback_request",
    "WooCommerceDateTime": "woo_commerce_date_time",
    "WooCommerceLineItem": "woo_commerce_line_item",
    "WooCommerceMetaData": "woo_commerce_meta_data",
    "WooCommerceOrderBaseData": "woo_commerce_order_base_data",
    "WooCommerceOrderData": "woo_commerce_order_data",
    "WooCommerceOrderDataLineItems": "woo_commerce_order_data_line_items",
    "WooCommerceOrderMeta": "woo_commerce_order_meta",
    "WooCommerceOrderRequest": "woo_commerce_order_request",
    "WooCommerceOrderRequestItems": "woo_commerce_order_request_items",
    "WooCommerceProduct": "woo_commerce_product",
    "WooCommerceProductAttributes": "woo_commerce_product_attributes",
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
    "AccessTokenRequest",
    "AccessTokenRequestGrantType",
    "AccessTokenRequestScope",
    "CaseApprovedWebhookEvent",
    "CaseApprovedWebhookEventEventType",
    "CaseWaitingWebhookEvent",
    "CaseWaitingWebhookEventEventType",
    "Clinician",
    "ClinicianAddress",
    "ClinicianAudit",
    "ClinicianAuditList",
    "ClinicianCreateRequest",
    "ClinicianMessageFileReference",
    "ClinicianMessageNotifiedModel",
    "ClinicianMessageNotifiedModelNotifiedModelType",
    "ClinicianMessageRequest",
    "ClinicianOfferingBondRequest",
    "ClinicianUpdateRequest",
    "Environment",
    "Error",
    "InternalSupportStaffCreateRequest",
    "InternalSupportStaffUpdateRequest",
    "ListPartnerAuditsOrder",
    "ListPartnerOfferingsTrashed",
    "MetadataCity",
    "MetadataCountry",
    "MetadataState",
    "OfferingSubmittedWebhookEvent",
    "OfferingSubmittedWebhookEventEventType",
    "OrderStatusChangedWebhookEvent",
    "OrderStatusChangedWebhookEventEventType",
    "OrderTrackingNumberChangedWebhookEvent",
    "OrderTrackingNumberChangedWebhookEventEventType",
    "PartnerAudit",
    "PartnerAuditList",
    "PartnerInternalSupportStaff",
    "PartnerInternalSupportStaffRole",
    "PartnerInternalSupportStaffRolePivot",
    "PartnerOffering",
    "PartnerOfferingCreateRequest",
    "PartnerOfferingList",
    "PartnerOfferingProduct",
    "PartnerOfferingTag",
    "PartnerOfferingTagList",
    "PartnerOfferingTagNotesRequest",
    "PartnerPharmacy",
    "PartnerPharmacyAttachRequest",
    "PartnerPharmacyList",
    "PartnerQuestionnaire",
    "PartnerQuestionnaireOffering",
    "PartnerQuestionnaireQuestion",
    "PartnerQuestionnaireQuestionOption",
    "PartnerQuestionnaireReplicateRequest",
    "PartnerQuestionnaireRule",
    "PartnerQuestionnaireRuleRequirement",
    "PartnerQuestionnaireTranslationRequest",
    "PartnerQuestionnaireUpdateRequest",
    "PartnerTagUpdateRequest",
    "PartnerTagUpdateRequestRemovableRole",
    "PartnerTestMessageRequest",
    "PartnerWebhookTestEvent",
    "PartnerWebhookTestRequest",
    "PartnerWebhookTestRequestChannel",
    "PartnerWebhookTestRequestFrom",
    "PartnerWebhookTestRequestMetadata",
    "PrescriptionInsuranceCoverageUpdatedWebhookEvent",
    "PrescriptionInsuranceCoverageUpdatedWebhookEventEventType",
    "ResourcePatient",
    "ResourcePatientList",
    "SearchResourcePatientsOrder",
    "ServiceNotification",
    "ServiceNotificationList",
    "ShopifyCustomerAuthLink",
    "SpecialtyMedicationProduct",
    "SpecialtyMedicationProductUpdate",
    "SpecialtyOffering",
    "SpecialtyOfferingCreateRequest",
    "SpecialtyOfferingReplicateRequest",
    "SpecialtyOfferingUpdateRequest",
    "SpecialtyQuestionOption",
    "SpecialtyQuestionOptionList",
    "WebhookCaseOffering",
    "WebhookOfferingProduct",
    "WooCommerceAddress",
    "WooCommerceAuthCallbackRequest",
    "WooCommerceDateTime",
    "WooCommerceLineItem",
    "WooCommerceMetaData",
    "WooCommerceOrderBaseData",
    "WooCommerceOrderData",
    "WooCommerceOrderDataLineItems",
    "WooCommerceOrderMeta",
    "WooCommerceOrderRequest",
    "WooCommerceOrderRequestItems",
    "WooCommerceProduct",
    "WooCommerceProductAttributes",
)
