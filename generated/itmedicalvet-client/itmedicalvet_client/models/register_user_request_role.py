from enum import StrEnum


class RegisterUserRequestRole(StrEnum):
    PROTECT_USERS = "protect_users"
    USERS = "users"

    def __str__(self) -> str:
        return str(self.value)
