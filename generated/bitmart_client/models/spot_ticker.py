from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        last = d.pop("last")

        v_24h = d.pop("v_24h")

        qv_24h = d.pop("qv_24h")

        open_24h = d.pop("open_24h")

        high_24h = d.pop("high_24h")

        low_24h = d.pop("low_24h")

        fluctuation = d.pop("fluctuation")

        bid_px = d.pop("bid_px")

        bid_sz = d.pop("bid_sz")

        ask_px = d.pop("ask_px")

        ask_sz = d.pop("ask_sz")

        ts = d.pop("ts")

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
