from enum import StrEnum


class PartnerWebhookTestRequestChannel(StrEnum):
    PATIENT = "patient"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
