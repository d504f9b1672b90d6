from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.sub_account import SubAccount


T = TypeVar("T", bound="SubAccounts")


@_attrs_define
class SubAccounts:
    """
    Attributes:
        sub_account_list (list[SubAccount]): Every sub-account of the caller.
    """

    sub_account_list: list[SubAccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_account_list = plain(self.sub_account_list)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subAccountList": sub_account_list,
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
        from ..models.sub_account import SubAccount

        d = dict(src_dict)
        sub_account_list: list[SubAccount]
        _sub_account_list = d.pop("subAccountList", UNSET)
        if _sub_account_list.__class__ is list:
            sub_account_list = [
                SubAccount.from_dict(item)
                if item.__class__ is dict
                else note("SubAccounts", "subAccountList", "object", item)
                for item in _sub_account_list
            ]

        else:
            sub_account_list = note(
                "SubAccounts", "subAccountList", "array", _sub_account_list
            )

        sub_accounts = cls(
            sub_account_list=sub_account_list,
        )

        if d:
            note_extra("SubAccounts", d)
        sub_accounts.additional_properties = d
        return sub_accounts

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
