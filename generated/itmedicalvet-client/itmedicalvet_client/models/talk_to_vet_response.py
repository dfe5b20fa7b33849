from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.talk_to_vet_data import TalkToVetData


T = TypeVar("T", bound="TalkToVetResponse")


@_attrs_define
class TalkToVetResponse:
    """Envelope of Talk to Vet.

    Attributes:
        success (bool): Whether the request succeeded.
        status_code (int): HTTP status code, repeated in the body.
        message (list[str]): Human-readable messages (e.g. "Pet Added", "App Not Found").
        data (TalkToVetData): Payload; its type depends on the operation (see each operation's response schema).
    """

    success: bool
    status_code: int
    message: list[str]
    data: TalkToVetData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        status_code = self.status_code

        message = self.message

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "status_code": status_code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.talk_to_vet_data import TalkToVetData  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        status_code = d.pop("status_code")

        message = cast(list[str], d.pop("message"))

        data = TalkToVetData.from_dict(d.pop("data"))

        talk_to_vet_response = cls(
            success=success,
            status_code=status_code,
            message=message,
            data=data,
        )

        talk_to_vet_response.additional_properties = d
        return talk_to_vet_response

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
