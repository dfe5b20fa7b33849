from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vet_feedback_request_type import VetFeedbackRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VetFeedbackRequest")


@_attrs_define
class VetFeedbackRequest:
    """`channel_sid` is required when `type` is "chat", `room_sid` when `type` is "video".

    Attributes:
        type_ (VetFeedbackRequestType): Conversation type.
        channel_sid (str | Unset): Twilio channel SID (for "chat").
        room_sid (str | Unset): Twilio video room SID (for "video").
    """

    type_: VetFeedbackRequestType
    channel_sid: str | Unset = UNSET
    room_sid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        channel_sid = self.channel_sid

        room_sid = self.room_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if channel_sid is not UNSET:
            field_dict["channel_sid"] = channel_sid
        if room_sid is not UNSET:
            field_dict["room_sid"] = room_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VetFeedbackRequestType(d.pop("type"))

        channel_sid = d.pop("channel_sid", UNSET)

        room_sid = d.pop("room_sid", UNSET)

        vet_feedback_request = cls(
            type_=type_,
            channel_sid=channel_sid,
            room_sid=room_sid,
        )

        vet_feedback_request.additional_properties = d
        return vet_feedback_request

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
