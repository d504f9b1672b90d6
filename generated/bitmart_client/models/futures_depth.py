from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            asks = []
            for asks_type_0_item_data in self.asks:
                asks_type_0_item = asks_type_0_item_data

                asks.append(asks_type_0_item)

        else:
            asks = self.asks

        bids: list[list[str]] | None
        if isinstance(self.bids, list):
            bids = []
            for bids_type_0_item_data in self.bids:
                bids_type_0_item = bids_type_0_item_data

                bids.append(bids_type_0_item)

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_asks(data: object) -> list[list[str]] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                asks_type_0 = cast(list[list[str]], data)

                return asks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None, data)

        asks = _parse_asks(d.pop("asks"))

        def _parse_bids(data: object) -> list[list[str]] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bids_type_0 = cast(list[list[str]], data)

                return bids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None, data)

        bids = _parse_bids(d.pop("bids"))

        symbol = d.pop("symbol")

        timestamp = d.pop("timestamp")

        futures_depth = cls(
            asks=asks,
            bids=bids,
            symbol=symbol,
            timestamp=timestamp,
        )

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
