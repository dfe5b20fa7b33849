"""Contains all the data models used in inputs/outputs"""

from .action_token import ActionToken
from .action_token_request import ActionTokenRequest
from .action_token_request_meta import ActionTokenRequestMeta
from .error_detail import ErrorDetail
from .quota import Quota
from .status_reason_error import StatusReasonError
from .user_details import UserDetails

__all__ = (
    "ActionToken",
    "ActionTokenRequest",
    "ActionTokenRequestMeta",
    "ErrorDetail",
    "Quota",
    "StatusReasonError",
    "UserDetails",
)
