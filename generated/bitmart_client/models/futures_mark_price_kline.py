from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesMarkPriceKline")


@_attrs_define
class FuturesMarkPriceKline:
    """One candle of the mark price.

    Attributes:
        timestamp (int): Unix time in seconds.
        open_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        close_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        high_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        low_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        volume (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    timestamp: int
    open_price: str
    close_price: str
    high_price: str
    low_price: str
    volume: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        open_price = self.open_price

        close_price = self.close_price

        high_price = self.high_price

        low_price = self.low_price

        volume = self.volume

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
            timestamp = note("FuturesMarkPriceKline", "timestamp", "int", timestamp)

        open_price = d.pop("open_price", UNSET)
        if open_price.__class__ is not str:
            open_price = note("FuturesMarkPriceKline", "open_price", "str", open_price)

        close_price = d.pop("close_price", UNSET)
        if close_price.__class__ is not str:
            close_price = note(
                "FuturesMarkPriceKline", "close_price", "str", close_price
            )

        high_price = d.pop("high_price", UNSET)
        if high_price.__class__ is not str:
            high_price = note("FuturesMarkPriceKline", "high_price", "str", high_price)

        low_price = d.pop("low_price", UNSET)
        if low_price.__class__ is not str:
            low_price = note("FuturesMarkPriceKline", "low_price", "str", low_price)

        volume = d.pop("volume", UNSET)
        if volume.__class__ is not str:
            volume = note("FuturesMarkPriceKline", "volume", "str", volume)

        futures_mark_price_kline = cls(
            timestamp=timestamp,
            open_price=open_price,
            close_price=close_price,
            high_price=high_price,
            low_price=low_price,
            volume=volume,
        )

        if d:
            note_extra("FuturesMarkPriceKline", d)
        futures_mark_price_kline.additional_properties = d
        return futures_mark_price_kline

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
