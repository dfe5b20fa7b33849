from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clinician_message_file_reference import ClinicianMessageFileReference
    from ..models.clinician_message_notified_model import ClinicianMessageNotifiedModel


T = TypeVar("T", bound="ClinicianMessageRequest")


@_attrs_define
class ClinicianMessageRequest:
    """Payload to create a patient's message.

    Attributes:
        channel (str): Message channel (required). The doc's example is "patient".
        text (str | Unset): Message text.
        reference_message_id (UUID | Unset): ID of the message this one refers to.
        files (list[ClinicianMessageFileReference] | Unset): Files to attach, by ID.
        is_notification_sent (bool | Unset):
        notified_models (list[ClinicianMessageNotifiedModel] | Unset): Users to notify.
    """

    channel: str
    text: str | Unset = UNSET
    reference_message_id: UUID | Unset = UNSET
    files: list[ClinicianMessageFileReference] | Unset = UNSET
    is_notification_sent: bool | Unset = UNSET
    notified_models: list[ClinicianMessageNotifiedModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        text = self.text

        reference_message_id: str | Unset = UNSET
        if not isinstance(self.reference_message_id, Unset):
            reference_message_id = str(self.reference_message_id)

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        is_notification_sent = self.is_notification_sent

        notified_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notified_models, Unset):
            notified_models = []
            for notified_models_item_data in self.notified_models:
                notified_models_item = notified_models_item_data.to_dict()
                notified_models.append(notified_models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if reference_message_id is not UNSET:
            field_dict["reference_message_id"] = reference_message_id
        if files is not UNSET:
            field_dict["files"] = files
        if is_notification_sent is not UNSET:
            field_dict["is_notification_sent"] = is_notification_sent
        if notified_models is not UNSET:
            field_dict["notified_models"] = notified_models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clinician_message_file_reference import ClinicianMessageFileReference  # noqa: PLC0415
        from ..models.clinician_message_notified_model import ClinicianMessageNotifiedModel  # noqa: PLC0415

        d = dict(src_dict)
        channel = d.pop("channel")

        text = d.pop("text", UNSET)

        _reference_message_id = d.pop("reference_message_id", UNSET)
        reference_message_id: UUID | Unset
        if isinstance(_reference_message_id, Unset):
            reference_message_id = UNSET
        else:
            reference_message_id = UUID(_reference_message_id)

        _files = d.pop("files", UNSET)
        files: list[ClinicianMessageFileReference] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ClinicianMessageFileReference.from_dict(files_item_data)

                files.append(files_item)

        is_notification_sent = d.pop("is_notification_sent", UNSET)

        _notified_models = d.pop("notified_models", UNSET)
        notified_models: list[ClinicianMessageNotifiedModel] | Unset = UNSET
        if _notified_models is not UNSET:
            notified_models = []
            for notified_models_item_data in _notified_models:
                notified_models_item = ClinicianMessageNotifiedModel.from_dict(notified_models_item_data)

                notified_models.append(notified_models_item)

        clinician_message_request = cls(
            channel=channel,
            text=text,
            reference_message_id=reference_message_id,
            files=files,
            is_notification_sent=is_notification_sent,
            notified_models=notified_models,
        )

        clinician_message_request.additional_properties = d
        return clinician_message_request

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
