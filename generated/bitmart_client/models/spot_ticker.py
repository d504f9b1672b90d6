from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="SpotTicker")


@_attrs_define
class SpotTicker:
    """
    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        last (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        v_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        qv_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        high_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        low_24h (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        fluctuation (str): A decimal number, possibly signed, sent as a JSON string.
        bid_px (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        bid_sz (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        ask_px (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        ask_sz (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        ts (str): Unix time in milliseconds, sent as a string.
    """

    symbol: str
    last: str
    v_24h: str
    qv_24h: str
    open_24h: str
    high_24h: str
    low_24h: str
    fluctuation: str
    bid_px: str
    bid_sz: str
    ask_px: str
    ask_sz: str
    ts: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        last = self.last

        v_24h = self.v_24h

        qv_24h = self.qv_24h

        open_24h = self.open_24h

        high_24h = self.high_24h

        low_24h = self.low_24h

        fluctuation = self.fluctuation

        bid_px = self.bid_px

        bid_sz = self.bid_sz

        ask_px = self.ask_px

        ask_sz = self.ask_sz

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "last": last,
                "v_24h": v_24h,
                "qv_24h": qv_24h,
                "open_24h": open_24h,
                "high_24h": high_24h,
                "low_24h": low_24h,
                "fluctuation": fluctuation,
                "bid_px": bid_px,
                "bid_sz": bid_sz,
                "ask_px": ask_px,
                "ask_sz": ask_sz,
                "ts": ts,
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
            symbol = note("SpotTicker", "symbol", "str", symbol)

        last = d.pop("last", UNSET)
        if last.__class__ is not str:
            last = note("SpotTicker", "last", "str", last)

        v_24h = d.pop("v_24h", UNSET)
        if v_24h.__class__ is not str:
            v_24h = note("SpotTicker", "v_24h", "str", v_24h)

        qv_24h = d.pop("qv_24h", UNSET)
        if qv_24h.__class__ is not str:
            qv_24h = note("SpotTicker", "qv_24h", "str", qv_24h)

        open_24h = d.pop("open_24h", UNSET)
        if open_24h.__class__ is not str:
            open_24h = note("SpotTicker", "open_24h", "str", open_24h)

        high_24h = d.pop("high_24h", UNSET)
        if high_24h.__class__ is not str:
            high_24h = note("SpotTicker", "high_24h", "str", high_24h)

        low_24h = d.pop("low_24h", UNSET)
        if low_24h.__class__ is not str:
            low_24h = note("SpotTicker", "low_24h", "str", low_24h)

        fluctuation = d.pop("fluctuation", UNSET)
        if fluctuation.__class__ is not str:
            fluctuation = note("SpotTicker", "fluctuation", "str", fluctuation)

        bid_px = d.pop("bid_px", UNSET)
        if bid_px.__class__ is not str:
            bid_px = note("SpotTicker", "bid_px", "str", bid_px)

        bid_sz = d.pop("bid_sz", UNSET)
        if bid_sz.__class__ is not str:
            bid_sz = note("SpotTicker", "bid_sz", "str", bid_sz)

        ask_px = d.pop("ask_px", UNSET)
        if ask_px.__class__ is not str:
            ask_px = note("SpotTicker", "ask_px", "str", ask_px)

        ask_sz = d.pop("ask_sz", UNSET)
        if ask_sz.__class__ is not str:
            ask_sz = note("SpotTicker", "ask_sz", "str", ask_sz)

        ts = d.pop("ts", UNSET)
        if ts.__class__ is not str:
            ts = note("SpotTicker", "ts", "str", ts)

        spot_ticker = cls(
            symbol=symbol,
            last=last,
            v_24h=v_24h,
            qv_24h=qv_24h,
            open_24h=open_24h,
            high_24h=high_24h,
            low_24h=low_24h,
            fluctuation=fluctuation,
            bid_px=bid_px,
            bid_sz=bid_sz,
            ask_px=ask_px,
            ask_sz=ask_sz,
            ts=ts,
        )

        if d:
            note_extra("SpotTicker", d)
        spot_ticker.additional_properties = d
        return spot_ticker

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
