from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prescription_insurance_coverage_updated_webhook_event_event_type import (
    PrescriptionInsuranceCoverageUpdatedWebhookEventEventType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrescriptionInsuranceCoverageUpdatedWebhookEvent")


@_attrs_define
class PrescriptionInsuranceCoverageUpdatedWebhookEvent:
    """Payload of the prescription_insurance_coverage_updated event.

    Attributes:
        timestamp (int): Unix time (seconds) of the first attempt to send the event; use it to order events, since
            retries may arrive after newer events.
        event_type (PrescriptionInsuranceCoverageUpdatedWebhookEventEventType):
        case_id (UUID):
        prescrption_id (UUID | Unset): The prescription ID. The key is spelled "prescrption_id" (sic) in the doc.
        metadata (str | Unset): The case's metadata field (the doc's sample is a free-text string).
    """

    timestamp: int
    event_type: PrescriptionInsuranceCoverageUpdatedWebhookEventEventType
    case_id: UUID
    prescrption_id: UUID | Unset = UNSET
    metadata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        event_type = self.event_type.value

        case_id = str(self.case_id)

        prescrption_id: str | Unset = UNSET
        if not isinstance(self.prescrption_id, Unset):
            prescrption_id = str(self.prescrption_id)

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "event_type": event_type,
                "case_id": case_id,
            }
        )
        if prescrption_id is not UNSET:
            field_dict["prescrption_id"] = prescrption_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        event_type = PrescriptionInsuranceCoverageUpdatedWebhookEventEventType(d.pop("event_type"))

        case_id = UUID(d.pop("case_id"))

        _prescrption_id = d.pop("prescrption_id", UNSET)
        prescrption_id: UUID | Unset
        if isinstance(_prescrption_id, Unset):
            prescrption_id = UNSET
        else:
            prescrption_id = UUID(_prescrption_id)

        metadata = d.pop("metadata", UNSET)

        prescription_insurance_coverage_updated_webhook_event = cls(
            timestamp=timestamp,
            event_type=event_type,
            case_id=case_id,
            prescrption_id=prescrption_id,
            metadata=metadata,
        )

        prescription_insurance_coverage_updated_webhook_event.additional_properties = d
        return prescription_insurance_coverage_updated_webhook_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
