from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_call_action_request_status import VideoCallActionRequestStatus

T = TypeVar("T", bound="VideoCallActionRequest")


@_attrs_define
class VideoCallActionRequest:
    """
    Attributes:
        status (VideoCallActionRequestStatus): Call status.
        room_sid (str): Twilio video room SID.
    """

    status: VideoCallActionRequestStatus
    room_sid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        room_sid = self.room_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "room_sid": room_sid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = VideoCallActionRequestStatus(d.pop("status"))

        room_sid = d.pop("room_sid")

        video_call_action_request = cls(
            status=status,
            room_sid=room_sid,
        )

        video_call_action_request.additional_properties = d
        return video_call_action_request

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
