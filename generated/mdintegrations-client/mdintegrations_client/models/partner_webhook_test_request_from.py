from enum import StrEnum


class PartnerWebhookTestRequestFrom(StrEnum):
    CLINICIAN = "clinician"
    PATIENT = "patient"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
