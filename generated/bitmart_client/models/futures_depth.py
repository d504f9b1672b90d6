from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

T = TypeVar("T", bound="FuturesDepth")


@_attrs_define
class FuturesDepth:
    """
    Attributes:
        asks (list[list[str]] | None): Sell orders, lowest price first, at most 50 levels; null when the book is empty.
        bids (list[list[str]] | None): Buy orders, highest price first, at most 50 levels; null when the book is empty.
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        timestamp (int): Unix time in milliseconds.
    """

    asks: list[list[str]] | None
    bids: list[list[str]] | None
    symbol: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asks: list[list[str]] | None
        if isinstance(self.asks, list):
            asks = plain(self.asks)

        else:
            asks = self.asks

        bids: list[list[str]] | None
        if isinstance(self.bids, list):
            bids = plain(self.bids)

        else:
            bids = self.bids

        symbol = self.symbol

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asks": asks,
                "bids": bids,
                "symbol": symbol,
                "timestamp": timestamp,
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

        def _parse_asks(data: Any) -> Any:
            if data.__class__ is list:
                return data
            if data is None:
                return None
            return note("FuturesDepth", "asks", "array|None", data)

        asks = d.pop("asks", UNSET)
        asks = _parse_asks(asks)

        def _parse_bids(data: Any) -> Any:
            if data.__class__ is list:
                return data
            if data is None:
                return None
            return note("FuturesDepth", "bids", "array|None", data)

        bids = d.pop("bids", UNSET)
        bids = _parse_bids(bids)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesDepth", "symbol", "str", symbol)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesDepth", "timestamp", "int", timestamp)

        futures_depth = cls(
            asks=asks,
            bids=bids,
            symbol=symbol,
            timestamp=timestamp,
        )

        if d:
            note_extra("FuturesDepth", d)
        futures_depth.additional_properties = d
        return futures_depth

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
