from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.margin_currency_borrowing import MarginCurrencyBorrowing


T = TypeVar("T", bound="MarginPairBorrowing")


@_attrs_define
class MarginPairBorrowing:
    """The borrowing terms of one isolated-margin trading pair.

    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        max_leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        symbol_enabled (bool): Whether margin trading is open on this pair.
        base (MarginCurrencyBorrowing): The borrowing terms of one currency (the base or the quote) of a pair.
        quote (MarginCurrencyBorrowing): The borrowing terms of one currency (the base or the quote) of a pair.
    """

    symbol: str
    max_leverage: Decimal
    symbol_enabled: bool
    base: MarginCurrencyBorrowing
    quote: MarginCurrencyBorrowing
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        max_leverage = decimal_text(
            self.max_leverage, self._sent_fields, "max_leverage"
        )

        symbol_enabled = self.symbol_enabled

        base = plain(self.base)

        quote = plain(self.quote)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "max_leverage": max_leverage,
                "symbol_enabled": symbol_enabled,
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
        from ..models.margin_currency_borrowing import MarginCurrencyBorrowing

        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("MarginPairBorrowing", "symbol", "str", symbol)

        max_leverage = d.pop("max_leverage", UNSET)
        if max_leverage.__class__ is str:
            try:
                max_leverage = Decimal(max_leverage)
            except ArithmeticError:
                max_leverage = note(
                    "MarginPairBorrowing", "max_leverage", "decimal", max_leverage
                )
        else:
            max_leverage = note(
                "MarginPairBorrowing", "max_leverage", "decimal", max_leverage
            )

        symbol_enabled = d.pop("symbol_enabled", UNSET)
        if symbol_enabled.__class__ is not bool:
            symbol_enabled = note(
                "MarginPairBorrowing", "symbol_enabled", "bool", symbol_enabled
            )

        base: MarginCurrencyBorrowing
        _base = d.pop("base", UNSET)
        if _base.__class__ is dict:
            base = MarginCurrencyBorrowing.from_dict(_base)
        else:
            base = note("MarginPairBorrowing", "base", "object", _base)

        quote: MarginCurrencyBorrowing
        _quote = d.pop("quote", UNSET)
        if _quote.__class__ is dict:
            quote = MarginCurrencyBorrowing.from_dict(_quote)
        else:
            quote = note("MarginPairBorrowing", "quote", "object", _quote)

        margin_pair_borrowing = cls(
            symbol=symbol,
            max_leverage=max_leverage,
            symbol_enabled=symbol_enabled,
            base=base,
            quote=quote,
        )
        margin_pair_borrowing._sent_fields = src_dict

        if d:
            note_extra("MarginPairBorrowing", d)
        margin_pair_borrowing.additional_properties = d
        return margin_pair_borrowing

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
