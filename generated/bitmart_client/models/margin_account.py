from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.margin_account_asset import MarginAccountAsset


T = TypeVar("T", bound="MarginAccount")


@_attrs_define
class MarginAccount:
    """The isolated margin account of one trading pair.

    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        risk_rate (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        risk_level (str): Risk level as a numeric string: `1` low, `2` medium, `3` high.
        buy_enabled (bool): Whether buy orders are allowed.
        sell_enabled (bool): Whether sell orders are allowed.
        liquidate_price (None | str): A decimal number, possibly signed, sent as a JSON string; or `null`.
        liquidate_rate (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        base (MarginAccountAsset): One currency (the base or the quote) of an isolated margin account.
        quote (MarginAccountAsset): One currency (the base or the quote) of an isolated margin account.
    """

    symbol: str
    risk_rate: Decimal
    risk_level: str
    buy_enabled: bool
    sell_enabled: bool
    liquidate_price: None | str
    liquidate_rate: Decimal
    base: MarginAccountAsset
    quote: MarginAccountAsset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        risk_rate = decimal_text(self.risk_rate, self._sent_fields, "risk_rate")

        risk_level = self.risk_level

        buy_enabled = self.buy_enabled

        sell_enabled = self.sell_enabled

        liquidate_price: None | str
        liquidate_price = self.liquidate_price

        liquidate_rate = decimal_text(
            self.liquidate_rate, self._sent_fields, "liquidate_rate"
        )

        base = plain(self.base)

        quote = plain(self.quote)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "risk_rate": risk_rate,
                "risk_level": risk_level,
                "buy_enabled": buy_enabled,
                "sell_enabled": sell_enabled,
                "liquidate_price": liquidate_price,
                "liquidate_rate": liquidate_rate,
                "base": base,
                "quote": quote,
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
        from ..models.margin_account_asset import MarginAccountAsset

        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("MarginAccount", "symbol", "str", symbol)

        risk_rate = d.pop("risk_rate", UNSET)
        if risk_rate.__class__ is str:
            try:
                risk_rate = Decimal(risk_rate)
            except ArithmeticError:
                risk_rate = note("MarginAccount", "risk_rate", "decimal", risk_rate)
        else:
            risk_rate = note("MarginAccount", "risk_rate", "decimal", risk_rate)

        risk_level = d.pop("risk_level", UNSET)
        if risk_level.__class__ is not str:
            risk_level = note("MarginAccount", "risk_level", "str", risk_level)

        buy_enabled = d.pop("buy_enabled", UNSET)
        if buy_enabled.__class__ is not bool:
            buy_enabled = note("MarginAccount", "buy_enabled", "bool", buy_enabled)

        sell_enabled = d.pop("sell_enabled", UNSET)
        if sell_enabled.__class__ is not bool:
            sell_enabled = note("MarginAccount", "sell_enabled", "bool", sell_enabled)

        def _parse_liquidate_price(data: Any) -> Any:
            if data.__class__ is str:
                return data
            if data is None:
                return None
            return note("MarginAccount", "liquidate_price", "str|None", data)

        liquidate_price = d.pop("liquidate_price", UNSET)
        liquidate_price = _parse_liquidate_price(liquidate_price)

        liquidate_rate = d.pop("liquidate_rate", UNSET)
        if liquidate_rate.__class__ is str:
            try:
                liquidate_rate = Decimal(liquidate_rate)
            except ArithmeticError:
                liquidate_rate = note(
                    "MarginAccount", "liquidate_rate", "decimal", liquidate_rate
                )
        else:
            liquidate_rate = note(
                "MarginAccount", "liquidate_rate", "decimal", liquidate_rate
            )

        base: MarginAccountAsset
        _base = d.pop("base", UNSET)
        if _base.__class__ is dict:
            base = MarginAccountAsset.from_dict(_base)
        else:
            base = note("MarginAccount", "base", "object", _base)

        quote: MarginAccountAsset
        _quote = d.pop("quote", UNSET)
        if _quote.__class__ is dict:
            quote = MarginAccountAsset.from_dict(_quote)
        else:
            quote = note("MarginAccount", "quote", "object", _quote)

        margin_account = cls(
            symbol=symbol,
            risk_rate=risk_rate,
            risk_level=risk_level,
            buy_enabled=buy_enabled,
            sell_enabled=sell_enabled,
            liquidate_price=liquidate_price,
            liquidate_rate=liquidate_rate,
            base=base,
            quote=quote,
        )
        margin_account._sent_fields = src_dict

        if d:
            note_extra("MarginAccount", d)
        margin_account.additional_properties = d
        return margin_account

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
