from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emergency_protect import EmergencyProtect
    from ..models.pet import Pet
    from ..models.user_status import UserStatus


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user as returned by Register User (`data.user`), Delete V2 User (`data`) and inside Talk to Vet's
    `stringify_response`; each answer carries a different subset of these fields.

        Attributes:
            id (int):
            email (str):
            app_id (int | Unset): Numeric id of the app.
            dev_type (None | str | Unset):
            twilio_user_sid (None | str | Unset): Twilio user SID (null until the user has chatted).
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            phone_no (None | str | Unset):
            role (str | Unset): "users" or "protect_users" (Register User answer only).
            status (str | Unset): Subscription status, e.g. "subscribed" (Register User answer only).
            emergency_fund (int | Unset):
            your_registration_date (str | Unset): Registration time, "YYYY-MM-DD HH:MM:SS".
            created_at (str | Unset):
            updated_at (str | Unset):
            deleted_at (None | str | Unset):
            next_emergency_activation_date (None | str | Unset):
            trial_period (int | Unset): Trial period length in days.
            can_use_emergency_funds (bool | Unset):
            app (list[str] | Unset): App names the user belongs to (e.g. ["petcube"]).
            activedays (int | Unset):
            pets (Pet | Unset): A pet as stored by the server.
            user_status (list[UserStatus] | Unset):
            user_status_latest (UserStatus | Unset): A subscription status record of a user.
            emergency_lastest_protect (EmergencyProtect | Unset): Latest emergency-protection record of a user (inside Talk
                to Vet's `stringify_response`).
    """

    id: int
    email: str
    app_id: int | Unset = UNSET
    dev_type: None | str | Unset = UNSET
    twilio_user_sid: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    phone_no: None | str | Unset = UNSET
    role: str | Unset = UNSET
    status: str | Unset = UNSET
    emergency_fund: int | Unset = UNSET
    your_registration_date: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    next_emergency_activation_date: None | str | Unset = UNSET
    trial_period: int | Unset = UNSET
    can_use_emergency_funds: bool | Unset = UNSET
    app: list[str] | Unset = UNSET
    activedays: int | Unset = UNSET
    pets: Pet | Unset = UNSET
    user_status: list[UserStatus] | Unset = UNSET
    user_status_latest: UserStatus | Unset = UNSET
    emergency_lastest_protect: EmergencyProtect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        app_id = self.app_id

        dev_type: None | str | Unset
        if isinstance(self.dev_type, Unset):
            dev_type = UNSET
        else:
            dev_type = self.dev_type

        twilio_user_sid: None | str | Unset
        if isinstance(self.twilio_user_sid, Unset):
            twilio_user_sid = UNSET
        else:
            twilio_user_sid = self.twilio_user_sid

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        phone_no: None | str | Unset
        if isinstance(self.phone_no, Unset):
            phone_no = UNSET
        else:
            phone_no = self.phone_no

        role = self.role

        status = self.status

        emergency_fund = self.emergency_fund

        your_registration_date = self.your_registration_date

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        next_emergency_activation_date: None | str | Unset
        if isinstance(self.next_emergency_activation_date, Unset):
            next_emergency_activation_date = UNSET
        else:
            next_emergency_activation_date = self.next_emergency_activation_date

        trial_period = self.trial_period

        can_use_emergency_funds = self.can_use_emergency_funds

        app: list[str] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app

        activedays = self.activedays

        pets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pets, Unset):
            pets = self.pets.to_dict()

        user_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_status, Unset):
            user_status = []
            for user_status_item_data in self.user_status:
                user_status_item = user_status_item_data.to_dict()
                user_status.append(user_status_item)

        user_status_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_status_latest, Unset):
            user_status_latest = self.user_status_latest.to_dict()

        emergency_lastest_protect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emergency_lastest_protect, Unset):
            emergency_lastest_protect = self.emergency_lastest_protect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if dev_type is not UNSET:
            field_dict["dev_type"] = dev_type
        if twilio_user_sid is not UNSET:
            field_dict["twilio_user_sid"] = twilio_user_sid
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_no is not UNSET:
            field_dict["phone_no"] = phone_no
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if emergency_fund is not UNSET:
            field_dict["emergency_fund"] = emergency_fund
        if your_registration_date is not UNSET:
            field_dict["your_registration_date"] = your_registration_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if next_emergency_activation_date is not UNSET:
            field_dict["next_emergency_activation_date"] = next_emergency_activation_date
        if trial_period is not UNSET:
            field_dict["trial_period"] = trial_period
        if can_use_emergency_funds is not UNSET:
            field_dict["can_use_emergency_funds"] = can_use_emergency_funds
        if app is not UNSET:
            field_dict["app"] = app
        if activedays is not UNSET:
            field_dict["activedays"] = activedays
        if pets is not UNSET:
            field_dict["pets"] = pets
        if user_status is not UNSET:
            field_dict["user_status"] = user_status
        if user_status_latest is not UNSET:
            field_dict["user_status_latest"] = user_status_latest
        if emergency_lastest_protect is not UNSET:
            field_dict["emergency_lastest_protect"] = emergency_lastest_protect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency_protect import EmergencyProtect  # noqa: PLC0415
        from ..models.pet import Pet  # noqa: PLC0415
        from ..models.user_status import UserStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        app_id = d.pop("app_id", UNSET)

        def _parse_dev_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dev_type = _parse_dev_type(d.pop("dev_type", UNSET))

        def _parse_twilio_user_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twilio_user_sid = _parse_twilio_user_sid(d.pop("twilio_user_sid", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_phone_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_no = _parse_phone_no(d.pop("phone_no", UNSET))

        role = d.pop("role", UNSET)

        status = d.pop("status", UNSET)

        emergency_fund = d.pop("emergency_fund", UNSET)

        your_registration_date = d.pop("your_registration_date", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_next_emergency_activation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_emergency_activation_date = _parse_next_emergency_activation_date(
            d.pop("next_emergency_activation_date", UNSET)
        )

        trial_period = d.pop("trial_period", UNSET)

        can_use_emergency_funds = d.pop("can_use_emergency_funds", UNSET)

        app = cast(list[str], d.pop("app", UNSET))

        activedays = d.pop("activedays", UNSET)

        _pets = d.pop("pets", UNSET)
        pets: Pet | Unset
        if isinstance(_pets, Unset):
            pets = UNSET
        else:
            pets = Pet.from_dict(_pets)

        _user_status = d.pop("user_status", UNSET)
        user_status: list[UserStatus] | Unset = UNSET
        if _user_status is not UNSET:
            user_status = []
            for user_status_item_data in _user_status:
                user_status_item = UserStatus.from_dict(user_status_item_data)

                user_status.append(user_status_item)

        _user_status_latest = d.pop("user_status_latest", UNSET)
        user_status_latest: UserStatus | Unset
        if isinstance(_user_status_latest, Unset):
            user_status_latest = UNSET
        else:
            user_status_latest = UserStatus.from_dict(_user_status_latest)

        _emergency_lastest_protect = d.pop("emergency_lastest_protect", UNSET)
        emergency_lastest_protect: EmergencyProtect | Unset
        if isinstance(_emergency_lastest_protect, Unset):
            emergency_lastest_protect = UNSET
        else:
            emergency_lastest_protect = EmergencyProtect.from_dict(_emergency_lastest_protect)

        user = cls(
            id=id,
            email=email,
            app_id=app_id,
            dev_type=dev_type,
            twilio_user_sid=twilio_user_sid,
            first_name=first_name,
            last_name=last_name,
            phone_no=phone_no,
            role=role,
            status=status,
            emergency_fund=emergency_fund,
            your_registration_date=your_registration_date,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            next_emergency_activation_date=next_emergency_activation_date,
            trial_period=trial_period,
            can_use_emergency_funds=can_use_emergency_funds,
            app=app,
            activedays=activedays,
            pets=pets,
            user_status=user_status,
            user_status_latest=user_status_latest,
            emergency_lastest_protect=emergency_lastest_protect,
        )

        user.additional_properties = d
        return user

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
