from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderEnrolmentRequest")


@_attrs_define
class ProviderEnrolmentRequest:
    """The writable fields of a ProviderEnrolment (create and full update).

    Attributes:
        learner_id (UUID):
        task_id (UUID):
        percentage (float | Unset):  Default: 0.0.
        can_analyse (bool | Unset):  Default: False.
        used_samples (list[int] | None | Unset):
    """

    learner_id: UUID
    task_id: UUID
    percentage: float | Unset = 0.0
    can_analyse: bool | Unset = False
    used_samples: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        learner_id = str(self.learner_id)

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
        field_dict.update(
            {
                "learner_id": learner_id,
                "task_id": task_id,
            }
        )
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
        learner_id = UUID(d.pop("learner_id"))

        task_id = UUID(d.pop("task_id"))

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

        provider_enrolment_request = cls(
            learner_id=learner_id,
            task_id=task_id,
            percentage=percentage,
            can_analyse=can_analyse,
            used_samples=used_samples,
        )

        provider_enrolment_request.additional_properties = d
        return provider_enrolment_request

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
