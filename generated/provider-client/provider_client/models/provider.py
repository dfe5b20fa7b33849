from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instrument import Instrument
    from ..models.provider_options import ProviderOptions
    from ..models.provider_options_schema import ProviderOptionsSchema


T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider:
    """A provider. Providers are read-only through this API (list and read).

    Attributes:
        name (str): Provider name.
        queue (str): Queue where provider listens for requests.
        version (str): Provider version.
        acronym (str): Provider acronym.
        image (str): Provider Docker image.
        id (int | Unset):
        instrument (Instrument | Unset): The instrument a provider belongs to (read-only, nested in Provider).
        description (None | str | Unset): Provider description.
        url (None | str | Unset): Provider url.
        allow_validation (bool | Unset): Whether this provider provides validation feature for data.
        inverted_polarity (bool | Unset): If enabled, good values are lower values.
        has_service (bool | Unset): Whether this provider starts a service and must be balanced.
        service_port (int | None | Unset): Port where service is listening.
        options_schema (None | ProviderOptionsSchema | Unset):
        options (None | ProviderOptions | Unset):
        credentials (str | Unset):
        enabled (bool | None | Unset):  Default: False.
        validation_active (bool | None | Unset):  Default: False.
    """

    name: str
    queue: str
    version: str
    acronym: str
    image: str
    id: int | Unset = UNSET
    instrument: Instrument | Unset = UNSET
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    allow_validation: bool | Unset = UNSET
    inverted_polarity: bool | Unset = UNSET
    has_service: bool | Unset = UNSET
    service_port: int | None | Unset = UNSET
    options_schema: None | ProviderOptionsSchema | Unset = UNSET
    options: None | ProviderOptions | Unset = UNSET
    credentials: str | Unset = UNSET
    enabled: bool | None | Unset = False
    validation_active: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_options import ProviderOptions  # noqa: PLC0415
        from ..models.provider_options_schema import ProviderOptionsSchema  # noqa: PLC0415

        name = self.name

        queue = self.queue

        version = self.version

        acronym = self.acronym

        image = self.image

        id = self.id

        instrument: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instrument, Unset):
            instrument = self.instrument.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        allow_validation = self.allow_validation

        inverted_polarity = self.inverted_polarity

        has_service = self.has_service

        service_port: int | None | Unset
        if isinstance(self.service_port, Unset):
            service_port = UNSET
        else:
            service_port = self.service_port

        options_schema: dict[str, Any] | None | Unset
        if isinstance(self.options_schema, Unset):
            options_schema = UNSET
        elif isinstance(self.options_schema, ProviderOptionsSchema):
            options_schema = self.options_schema.to_dict()
        else:
            options_schema = self.options_schema

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, ProviderOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        credentials = self.credentials

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        validation_active: bool | None | Unset
        if isinstance(self.validation_active, Unset):
            validation_active = UNSET
        else:
            validation_active = self.validation_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "queue": queue,
                "version": version,
                "acronym": acronym,
                "image": image,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if allow_validation is not UNSET:
            field_dict["allow_validation"] = allow_validation
        if inverted_polarity is not UNSET:
            field_dict["inverted_polarity"] = inverted_polarity
        if has_service is not UNSET:
            field_dict["has_service"] = has_service
        if service_port is not UNSET:
            field_dict["service_port"] = service_port
        if options_schema is not UNSET:
            field_dict["options_schema"] = options_schema
        if options is not UNSET:
            field_dict["options"] = options
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if validation_active is not UNSET:
            field_dict["validation_active"] = validation_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instrument import Instrument  # noqa: PLC0415
        from ..models.provider_options import ProviderOptions  # noqa: PLC0415
        from ..models.provider_options_schema import ProviderOptionsSchema  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        queue = d.pop("queue")

        version = d.pop("version")

        acronym = d.pop("acronym")

        image = d.pop("image")

        id = d.pop("id", UNSET)

        _instrument = d.pop("instrument", UNSET)
        instrument: Instrument | Unset
        if isinstance(_instrument, Unset):
            instrument = UNSET
        else:
            instrument = Instrument.from_dict(_instrument)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        allow_validation = d.pop("allow_validation", UNSET)

        inverted_polarity = d.pop("inverted_polarity", UNSET)

        has_service = d.pop("has_service", UNSET)

        def _parse_service_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_port = _parse_service_port(d.pop("service_port", UNSET))

        def _parse_options_schema(data: object) -> None | ProviderOptionsSchema | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_schema_type_0 = ProviderOptionsSchema.from_dict(data)

                return options_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderOptionsSchema | Unset, data)

        options_schema = _parse_options_schema(d.pop("options_schema", UNSET))

        def _parse_options(data: object) -> None | ProviderOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = ProviderOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderOptions | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        credentials = d.pop("credentials", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_validation_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        validation_active = _parse_validation_active(d.pop("validation_active", UNSET))

        provider = cls(
            name=name,
            queue=queue,
            version=version,
            acronym=acronym,
            image=image,
            id=id,
            instrument=instrument,
            description=description,
            url=url,
            allow_validation=allow_validation,
            inverted_polarity=inverted_polarity,
            has_service=has_service,
            service_port=service_port,
            options_schema=options_schema,
            options=options,
            credentials=credentials,
            enabled=enabled,
            validation_active=validation_active,
        )

        provider.additional_properties = d
        return provider

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
