from enum import StrEnum


class CaseWaitingWebhookEventEventType(StrEnum):
    CASE_WAITING = "case_waiting"

    def __str__(self) -> str:
        return str(self.value)
