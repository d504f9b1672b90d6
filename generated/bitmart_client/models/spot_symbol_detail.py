from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.spot_symbol_detail_trade_status import (
    SpotSymbolDetailTradeStatus,
    check_spot_symbol_detail_trade_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotSymbolDetail")


@_attrs_define
class SpotSymbolDetail:
    """
    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        symbol_id (int): BitMart's numeric id of the pair.
        base_currency (str): Base currency, e.g. `BTC`.
        quote_currency (str): Quote currency, e.g. `USDT`.
        quote_increment (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        base_min_size (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        price_min_precision (int): Minimum number of decimal places of the price.
        price_max_precision (int): Maximum number of decimal places of the price.
        expiration (str): `NA` for pairs without expiry.
        min_buy_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        min_sell_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trade_status (SpotSymbolDetailTradeStatus): `trading`, or `pre-trade` before the pair opens.
        base_max_size (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        planned_down_time (str | Unset): Announced delisting time, empty when none is planned.
    """

    symbol: str
    symbol_id: int
    base_currency: str
    quote_currency: str
    quote_increment: Decimal
    base_min_size: Decimal
    price_min_precision: int
    price_max_precision: int
    expiration: str
    min_buy_amount: Decimal
    min_sell_amount: Decimal
    trade_status: SpotSymbolDetailTradeStatus
    base_max_size: Decimal | Unset = UNSET
    planned_down_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        symbol_id = self.symbol_id

        base_currency = self.base_currency

        quote_currency = self.quote_currency

        quote_increment = decimal_text(
            self.quote_increment, self._sent_fields, "quote_increment"
        )

        base_min_size = decimal_text(
            self.base_min_size, self._sent_fields, "base_min_size"
        )

        price_min_precision = self.price_min_precision

        price_max_precision = self.price_max_precision

        expiration = self.expiration

        min_buy_amount = decimal_text(
            self.min_buy_amount, self._sent_fields, "min_buy_amount"
        )

        min_sell_amount = decimal_text(
            self.min_sell_amount, self._sent_fields, "min_sell_amount"
        )

        trade_status: str = self.trade_status

        base_max_size = decimal_text(
            self.base_max_size, self._sent_fields, "base_max_size"
        )

        planned_down_time = self.planned_down_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "symbol_id": symbol_id,
                "base_currency": base_currency,
                "quote_currency": quote_currency,
                "quote_increment": quote_increment,
                "base_min_size": base_min_size,
                "price_min_precision": price_min_precision,
                "price_max_precision": price_max_precision,
                "expiration": expiration,
                "min_buy_amount": min_buy_amount,
                "min_sell_amount": min_sell_amount,
                "trade_status": trade_status,
            }
        )
        if base_max_size is not UNSET:
            field_dict["base_max_size"] = base_max_size
        if planned_down_time is not UNSET:
            field_dict["planned_down_time"] = planned_down_time
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
            symbol = note("SpotSymbolDetail", "symbol", "str", symbol)

        symbol_id = d.pop("symbol_id", UNSET)
        if symbol_id.__class__ is not int:
            symbol_id = note("SpotSymbolDetail", "symbol_id", "int", symbol_id)

        base_currency = d.pop("base_currency", UNSET)
        if base_currency.__class__ is not str:
            base_currency = note(
                "SpotSymbolDetail", "base_currency", "str", base_currency
            )

        quote_currency = d.pop("quote_currency", UNSET)
        if quote_currency.__class__ is not str:
            quote_currency = note(
                "SpotSymbolDetail", "quote_currency", "str", quote_currency
            )

        quote_increment = d.pop("quote_increment", UNSET)
        if quote_increment.__class__ is str:
            try:
                quote_increment = Decimal(quote_increment)
            except ArithmeticError:
                quote_increment = note(
                    "SpotSymbolDetail", "quote_increment", "decimal", quote_increment
                )
        else:
            quote_increment = note(
                "SpotSymbolDetail", "quote_increment", "decimal", quote_increment
            )

        base_min_size = d.pop("base_min_size", UNSET)
        if base_min_size.__class__ is str:
            try:
                base_min_size = Decimal(base_min_size)
            except ArithmeticError:
                base_min_size = note(
                    "SpotSymbolDetail", "base_min_size", "decimal", base_min_size
                )
        else:
            base_min_size = note(
                "SpotSymbolDetail", "base_min_size", "decimal", base_min_size
            )

        price_min_precision = d.pop("price_min_precision", UNSET)
        if price_min_precision.__class__ is not int:
            price_min_precision = note(
                "SpotSymbolDetail", "price_min_precision", "int", price_min_precision
            )

        price_max_precision = d.pop("price_max_precision", UNSET)
        if price_max_precision.__class__ is not int:
            price_max_precision = note(
                "SpotSymbolDetail", "price_max_precision", "int", price_max_precision
            )

        expiration = d.pop("expiration", UNSET)
        if expiration.__class__ is not str:
            expiration = note("SpotSymbolDetail", "expiration", "str", expiration)

        min_buy_amount = d.pop("min_buy_amount", UNSET)
        if min_buy_amount.__class__ is str:
            try:
                min_buy_amount = Decimal(min_buy_amount)
            except ArithmeticError:
                min_buy_amount = note(
                    "SpotSymbolDetail", "min_buy_amount", "decimal", min_buy_amount
                )
        else:
            min_buy_amount = note(
                "SpotSymbolDetail", "min_buy_amount", "decimal", min_buy_amount
            )

        min_sell_amount = d.pop("min_sell_amount", UNSET)
        if min_sell_amount.__class__ is str:
            try:
                min_sell_amount = Decimal(min_sell_amount)
            except ArithmeticError:
                min_sell_amount = note(
                    "SpotSymbolDetail", "min_sell_amount", "decimal", min_sell_amount
                )
        else:
            min_sell_amount = note(
                "SpotSymbolDetail", "min_sell_amount", "decimal", min_sell_amount
            )

        trade_status: SpotSymbolDetailTradeStatus
        _trade_status = d.pop("trade_status", UNSET)
        trade_status = check_spot_symbol_detail_trade_status(
            _trade_status, "SpotSymbolDetail", "trade_status"
        )

        base_max_size = d.pop("base_max_size", UNSET)
        if base_max_size.__class__ is str:
            try:
                base_max_size = Decimal(base_max_size)
            except ArithmeticError:
                base_max_size = note(
                    "SpotSymbolDetail", "base_max_size", "decimal", base_max_size
                )
        elif base_max_size is not UNSET:
            base_max_size = note(
                "SpotSymbolDetail", "base_max_size", "decimal", base_max_size
            )

        planned_down_time = d.pop("planned_down_time", UNSET)
        if planned_down_time.__class__ is not str and planned_down_time is not UNSET:
            planned_down_time = note(
                "SpotSymbolDetail", "planned_down_time", "str", planned_down_time
            )

        spot_symbol_detail = cls(
            symbol=symbol,
            symbol_id=symbol_id,
            base_currency=base_currency,
            quote_currency=quote_currency,
            quote_increment=quote_increment,
            base_min_size=base_min_size,
            price_min_precision=price_min_precision,
            price_max_precision=price_max_precision,
            expiration=expiration,
            min_buy_amount=min_buy_amount,
            min_sell_amount=min_sell_amount,
            trade_status=trade_status,
            base_max_size=base_max_size,
            planned_down_time=planned_down_time,
        )
        spot_symbol_detail._sent_fields = src_dict

        if d:
            note_extra("SpotSymbolDetail", d)
        spot_symbol_detail.additional_properties = d
        return spot_symbol_detail

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
