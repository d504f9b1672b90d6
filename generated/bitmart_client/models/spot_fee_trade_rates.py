from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="SpotFeeTradeRates")


@_attrs_define
class SpotFeeTradeRates:
    """The rates the user pays on one trading pair.

    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        buy_taker_fee_rate (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        sell_taker_fee_rate (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        buy_maker_fee_rate (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
        sell_maker_fee_rate (str): A fee rate as a fraction (`0.001` = 0.1 %), possibly signed (a negative rate is a
            rebate).
    """

    symbol: str
    buy_taker_fee_rate: str
    sell_taker_fee_rate: str
    buy_maker_fee_rate: str
    sell_maker_fee_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        buy_taker_fee_rate = self.buy_taker_fee_rate

        sell_taker_fee_rate = self.sell_taker_fee_rate

        buy_maker_fee_rate = self.buy_maker_fee_rate

        sell_maker_fee_rate = self.sell_maker_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "buy_taker_fee_rate": buy_taker_fee_rate,
                "sell_taker_fee_rate": sell_taker_fee_rate,
                "buy_maker_fee_rate": buy_maker_fee_rate,
                "sell_maker_fee_rate": sell_maker_fee_rate,
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
            symbol = note("SpotFeeTradeRates", "symbol", "str", symbol)

        buy_taker_fee_rate = d.pop("buy_taker_fee_rate", UNSET)
        if buy_taker_fee_rate.__class__ is not str:
            buy_taker_fee_rate = note(
                "SpotFeeTradeRates", "buy_taker_fee_rate", "str", buy_taker_fee_rate
            )

        sell_taker_fee_rate = d.pop("sell_taker_fee_rate", UNSET)
        if sell_taker_fee_rate.__class__ is not str:
            sell_taker_fee_rate = note(
                "SpotFeeTradeRates", "sell_taker_fee_rate", "str", sell_taker_fee_rate
            )

        buy_maker_fee_rate = d.pop("buy_maker_fee_rate", UNSET)
        if buy_maker_fee_rate.__class__ is not str:
            buy_maker_fee_rate = note(
                "SpotFeeTradeRates", "buy_maker_fee_rate", "str", buy_maker_fee_rate
            )

        sell_maker_fee_rate = d.pop("sell_maker_fee_rate", UNSET)
        if sell_maker_fee_rate.__class__ is not str:
            sell_maker_fee_rate = note(
                "SpotFeeTradeRates", "sell_maker_fee_rate", "str", sell_maker_fee_rate
            )

        spot_fee_trade_rates = cls(
            symbol=symbol,
            buy_taker_fee_rate=buy_taker_fee_rate,
            sell_taker_fee_rate=sell_taker_fee_rate,
            buy_maker_fee_rate=buy_maker_fee_rate,
            sell_maker_fee_rate=sell_maker_fee_rate,
        )

        if d:
            note_extra("SpotFeeTradeRates", d)
        spot_fee_trade_rates.additional_properties = d
        return spot_fee_trade_rates

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
