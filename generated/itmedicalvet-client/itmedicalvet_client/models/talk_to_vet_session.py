from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emergency_stats import EmergencyStats
    from ..models.user import User


T = TypeVar("T", bound="TalkToVetSession")


@_attrs_define
class TalkToVetSession:
    """Content of Talk to Vet's `stringify_response` once JSON-decoded.

    Attributes:
        twilio_token (str | Unset): Twilio access token (JWT).
        user (User | Unset): A user as returned by Register User (`data.user`), Delete V2 User (`data`) and inside Talk
            to Vet's `stringify_response`; each answer carries a different subset of these fields.
        emergency_stats (EmergencyStats | Unset): Trial and emergency-fund status of a user.
    """

    twilio_token: str | Unset = UNSET
    user: User | Unset = UNSET
    emergency_stats: EmergencyStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        twilio_token = self.twilio_token

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        emergency_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emergency_stats, Unset):
            emergency_stats = self.emergency_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if twilio_token is not UNSET:
            field_dict["twilioToken"] = twilio_token
        if user is not UNSET:
            field_dict["user"] = user
        if emergency_stats is not UNSET:
            field_dict["emergency_stats"] = emergency_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency_stats import EmergencyStats  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        twilio_token = d.pop("twilioToken", UNSET)

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        _emergency_stats = d.pop("emergency_stats", UNSET)
        emergency_stats: EmergencyStats | Unset
        if isinstance(_emergency_stats, Unset):
            emergency_stats = UNSET
        else:
            emergency_stats = EmergencyStats.from_dict(_emergency_stats)

        talk_to_vet_session = cls(
            twilio_token=twilio_token,
            user=user,
            emergency_stats=emergency_stats,
        )

        talk_to_vet_session.additional_properties = d
        return talk_to_vet_session

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
