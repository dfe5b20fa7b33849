from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_waiting_webhook_event_event_type import CaseWaitingWebhookEventEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseWaitingWebhookEvent")


@_attrs_define
class CaseWaitingWebhookEvent:
    """Payload of the case_waiting event.

    Attributes:
        timestamp (int): Unix time (seconds) of the first attempt to send the event; use it to order events, since
            retries may arrive after newer events.
        event_type (CaseWaitingWebhookEventEventType):
        case_id (UUID):
        metadata (str | Unset): The case's metadata field (the doc's sample is a free-text string).
    """

    timestamp: int
    event_type: CaseWaitingWebhookEventEventType
    case_id: UUID
    metadata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        event_type = self.event_type.value

        case_id = str(self.case_id)

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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        event_type = CaseWaitingWebhookEventEventType(d.pop("event_type"))

        case_id = UUID(d.pop("case_id"))

        metadata = d.pop("metadata", UNSET)

        case_waiting_webhook_event = cls(
            timestamp=timestamp,
            event_type=event_type,
            case_id=case_id,
            metadata=metadata,
        )

        case_waiting_webhook_event.additional_properties = d
        return case_waiting_webhook_event

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
