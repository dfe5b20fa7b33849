from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VetFeedback")


@_attrs_define
class VetFeedback:
    """
    Attributes:
        type_ (str | Unset): Conversation type ("chat" or "video").
        vet_first_name (None | str | Unset):
        vet_last_name (None | str | Unset):
        recommendation (None | str | Unset): The vet's recommendation.
        reason (None | str | Unset): Reason of the consultation / diagnosis.
        feedback_date (datetime.datetime | Unset): Time of the feedback (RFC 3339, UTC).
    """

    type_: str | Unset = UNSET
    vet_first_name: None | str | Unset = UNSET
    vet_last_name: None | str | Unset = UNSET
    recommendation: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    feedback_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        vet_first_name: None | str | Unset
        if isinstance(self.vet_first_name, Unset):
            vet_first_name = UNSET
        else:
            vet_first_name = self.vet_first_name

        vet_last_name: None | str | Unset
        if isinstance(self.vet_last_name, Unset):
            vet_last_name = UNSET
        else:
            vet_last_name = self.vet_last_name

        recommendation: None | str | Unset
        if isinstance(self.recommendation, Unset):
            recommendation = UNSET
        else:
            recommendation = self.recommendation

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        feedback_date: str | Unset = UNSET
        if not isinstance(self.feedback_date, Unset):
            feedback_date = self.feedback_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if vet_first_name is not UNSET:
            field_dict["vet_first_name"] = vet_first_name
        if vet_last_name is not UNSET:
            field_dict["vet_last_name"] = vet_last_name
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation
        if reason is not UNSET:
            field_dict["reason"] = reason
        if feedback_date is not UNSET:
            field_dict["feedback_date"] = feedback_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        def _parse_vet_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vet_first_name = _parse_vet_first_name(d.pop("vet_first_name", UNSET))

        def _parse_vet_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vet_last_name = _parse_vet_last_name(d.pop("vet_last_name", UNSET))

        def _parse_recommendation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recommendation = _parse_recommendation(d.pop("recommendation", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        _feedback_date = d.pop("feedback_date", UNSET)
        feedback_date: datetime.datetime | Unset
        if isinstance(_feedback_date, Unset):
            feedback_date = UNSET
        else:
            feedback_date = datetime.datetime.fromisoformat(_feedback_date)

        vet_feedback = cls(
            type_=type_,
            vet_first_name=vet_first_name,
            vet_last_name=vet_last_name,
            recommendation=recommendation,
            reason=reason,
            feedback_date=feedback_date,
        )

        vet_feedback.additional_properties = d
        return vet_feedback

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
