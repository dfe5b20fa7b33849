from enum import StrEnum


class PartnerWebhookTestEvent(StrEnum):
    CASE_ASSIGNED_TO_CLINICIAN = "case_assigned_to_clinician"
    CASE_CANCELLED = "case_cancelled"
    CASE_COMPLETED = "case_completed"
    CASE_CREATED = "case_created"
    CASE_PROCESSING = "case_processing"
    CASE_TRANSFERRED_TO_SUPPORT = "case_transferred_to_support"
    CASE_WAITING = "case_waiting"
    MESSAGE_CREATED = "message_created"
    PATIENT_DELETED = "patient_deleted"
    PATIENT_MODIFIED = "patient_modified"
    PRESCRIPTION_SUBMITTED = "prescription_submitted"
    VOUCHER_USED = "voucher_used"

    def __str__(self) -> str:
        return str(self.value)
