"""The resource surface: ``client.<group>.<method>(...)``, one module per group (imported when first used).

``client.with_raw_response.<group>.<method>(...)`` returns the detailed ``Response`` of the same call;
``client.streaming.<group>.<method>(...)`` the streamed body of operations that have one.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import BaseClient

if TYPE_CHECKING:
    from .auth import AsyncAuthRawResource, AuthRawResource
    from .clinician_offering_bonds import AsyncClinicianOfferingBondsRawResource, ClinicianOfferingBondsRawResource
    from .clinician_partner_notifications import (
        AsyncClinicianPartnerNotificationsRawResource,
        ClinicianPartnerNotificationsRawResource,
    )
    from .clinician_patient_messages import (
        AsyncClinicianPatientMessagesRawResource,
        ClinicianPatientMessagesRawResource,
    )
    from .clinicians import (
        AsyncCliniciansRawResource,
        AsyncCliniciansStreaming,
        CliniciansRawResource,
        CliniciansStreaming,
    )
    from .health_check import AsyncHealthCheckRawResource, HealthCheckRawResource
    from .internal_support_staffs import AsyncInternalSupportStaffsRawResource, InternalSupportStaffsRawResource
    from .medical_assistants import AsyncMedicalAssistantsRawResource, MedicalAssistantsRawResource
    from .partner_audits import AsyncPartnerAuditsRawResource, PartnerAuditsRawResource
    from .partner_internal_support_staffs import (
        AsyncPartnerInternalSupportStaffsRawResource,
        PartnerInternalSupportStaffsRawResource,
    )
    from .partner_metadata import AsyncPartnerMetadataRawResource, PartnerMetadataRawResource
    from .partner_offering_tags import AsyncPartnerOfferingTagsRawResource, PartnerOfferingTagsRawResource
    from .partner_offerings import AsyncPartnerOfferingsRawResource, PartnerOfferingsRawResource
    from .partner_pharmacies import AsyncPartnerPharmaciesRawResource, PartnerPharmaciesRawResource
    from .partner_questionnaire_management import (
        AsyncPartnerQuestionnaireManagementRawResource,
        PartnerQuestionnaireManagementRawResource,
    )
    from .partner_questionnaires import AsyncPartnerQuestionnairesRawResource, PartnerQuestionnairesRawResource
    from .partner_tags import AsyncPartnerTagsRawResource, PartnerTagsRawResource
    from .partner_tests import AsyncPartnerTestsRawResource, PartnerTestsRawResource
    from .partner_vouchers import AsyncPartnerVouchersRawResource, PartnerVouchersRawResource
    from .partner_webhooks import AsyncPartnerWebhooksRawResource, PartnerWebhooksRawResource
    from .resources import AsyncResourcesRawResource, ResourcesRawResource
    from .service_notifications import AsyncServiceNotificationsRawResource, ServiceNotificationsRawResource
    from .shopify import AsyncShopifyRawResource, ShopifyRawResource
    from .specialty_offerings import AsyncSpecialtyOfferingsRawResource, SpecialtyOfferingsRawResource
    from .specialty_questionnaires import AsyncSpecialtyQuestionnairesRawResource, SpecialtyQuestionnairesRawResource
    from .user_sessions import AsyncUserSessionsRawResource, UserSessionsRawResource
    from .woo_commerce import AsyncWooCommerceRawResource, WooCommerceRawResource


class RawResources:
    """``client.with_raw_response``: every group, its methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def auth(self) -> "AuthRawResource":
        from .auth import AuthRawResource

        return AuthRawResource(self._client)

    @cached_property
    def clinician_offering_bonds(self) -> "ClinicianOfferingBondsRawResource":
        from .clinician_offering_bonds import ClinicianOfferingBondsRawResource

        return ClinicianOfferingBondsRawResource(self._client)

    @cached_property
    def clinician_partner_notifications(self) -> "ClinicianPartnerNotificationsRawResource":
        from .clinician_partner_notifications import ClinicianPartnerNotificationsRawResource

        return ClinicianPartnerNotificationsRawResource(self._client)

    @cached_property
    def clinician_patient_messages(self) -> "ClinicianPatientMessagesRawResource":
        from .clinician_patient_messages import ClinicianPatientMessagesRawResource

        return ClinicianPatientMessagesRawResource(self._client)

    @cached_property
    def clinicians(self) -> "CliniciansRawResource":
        from .clinicians import CliniciansRawResource

        return CliniciansRawResource(self._client)

    @cached_property
    def health_check(self) -> "HealthCheckRawResource":
        from .health_check import HealthCheckRawResource

        return HealthCheckRawResource(self._client)

    @cached_property
    def internal_support_staffs(self) -> "InternalSupportStaffsRawResource":
        from .internal_support_staffs import InternalSupportStaffsRawResource

        return InternalSupportStaffsRawResource(self._client)

    @cached_property
    def medical_assistants(self) -> "MedicalAssistantsRawResource":
        from .medical_assistants import MedicalAssistantsRawResource

        return MedicalAssistantsRawResource(self._client)

    @cached_property
    def partner_audits(self) -> "PartnerAuditsRawResource":
        from .partner_audits import PartnerAuditsRawResource

        return PartnerAuditsRawResource(self._client)

    @cached_property
    def partner_internal_support_staffs(self) -> "PartnerInternalSupportStaffsRawResource":
        from .partner_internal_support_staffs import PartnerInternalSupportStaffsRawResource

        return PartnerInternalSupportStaffsRawResource(self._client)

    @cached_property
    def partner_metadata(self) -> "PartnerMetadataRawResource":
        from .partner_metadata import PartnerMetadataRawResource

        return PartnerMetadataRawResource(self._client)

    @cached_property
    def partner_offering_tags(self) -> "PartnerOfferingTagsRawResource":
        from .partner_offering_tags import PartnerOfferingTagsRawResource

        return PartnerOfferingTagsRawResource(self._client)

    @cached_property
    def partner_offerings(self) -> "PartnerOfferingsRawResource":
        from .partner_offerings import PartnerOfferingsRawResource

        return PartnerOfferingsRawResource(self._client)

    @cached_property
    def partner_pharmacies(self) -> "PartnerPharmaciesRawResource":
        from .partner_pharmacies import PartnerPharmaciesRawResource

        return PartnerPharmaciesRawResource(self._client)

    @cached_property
    def partner_questionnaire_management(self) -> "PartnerQuestionnaireManagementRawResource":
        from .partner_questionnaire_management import PartnerQuestionnaireManagementRawResource

        return PartnerQuestionnaireManagementRawResource(self._client)

    @cached_property
    def partner_questionnaires(self) -> "PartnerQuestionnairesRawResource":
        from .partner_questionnaires import PartnerQuestionnairesRawResource

        return PartnerQuestionnairesRawResource(self._client)

    @cached_property
    def partner_tags(self) -> "PartnerTagsRawResource":
        from .partner_tags import PartnerTagsRawResource

        return PartnerTagsRawResource(self._client)

    @cached_property
    def partner_tests(self) -> "PartnerTestsRawResource":
        from .partner_tests import PartnerTestsRawResource

        return PartnerTestsRawResource(self._client)

    @cached_property
    def partner_vouchers(self) -> "PartnerVouchersRawResource":
        from .partner_vouchers import PartnerVouchersRawResource

        return PartnerVouchersRawResource(self._client)

    @cached_property
    def partner_webhooks(self) -> "PartnerWebhooksRawResource":
        from .partner_webhooks import PartnerWebhooksRawResource

        return PartnerWebhooksRawResource(self._client)

    @cached_property
    def resources(self) -> "ResourcesRawResource":
        from .resources import ResourcesRawResource

        return ResourcesRawResource(self._client)

    @cached_property
    def service_notifications(self) -> "ServiceNotificationsRawResource":
        from .service_notifications import ServiceNotificationsRawResource

        return ServiceNotificationsRawResource(self._client)

    @cached_property
    def shopify(self) -> "ShopifyRawResource":
        from .shopify import ShopifyRawResource

        return ShopifyRawResource(self._client)

    @cached_property
    def specialty_offerings(self) -> "SpecialtyOfferingsRawResource":
        from .specialty_offerings import SpecialtyOfferingsRawResource

        return SpecialtyOfferingsRawResource(self._client)

    @cached_property
    def specialty_questionnaires(self) -> "SpecialtyQuestionnairesRawResource":
        from .specialty_questionnaires import SpecialtyQuestionnairesRawResource

        return SpecialtyQuestionnairesRawResource(self._client)

    @cached_property
    def user_sessions(self) -> "UserSessionsRawResource":
        from .user_sessions import UserSessionsRawResource

        return UserSessionsRawResource(self._client)

    @cached_property
    def woo_commerce(self) -> "WooCommerceRawResource":
        from .woo_commerce import WooCommerceRawResource

        return WooCommerceRawResource(self._client)


class AsyncRawResources:
    """``async_client.with_raw_response``: awaitable methods returning the detailed ``Response``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def auth(self) -> "AsyncAuthRawResource":
        from .auth import AsyncAuthRawResource

        return AsyncAuthRawResource(self._client)

    @cached_property
    def clinician_offering_bonds(self) -> "AsyncClinicianOfferingBondsRawResource":
        from .clinician_offering_bonds import AsyncClinicianOfferingBondsRawResource

        return AsyncClinicianOfferingBondsRawResource(self._client)

    @cached_property
    def clinician_partner_notifications(self) -> "AsyncClinicianPartnerNotificationsRawResource":
        from .clinician_partner_notifications import AsyncClinicianPartnerNotificationsRawResource

        return AsyncClinicianPartnerNotificationsRawResource(self._client)

    @cached_property
    def clinician_patient_messages(self) -> "AsyncClinicianPatientMessagesRawResource":
        from .clinician_patient_messages import AsyncClinicianPatientMessagesRawResource

        return AsyncClinicianPatientMessagesRawResource(self._client)

    @cached_property
    def clinicians(self) -> "AsyncCliniciansRawResource":
        from .clinicians import AsyncCliniciansRawResource

        return AsyncCliniciansRawResource(self._client)

    @cached_property
    def health_check(self) -> "AsyncHealthCheckRawResource":
        from .health_check import AsyncHealthCheckRawResource

        return AsyncHealthCheckRawResource(self._client)

    @cached_property
    def internal_support_staffs(self) -> "AsyncInternalSupportStaffsRawResource":
        from .internal_support_staffs import AsyncInternalSupportStaffsRawResource

        return AsyncInternalSupportStaffsRawResource(self._client)

    @cached_property
    def medical_assistants(self) -> "AsyncMedicalAssistantsRawResource":
        from .medical_assistants import AsyncMedicalAssistantsRawResource

        return AsyncMedicalAssistantsRawResource(self._client)

    @cached_property
    def partner_audits(self) -> "AsyncPartnerAuditsRawResource":
        from .partner_audits import AsyncPartnerAuditsRawResource

        return AsyncPartnerAuditsRawResource(self._client)

    @cached_property
    def partner_internal_support_staffs(self) -> "AsyncPartnerInternalSupportStaffsRawResource":
        from .partner_internal_support_staffs import AsyncPartnerInternalSupportStaffsRawResource

        return AsyncPartnerInternalSupportStaffsRawResource(self._client)

    @cached_property
    def partner_metadata(self) -> "AsyncPartnerMetadataRawResource":
        from .partner_metadata import AsyncPartnerMetadataRawResource

        return AsyncPartnerMetadataRawResource(self._client)

    @cached_property
    def partner_offering_tags(self) -> "AsyncPartnerOfferingTagsRawResource":
        from .partner_offering_tags import AsyncPartnerOfferingTagsRawResource

        return AsyncPartnerOfferingTagsRawResource(self._client)

    @cached_property
    def partner_offerings(self) -> "AsyncPartnerOfferingsRawResource":
        from .partner_offerings import AsyncPartnerOfferingsRawResource

        return AsyncPartnerOfferingsRawResource(self._client)

    @cached_property
    def partner_pharmacies(self) -> "AsyncPartnerPharmaciesRawResource":
        from .partner_pharmacies import AsyncPartnerPharmaciesRawResource

        return AsyncPartnerPharmaciesRawResource(self._client)

    @cached_property
    def partner_questionnaire_management(self) -> "AsyncPartnerQuestionnaireManagementRawResource":
        from .partner_questionnaire_management import AsyncPartnerQuestionnaireManagementRawResource

        return AsyncPartnerQuestionnaireManagementRawResource(self._client)

    @cached_property
    def partner_questionnaires(self) -> "AsyncPartnerQuestionnairesRawResource":
        from .partner_questionnaires import AsyncPartnerQuestionnairesRawResource

        return AsyncPartnerQuestionnairesRawResource(self._client)

    @cached_property
    def partner_tags(self) -> "AsyncPartnerTagsRawResource":
        from .partner_tags import AsyncPartnerTagsRawResource

        return AsyncPartnerTagsRawResource(self._client)

    @cached_property
    def partner_tests(self) -> "AsyncPartnerTestsRawResource":
        from .partner_tests import AsyncPartnerTestsRawResource

        return AsyncPartnerTestsRawResource(self._client)

    @cached_property
    def partner_vouchers(self) -> "AsyncPartnerVouchersRawResource":
        from .partner_vouchers import AsyncPartnerVouchersRawResource

        return AsyncPartnerVouchersRawResource(self._client)

    @cached_property
    def partner_webhooks(self) -> "AsyncPartnerWebhooksRawResource":
        from .partner_webhooks import AsyncPartnerWebhooksRawResource

        return AsyncPartnerWebhooksRawResource(self._client)

    @cached_property
    def resources(self) -> "AsyncResourcesRawResource":
        from .resources import AsyncResourcesRawResource

        return AsyncResourcesRawResource(self._client)

    @cached_property
    def service_notifications(self) -> "AsyncServiceNotificationsRawResource":
        from .service_notifications import AsyncServiceNotificationsRawResource

        return AsyncServiceNotificationsRawResource(self._client)

    @cached_property
    def shopify(self) -> "AsyncShopifyRawResource":
        from .shopify import AsyncShopifyRawResource

        return AsyncShopifyRawResource(self._client)

    @cached_property
    def specialty_offerings(self) -> "AsyncSpecialtyOfferingsRawResource":
        from .specialty_offerings import AsyncSpecialtyOfferingsRawResource

        return AsyncSpecialtyOfferingsRawResource(self._client)

    @cached_property
    def specialty_questionnaires(self) -> "AsyncSpecialtyQuestionnairesRawResource":
        from .specialty_questionnaires import AsyncSpecialtyQuestionnairesRawResource

        return AsyncSpecialtyQuestionnairesRawResource(self._client)

    @cached_property
    def user_sessions(self) -> "AsyncUserSessionsRawResource":
        from .user_sessions import AsyncUserSessionsRawResource

        return AsyncUserSessionsRawResource(self._client)

    @cached_property
    def woo_commerce(self) -> "AsyncWooCommerceRawResource":
        from .woo_commerce import AsyncWooCommerceRawResource

        return AsyncWooCommerceRawResource(self._client)


class Streaming:
    """``client.streaming``: the groups with streamed bodies, each method a context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def clinicians(self) -> "CliniciansStreaming":
        from .clinicians import CliniciansStreaming

        return CliniciansStreaming(self._client)


class AsyncStreaming:
    """``async_client.streaming``: each method an async context manager."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def clinicians(self) -> "AsyncCliniciansStreaming":
        from .clinicians import AsyncCliniciansStreaming

        return AsyncCliniciansStreaming(self._client)


__all__ = ["AsyncRawResources", "AsyncStreaming", "RawResources", "Streaming"]
