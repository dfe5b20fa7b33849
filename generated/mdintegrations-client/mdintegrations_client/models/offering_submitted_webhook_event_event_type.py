from enum import StrEnum


class OfferingSubmittedWebhookEventEventType(StrEnum):
    OFFERING_SUBMITTED = "offering_submitted"

    def __str__(self) -> str:
        return str(self.value)
