from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vet import Vet


T = TypeVar("T", bound="TalkToVetData")


@_attrs_define
class TalkToVetData:
    """
    Attributes:
        channel (str): Twilio channel SID of the chat (use as `channel_sid` for End Chat / Vet Feedback).
        identity (str): Twilio identity of the user (use for Refresh Token).
        vet (Vet | Unset): The vet assigned to the conversation.
        stringify_response (str | Unset): JSON-encoded TalkToVetSession (Twilio token, user, emergency stats).
    """

    channel: str
    identity: str
    vet: Vet | Unset = UNSET
    stringify_response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        identity = self.identity

        vet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vet, Unset):
            vet = self.vet.to_dict()

        stringify_response = self.stringify_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "identity": identity,
            }
        )
        if vet is not UNSET:
            field_dict["vet"] = vet
        if stringify_response is not UNSET:
            field_dict["stringify_response"] = stringify_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vet import Vet  # noqa: PLC0415

        d = dict(src_dict)
        channel = d.pop("channel")

        identity = d.pop("identity")

        _vet = d.pop("vet", UNSET)
        vet: Vet | Unset
        if isinstance(_vet, Unset):
            vet = UNSET
        else:
            vet = Vet.from_dict(_vet)

        stringify_response = d.pop("stringify_response", UNSET)

        talk_to_vet_data = cls(
            channel=channel,
            identity=identity,
            vet=vet,
            stringify_response=stringify_response,
        )

        talk_to_vet_data.additional_properties = d
        return talk_to_vet_data

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
