from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderEnrolmentSample")


@_attrs_define
class ProviderEnrolmentSample:
    """An enrolment sample (read shape).

    Attributes:
        id (int | Unset):
        learner_id (UUID | Unset):
        data (str | Unset):
    """

    id: int | Unset = UNSET
    learner_id: UUID | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        learner_id: str | Unset = UNSET
        if not isinstance(self.learner_id, Unset):
            learner_id = str(self.learner_id)

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if learner_id is not UNSET:
            field_dict["learner_id"] = learner_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _learner_id = d.pop("learner_id", UNSET)
        learner_id: UUID | Unset
        if isinstance(_learner_id, Unset):
            learner_id = UNSET
        else:
            learner_id = UUID(_learner_id)

        data = d.pop("data", UNSET)

        provider_enrolment_sample = cls(
            id=id,
            learner_id=learner_id,
            data=data,
        )

        provider_enrolment_sample.additional_properties = d
        return provider_enrolment_sample

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
