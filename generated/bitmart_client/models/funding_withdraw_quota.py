from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingWithdrawQuota")


@_attrs_define
class FundingWithdrawQuota:
    """
    Attributes:
        today_available_withdraw_btc (Decimal): A non-negative decimal number sent as a JSON string so that no precision
            is lost.
        min_withdraw (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        withdraw_precision (int): Maximum number of decimal places of a withdrawal amount.
        withdraw_fee (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        withdraw_precision_ge_ten (int | None | Unset): When set, a withdrawal amount must be a whole multiple of this
            value; `null` (or
            absent) when there is no such rule. Added on 2024-04-03.
    """

    today_available_withdraw_btc: Decimal
    min_withdraw: Decimal
    withdraw_precision: int
    withdraw_fee: Decimal
    withdraw_precision_ge_ten: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        today_available_withdraw_btc = decimal_text(
            self.today_available_withdraw_btc,
            self._sent_fields,
            "today_available_withdraw_BTC",
        )

        min_withdraw = decimal_text(
            self.min_withdraw, self._sent_fields, "min_withdraw"
        )

        withdraw_precision = self.withdraw_precision

        withdraw_fee = decimal_text(
            self.withdraw_fee, self._sent_fields, "withdraw_fee"
        )

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
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        today_available_withdraw_btc = d.pop("today_available_withdraw_BTC", UNSET)
        if today_available_withdraw_btc.__class__ is str:
            try:
                today_available_withdraw_btc = Decimal(today_available_withdraw_btc)
            except ArithmeticError:
                today_available_withdraw_btc = note(
                    "FundingWithdrawQuota",
                    "today_available_withdraw_BTC",
                    "decimal",
                    today_available_withdraw_btc,
                )
        else:
            today_available_withdraw_btc = note(
                "FundingWithdrawQuota",
                "today_available_withdraw_BTC",
                "decimal",
                today_available_withdraw_btc,
            )

        min_withdraw = d.pop("min_withdraw", UNSET)
        if min_withdraw.__class__ is str:
            try:
                min_withdraw = Decimal(min_withdraw)
            except ArithmeticError:
                min_withdraw = note(
                    "FundingWithdrawQuota", "min_withdraw", "decimal", min_withdraw
                )
        else:
            min_withdraw = note(
                "FundingWithdrawQuota", "min_withdraw", "decimal", min_withdraw
            )

        withdraw_precision = d.pop("withdraw_precision", UNSET)
        if withdraw_precision.__class__ is not int:
            withdraw_precision = note(
                "FundingWithdrawQuota", "withdraw_precision", "int", withdraw_precision
            )

        withdraw_fee = d.pop("withdraw_fee", UNSET)
        if withdraw_fee.__class__ is str:
            try:
                withdraw_fee = Decimal(withdraw_fee)
            except ArithmeticError:
                withdraw_fee = note(
                    "FundingWithdrawQuota", "withdraw_fee", "decimal", withdraw_fee
                )
        else:
            withdraw_fee = note(
                "FundingWithdrawQuota", "withdraw_fee", "decimal", withdraw_fee
            )

        def _parse_withdraw_precision_ge_ten(data: Any) -> Any:
            if data.__class__ is int:
                return data
            if data is None:
                return None
            if data is UNSET:
                return data
            return note(
                "FundingWithdrawQuota", "withdraw_Precision_GeTen", "int|None", data
            )

        withdraw_precision_ge_ten = d.pop("withdraw_Precision_GeTen", UNSET)
        withdraw_precision_ge_ten = _parse_withdraw_precision_ge_ten(
            withdraw_precision_ge_ten
        )

        funding_withdraw_quota = cls(
            today_available_withdraw_btc=today_available_withdraw_btc,
            min_withdraw=min_withdraw,
            withdraw_precision=withdraw_precision,
            withdraw_fee=withdraw_fee,
            withdraw_precision_ge_ten=withdraw_precision_ge_ten,
        )
        funding_withdraw_quota._sent_fields = src_dict

        if d:
            note_extra("FundingWithdrawQuota", d)
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
