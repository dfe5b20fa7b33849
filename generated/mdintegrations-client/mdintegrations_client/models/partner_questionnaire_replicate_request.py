from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerQuestionnaireReplicateRequest")


@_attrs_define
class PartnerQuestionnaireReplicateRequest:
    """Target of the replication.

    Attributes:
        partner_id (UUID | Unset): Partner to replicate the questionnaire to.
        is_offerings_ignored (bool | Unset): Whether the questionnaire's offerings are left out of the copy (inferred
            from the name).
    """

    partner_id: UUID | Unset = UNSET
    is_offerings_ignored: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_id: str | Unset = UNSET
        if not isinstance(self.partner_id, Unset):
            partner_id = str(self.partner_id)

        is_offerings_ignored = self.is_offerings_ignored

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if is_offerings_ignored is not UNSET:
            field_dict["is_offerings_ignored"] = is_offerings_ignored

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _partner_id = d.pop("partner_id", UNSET)
        partner_id: UUID | Unset
        if isinstance(_partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = UUID(_partner_id)

        is_offerings_ignored = d.pop("is_offerings_ignored", UNSET)

        partner_questionnaire_replicate_request = cls(
            partner_id=partner_id,
            is_offerings_ignored=is_offerings_ignored,
        )

        partner_questionnaire_replicate_request.additional_properties = d
        return partner_questionnaire_replicate_request

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
