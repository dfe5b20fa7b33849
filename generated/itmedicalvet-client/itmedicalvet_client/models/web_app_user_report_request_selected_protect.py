from enum import StrEnum


class WebAppUserReportRequestSelectedProtect(StrEnum):
    PROTECT_USERS = "protect_users"
    USERS = "users"

    def __str__(self) -> str:
        return str(self.value)
