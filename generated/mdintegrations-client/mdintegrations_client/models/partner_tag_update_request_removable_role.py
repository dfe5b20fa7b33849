from enum import StrEnum


class PartnerTagUpdateRequestRemovableRole(StrEnum):
    ADMIN = "admin"

    def __str__(self) -> str:
        return str(self.value)
