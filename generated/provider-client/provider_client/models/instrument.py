from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instrument_options_schema import InstrumentOptionsSchema


T = TypeVar("T", bound="Instrument")


@_attrs_define
class Instrument:
    """The instrument a provider belongs to (read-only, nested in Provider).

    Attributes:
        id (int | Unset):
        options_schema (InstrumentOptionsSchema | Unset):
        name (str | Unset):
        acronym (str | Unset):
        queue (str | Unset):
        enabled (bool | Unset):
        requires_enrolment (bool | Unset): Whether this instrument requires enrolment.
        description (str | Unset):
        identity (bool | Unset):
        originality (bool | Unset):
        authorship (bool | Unset):
        integrity (bool | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: int | Unset = UNSET
    options_schema: InstrumentOptionsSchema | Unset = UNSET
    name: str | Unset = UNSET
    acronym: str | Unset = UNSET
    queue: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    requires_enrolment: bool | Unset = UNSET
    description: str | Unset = UNSET
    identity: bool | Unset = UNSET
    originality: bool | Unset = UNSET
    authorship: bool | Unset = UNSET
    integrity: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        options_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options_schema, Unset):
            options_schema = self.options_schema.to_dict()

        name = self.name

        acronym = self.acronym

        queue = self.queue

        enabled = self.enabled

        requires_enrolment = self.requires_enrolment

        description = self.description

        identity = self.identity

        originality = self.originality

        authorship = self.authorship

        integrity = self.integrity

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if options_schema is not UNSET:
            field_dict["options_schema"] = options_schema
        if name is not UNSET:
            field_dict["name"] = name
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if queue is not UNSET:
            field_dict["queue"] = queue
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if requires_enrolment is not UNSET:
            field_dict["requires_enrolment"] = requires_enrolment
        if description is not UNSET:
            field_dict["description"] = description
        if identity is not UNSET:
            field_dict["identity"] = identity
        if originality is not UNSET:
            field_dict["originality"] = originality
        if authorship is not UNSET:
            field_dict["authorship"] = authorship
        if integrity is not UNSET:
            field_dict["integrity"] = integrity
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instrument_options_schema import InstrumentOptionsSchema  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _options_schema = d.pop("options_schema", UNSET)
        options_schema: InstrumentOptionsSchema | Unset
        if isinstance(_options_schema, Unset):
            options_schema = UNSET
        else:
            options_schema = InstrumentOptionsSchema.from_dict(_options_schema)

        name = d.pop("name", UNSET)

        acronym = d.pop("acronym", UNSET)

        queue = d.pop("queue", UNSET)

        enabled = d.pop("enabled", UNSET)

        requires_enrolment = d.pop("requires_enrolment", UNSET)

        description = d.pop("description", UNSET)

        identity = d.pop("identity", UNSET)

        originality = d.pop("originality", UNSET)

        authorship = d.pop("authorship", UNSET)

        integrity = d.pop("integrity", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        instrument = cls(
            id=id,
            options_schema=options_schema,
            name=name,
            acronym=acronym,
            queue=queue,
            enabled=enabled,
            requires_enrolment=requires_enrolment,
            description=description,
            identity=identity,
            originality=originality,
            authorship=authorship,
            integrity=integrity,
            created_at=created_at,
            updated_at=updated_at,
        )

        instrument.additional_properties = d
        return instrument

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
