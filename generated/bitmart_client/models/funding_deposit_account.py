from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingDepositAccount")


@_attrs_define
class FundingDepositAccount:
    """The wallet deposits are credited to. No source documents this object; the field name
    is taken from `set_deposit_account`'s body, and an empty object is accepted.

        Attributes:
            account_type (str | Unset): `SPOT`, `CONTRACT` (futures) or `FUND`.
    """

    account_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_type is not UNSET:
            field_dict["account_type"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_type = d.pop("account_type", UNSET)
        if account_type.__class__ is not str and account_type is not UNSET:
            account_type = note(
                "FundingDepositAccount", "account_type", "str", account_type
            )

        funding_deposit_account = cls(
            account_type=account_type,
        )

        if d:
            note_extra("FundingDepositAccount", d)
        funding_deposit_account.additional_properties = d
        return funding_deposit_account

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
