from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.sub_account_balance import SubAccountBalance


T = TypeVar("T", bound="SubAccountWallet")


@_attrs_define
class SubAccountWallet:
    """
    Attributes:
        wallet (list[SubAccountBalance]): One entry per currency with a non-zero balance.
    """

    wallet: list[SubAccountBalance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet = plain(self.wallet)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wallet": wallet,
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
        from ..models.sub_account_balance import SubAccountBalance

        d = dict(src_dict)
        wallet: list[SubAccountBalance]
        _wallet = d.pop("wallet", UNSET)
        if _wallet.__class__ is list:
            wallet = [
                SubAccountBalance.from_dict(item)
                if item.__class__ is dict
                else note("SubAccountWallet", "wallet", "object", item)
                for item in _wallet
            ]

        else:
            wallet = note("SubAccountWallet", "wallet", "array", _wallet)

        sub_account_wallet = cls(
            wallet=wallet,
        )

        if d:
            note_extra("SubAccountWallet", d)
        sub_account_wallet.additional_properties = d
        return sub_account_wallet

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
