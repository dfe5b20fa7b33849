"""Contains all the data models used in inputs/outputs

Each model is imported on first use (``from .models import Pet``, ``models.Pet``): a large API has thousands of
them, and importing every one would cost seconds that a program using a handful should not pay.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_token import ActionToken
    from .action_token_request import ActionTokenRequest
    from .action_token_request_meta import ActionTokenRequestMeta
    from .error_detail import ErrorDetail
    from .quota import Quota
    from .status_reason_error import StatusReasonError
    from .user_details import UserDetails

# model name -> the module of this package that defines it
_MODULES: dict[str, str] = {
    "ActionToken": "action_token",
    "ActionTokenRequest": "action_token_request",
    "ActionTokenRequestMeta": "action_token_request_meta",
    "ErrorDetail": "error_detail",
    "Quota": "quota",
    "StatusReasonError": "status_reason_error",
    "UserDetails": "user_details",
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
    "ActionToken",
    "ActionTokenRequest",
    "ActionTokenRequestMeta",
    "ErrorDetail",
    "Quota",
    "StatusReasonError",
    "UserDetails",
)
