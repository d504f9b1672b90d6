from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="EarnAccount")


@_attrs_define
class EarnAccount:
    """Overview of the Earn account.

    Attributes:
        total_user_sum (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        coin_name (str | Unset): Currency the amounts are valued in.
        total_profit (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        previous_profit (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
    """

    total_user_sum: Decimal
    coin_name: str | Unset = UNSET
    total_profit: Decimal | Unset = UNSET
    previous_profit: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        total_user_sum = decimal_text(
            self.total_user_sum, self._sent_fields, "totalUserSum"
        )

        coin_name = self.coin_name

        total_profit = decimal_text(self.total_profit, self._sent_fields, "totalProfit")

        previous_profit = decimal_text(
            self.previous_profit, self._sent_fields, "previousProfit"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalUserSum": total_user_sum,
            }
        )
        if coin_name is not UNSET:
            field_dict["coinName"] = coin_name
        if total_profit is not UNSET:
            field_dict["totalProfit"] = total_profit
        if previous_profit is not UNSET:
            field_dict["previousProfit"] = previous_profit
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_user_sum = d.pop("totalUserSum", UNSET)
        if total_user_sum.__class__ is str:
            try:
                total_user_sum = Decimal(total_user_sum)
            except ArithmeticError:
                total_user_sum = note(
                    "EarnAccount", "totalUserSum", "decimal", total_user_sum
                )
        else:
            total_user_sum = note(
                "EarnAccount", "totalUserSum", "decimal", total_user_sum
            )

        coin_name = d.pop("coinName", UNSET)
        if coin_name.__class__ is not str and coin_name is not UNSET:
            coin_name = note("EarnAccount", "coinName", "str", coin_name)

        total_profit = d.pop("totalProfit", UNSET)
        if total_profit.__class__ is str:
            try:
                total_profit = Decimal(total_profit)
            except ArithmeticError:
                total_profit = note(
                    "EarnAccount", "totalProfit", "decimal", total_profit
                )
        elif total_profit is not UNSET:
            total_profit = note("EarnAccount", "totalProfit", "decimal", total_profit)

        previous_profit = d.pop("previousProfit", UNSET)
        if previous_profit.__class__ is str:
            try:
                previous_profit = Decimal(previous_profit)
            except ArithmeticError:
                previous_profit = note(
                    "EarnAccount", "previousProfit", "decimal", previous_profit
                )
        elif previous_profit is not UNSET:
            previous_profit = note(
                "EarnAccount", "previousProfit", "decimal", previous_profit
            )

        earn_account = cls(
            total_user_sum=total_user_sum,
            coin_name=coin_name,
            total_profit=total_profit,
            previous_profit=previous_profit,
        )
        earn_account._sent_fields = src_dict

        if d:
            note_extra("EarnAccount", d)
        earn_account.additional_properties = d
        return earn_account

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
