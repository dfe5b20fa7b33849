from enum import StrEnum


class VideoCallActionRequestStatus(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NOTANSWERED = "notanswered"

    def __str__(self) -> str:
        return str(self.value)
