"""Contains all the data models used in inputs/outputs

Each model is imported on first use (``from .models import Pet``, ``models.Pet``): a large API has thousands of
them, and importing every one would cost seconds that a program using a handful should not pay.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_pet_data import AddPetData
    from .add_pet_request import AddPetRequest
    from .add_pet_response import AddPetResponse
    from .boolean_result_response import BooleanResultResponse
    from .delete_user_request import DeleteUserRequest
    from .delete_user_response import DeleteUserResponse
    from .emergency_protect import EmergencyProtect
    from .emergency_stats import EmergencyStats
    from .end_chat_request import EndChatRequest
    from .envelope import Envelope
    from .error_response import ErrorResponse
    from .list_pets_pagination import ListPetsPagination
    from .list_pets_response import ListPetsResponse
    from .pet import Pet
    from .pet_fields import PetFields
    from .pet_list import PetList
    from .refresh_token_data import RefreshTokenData
    from .refresh_token_response import RefreshTokenResponse
    from .register_user_data import RegisterUserData
    from .register_user_request import RegisterUserRequest
    from .register_user_request_role import RegisterUserRequestRole
    from .register_user_response import RegisterUserResponse
    from .remove_pet_request import RemovePetRequest
    from .talk_to_vet_data import TalkToVetData
    from .talk_to_vet_request import TalkToVetRequest
    from .talk_to_vet_request_conversation_request import TalkToVetRequestConversationRequest
    from .talk_to_vet_response import TalkToVetResponse
    from .talk_to_vet_session import TalkToVetSession
    from .update_pet_data import UpdatePetData
    from .update_pet_multipart_request import UpdatePetMultipartRequest
    from .update_pet_request import UpdatePetRequest
    from .update_pet_response import UpdatePetResponse
    from .user import User
    from .user_action_request import UserActionRequest
    from .user_action_request_role import UserActionRequestRole
    from .user_action_request_status import UserActionRequestStatus
    from .user_status import UserStatus
    from .vet import Vet
    from .vet_feedback import VetFeedback
    from .vet_feedback_request import VetFeedbackRequest
    from .vet_feedback_request_type import VetFeedbackRequestType
    from .vet_feedback_response import VetFeedbackResponse
    from .video_call_action_request import VideoCallActionRequest
    from .video_call_action_request_status import VideoCallActionRequestStatus
    from .web_app_user import WebAppUser
    from .web_app_user_list_response import WebAppUserListResponse
    from .web_app_user_report_request import WebAppUserReportRequest
    from .web_app_user_report_request_pagination import WebAppUserReportRequestPagination
    from .web_app_user_report_request_selected_protect import WebAppUserReportRequestSelectedProtect

# model name -> the module of this package that defines it
_MODULES: dict[str, str] = {
    "AddPetData": "add_pet_data",
    "AddPetRequest": "add_pet_request",
    "AddPetResponse": "add_pet_response",
    "BooleanResultResponse": "boolean_result_response",
    "DeleteUserRequest": "delete_user_request",
    "DeleteUserResponse": "delete_user_response",
    "EmergencyProtect": "emergency_protect",
    "EmergencyStats": "emergency_stats",
    "EndChatRequest": "end_chat_request",
    "Envelope": "envelope",
    "ErrorResponse": "error_response",
    "ListPetsPagination": "list_pets_pagination",
    "ListPetsResponse": "list_pets_response",
    "Pet": "pet",
    "PetFields": "pet_fields",
    "PetList": "pet_list",
    "RefreshTokenData": "refresh_token_data",
    "RefreshTokenResponse": "refresh_token_response",
    "RegisterUserData": "register_user_data",
    "RegisterUserRequest": "register_user_request",
    "RegisterUserRequestRole": "register_user_request_role",
    "RegisterUserResponse": "register_user_response",
    "RemovePetRequest": "remove_pet_request",
    "TalkToVetData": "talk_to_vet_data",
    "TalkToVetRequest": "talk_to_vet_request",
    "TalkToVetRequestConversationRequest": "talk_to_vet_request_conversation_request",
    "TalkToVetResponse": "talk_to_vet_response",
    "TalkToVetSession": "talk_to_vet_session",
    "UpdatePetData": "update_pet_data",
    "UpdatePetMultipartRequest": "update_pet_multipart_request",
    "UpdatePetRequest": "update_pet_request",
    "UpdatePetResponse": "update_pet_response",
    "User": "user",
    "UserActionRequest": "user_action_request",
    "UserActionRequestRole": "user_action_request_role",
    "UserActionRequestStatus": "user_action_request_status",
    "UserStatus": "user_status",
    "Vet": "vet",
    "VetFeedback": "vet_feedback",
    "VetFeedbackRequest": "vet_feedback_request",
    "VetFeedbackRequestType": "vet_feedback_request_type",
    "VetFeedbackResponse": "vet_feedback_response",
    "VideoCallActionRequest": "video_call_action_request",
    "VideoCallActionRequestStatus": "video_call_action_request_status",
    "WebAppUser": "web_app_user",
    "WebAppUserListResponse": "web_app_user_list_response",
    "WebAppUserReportRequest": "web_app_user_report_request",
    "WebAppUserReportRequestPagination": "web_app_user_report_request_pagination",
    "WebAppUserReportRequestSelectedProtect": "web_app_user_report_request_selected_protect",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AddPetData",
    "AddPetRequest",
    "AddPetResponse",
    "BooleanResultResponse",
    "DeleteUserRequest",
    "DeleteUserResponse",
    "EmergencyProtect",
    "EmergencyStats",
    "EndChatRequest",
    "Envelope",
    "ErrorResponse",
    "ListPetsPagination",
    "ListPetsResponse",
    "Pet",
    "PetFields",
    "PetList",
    "RefreshTokenData",
    "RefreshTokenResponse",
    "RegisterUserData",
    "RegisterUserRequest",
    "RegisterUserRequestRole",
    "RegisterUserResponse",
    "RemovePetRequest",
    "TalkToVetData",
    "TalkToVetRequest",
    "TalkToVetRequestConversationRequest",
    "TalkToVetResponse",
    "TalkToVetSession",
    "UpdatePetData",
    "UpdatePetMultipartRequest",
    "UpdatePetRequest",
    "UpdatePetResponse",
    "User",
    "UserActionRequest",
    "UserActionRequestRole",
    "UserActionRequestStatus",
    "UserStatus",
    "Vet",
    "VetFeedback",
    "VetFeedbackRequest",
    "VetFeedbackRequestType",
    "VetFeedbackResponse",
    "VideoCallActionRequest",
    "VideoCallActionRequestStatus",
    "WebAppUser",
    "WebAppUserListResponse",
    "WebAppUserReportRequest",
    "WebAppUserReportRequestPagination",
    "WebAppUserReportRequestSelectedProtect",
)
