from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.emergency_stats import EmergencyStats
    from ..models.user import User


T = TypeVar("T", bound="RegisterUserData")


@_attrs_define
class RegisterUserData:
    """
    Attributes:
        user (User): A user as returned by Register User (`data.user`), Delete V2 User (`data`) and inside Talk to Vet's
            `stringify_response`; each answer carries a different subset of these fields.
        twilio_token (str): Twilio access token (JWT) for the user's chat identity.
        emergency_stats (EmergencyStats): Trial and emergency-fund status of a user.
    """

    user: User
    twilio_token: str
    emergency_stats: EmergencyStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        twilio_token = self.twilio_token

        emergency_stats = self.emergency_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "twilioToken": twilio_token,
                "emergency_stats": emergency_stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency_stats import EmergencyStats  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        user = User.from_dict(d.pop("user"))

        twilio_token = d.pop("twilioToken")

        emergency_stats = EmergencyStats.from_dict(d.pop("emergency_stats"))

        register_user_data = cls(
            user=user,
            twilio_token=twilio_token,
            emergency_stats=emergency_stats,
        )

        register_user_data.additional_properties = d
        return register_user_data

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
