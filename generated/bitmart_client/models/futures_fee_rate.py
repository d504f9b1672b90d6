from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesFeeRate")


@_attrs_define
class FuturesFeeRate:
    """The account's fee rates on one contract, as fractions (`0.0006` is 0.06 %).

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        taker_fee_rate (Decimal): A decimal number, possibly signed, sent as a JSON string.
        maker_fee_rate (Decimal): A decimal number, possibly signed, sent as a JSON string.
    """

    symbol: str
    taker_fee_rate: Decimal
    maker_fee_rate: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        taker_fee_rate = decimal_text(
            self.taker_fee_rate, self._sent_fields, "taker_fee_rate"
        )

        maker_fee_rate = decimal_text(
            self.maker_fee_rate, self._sent_fields, "maker_fee_rate"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "taker_fee_rate": taker_fee_rate,
                "maker_fee_rate": maker_fee_rate,
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
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesFeeRate", "symbol", "str", symbol)

        taker_fee_rate = d.pop("taker_fee_rate", UNSET)
        if taker_fee_rate.__class__ is str:
            try:
                taker_fee_rate = Decimal(taker_fee_rate)
            except ArithmeticError:
                taker_fee_rate = note(
                    "FuturesFeeRate", "taker_fee_rate", "decimal", taker_fee_rate
                )
        else:
            taker_fee_rate = note(
                "FuturesFeeRate", "taker_fee_rate", "decimal", taker_fee_rate
            )

        maker_fee_rate = d.pop("maker_fee_rate", UNSET)
        if maker_fee_rate.__class__ is str:
            try:
                maker_fee_rate = Decimal(maker_fee_rate)
            except ArithmeticError:
                maker_fee_rate = note(
                    "FuturesFeeRate", "maker_fee_rate", "decimal", maker_fee_rate
                )
        else:
            maker_fee_rate = note(
                "FuturesFeeRate", "maker_fee_rate", "decimal", maker_fee_rate
            )

        futures_fee_rate = cls(
            symbol=symbol,
            taker_fee_rate=taker_fee_rate,
            maker_fee_rate=maker_fee_rate,
        )
        futures_fee_rate._sent_fields = src_dict

        if d:
            note_extra("FuturesFeeRate", d)
        futures_fee_rate.additional_properties = d
        return futures_fee_rate

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
