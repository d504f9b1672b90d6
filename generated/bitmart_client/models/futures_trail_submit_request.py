from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_open_type import FuturesOpenType, check_futures_open_type
from ..models.futures_order_side import FuturesOrderSide, check_futures_order_side
from ..models.futures_price_type import FuturesPriceType, check_futures_price_type
from ..types import UNSET

T = TypeVar("T", bound="FuturesTrailSubmitRequest")


@_attrs_define
class FuturesTrailSubmitRequest:
    """A trailing stop order.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        side (FuturesOrderSide): Order side; its meaning depends on the account's position mode.
            `hedge_mode`: 1 buy to open (or add to) a long, 2 buy to close a short, 3 sell to close
            a long, 4 sell to open (or add to) a short.
            `one_way_mode`: 1 buy, 2 buy reduce-only, 3 sell reduce-only, 4 sell (1 and 4 may
            open, add to or reduce the single net position).
        leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_type (FuturesOpenType): Margin type: `cross` (the whole futures balance backs the position) or `isolated`
            (only the margin assigned to the position).
        size (int): Size of the market order placed when the trail fires, in whole contracts.
        activation_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        callback_rate (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        activation_price_type (FuturesPriceType): Which market price a trigger watches: 1 the last traded price
            (`last_price`), 2 the
            fair price (`fair_price`, BitMart's mark price).
    """

    symbol: str
    side: FuturesOrderSide
    leverage: Decimal
    open_type: FuturesOpenType
    size: int
    activation_price: Decimal
    callback_rate: Decimal
    activation_price_type: FuturesPriceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: int = self.side

        leverage = decimal_text(self.leverage, self._sent_fields, "leverage")

        open_type: str = self.open_type

        size = self.size

        activation_price = decimal_text(
            self.activation_price, self._sent_fields, "activation_price"
        )

        callback_rate = decimal_text(
            self.callback_rate, self._sent_fields, "callback_rate"
        )

        activation_price_type: int = self.activation_price_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "leverage": leverage,
                "open_type": open_type,
                "size": size,
                "activation_price": activation_price,
                "callback_rate": callback_rate,
                "activation_price_type": activation_price_type,
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
            symbol = note("FuturesTrailSubmitRequest", "symbol", "str", symbol)

        side: FuturesOrderSide
        _side = d.pop("side", UNSET)
        side = check_futures_order_side(_side, "FuturesTrailSubmitRequest", "side")

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note(
                    "FuturesTrailSubmitRequest", "leverage", "decimal", leverage
                )
        else:
            leverage = note(
                "FuturesTrailSubmitRequest", "leverage", "decimal", leverage
            )

        open_type: FuturesOpenType
        _open_type = d.pop("open_type", UNSET)
        open_type = check_futures_open_type(
            _open_type, "FuturesTrailSubmitRequest", "open_type"
        )

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = note("FuturesTrailSubmitRequest", "size", "int", size)

        activation_price = d.pop("activation_price", UNSET)
        if activation_price.__class__ is str:
            try:
                activation_price = Decimal(activation_price)
            except ArithmeticError:
                activation_price = note(
                    "FuturesTrailSubmitRequest",
                    "activation_price",
                    "decimal",
                    activation_price,
                )
        else:
            activation_price = note(
                "FuturesTrailSubmitRequest",
                "activation_price",
                "decimal",
                activation_price,
            )

        callback_rate = d.pop("callback_rate", UNSET)
        if callback_rate.__class__ is str:
            try:
                callback_rate = Decimal(callback_rate)
            except ArithmeticError:
                callback_rate = note(
                    "FuturesTrailSubmitRequest",
                    "callback_rate",
                    "decimal",
                    callback_rate,
                )
        else:
            callback_rate = note(
                "FuturesTrailSubmitRequest", "callback_rate", "decimal", callback_rate
            )

        activation_price_type: FuturesPriceType
        _activation_price_type = d.pop("activation_price_type", UNSET)
        activation_price_type = check_futures_price_type(
            _activation_price_type, "FuturesTrailSubmitRequest", "activation_price_type"
        )

        futures_trail_submit_request = cls(
            symbol=symbol,
            side=side,
            leverage=leverage,
            open_type=open_type,
            size=size,
            activation_price=activation_price,
            callback_rate=callback_rate,
            activation_price_type=activation_price_type,
        )
        futures_trail_submit_request._sent_fields = src_dict

        if d:
            note_extra("FuturesTrailSubmitRequest", d)
        futures_trail_submit_request.additional_properties = d
        return futures_trail_submit_request

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
