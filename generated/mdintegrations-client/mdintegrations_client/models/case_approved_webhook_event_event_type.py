from enum import StrEnum


class CaseApprovedWebhookEventEventType(StrEnum):
    CASE_APPROVED = "case_approved"

    def __str__(self) -> str:
        return str(self.value)
