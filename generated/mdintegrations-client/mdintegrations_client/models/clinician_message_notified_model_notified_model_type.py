from enum import StrEnum


class ClinicianMessageNotifiedModelNotifiedModelType(StrEnum):
    CLINICIAN = "clinician"
    MDI_SUPPORT_STAFF = "mdi-support-staff"
    SUPPORT_STAFF = "support-staff"

    def __str__(self) -> str:
        return str(self.value)
