from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.talk_to_vet_request_conversation_request import TalkToVetRequestConversationRequest
from ..types import UNSET, Unset

T = TypeVar("T", bound="TalkToVetRequest")


@_attrs_define
class TalkToVetRequest:
    """
    Attributes:
        email (str): Email of the user who wants to talk to a vet.
        pet_id (int): Id of the pet the conversation is about.
        conversation_request (TalkToVetRequestConversationRequest | Unset): Conversation type. User-initiated "video" is
            being deprecated in favour of sockets.
    """

    email: str
    pet_id: int
    conversation_request: TalkToVetRequestConversationRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        pet_id = self.pet_id

        conversation_request: str | Unset = UNSET
        if not isinstance(self.conversation_request, Unset):
            conversation_request = self.conversation_request.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "pet_id": pet_id,
            }
        )
        if conversation_request is not UNSET:
            field_dict["conversation_request"] = conversation_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        pet_id = d.pop("pet_id")

        _conversation_request = d.pop("conversation_request", UNSET)
        conversation_request: TalkToVetRequestConversationRequest | Unset
        if isinstance(_conversation_request, Unset):
            conversation_request = UNSET
        else:
            conversation_request = TalkToVetRequestConversationRequest(_conversation_request)

        talk_to_vet_request = cls(
            email=email,
            pet_id=pet_id,
            conversation_request=conversation_request,
        )

        talk_to_vet_request.additional_properties = d
        return talk_to_vet_request

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
