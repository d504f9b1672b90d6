from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesAsset")


@_attrs_define
class FuturesAsset:
    """The futures account's balance in one currency.

    Attributes:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        position_deposit (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        frozen_balance (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        available_balance (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        equity (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        unrealized (str): A decimal number, possibly signed, sent as a JSON string.
    """

    currency: str
    position_deposit: str
    frozen_balance: str
    available_balance: str
    equity: str
    unrealized: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        position_deposit = self.position_deposit

        frozen_balance = self.frozen_balance

        available_balance = self.available_balance

        equity = self.equity

        unrealized = self.unrealized

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
        if position_deposit.__class__ is not str:
            position_deposit = note(
                "FuturesAsset", "position_deposit", "str", position_deposit
            )

        frozen_balance = d.pop("frozen_balance", UNSET)
        if frozen_balance.__class__ is not str:
            frozen_balance = note(
                "FuturesAsset", "frozen_balance", "str", frozen_balance
            )

        available_balance = d.pop("available_balance", UNSET)
        if available_balance.__class__ is not str:
            available_balance = note(
                "FuturesAsset", "available_balance", "str", available_balance
            )

        equity = d.pop("equity", UNSET)
        if equity.__class__ is not str:
            equity = note("FuturesAsset", "equity", "str", equity)

        unrealized = d.pop("unrealized", UNSET)
        if unrealized.__class__ is not str:
            unrealized = note("FuturesAsset", "unrealized", "str", unrealized)

        futures_asset = cls(
            currency=currency,
            position_deposit=position_deposit,
            frozen_balance=frozen_balance,
            available_balance=available_balance,
            equity=equity,
            unrealized=unrealized,
        )

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
