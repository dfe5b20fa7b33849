from enum import StrEnum


class PrescriptionInsuranceCoverageUpdatedWebhookEventEventType(StrEnum):
    PRESCRIPTION_INSURANCE_COVERAGE_UPDATED = "prescription_insurance_coverage_updated"

    def __str__(self) -> str:
        return str(self.value)
