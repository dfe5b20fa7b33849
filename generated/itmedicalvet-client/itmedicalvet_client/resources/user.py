"""``client.user``: the user operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``itmedicalvet_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from ..api.user import delete_user as _delete_user
from ..api.user import end_chat as _end_chat
from ..api.user import refresh_token as _refresh_token
from ..api.user import register_user as _register_user
from ..api.user import talk_to_vet as _talk_to_vet
from ..api.user import user_action as _user_action
from ..api.user import vet_feedback as _vet_feedback
from ..api.user import video_call_action as _video_call_action
from ..client import BaseClient
from ..pydantic_models import (
    BooleanResultResponse,
    DeleteUserRequest,
    DeleteUserResponse,
    EndChatRequest,
    Envelope,
    ErrorResponse,
    RefreshTokenResponse,
    RegisterUserRequest,
    RegisterUserResponse,
    TalkToVetRequest,
    TalkToVetResponse,
    UserActionRequest,
    VetFeedbackRequest,
    VetFeedbackResponse,
    VideoCallActionRequest,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncUserRawResource",
    "AsyncUserResource",
    "UserRawResource",
    "UserResource",
]


class UserResource:
    """user operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def register(
        self,
        app_name: str,
        *,
        body: RegisterUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RegisterUserResponse:
        """Register user

         Adds a new (v2) user to the app (requires authentication; Basic auth). `role` should be "users" or
        "protect_users". If role = users the emergency fund is not needed, but if role = protect_users then
        `emergency_fund` is required. Pet details are optional when registering a user but required when
        talking to a vet. The answer holds the user, a Twilio token and the user's emergency stats.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (RegisterUserRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            RegisterUserResponse
        """

        return _register_user.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def talk_to_vet(
        self,
        app_name: str,
        *,
        body: TalkToVetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> TalkToVetResponse:
        """Talk to vet user

         Connects the user (by `email`) with an available vet for the given pet and returns the conversation
        channel, the vet, the user's Twilio identity and a JSON string with a Twilio token, the user and the
        user's emergency stats (requires authentication; Basic auth). Pet details are required when talking
        to a vet. The user-end video initiation functionality is being deprecated: sockets will be used for
        it (separate document provided by the vendor). Only for staging: the endpoint accepts an additional
        parameter that favours a chat connection with a given doctor's email; it connects to any random vet
        if that doctor is not available online or is already on call.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (TalkToVetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            TalkToVetResponse
        """

        return _talk_to_vet.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def refresh_token(
        self,
        app_name: str,
        *,
        identity: str,
        dev_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RefreshTokenResponse:
        """Refresh token

         Refreshes the Twilio token of a chat identity (requires authentication; Basic auth).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            identity (str): Twilio chat identity of the user, as returned in `data.identity` by Talk
                to Vet (e.g. "local-app-5_user-3572").
            dev_type (str | Unset): Device type of the user (the doc's responses show "android"; the
                request example's "omnis" is faker text; allowed values are not documented).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            RefreshTokenResponse
        """

        return _refresh_token.sync(
            app_name=app_name,
            identity=identity,
            dev_type=dev_type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def end_chat(
        self,
        app_name: str,
        *,
        body: EndChatRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BooleanResultResponse:
        """End chat

         Closes a chat, given its Twilio channel SID (requires authentication; Basic auth). Called to end the
        chat from the user side (your platform).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (EndChatRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            BooleanResultResponse
        """

        return _end_chat.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def vet_feedback(
        self,
        app_name: str,
        *,
        body: VetFeedbackRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> VetFeedbackResponse:
        """Vet feedback

         Gets the vet's feedback (recommendation) for a conversation (requires authentication). If the
        conversation type is "chat", send `"type": "chat"` and `channel_sid`; if it is "video", send
        `"type": "video"` and `room_sid`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (VetFeedbackRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            VetFeedbackResponse
        """

        return _vet_feedback.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def action(
        self,
        app_name: str,
        *,
        body: UserActionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BooleanResultResponse:
        """User action

         Update emergency info of user. Updates the platform with the current status of one of your users
        (requires authentication; Basic auth), e.g. user A was a regular user before becoming vet protected,
        or user B was subscribed but is no longer a member. `role` should be "users" or "protect_users";
        `status` should be "subscribed" or "cancelled". A user cannot be degraded from "protected" to "user"
        unless the user is cancelled.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (UserActionRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            BooleanResultResponse
        """

        return _user_action.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        app_name: str,
        *,
        body: DeleteUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> DeleteUserResponse:
        """Delete v2 user

         Deletes a v2 user by email and app id (requires authentication). Returns the deleted user, with its
        `deleted_at` set.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (DeleteUserRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            DeleteUserResponse
        """

        return _delete_user.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def video_call_action(
        self,
        app_name: str,
        *,
        body: VideoCallActionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Envelope:
        """Video call action

         Updates the status of a video call from the user side (your platform) (requires authentication;
        Basic auth). `status` could be "notanswered", "declined" or "accepted".

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (VideoCallActionRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Envelope
        """

        return _video_call_action.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserResource:
    """Async user operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def register(
        self,
        app_name: str,
        *,
        body: RegisterUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RegisterUserResponse:
        """Register user

         Adds a new (v2) user to the app (requires authentication; Basic auth). `role` should be "users" or
        "protect_users". If role = users the emergency fund is not needed, but if role = protect_users then
        `emergency_fund` is required. Pet details are optional when registering a user but required when
        talking to a vet. The answer holds the user, a Twilio token and the user's emergency stats.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (RegisterUserRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            RegisterUserResponse
        """

        return await _register_user.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def talk_to_vet(
        self,
        app_name: str,
        *,
        body: TalkToVetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> TalkToVetResponse:
        """Talk to vet user

         Connects the user (by `email`) with an available vet for the given pet and returns the conversation
        channel, the vet, the user's Twilio identity and a JSON string with a Twilio token, the user and the
        user's emergency stats (requires authentication; Basic auth). Pet details are required when talking
        to a vet. The user-end video initiation functionality is being deprecated: sockets will be used for
        it (separate document provided by the vendor). Only for staging: the endpoint accepts an additional
        parameter that favours a chat connection with a given doctor's email; it connects to any random vet
        if that doctor is not available online or is already on call.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (TalkToVetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            TalkToVetResponse
        """

        return await _talk_to_vet.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def refresh_token(
        self,
        app_name: str,
        *,
        identity: str,
        dev_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> RefreshTokenResponse:
        """Refresh token

         Refreshes the Twilio token of a chat identity (requires authentication; Basic auth).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            identity (str): Twilio chat identity of the user, as returned in `data.identity` by Talk
                to Vet (e.g. "local-app-5_user-3572").
            dev_type (str | Unset): Device type of the user (the doc's responses show "android"; the
                request example's "omnis" is faker text; allowed values are not documented).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            RefreshTokenResponse
        """

        return await _refresh_token.asyncio(
            app_name=app_name,
            identity=identity,
            dev_type=dev_type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def end_chat(
        self,
        app_name: str,
        *,
        body: EndChatRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BooleanResultResponse:
        """End chat

         Closes a chat, given its Twilio channel SID (requires authentication; Basic auth). Called to end the
        chat from the user side (your platform).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (EndChatRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            BooleanResultResponse
        """

        return await _end_chat.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def vet_feedback(
        self,
        app_name: str,
        *,
        body: VetFeedbackRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> VetFeedbackResponse:
        """Vet feedback

         Gets the vet's feedback (recommendation) for a conversation (requires authentication). If the
        conversation type is "chat", send `"type": "chat"` and `channel_sid`; if it is "video", send
        `"type": "video"` and `room_sid`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (VetFeedbackRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            VetFeedbackResponse
        """

        return await _vet_feedback.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def action(
        self,
        app_name: str,
        *,
        body: UserActionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BooleanResultResponse:
        """User action

         Update emergency info of user. Updates the platform with the current status of one of your users
        (requires authentication; Basic auth), e.g. user A was a regular user before becoming vet protected,
        or user B was subscribed but is no longer a member. `role` should be "users" or "protect_users";
        `status` should be "subscribed" or "cancelled". A user cannot be degraded from "protected" to "user"
        unless the user is cancelled.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (UserActionRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            BooleanResultResponse
        """

        return await _user_action.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        app_name: str,
        *,
        body: DeleteUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> DeleteUserResponse:
        """Delete v2 user

         Deletes a v2 user by email and app id (requires authentication). Returns the deleted user, with its
        `deleted_at` set.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (DeleteUserRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            DeleteUserResponse
        """

        return await _delete_user.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def video_call_action(
        self,
        app_name: str,
        *,
        body: VideoCallActionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Envelope:
        """Video call action

         Updates the status of a video call from the user side (your platform) (requires authentication;
        Basic auth). `status` could be "notanswered", "declined" or "accepted".

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (VideoCallActionRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Envelope
        """

        return await _video_call_action.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserRawResource:
    """user operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def register(
        self,
        app_name: str,
        *,
        body: RegisterUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | RegisterUserResponse]:
        """Register user

         Adds a new (v2) user to the app (requires authentication; Basic auth). `role` should be "users" or
        "protect_users". If role = users the emergency fund is not needed, but if role = protect_users then
        `emergency_fund` is required. Pet details are optional when registering a user but required when
        talking to a vet. The answer holds the user, a Twilio token and the user's emergency stats.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (RegisterUserRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | RegisterUserResponse]
        """

        return _register_user.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def talk_to_vet(
        self,
        app_name: str,
        *,
        body: TalkToVetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | TalkToVetResponse]:
        """Talk to vet user

         Connects the user (by `email`) with an available vet for the given pet and returns the conversation
        channel, the vet, the user's Twilio identity and a JSON string with a Twilio token, the user and the
        user's emergency stats (requires authentication; Basic auth). Pet details are required when talking
        to a vet. The user-end video initiation functionality is being deprecated: sockets will be used for
        it (separate document provided by the vendor). Only for staging: the endpoint accepts an additional
        parameter that favours a chat connection with a given doctor's email; it connects to any random vet
        if that doctor is not available online or is already on call.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (TalkToVetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | TalkToVetResponse]
        """

        return _talk_to_vet.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def refresh_token(
        self,
        app_name: str,
        *,
        identity: str,
        dev_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | RefreshTokenResponse]:
        """Refresh token

         Refreshes the Twilio token of a chat identity (requires authentication; Basic auth).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            identity (str): Twilio chat identity of the user, as returned in `data.identity` by Talk
                to Vet (e.g. "local-app-5_user-3572").
            dev_type (str | Unset): Device type of the user (the doc's responses show "android"; the
                request example's "omnis" is faker text; allowed values are not documented).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | RefreshTokenResponse]
        """

        return _refresh_token.sync_detailed(
            app_name=app_name,
            identity=identity,
            dev_type=dev_type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def end_chat(
        self,
        app_name: str,
        *,
        body: EndChatRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | BooleanResultResponse | ErrorResponse]:
        """End chat

         Closes a chat, given its Twilio channel SID (requires authentication; Basic auth). Called to end the
        chat from the user side (your platform).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (EndChatRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | BooleanResultResponse | ErrorResponse]
        """

        return _end_chat.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def vet_feedback(
        self,
        app_name: str,
        *,
        body: VetFeedbackRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | VetFeedbackResponse]:
        """Vet feedback

         Gets the vet's feedback (recommendation) for a conversation (requires authentication). If the
        conversation type is "chat", send `"type": "chat"` and `channel_sid`; if it is "video", send
        `"type": "video"` and `room_sid`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (VetFeedbackRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | VetFeedbackResponse]
        """

        return _vet_feedback.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def action(
        self,
        app_name: str,
        *,
        body: UserActionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | BooleanResultResponse | ErrorResponse]:
        """User action

         Update emergency info of user. Updates the platform with the current status of one of your users
        (requires authentication; Basic auth), e.g. user A was a regular user before becoming vet protected,
        or user B was subscribed but is no longer a member. `role` should be "users" or "protect_users";
        `status` should be "subscribed" or "cancelled". A user cannot be degraded from "protected" to "user"
        unless the user is cancelled.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (UserActionRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | BooleanResultResponse | ErrorResponse]
        """

        return _user_action.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        app_name: str,
        *,
        body: DeleteUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | DeleteUserResponse | ErrorResponse]:
        """Delete v2 user

         Deletes a v2 user by email and app id (requires authentication). Returns the deleted user, with its
        `deleted_at` set.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (DeleteUserRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | DeleteUserResponse | ErrorResponse]
        """

        return _delete_user.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def video_call_action(
        self,
        app_name: str,
        *,
        body: VideoCallActionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Envelope | ErrorResponse]:
        """Video call action

         Updates the status of a video call from the user side (your platform) (requires authentication;
        Basic auth). `status` could be "notanswered", "declined" or "accepted".

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (VideoCallActionRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Envelope | ErrorResponse]
        """

        return _video_call_action.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUserRawResource:
    """Async user operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def register(
        self,
        app_name: str,
        *,
        body: RegisterUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | RegisterUserResponse]:
        """Register user

         Adds a new (v2) user to the app (requires authentication; Basic auth). `role` should be "users" or
        "protect_users". If role = users the emergency fund is not needed, but if role = protect_users then
        `emergency_fund` is required. Pet details are optional when registering a user but required when
        talking to a vet. The answer holds the user, a Twilio token and the user's emergency stats.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (RegisterUserRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | RegisterUserResponse]
        """

        return await _register_user.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def talk_to_vet(
        self,
        app_name: str,
        *,
        body: TalkToVetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | TalkToVetResponse]:
        """Talk to vet user

         Connects the user (by `email`) with an available vet for the given pet and returns the conversation
        channel, the vet, the user's Twilio identity and a JSON string with a Twilio token, the user and the
        user's emergency stats (requires authentication; Basic auth). Pet details are required when talking
        to a vet. The user-end video initiation functionality is being deprecated: sockets will be used for
        it (separate document provided by the vendor). Only for staging: the endpoint accepts an additional
        parameter that favours a chat connection with a given doctor's email; it connects to any random vet
        if that doctor is not available online or is already on call.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (TalkToVetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | TalkToVetResponse]
        """

        return await _talk_to_vet.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def refresh_token(
        self,
        app_name: str,
        *,
        identity: str,
        dev_type: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | RefreshTokenResponse]:
        """Refresh token

         Refreshes the Twilio token of a chat identity (requires authentication; Basic auth).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            identity (str): Twilio chat identity of the user, as returned in `data.identity` by Talk
                to Vet (e.g. "local-app-5_user-3572").
            dev_type (str | Unset): Device type of the user (the doc's responses show "android"; the
                request example's "omnis" is faker text; allowed values are not documented).
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | RefreshTokenResponse]
        """

        return await _refresh_token.asyncio_detailed(
            app_name=app_name,
            identity=identity,
            dev_type=dev_type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def end_chat(
        self,
        app_name: str,
        *,
        body: EndChatRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | BooleanResultResponse | ErrorResponse]:
        """End chat

         Closes a chat, given its Twilio channel SID (requires authentication; Basic auth). Called to end the
        chat from the user side (your platform).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (EndChatRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | BooleanResultResponse | ErrorResponse]
        """

        return await _end_chat.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def vet_feedback(
        self,
        app_name: str,
        *,
        body: VetFeedbackRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | VetFeedbackResponse]:
        """Vet feedback

         Gets the vet's feedback (recommendation) for a conversation (requires authentication). If the
        conversation type is "chat", send `"type": "chat"` and `channel_sid`; if it is "video", send
        `"type": "video"` and `room_sid`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (VetFeedbackRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | VetFeedbackResponse]
        """

        return await _vet_feedback.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def action(
        self,
        app_name: str,
        *,
        body: UserActionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | BooleanResultResponse | ErrorResponse]:
        """User action

         Update emergency info of user. Updates the platform with the current status of one of your users
        (requires authentication; Basic auth), e.g. user A was a regular user before becoming vet protected,
        or user B was subscribed but is no longer a member. `role` should be "users" or "protect_users";
        `status` should be "subscribed" or "cancelled". A user cannot be degraded from "protected" to "user"
        unless the user is cancelled.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (UserActionRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | BooleanResultResponse | ErrorResponse]
        """

        return await _user_action.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        app_name: str,
        *,
        body: DeleteUserRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | DeleteUserResponse | ErrorResponse]:
        """Delete v2 user

         Deletes a v2 user by email and app id (requires authentication). Returns the deleted user, with its
        `deleted_at` set.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (DeleteUserRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | DeleteUserResponse | ErrorResponse]
        """

        return await _delete_user.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def video_call_action(
        self,
        app_name: str,
        *,
        body: VideoCallActionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | Envelope | ErrorResponse]:
        """Video call action

         Updates the status of a video call from the user side (your platform) (requires authentication;
        Basic auth). `status` could be "notanswered", "declined" or "accepted".

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (VideoCallActionRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | Envelope | ErrorResponse]
        """

        return await _video_call_action.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
