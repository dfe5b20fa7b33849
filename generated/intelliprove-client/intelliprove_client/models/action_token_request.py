from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_token_request_meta import ActionTokenRequestMeta


T = TypeVar("T", bound="ActionTokenRequest")


@_attrs_define
class ActionTokenRequest:
    """Options for a new action token.

    Attributes:
        expire_in (int | Unset): Lifetime of the token in seconds. Defaults to 6 hours, maximum 12 hours. Default:
            21600.
        meta (ActionTokenRequestMeta | Unset): Custom metadata to place in the action token. Do not place confidential
            information in it (the token's payload is readable by anyone holding the token).
    """

    expire_in: int | Unset = 21600
    meta: ActionTokenRequestMeta | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expire_in = self.expire_in

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expire_in is not UNSET:
            field_dict["expire_in"] = expire_in
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_token_request_meta import ActionTokenRequestMeta  # noqa: PLC0415

        d = dict(src_dict)
        expire_in = d.pop("expire_in", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ActionTokenRequestMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ActionTokenRequestMeta.from_dict(_meta)

        action_token_request = cls(
            expire_in=expire_in,
            meta=meta,
        )

        return action_token_request
