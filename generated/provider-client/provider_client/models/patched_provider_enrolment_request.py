from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedProviderEnrolmentRequest")


@_attrs_define
class PatchedProviderEnrolmentRequest:
    """The writable fields of a ProviderEnrolment for a partial update; send only the fields to change. Omitted fields keep
    their value, so the create defaults (percentage 0, can_analyse false, used_samples []) are deliberately not declared
    here.

        Attributes:
            learner_id (UUID | Unset):
            task_id (UUID | Unset):
            percentage (float | Unset):
            can_analyse (bool | Unset):
            used_samples (list[int] | None | Unset):
    """

    learner_id: UUID | Unset = UNSET
    task_id: UUID | Unset = UNSET
    percentage: float | Unset = UNSET
    can_analyse: bool | Unset = UNSET
    used_samples: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learner_id: str | Unset = UNSET
        if not isinstance(self.learner_id, Unset):
            learner_id = str(self.learner_id)

        task_id: str | Unset = UNSET
        if not isinstance(self.task_id, Unset):
            task_id = str(self.task_id)

        percentage = self.percentage

        can_analyse = self.can_analyse

        used_samples: list[int] | None | Unset
        if isinstance(self.used_samples, Unset):
            used_samples = UNSET
        elif isinstance(self.used_samples, list):
            used_samples = self.used_samples

        else:
            used_samples = self.used_samples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if learner_id is not UNSET:
            field_dict["learner_id"] = learner_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if can_analyse is not UNSET:
            field_dict["can_analyse"] = can_analyse
        if used_samples is not UNSET:
            field_dict["used_samples"] = used_samples

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

        _task_id = d.pop("task_id", UNSET)
        task_id: UUID | Unset
        if isinstance(_task_id, Unset):
            task_id = UNSET
        else:
            task_id = UUID(_task_id)

        percentage = d.pop("percentage", UNSET)

        can_analyse = d.pop("can_analyse", UNSET)

        def _parse_used_samples(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                used_samples_type_0 = cast(list[int], data)

                return used_samples_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        used_samples = _parse_used_samples(d.pop("used_samples", UNSET))

        patched_provider_enrolment_request = cls(
            learner_id=learner_id,
            task_id=task_id,
            percentage=percentage,
            can_analyse=can_analyse,
            used_samples=used_samples,
        )

        patched_provider_enrolment_request.additional_properties = d
        return patched_provider_enrolment_request

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
