from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesAsset")


@_attrs_define
class FuturesAsset:
    """The futures account's balance in one currency.

    Attributes:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        position_deposit (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        frozen_balance (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        available_balance (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        equity (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        unrealized (Decimal): A decimal number, possibly signed, sent as a JSON string.
    """

    currency: str
    position_deposit: Decimal
    frozen_balance: Decimal
    available_balance: Decimal
    equity: Decimal
    unrealized: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        position_deposit = decimal_text(
            self.position_deposit, self._sent_fields, "position_deposit"
        )

        frozen_balance = decimal_text(
            self.frozen_balance, self._sent_fields, "frozen_balance"
        )

        available_balance = decimal_text(
            self.available_balance, self._sent_fields, "available_balance"
        )

        equity = decimal_text(self.equity, self._sent_fields, "equity")

        unrealized = decimal_text(self.unrealized, self._sent_fields, "unrealized")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "position_deposit": position_deposit,
                "frozen_balance": frozen_balance,
                "available_balance": available_balance,
                "equity": equity,
                "unrealized": unrealized,
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
        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("FuturesAsset", "currency", "str", currency)

        position_deposit = d.pop("position_deposit", UNSET)
        if position_deposit.__class__ is str:
            try:
                position_deposit = Decimal(position_deposit)
            except ArithmeticError:
                position_deposit = note(
                    "FuturesAsset", "position_deposit", "decimal", position_deposit
                )
        else:
            position_deposit = note(
                "FuturesAsset", "position_deposit", "decimal", position_deposit
            )

        frozen_balance = d.pop("frozen_balance", UNSET)
        if frozen_balance.__class__ is str:
            try:
                frozen_balance = Decimal(frozen_balance)
            except ArithmeticError:
                frozen_balance = note(
                    "FuturesAsset", "frozen_balance", "decimal", frozen_balance
                )
        else:
            frozen_balance = note(
                "FuturesAsset", "frozen_balance", "decimal", frozen_balance
            )

        available_balance = d.pop("available_balance", UNSET)
        if available_balance.__class__ is str:
            try:
                available_balance = Decimal(available_balance)
            except ArithmeticError:
                available_balance = note(
                    "FuturesAsset", "available_balance", "decimal", available_balance
                )
        else:
            available_balance = note(
                "FuturesAsset", "available_balance", "decimal", available_balance
            )

        equity = d.pop("equity", UNSET)
        if equity.__class__ is str:
            try:
                equity = Decimal(equity)
            except ArithmeticError:
                equity = note("FuturesAsset", "equity", "decimal", equity)
        else:
            equity = note("FuturesAsset", "equity", "decimal", equity)

        unrealized = d.pop("unrealized", UNSET)
        if unrealized.__class__ is str:
            try:
                unrealized = Decimal(unrealized)
            except ArithmeticError:
                unrealized = note("FuturesAsset", "unrealized", "decimal", unrealized)
        else:
            unrealized = note("FuturesAsset", "unrealized", "decimal", unrealized)

        futures_asset = cls(
            currency=currency,
            position_deposit=position_deposit,
            frozen_balance=frozen_balance,
            available_balance=available_balance,
            equity=equity,
            unrealized=unrealized,
        )
        futures_asset._sent_fields = src_dict

        if d:
            note_extra("FuturesAsset", d)
        futures_asset.additional_properties = d
        return futures_asset

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
