from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note_extra

from ..models.funding_deposit_account_type import (
    FundingDepositAccountType,
    check_funding_deposit_account_type,
)
from ..types import UNSET

T = TypeVar("T", bound="FundingSetDepositAccountRequest")


@_attrs_define
class FundingSetDepositAccountRequest:
    """
    Attributes:
        account_type (FundingDepositAccountType): A wallet of the account. `CONTRACT` is the futures wallet.
    """

    account_type: FundingDepositAccountType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type: str = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_type": account_type,
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
        account_type: FundingDepositAccountType
        _account_type = d.pop("account_type", UNSET)
        account_type = check_funding_deposit_account_type(
            _account_type, "FundingSetDepositAccountRequest", "account_type"
        )

        funding_set_deposit_account_request = cls(
            account_type=account_type,
        )

        if d:
            note_extra("FundingSetDepositAccountRequest", d)
        funding_set_deposit_account_request.additional_properties = d
        return funding_set_deposit_account_request

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
