from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_accounts_subaccountlist_status import (
    SubAccountsSubaccountlistStatus,
    check_sub_accounts_subaccountlist_status,
)

T = TypeVar("T", bound="SubAccountsSubaccountlist")


@_attrs_define
class SubAccountsSubaccountlist:
    """
    Attributes:
        account_name (str): Sub-account username
        status (SubAccountsSubaccountlistStatus): 0=Disabled, 1=Normal, 2=Frozen by main account (JKorf enum)
    """

    account_name: str
    status: SubAccountsSubaccountlistStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        status: int = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountName": account_name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_name = d.pop("accountName")

        status = check_sub_accounts_subaccountlist_status(d.pop("status"))

        sub_accounts_subaccountlist = cls(
            account_name=account_name,
            status=status,
        )

        sub_accounts_subaccountlist.additional_properties = d
        return sub_accounts_subaccountlist

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
