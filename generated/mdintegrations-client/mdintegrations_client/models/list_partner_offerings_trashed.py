from enum import StrEnum


class ListPartnerOfferingsTrashed(StrEnum):
    ONLY = "only"
    WITH = "with"

    def __str__(self) -> str:
        return str(self.value)
