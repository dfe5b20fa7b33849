from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offering_submitted_webhook_event_event_type import OfferingSubmittedWebhookEventEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_case_offering import WebhookCaseOffering


T = TypeVar("T", bound="OfferingSubmittedWebhookEvent")


@_attrs_define
class OfferingSubmittedWebhookEvent:
    """Payload of the offering_submitted event.

    Attributes:
        timestamp (int): Unix time (seconds) of the first attempt to send the event; use it to order events, since
            retries may arrive after newer events.
        event_type (OfferingSubmittedWebhookEventEventType):
        case_id (UUID):
        metadata (str | Unset): The case's metadata field (the doc's sample is a free-text string).
        offerings (list[WebhookCaseOffering] | Unset): The case offerings that were submitted.
    """

    timestamp: int
    event_type: OfferingSubmittedWebhookEventEventType
    case_id: UUID
    metadata: str | Unset = UNSET
    offerings: list[WebhookCaseOffering] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        event_type = self.event_type.value

        case_id = str(self.case_id)

        metadata = self.metadata

        offerings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offerings, Unset):
            offerings = []
            for offerings_item_data in self.offerings:
                offerings_item = offerings_item_data.to_dict()
                offerings.append(offerings_item)

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
        if offerings is not UNSET:
            field_dict["offerings"] = offerings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_case_offering import WebhookCaseOffering  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        event_type = OfferingSubmittedWebhookEventEventType(d.pop("event_type"))

        case_id = UUID(d.pop("case_id"))

        metadata = d.pop("metadata", UNSET)

        _offerings = d.pop("offerings", UNSET)
        offerings: list[WebhookCaseOffering] | Unset = UNSET
        if _offerings is not UNSET:
            offerings = []
            for offerings_item_data in _offerings:
                offerings_item = WebhookCaseOffering.from_dict(offerings_item_data)

                offerings.append(offerings_item)

        offering_submitted_webhook_event = cls(
            timestamp=timestamp,
            event_type=event_type,
            case_id=case_id,
            metadata=metadata,
            offerings=offerings,
        )

        offering_submitted_webhook_event.additional_properties = d
        return offering_submitted_webhook_event

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
