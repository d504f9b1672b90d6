from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesOpenInterest")


@_attrs_define
class FuturesOpenInterest:
    """
    Attributes:
        timestamp (int): Unix time in milliseconds.
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        open_interest (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_interest_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_interest_24h (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        open_interest_value_24h (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no
            precision is lost.
    """

    timestamp: int
    symbol: str
    open_interest: Decimal
    open_interest_value: Decimal
    open_interest_24h: Decimal | Unset = UNSET
    open_interest_value_24h: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        symbol = self.symbol

        open_interest = decimal_text(
            self.open_interest, self._sent_fields, "open_interest"
        )

        open_interest_value = decimal_text(
            self.open_interest_value, self._sent_fields, "open_interest_value"
        )

        open_interest_24h = decimal_text(
            self.open_interest_24h, self._sent_fields, "open_interest_24h"
        )

        open_interest_value_24h = decimal_text(
            self.open_interest_value_24h, self._sent_fields, "open_interest_value_24h"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "symbol": symbol,
                "open_interest": open_interest,
                "open_interest_value": open_interest_value,
            }
        )
        if open_interest_24h is not UNSET:
            field_dict["open_interest_24h"] = open_interest_24h
        if open_interest_value_24h is not UNSET:
            field_dict["open_interest_value_24h"] = open_interest_value_24h
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesOpenInterest", "timestamp", "int", timestamp)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesOpenInterest", "symbol", "str", symbol)

        open_interest = d.pop("open_interest", UNSET)
        if open_interest.__class__ is str:
            try:
                open_interest = Decimal(open_interest)
            except ArithmeticError:
                open_interest = note(
                    "FuturesOpenInterest", "open_interest", "decimal", open_interest
                )
        else:
            open_interest = note(
                "FuturesOpenInterest", "open_interest", "decimal", open_interest
            )

        open_interest_value = d.pop("open_interest_value", UNSET)
        if open_interest_value.__class__ is str:
            try:
                open_interest_value = Decimal(open_interest_value)
            except ArithmeticError:
                open_interest_value = note(
                    "FuturesOpenInterest",
                    "open_interest_value",
                    "decimal",
                    open_interest_value,
                )
        else:
            open_interest_value = note(
                "FuturesOpenInterest",
                "open_interest_value",
                "decimal",
                open_interest_value,
            )

        open_interest_24h = d.pop("open_interest_24h", UNSET)
        if open_interest_24h.__class__ is str:
            try:
                open_interest_24h = Decimal(open_interest_24h)
            except ArithmeticError:
                open_interest_24h = note(
                    "FuturesOpenInterest",
                    "open_interest_24h",
                    "decimal",
                    open_interest_24h,
                )
        elif open_interest_24h is not UNSET:
            open_interest_24h = note(
                "FuturesOpenInterest", "open_interest_24h", "decimal", open_interest_24h
            )

        open_interest_value_24h = d.pop("open_interest_value_24h", UNSET)
        if open_interest_value_24h.__class__ is str:
            try:
                open_interest_value_24h = Decimal(open_interest_value_24h)
            except ArithmeticError:
                open_interest_value_24h = note(
                    "FuturesOpenInterest",
                    "open_interest_value_24h",
                    "decimal",
                    open_interest_value_24h,
                )
        elif open_interest_value_24h is not UNSET:
            open_interest_value_24h = note(
                "FuturesOpenInterest",
                "open_interest_value_24h",
                "decimal",
                open_interest_value_24h,
            )

        futures_open_interest = cls(
            timestamp=timestamp,
            symbol=symbol,
            open_interest=open_interest,
            open_interest_value=open_interest_value,
            open_interest_24h=open_interest_24h,
            open_interest_value_24h=open_interest_value_24h,
        )
        futures_open_interest._sent_fields = src_dict

        if d:
            note_extra("FuturesOpenInterest", d)
        futures_open_interest.additional_properties = d
        return futures_open_interest

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
