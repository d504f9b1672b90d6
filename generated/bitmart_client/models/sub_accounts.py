from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        sub_account_list = []
        for sub_account_list_item_data in self.sub_account_list:
            sub_account_list_item = sub_account_list_item_data.to_dict()
            sub_account_list.append(sub_account_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subAccountList": sub_account_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sub_account import SubAccount

        d = dict(src_dict)
        sub_account_list = []
        _sub_account_list = d.pop("subAccountList")
        for sub_account_list_item_data in _sub_account_list:
            sub_account_list_item = SubAccount.from_dict(sub_account_list_item_data)

            sub_account_list.append(sub_account_list_item)

        sub_accounts = cls(
            sub_account_list=sub_account_list,
        )

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
