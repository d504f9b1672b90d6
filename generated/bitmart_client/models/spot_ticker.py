from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="SpotTicker")


@_attrs_define
class SpotTicker:
    """
    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        last (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        v_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        qv_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        high_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        low_24h (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        fluctuation (Decimal): A decimal number, possibly signed, sent as a JSON string.
        bid_px (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        bid_sz (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        ask_px (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        ask_sz (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        ts (str): Unix time in milliseconds, sent as a string.
    """

    symbol: str
    last: Decimal
    v_24h: Decimal
    qv_24h: Decimal
    open_24h: Decimal
    high_24h: Decimal
    low_24h: Decimal
    fluctuation: Decimal
    bid_px: Decimal
    bid_sz: Decimal
    ask_px: Decimal
    ask_sz: Decimal
    ts: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        last = decimal_text(self.last, self._sent_fields, "last")

        v_24h = decimal_text(self.v_24h, self._sent_fields, "v_24h")

        qv_24h = decimal_text(self.qv_24h, self._sent_fields, "qv_24h")

        open_24h = decimal_text(self.open_24h, self._sent_fields, "open_24h")

        high_24h = decimal_text(self.high_24h, self._sent_fields, "high_24h")

        low_24h = decimal_text(self.low_24h, self._sent_fields, "low_24h")

        fluctuation = decimal_text(self.fluctuation, self._sent_fields, "fluctuation")

        bid_px = decimal_text(self.bid_px, self._sent_fields, "bid_px")

        bid_sz = decimal_text(self.bid_sz, self._sent_fields, "bid_sz")

        ask_px = decimal_text(self.ask_px, self._sent_fields, "ask_px")

        ask_sz = decimal_text(self.ask_sz, self._sent_fields, "ask_sz")

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
        if last.__class__ is str:
            try:
                last = Decimal(last)
            except ArithmeticError:
                last = note("SpotTicker", "last", "decimal", last)
        else:
            last = note("SpotTicker", "last", "decimal", last)

        v_24h = d.pop("v_24h", UNSET)
        if v_24h.__class__ is str:
            try:
                v_24h = Decimal(v_24h)
            except ArithmeticError:
                v_24h = note("SpotTicker", "v_24h", "decimal", v_24h)
        else:
            v_24h = note("SpotTicker", "v_24h", "decimal", v_24h)

        qv_24h = d.pop("qv_24h", UNSET)
        if qv_24h.__class__ is str:
            try:
                qv_24h = Decimal(qv_24h)
            except ArithmeticError:
                qv_24h = note("SpotTicker", "qv_24h", "decimal", qv_24h)
        else:
            qv_24h = note("SpotTicker", "qv_24h", "decimal", qv_24h)

        open_24h = d.pop("open_24h", UNSET)
        if open_24h.__class__ is str:
            try:
                open_24h = Decimal(open_24h)
            except ArithmeticError:
                open_24h = note("SpotTicker", "open_24h", "decimal", open_24h)
        else:
            open_24h = note("SpotTicker", "open_24h", "decimal", open_24h)

        high_24h = d.pop("high_24h", UNSET)
        if high_24h.__class__ is str:
            try:
                high_24h = Decimal(high_24h)
            except ArithmeticError:
                high_24h = note("SpotTicker", "high_24h", "decimal", high_24h)
        else:
            high_24h = note("SpotTicker", "high_24h", "decimal", high_24h)

        low_24h = d.pop("low_24h", UNSET)
        if low_24h.__class__ is str:
            try:
                low_24h = Decimal(low_24h)
            except ArithmeticError:
                low_24h = note("SpotTicker", "low_24h", "decimal", low_24h)
        else:
            low_24h = note("SpotTicker", "low_24h", "decimal", low_24h)

        fluctuation = d.pop("fluctuation", UNSET)
        if fluctuation.__class__ is str:
            try:
                fluctuation = Decimal(fluctuation)
            except ArithmeticError:
                fluctuation = note("SpotTicker", "fluctuation", "decimal", fluctuation)
        else:
            fluctuation = note("SpotTicker", "fluctuation", "decimal", fluctuation)

        bid_px = d.pop("bid_px", UNSET)
        if bid_px.__class__ is str:
            try:
                bid_px = Decimal(bid_px)
            except ArithmeticError:
                bid_px = note("SpotTicker", "bid_px", "decimal", bid_px)
        else:
            bid_px = note("SpotTicker", "bid_px", "decimal", bid_px)

        bid_sz = d.pop("bid_sz", UNSET)
        if bid_sz.__class__ is str:
            try:
                bid_sz = Decimal(bid_sz)
            except ArithmeticError:
                bid_sz = note("SpotTicker", "bid_sz", "decimal", bid_sz)
        else:
            bid_sz = note("SpotTicker", "bid_sz", "decimal", bid_sz)

        ask_px = d.pop("ask_px", UNSET)
        if ask_px.__class__ is str:
            try:
                ask_px = Decimal(ask_px)
            except ArithmeticError:
                ask_px = note("SpotTicker", "ask_px", "decimal", ask_px)
        else:
            ask_px = note("SpotTicker", "ask_px", "decimal", ask_px)

        ask_sz = d.pop("ask_sz", UNSET)
        if ask_sz.__class__ is str:
            try:
                ask_sz = Decimal(ask_sz)
            except ArithmeticError:
                ask_sz = note("SpotTicker", "ask_sz", "decimal", ask_sz)
        else:
            ask_sz = note("SpotTicker", "ask_sz", "decimal", ask_sz)

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
        spot_ticker._sent_fields = src_dict

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
