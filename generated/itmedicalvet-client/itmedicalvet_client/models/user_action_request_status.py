from enum import StrEnum


class UserActionRequestStatus(StrEnum):
    CANCELLED = "cancelled"
    SUBSCRIBED = "subscribed"

    def __str__(self) -> str:
        return str(self.value)
