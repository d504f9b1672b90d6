from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

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

        asks = plain(self.asks)

        bids = plain(self.bids)

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
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ts = d.pop("ts", UNSET)
        if ts.__class__ is not str:
            ts = note("SpotOrderBook", "ts", "str", ts)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("SpotOrderBook", "symbol", "str", symbol)

        asks: list[list[str]]
        _asks = d.pop("asks", UNSET)
        if _asks.__class__ is list:
            asks = cast(list[list[str]], _asks)

        else:
            asks = note("SpotOrderBook", "asks", "array", _asks)

        bids: list[list[str]]
        _bids = d.pop("bids", UNSET)
        if _bids.__class__ is list:
            bids = cast(list[list[str]], _bids)

        else:
            bids = note("SpotOrderBook", "bids", "array", _bids)

        spot_order_book = cls(
            ts=ts,
            symbol=symbol,
            asks=asks,
            bids=bids,
        )

        if d:
            note_extra("SpotOrderBook", d)
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
