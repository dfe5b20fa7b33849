from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clinician_message_notified_model_notified_model_type import ClinicianMessageNotifiedModelNotifiedModelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClinicianMessageNotifiedModel")


@_attrs_define
class ClinicianMessageNotifiedModel:
    """A user to notify about the message.

    Attributes:
        notified_model_type (ClinicianMessageNotifiedModelNotifiedModelType):
        notified_model_id (UUID | Unset):
    """

    notified_model_type: ClinicianMessageNotifiedModelNotifiedModelType
    notified_model_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notified_model_type = self.notified_model_type.value

        notified_model_id: str | Unset = UNSET
        if not isinstance(self.notified_model_id, Unset):
            notified_model_id = str(self.notified_model_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notified_model_type": notified_model_type,
            }
        )
        if notified_model_id is not UNSET:
            field_dict["notified_model_id"] = notified_model_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notified_model_type = ClinicianMessageNotifiedModelNotifiedModelType(d.pop("notified_model_type"))

        _notified_model_id = d.pop("notified_model_id", UNSET)
        notified_model_id: UUID | Unset
        if isinstance(_notified_model_id, Unset):
            notified_model_id = UNSET
        else:
            notified_model_id = UUID(_notified_model_id)

        clinician_message_notified_model = cls(
            notified_model_type=notified_model_type,
            notified_model_id=notified_model_id,
        )

        clinician_message_notified_model.additional_properties = d
        return clinician_message_notified_model

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
