from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingWithdrawQuota")


@_attrs_define
class FundingWithdrawQuota:
    """
    Attributes:
        today_available_withdraw_btc (str): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        min_withdraw (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        withdraw_precision (int): Maximum number of decimal places of a withdrawal amount.
        withdraw_fee (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        withdraw_precision_ge_ten (int | None | Unset): When set, a withdrawal amount must be a whole multiple of this
            value; `null` (or
            absent) when there is no such rule. Added on 2024-04-03.
    """

    today_available_withdraw_btc: str
    min_withdraw: str
    withdraw_precision: int
    withdraw_fee: str
    withdraw_precision_ge_ten: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        today_available_withdraw_btc = self.today_available_withdraw_btc

        min_withdraw = self.min_withdraw

        withdraw_precision = self.withdraw_precision

        withdraw_fee = self.withdraw_fee

        withdraw_precision_ge_ten: int | None | Unset
        if isinstance(self.withdraw_precision_ge_ten, Unset):
            withdraw_precision_ge_ten = UNSET
        else:
            withdraw_precision_ge_ten = self.withdraw_precision_ge_ten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "today_available_withdraw_BTC": today_available_withdraw_btc,
                "min_withdraw": min_withdraw,
                "withdraw_precision": withdraw_precision,
                "withdraw_fee": withdraw_fee,
            }
        )
        if withdraw_precision_ge_ten is not UNSET:
            field_dict["withdraw_Precision_GeTen"] = withdraw_precision_ge_ten

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        today_available_withdraw_btc = d.pop("today_available_withdraw_BTC")

        min_withdraw = d.pop("min_withdraw")

        withdraw_precision = d.pop("withdraw_precision")

        withdraw_fee = d.pop("withdraw_fee")

        def _parse_withdraw_precision_ge_ten(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        withdraw_precision_ge_ten = _parse_withdraw_precision_ge_ten(
            d.pop("withdraw_Precision_GeTen", UNSET)
        )

        funding_withdraw_quota = cls(
            today_available_withdraw_btc=today_available_withdraw_btc,
            min_withdraw=min_withdraw,
            withdraw_precision=withdraw_precision,
            withdraw_fee=withdraw_fee,
            withdraw_precision_ge_ten=withdraw_precision_ge_ten,
        )

        funding_withdraw_quota.additional_properties = d
        return funding_withdraw_quota

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
