from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clinician_message_file_reference import ClinicianMessageFileReference


T = TypeVar("T", bound="PartnerTestMessageRequest")


@_attrs_define
class PartnerTestMessageRequest:
    """A patient's message to create.

    Attributes:
        channel (str): Message channel (required), e.g. `patient`.
        clinician_id (UUID | Unset): Clinician sending the message.
        support_staff_id (UUID | Unset): Support staff sending the message.
        text (str | Unset): Message text.
        reference_message_id (UUID | Unset): ID of the message this one refers to.
        files (list[ClinicianMessageFileReference] | Unset): Files to attach, by ID.
    """

    channel: str
    clinician_id: UUID | Unset = UNSET
    support_staff_id: UUID | Unset = UNSET
    text: str | Unset = UNSET
    reference_message_id: UUID | Unset = UNSET
    files: list[ClinicianMessageFileReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        clinician_id: str | Unset = UNSET
        if not isinstance(self.clinician_id, Unset):
            clinician_id = str(self.clinician_id)

        support_staff_id: str | Unset = UNSET
        if not isinstance(self.support_staff_id, Unset):
            support_staff_id = str(self.support_staff_id)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if support_staff_id is not UNSET:
            field_dict["support_staff_id"] = support_staff_id
        if text is not UNSET:
            field_dict["text"] = text
        if reference_message_id is not UNSET:
            field_dict["reference_message_id"] = reference_message_id
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clinician_message_file_reference import ClinicianMessageFileReference  # noqa: PLC0415

        d = dict(src_dict)
        channel = d.pop("channel")

        _clinician_id = d.pop("clinician_id", UNSET)
        clinician_id: UUID | Unset
        if isinstance(_clinician_id, Unset):
            clinician_id = UNSET
        else:
            clinician_id = UUID(_clinician_id)

        _support_staff_id = d.pop("support_staff_id", UNSET)
        support_staff_id: UUID | Unset
        if isinstance(_support_staff_id, Unset):
            support_staff_id = UNSET
        else:
            support_staff_id = UUID(_support_staff_id)

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

        partner_test_message_request = cls(
            channel=channel,
            clinician_id=clinician_id,
            support_staff_id=support_staff_id,
            text=text,
            reference_message_id=reference_message_id,
            files=files,
        )

        partner_test_message_request.additional_properties = d
        return partner_test_message_request

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
