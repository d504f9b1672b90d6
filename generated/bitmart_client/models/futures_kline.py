from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesKline")


@_attrs_define
class FuturesKline:
    """One candle of the last traded price.

    Attributes:
        timestamp (int): Unix time in seconds.
        open_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        close_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        high_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        low_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        volume (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    timestamp: int
    open_price: Decimal
    close_price: Decimal
    high_price: Decimal
    low_price: Decimal
    volume: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        open_price = decimal_text(self.open_price, self._sent_fields, "open_price")

        close_price = decimal_text(self.close_price, self._sent_fields, "close_price")

        high_price = decimal_text(self.high_price, self._sent_fields, "high_price")

        low_price = decimal_text(self.low_price, self._sent_fields, "low_price")

        volume = decimal_text(self.volume, self._sent_fields, "volume")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "open_price": open_price,
                "close_price": close_price,
                "high_price": high_price,
                "low_price": low_price,
                "volume": volume,
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
        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesKline", "timestamp", "int", timestamp)

        open_price = d.pop("open_price", UNSET)
        if open_price.__class__ is str:
            try:
                open_price = Decimal(open_price)
            except ArithmeticError:
                open_price = note("FuturesKline", "open_price", "decimal", open_price)
        else:
            open_price = note("FuturesKline", "open_price", "decimal", open_price)

        close_price = d.pop("close_price", UNSET)
        if close_price.__class__ is str:
            try:
                close_price = Decimal(close_price)
            except ArithmeticError:
                close_price = note(
                    "FuturesKline", "close_price", "decimal", close_price
                )
        else:
            close_price = note("FuturesKline", "close_price", "decimal", close_price)

        high_price = d.pop("high_price", UNSET)
        if high_price.__class__ is str:
            try:
                high_price = Decimal(high_price)
            except ArithmeticError:
                high_price = note("FuturesKline", "high_price", "decimal", high_price)
        else:
            high_price = note("FuturesKline", "high_price", "decimal", high_price)

        low_price = d.pop("low_price", UNSET)
        if low_price.__class__ is str:
            try:
                low_price = Decimal(low_price)
            except ArithmeticError:
                low_price = note("FuturesKline", "low_price", "decimal", low_price)
        else:
            low_price = note("FuturesKline", "low_price", "decimal", low_price)

        volume = d.pop("volume", UNSET)
        if volume.__class__ is str:
            try:
                volume = Decimal(volume)
            except ArithmeticError:
                volume = note("FuturesKline", "volume", "decimal", volume)
        else:
            volume = note("FuturesKline", "volume", "decimal", volume)

        futures_kline = cls(
            timestamp=timestamp,
            open_price=open_price,
            close_price=close_price,
            high_price=high_price,
            low_price=low_price,
            volume=volume,
        )
        futures_kline._sent_fields = src_dict

        if d:
            note_extra("FuturesKline", d)
        futures_kline.additional_properties = d
        return futures_kline

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
