from enum import StrEnum


class VetFeedbackRequestType(StrEnum):
    CHAT = "chat"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
