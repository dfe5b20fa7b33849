from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_errors_type_1 import FieldErrorsType1


T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """Django REST Framework validation error (400): each key is a request field (or non_field_errors) and each value the
    field's error messages.

        Attributes:
            non_field_errors (list[str] | Unset): Errors not tied to a single field.
    """

    non_field_errors: list[str] | Unset = UNSET
    additional_properties: dict[str, FieldErrorsType1 | list[str] | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_errors_type_1 import FieldErrorsType1  # noqa: PLC0415

        non_field_errors: list[str] | Unset = UNSET
        if not isinstance(self.non_field_errors, Unset):
            non_field_errors = self.non_field_errors

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, FieldErrorsType1):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        field_dict.update({})
        if non_field_errors is not UNSET:
            field_dict["non_field_errors"] = non_field_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_errors_type_1 import FieldErrorsType1  # noqa: PLC0415

        d = dict(src_dict)
        non_field_errors = cast(list[str], d.pop("non_field_errors", UNSET))

        validation_error = cls(
            non_field_errors=non_field_errors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> FieldErrorsType1 | list[str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_field_errors_type_0 = cast(list[str], data)

                    return componentsschemas_field_errors_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_field_errors_type_1 = FieldErrorsType1.from_dict(data)

                    return componentsschemas_field_errors_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FieldErrorsType1 | list[str] | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        validation_error.additional_properties = additional_properties
        return validation_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FieldErrorsType1 | list[str] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FieldErrorsType1 | list[str] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
