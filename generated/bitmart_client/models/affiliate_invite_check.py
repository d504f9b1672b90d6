from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="AffiliateInviteCheck")


@_attrs_define
class AffiliateInviteCheck:
    """
    Attributes:
        is_invite_user (bool): Whether the affiliate invited this user.
    """

    is_invite_user: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_invite_user = self.is_invite_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isInviteUser": is_invite_user,
            }
        )
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_invite_user = d.pop("isInviteUser", UNSET)
        if is_invite_user.__class__ is not bool:
            is_invite_user = note(
                "AffiliateInviteCheck", "isInviteUser", "bool", is_invite_user
            )

        affiliate_invite_check = cls(
            is_invite_user=is_invite_user,
        )

        if d:
            note_extra("AffiliateInviteCheck", d)
        affiliate_invite_check.additional_properties = d
        return affiliate_invite_check

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
