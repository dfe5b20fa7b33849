from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment import Environment
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clinician_address import ClinicianAddress


T = TypeVar("T", bound="ClinicianUpdateRequest")


@_attrs_define
class ClinicianUpdateRequest:
    """Clinician fields to update; all optional.

    Attributes:
        permissions (list[Environment] | Unset): Environments the user may access.
        suffix (str | Unset): Name suffix, e.g. `Sr`.
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
        case_assignment_availability (bool | Unset): Whether cases can be assigned to the clinician.
        is_message_availability (bool | Unset): Whether the clinician is available for messages.
        is_testing_account (bool | Unset): Whether this is a testing account.
        out_of_office_return_at (datetime.date | Unset): Date the clinician returns to the office.
        is_out_of_office (bool | Unset): Whether the clinician is out of office.
        automatic_sync_message (str | Unset): Automatic sync message.
        bio_details (str | Unset): Biography details.
        out_of_office_message (str | Unset): Out-of-office message.
        specialty (str | Unset): Specialty (an empty string in the doc's samples).
        automatic_sync_video_file_id (None | Unset | UUID): File ID of the automatic sync video.
        thank_you_video_file_id (None | Unset | UUID): File ID of the thank-you video.
        photo_id (None | Unset | UUID): File ID of the photo.
        signature_id (None | Unset | UUID): File ID of the signature.
        w9form_id (None | Unset | UUID): File ID of the W-9 form.
        timezone_id (UUID | Unset): Timezone ID.
        profile_url (str | Unset): Profile URL (the doc's sample is `http`, so no uri format is imposed).
        gender (int | Unset): Gender code (the doc's sample is 2; the codes are not documented).
        date_of_birth (datetime.date | Unset): Date of birth.
        phone_number (str | Unset): Phone number, e.g. `941-924-3019`.
        fax_number (None | str | Unset): Fax number.
        phone_type (int | Unset): Phone type code (the doc's sample is 2; the codes are not documented).
        email (str | Unset): Email address.
        address (ClinicianAddress | Unset): The clinician's address.
    """

    permissions: list[Environment] | Unset = UNSET
    suffix: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    case_assignment_availability: bool | Unset = UNSET
    is_message_availability: bool | Unset = UNSET
    is_testing_account: bool | Unset = UNSET
    out_of_office_return_at: datetime.date | Unset = UNSET
    is_out_of_office: bool | Unset = UNSET
    automatic_sync_message: str | Unset = UNSET
    bio_details: str | Unset = UNSET
    out_of_office_message: str | Unset = UNSET
    specialty: str | Unset = UNSET
    automatic_sync_video_file_id: None | Unset | UUID = UNSET
    thank_you_video_file_id: None | Unset | UUID = UNSET
    photo_id: None | Unset | UUID = UNSET
    signature_id: None | Unset | UUID = UNSET
    w9form_id: None | Unset | UUID = UNSET
    timezone_id: UUID | Unset = UNSET
    profile_url: str | Unset = UNSET
    gender: int | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    phone_number: str | Unset = UNSET
    fax_number: None | str | Unset = UNSET
    phone_type: int | Unset = UNSET
    email: str | Unset = UNSET
    address: ClinicianAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

        suffix = self.suffix

        first_name = self.first_name

        last_name = self.last_name

        case_assignment_availability = self.case_assignment_availability

        is_message_availability = self.is_message_availability

        is_testing_account = self.is_testing_account

        out_of_office_return_at: str | Unset = UNSET
        if not isinstance(self.out_of_office_return_at, Unset):
            out_of_office_return_at = self.out_of_office_return_at.isoformat()

        is_out_of_office = self.is_out_of_office

        automatic_sync_message = self.automatic_sync_message

        bio_details = self.bio_details

        out_of_office_message = self.out_of_office_message

        specialty = self.specialty

        automatic_sync_video_file_id: None | str | Unset
        if isinstance(self.automatic_sync_video_file_id, Unset):
            automatic_sync_video_file_id = UNSET
        elif isinstance(self.automatic_sync_video_file_id, UUID):
            automatic_sync_video_file_id = str(self.automatic_sync_video_file_id)
        else:
            automatic_sync_video_file_id = self.automatic_sync_video_file_id

        thank_you_video_file_id: None | str | Unset
        if isinstance(self.thank_you_video_file_id, Unset):
            thank_you_video_file_id = UNSET
        elif isinstance(self.thank_you_video_file_id, UUID):
            thank_you_video_file_id = str(self.thank_you_video_file_id)
        else:
            thank_you_video_file_id = self.thank_you_video_file_id

        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        elif isinstance(self.photo_id, UUID):
            photo_id = str(self.photo_id)
        else:
            photo_id = self.photo_id

        signature_id: None | str | Unset
        if isinstance(self.signature_id, Unset):
            signature_id = UNSET
        elif isinstance(self.signature_id, UUID):
            signature_id = str(self.signature_id)
        else:
            signature_id = self.signature_id

        w9form_id: None | str | Unset
        if isinstance(self.w9form_id, Unset):
            w9form_id = UNSET
        elif isinstance(self.w9form_id, UUID):
            w9form_id = str(self.w9form_id)
        else:
            w9form_id = self.w9form_id

        timezone_id: str | Unset = UNSET
        if not isinstance(self.timezone_id, Unset):
            timezone_id = str(self.timezone_id)

        profile_url = self.profile_url

        gender = self.gender

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        phone_number = self.phone_number

        fax_number: None | str | Unset
        if isinstance(self.fax_number, Unset):
            fax_number = UNSET
        else:
            fax_number = self.fax_number

        phone_type = self.phone_type

        email = self.email

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if case_assignment_availability is not UNSET:
            field_dict["case_assignment_availability"] = case_assignment_availability
        if is_message_availability is not UNSET:
            field_dict["is_message_availability"] = is_message_availability
        if is_testing_account is not UNSET:
            field_dict["is_testing_account"] = is_testing_account
        if out_of_office_return_at is not UNSET:
            field_dict["out_of_office_return_at"] = out_of_office_return_at
        if is_out_of_office is not UNSET:
            field_dict["is_out_of_office"] = is_out_of_office
        if automatic_sync_message is not UNSET:
            field_dict["automatic_sync_message"] = automatic_sync_message
        if bio_details is not UNSET:
            field_dict["bio_details"] = bio_details
        if out_of_office_message is not UNSET:
            field_dict["out_of_office_message"] = out_of_office_message
        if specialty is not UNSET:
            field_dict["specialty"] = specialty
        if automatic_sync_video_file_id is not UNSET:
            field_dict["automatic_sync_video_file_id"] = automatic_sync_video_file_id
        if thank_you_video_file_id is not UNSET:
            field_dict["thank_you_video_file_id"] = thank_you_video_file_id
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if signature_id is not UNSET:
            field_dict["signature_id"] = signature_id
        if w9form_id is not UNSET:
            field_dict["w9form_id"] = w9form_id
        if timezone_id is not UNSET:
            field_dict["timezone_id"] = timezone_id
        if profile_url is not UNSET:
            field_dict["profile_url"] = profile_url
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if fax_number is not UNSET:
            field_dict["fax_number"] = fax_number
        if phone_type is not UNSET:
            field_dict["phone_type"] = phone_type
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clinician_address import ClinicianAddress  # noqa: PLC0415

        d = dict(src_dict)
        _permissions = d.pop("permissions", UNSET)
        permissions: list[Environment] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = Environment(permissions_item_data)

                permissions.append(permissions_item)

        suffix = d.pop("suffix", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        case_assignment_availability = d.pop("case_assignment_availability", UNSET)

        is_message_availability = d.pop("is_message_availability", UNSET)

        is_testing_account = d.pop("is_testing_account", UNSET)

        _out_of_office_return_at = d.pop("out_of_office_return_at", UNSET)
        out_of_office_return_at: datetime.date | Unset
        if isinstance(_out_of_office_return_at, Unset):
            out_of_office_return_at = UNSET
        else:
            out_of_office_return_at = datetime.date.fromisoformat(_out_of_office_return_at)

        is_out_of_office = d.pop("is_out_of_office", UNSET)

        automatic_sync_message = d.pop("automatic_sync_message", UNSET)

        bio_details = d.pop("bio_details", UNSET)

        out_of_office_message = d.pop("out_of_office_message", UNSET)

        specialty = d.pop("specialty", UNSET)

        def _parse_automatic_sync_video_file_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                automatic_sync_video_file_id_type_0 = UUID(data)

                return automatic_sync_video_file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        automatic_sync_video_file_id = _parse_automatic_sync_video_file_id(d.pop("automatic_sync_video_file_id", UNSET))

        def _parse_thank_you_video_file_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thank_you_video_file_id_type_0 = UUID(data)

                return thank_you_video_file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        thank_you_video_file_id = _parse_thank_you_video_file_id(d.pop("thank_you_video_file_id", UNSET))

        def _parse_photo_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                photo_id_type_0 = UUID(data)

                return photo_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        photo_id = _parse_photo_id(d.pop("photo_id", UNSET))

        def _parse_signature_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signature_id_type_0 = UUID(data)

                return signature_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        signature_id = _parse_signature_id(d.pop("signature_id", UNSET))

        def _parse_w9form_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                w9form_id_type_0 = UUID(data)

                return w9form_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        w9form_id = _parse_w9form_id(d.pop("w9form_id", UNSET))

        _timezone_id = d.pop("timezone_id", UNSET)
        timezone_id: UUID | Unset
        if isinstance(_timezone_id, Unset):
            timezone_id = UNSET
        else:
            timezone_id = UUID(_timezone_id)

        profile_url = d.pop("profile_url", UNSET)

        gender = d.pop("gender", UNSET)

        _date_of_birth = d.pop("date_of_birth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        phone_number = d.pop("phone_number", UNSET)

        def _parse_fax_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax_number = _parse_fax_number(d.pop("fax_number", UNSET))

        phone_type = d.pop("phone_type", UNSET)

        email = d.pop("email", UNSET)

        _address = d.pop("address", UNSET)
        address: ClinicianAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ClinicianAddress.from_dict(_address)

        clinician_update_request = cls(
            permissions=permissions,
            suffix=suffix,
            first_name=first_name,
            last_name=last_name,
            case_assignment_availability=case_assignment_availability,
            is_message_availability=is_message_availability,
            is_testing_account=is_testing_account,
            out_of_office_return_at=out_of_office_return_at,
            is_out_of_office=is_out_of_office,
            automatic_sync_message=automatic_sync_message,
            bio_details=bio_details,
            out_of_office_message=out_of_office_message,
            specialty=specialty,
            automatic_sync_video_file_id=automatic_sync_video_file_id,
            thank_you_video_file_id=thank_you_video_file_id,
            photo_id=photo_id,
            signature_id=signature_id,
            w9form_id=w9form_id,
            timezone_id=timezone_id,
            profile_url=profile_url,
            gender=gender,
            date_of_birth=date_of_birth,
            phone_number=phone_number,
            fax_number=fax_number,
            phone_type=phone_type,
            email=email,
            address=address,
        )

        clinician_update_request.additional_properties = d
        return clinician_update_request

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
