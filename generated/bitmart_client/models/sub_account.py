from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.sub_account_status import SubAccountStatus, check_sub_account_status
from ..types import UNSET

T = TypeVar("T", bound="SubAccount")


@_attrs_define
class SubAccount:
    """One sub-account of the main account.

    Attributes:
        account_name (str): A sub-account's username as BitMart shows it (often an e-mail address).
        status (SubAccountStatus): 0 disabled by BitMart, 1 normal, 2 frozen by the main account.
    """

    account_name: str
    status: SubAccountStatus
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
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_name = d.pop("accountName", UNSET)
        if account_name.__class__ is not str:
            account_name = note("SubAccount", "accountName", "str", account_name)

        status: SubAccountStatus
        _status = d.pop("status", UNSET)
        status = check_sub_account_status(_status, "SubAccount", "status")

        sub_account = cls(
            account_name=account_name,
            status=status,
        )

        if d:
            note_extra("SubAccount", d)
        sub_account.additional_properties = d
        return sub_account

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
