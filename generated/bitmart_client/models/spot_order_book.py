from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpotOrderBook")


@_attrs_define
class SpotOrderBook:
    """
    Attributes:
        ts (str): Unix time in milliseconds, sent as a string.
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        asks (list[list[str]]): Sell orders, lowest price first.
        bids (list[list[str]]): Buy orders, highest price first.
    """

    ts: str
    symbol: str
    asks: list[list[str]]
    bids: list[list[str]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ts = self.ts

        symbol = self.symbol

        asks = []
        for asks_item_data in self.asks:
            asks_item = asks_item_data

            asks.append(asks_item)

        bids = []
        for bids_item_data in self.bids:
            bids_item = bids_item_data

            bids.append(bids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ts": ts,
                "symbol": symbol,
                "asks": asks,
                "bids": bids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ts = d.pop("ts")

        symbol = d.pop("symbol")

        asks = cast(list[list[str]], d.pop("asks"))

        bids = cast(list[list[str]], d.pop("bids"))

        spot_order_book = cls(
            ts=ts,
            symbol=symbol,
            asks=asks,
            bids=bids,
        )

        spot_order_book.additional_properties = d
        return spot_order_book

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
