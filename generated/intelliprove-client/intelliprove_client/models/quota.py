from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Quota")


@_attrs_define
class Quota:
    """Quota and usage of the current quota period.

    Attributes:
        performed_measurements (int): Number of measurements performed in the current period.
        quota (int): Number of measurements allowed in the period.
        period_start (str): Start of the quota period, an ISO 8601 date and time without UTC offset.
        period_stop (str): End of the quota period, an ISO 8601 date and time without UTC offset.
        usage_percentage (float): Percentage of the quota used in the current period.
    """

    performed_measurements: int
    quota: int
    period_start: str
    period_stop: str
    usage_percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        performed_measurements = self.performed_measurements

        quota = self.quota

        period_start = self.period_start

        period_stop = self.period_stop

        usage_percentage = self.usage_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "performed_measurements": performed_measurements,
                "quota": quota,
                "period_start": period_start,
                "period_stop": period_stop,
                "usage_percentage": usage_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        performed_measurements = d.pop("performed_measurements")

        quota = d.pop("quota")

        period_start = d.pop("period_start")

        period_stop = d.pop("period_stop")

        usage_percentage = d.pop("usage_percentage")

        quota = cls(
            performed_measurements=performed_measurements,
            quota=quota,
            period_start=period_start,
            period_stop=period_stop,
            usage_percentage=usage_percentage,
        )

        quota.additional_properties = d
        return quota

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
