from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_tracking_number_changed_webhook_event_event_type import (
    OrderTrackingNumberChangedWebhookEventEventType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTrackingNumberChangedWebhookEvent")


@_attrs_define
class OrderTrackingNumberChangedWebhookEvent:
    """Payload of the order_tracking_number_changed event.

    Attributes:
        timestamp (int): Unix time (seconds) of the first attempt to send the event; use it to order events, since
            retries may arrive after newer events.
        event_type (OrderTrackingNumberChangedWebhookEventEventType):
        case_id (UUID):
        encounter_id (UUID | Unset):
        order_status (str | Unset): Order status (the doc's sample is "fulfilled").
        order_details (str | Unset): Order details text, carrying the tracking number (e.g. "Tracking Number: 101010").
    """

    timestamp: int
    event_type: OrderTrackingNumberChangedWebhookEventEventType
    case_id: UUID
    encounter_id: UUID | Unset = UNSET
    order_status: str | Unset = UNSET
    order_details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        event_type = self.event_type.value

        case_id = str(self.case_id)

        encounter_id: str | Unset = UNSET
        if not isinstance(self.encounter_id, Unset):
            encounter_id = str(self.encounter_id)

        order_status = self.order_status

        order_details = self.order_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "event_type": event_type,
                "case_id": case_id,
            }
        )
        if encounter_id is not UNSET:
            field_dict["encounter_id"] = encounter_id
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if order_details is not UNSET:
            field_dict["order_details"] = order_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        event_type = OrderTrackingNumberChangedWebhookEventEventType(d.pop("event_type"))

        case_id = UUID(d.pop("case_id"))

        _encounter_id = d.pop("encounter_id", UNSET)
        encounter_id: UUID | Unset
        if isinstance(_encounter_id, Unset):
            encounter_id = UNSET
        else:
            encounter_id = UUID(_encounter_id)

        order_status = d.pop("order_status", UNSET)

        order_details = d.pop("order_details", UNSET)

        order_tracking_number_changed_webhook_event = cls(
            timestamp=timestamp,
            event_type=event_type,
            case_id=case_id,
            encounter_id=encounter_id,
            order_status=order_status,
            order_details=order_details,
        )

        order_tracking_number_changed_webhook_event.additional_properties = d
        return order_tracking_number_changed_webhook_event

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
