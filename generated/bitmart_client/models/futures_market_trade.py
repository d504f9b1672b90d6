from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesMarketTrade")


@_attrs_define
class FuturesMarketTrade:
    """One public trade.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        qty (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        quote_qty (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        time (int): Unix time in seconds.
        is_buyer_maker (bool): True when the buyer was the maker, i.e. the taker sold.
    """

    symbol: str
    price: Decimal
    qty: Decimal
    quote_qty: Decimal
    time: int
    is_buyer_maker: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        price = decimal_text(self.price, self._sent_fields, "price")

        qty = decimal_text(self.qty, self._sent_fields, "qty")

        quote_qty = decimal_text(self.quote_qty, self._sent_fields, "quote_qty")

        time = self.time

        is_buyer_maker = self.is_buyer_maker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "price": price,
                "qty": qty,
                "quote_qty": quote_qty,
                "time": time,
                "is_buyer_maker": is_buyer_maker,
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
            symbol = note("FuturesMarketTrade", "symbol", "str", symbol)

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price)
            except ArithmeticError:
                price = note("FuturesMarketTrade", "price", "decimal", price)
        else:
            price = note("FuturesMarketTrade", "price", "decimal", price)

        qty = d.pop("qty", UNSET)
        if qty.__class__ is str:
            try:
                qty = Decimal(qty)
            except ArithmeticError:
                qty = note("FuturesMarketTrade", "qty", "decimal", qty)
        else:
            qty = note("FuturesMarketTrade", "qty", "decimal", qty)

        quote_qty = d.pop("quote_qty", UNSET)
        if quote_qty.__class__ is str:
            try:
                quote_qty = Decimal(quote_qty)
            except ArithmeticError:
                quote_qty = note(
                    "FuturesMarketTrade", "quote_qty", "decimal", quote_qty
                )
        else:
            quote_qty = note("FuturesMarketTrade", "quote_qty", "decimal", quote_qty)

        time = d.pop("time", UNSET)
        if time.__class__ is not int:
            time = note("FuturesMarketTrade", "time", "int", time)

        is_buyer_maker = d.pop("is_buyer_maker", UNSET)
        if is_buyer_maker.__class__ is not bool:
            is_buyer_maker = note(
                "FuturesMarketTrade", "is_buyer_maker", "bool", is_buyer_maker
            )

        futures_market_trade = cls(
            symbol=symbol,
            price=price,
            qty=qty,
            quote_qty=quote_qty,
            time=time,
            is_buyer_maker=is_buyer_maker,
        )
        futures_market_trade._sent_fields = src_dict

        if d:
            note_extra("FuturesMarketTrade", d)
        futures_market_trade.additional_properties = d
        return futures_market_trade

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
