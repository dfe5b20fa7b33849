from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_webhook_test_event import PartnerWebhookTestEvent
from ..models.partner_webhook_test_request_channel import PartnerWebhookTestRequestChannel
from ..models.partner_webhook_test_request_from import PartnerWebhookTestRequestFrom
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_webhook_test_request_metadata import PartnerWebhookTestRequestMetadata


T = TypeVar("T", bound="PartnerWebhookTestRequest")


@_attrs_define
class PartnerWebhookTestRequest:
    """The sample event to send.

    Attributes:
        event (PartnerWebhookTestEvent): Event types the Test Webhook request can send (as listed in its payload table).
        environment_id (UUID): Environment ID.
        metadata (PartnerWebhookTestRequestMetadata | Unset): Metadata of the event (an object, e.g. `{"id":
            20190901}`).
        encounter_id (UUID | Unset): Encounter (case) ID.
        voucher_id (UUID | Unset): Voucher ID.
        patient_id (UUID | Unset): Patient ID.
        message_id (UUID | Unset): Message ID.
        channel (PartnerWebhookTestRequestChannel | Unset): Message channel.
        from_ (PartnerWebhookTestRequestFrom | Unset): Sender of the message.
        message (str | Unset): Message text.
    """

    event: PartnerWebhookTestEvent
    environment_id: UUID
    metadata: PartnerWebhookTestRequestMetadata | Unset = UNSET
    encounter_id: UUID | Unset = UNSET
    voucher_id: UUID | Unset = UNSET
    patient_id: UUID | Unset = UNSET
    message_id: UUID | Unset = UNSET
    channel: PartnerWebhookTestRequestChannel | Unset = UNSET
    from_: PartnerWebhookTestRequestFrom | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        environment_id = str(self.environment_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        encounter_id: str | Unset = UNSET
        if not isinstance(self.encounter_id, Unset):
            encounter_id = str(self.encounter_id)

        voucher_id: str | Unset = UNSET
        if not isinstance(self.voucher_id, Unset):
            voucher_id = str(self.voucher_id)

        patient_id: str | Unset = UNSET
        if not isinstance(self.patient_id, Unset):
            patient_id = str(self.patient_id)

        message_id: str | Unset = UNSET
        if not isinstance(self.message_id, Unset):
            message_id = str(self.message_id)

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "environment_id": environment_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if encounter_id is not UNSET:
            field_dict["encounter_id"] = encounter_id
        if voucher_id is not UNSET:
            field_dict["voucher_id"] = voucher_id
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if from_ is not UNSET:
            field_dict["from"] = from_
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_webhook_test_request_metadata import PartnerWebhookTestRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        event = PartnerWebhookTestEvent(d.pop("event"))

        environment_id = UUID(d.pop("environment_id"))

        _metadata = d.pop("metadata", UNSET)
        metadata: PartnerWebhookTestRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PartnerWebhookTestRequestMetadata.from_dict(_metadata)

        _encounter_id = d.pop("encounter_id", UNSET)
        encounter_id: UUID | Unset
        if isinstance(_encounter_id, Unset):
            encounter_id = UNSET
        else:
            encounter_id = UUID(_encounter_id)

        _voucher_id = d.pop("voucher_id", UNSET)
        voucher_id: UUID | Unset
        if isinstance(_voucher_id, Unset):
            voucher_id = UNSET
        else:
            voucher_id = UUID(_voucher_id)

        _patient_id = d.pop("patient_id", UNSET)
        patient_id: UUID | Unset
        if isinstance(_patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = UUID(_patient_id)

        _message_id = d.pop("message_id", UNSET)
        message_id: UUID | Unset
        if isinstance(_message_id, Unset):
            message_id = UNSET
        else:
            message_id = UUID(_message_id)

        _channel = d.pop("channel", UNSET)
        channel: PartnerWebhookTestRequestChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = PartnerWebhookTestRequestChannel(_channel)

        _from_ = d.pop("from", UNSET)
        from_: PartnerWebhookTestRequestFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = PartnerWebhookTestRequestFrom(_from_)

        message = d.pop("message", UNSET)

        partner_webhook_test_request = cls(
            event=event,
            environment_id=environment_id,
            metadata=metadata,
            encounter_id=encounter_id,
            voucher_id=voucher_id,
            patient_id=patient_id,
            message_id=message_id,
            channel=channel,
            from_=from_,
            message=message,
        )

        partner_webhook_test_request.additional_properties = d
        return partner_webhook_test_request

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
