from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyProtect")


@_attrs_define
class EmergencyProtect:
    """Latest emergency-protection record of a user (inside Talk to Vet's `stringify_response`).

    Attributes:
        id (int | Unset):
        user_id (int | Unset):
        vet_id (int | None | Unset):
        type_ (str | Unset): Conversation type (e.g. "chat").
        protected (str | Unset): User type (e.g. "protect_users").
        db_user_id (int | None | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        deleted_at (None | str | Unset):
    """

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    vet_id: int | None | Unset = UNSET
    type_: str | Unset = UNSET
    protected: str | Unset = UNSET
    db_user_id: int | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        vet_id: int | None | Unset
        if isinstance(self.vet_id, Unset):
            vet_id = UNSET
        else:
            vet_id = self.vet_id

        type_ = self.type_

        protected = self.protected

        db_user_id: int | None | Unset
        if isinstance(self.db_user_id, Unset):
            db_user_id = UNSET
        else:
            db_user_id = self.db_user_id

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if vet_id is not UNSET:
            field_dict["vet_id"] = vet_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if protected is not UNSET:
            field_dict["protected"] = protected
        if db_user_id is not UNSET:
            field_dict["db_user_id"] = db_user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        def _parse_vet_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vet_id = _parse_vet_id(d.pop("vet_id", UNSET))

        type_ = d.pop("type", UNSET)

        protected = d.pop("protected", UNSET)

        def _parse_db_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        db_user_id = _parse_db_user_id(d.pop("db_user_id", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        emergency_protect = cls(
            id=id,
            user_id=user_id,
            vet_id=vet_id,
            type_=type_,
            protected=protected,
            db_user_id=db_user_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        emergency_protect.additional_properties = d
        return emergency_protect

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
