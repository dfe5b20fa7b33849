from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderEnrolmentSampleRequest")


@_attrs_define
class ProviderEnrolmentSampleRequest:
    """The `sample` object sent inside a sample validation body. The doc types it "object (ProviderEnrolmentSample)" and
    its samples send {}.

        Attributes:
            learner_id (UUID | Unset):
            data (str | Unset):
    """

    learner_id: UUID | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learner_id: str | Unset = UNSET
        if not isinstance(self.learner_id, Unset):
            learner_id = str(self.learner_id)

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if learner_id is not UNSET:
            field_dict["learner_id"] = learner_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _learner_id = d.pop("learner_id", UNSET)
        learner_id: UUID | Unset
        if isinstance(_learner_id, Unset):
            learner_id = UNSET
        else:
            learner_id = UUID(_learner_id)

        data = d.pop("data", UNSET)

        provider_enrolment_sample_request = cls(
            learner_id=learner_id,
            data=data,
        )

        provider_enrolment_sample_request.additional_properties = d
        return provider_enrolment_sample_request

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
