from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_open_type import FuturesOpenType, check_futures_open_type
from ..models.futures_order_mode import FuturesOrderMode, check_futures_order_mode
from ..models.futures_order_side import FuturesOrderSide, check_futures_order_side
from ..models.futures_price_type import FuturesPriceType, check_futures_price_type
from ..models.futures_submit_order_type import (
    FuturesSubmitOrderType,
    check_futures_submit_order_type,
)
from ..models.futures_submit_stp_mode import (
    FuturesSubmitStpMode,
    check_futures_submit_stp_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesSubmitOrderRequest")


@_attrs_define
class FuturesSubmitOrderRequest:
    """A futures order. `price` is required when `type` is `limit` (the default); `leverage`
    and `open_type` are required when the order opens or adds to a position (side 1 or 4).

        Attributes:
            symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
            side (FuturesOrderSide): Order side; its meaning depends on the account's position mode.
                `hedge_mode`: 1 buy to open (or add to) a long, 2 buy to close a short, 3 sell to close
                a long, 4 sell to open (or add to) a short.
                `one_way_mode`: 1 buy, 2 buy reduce-only, 3 sell reduce-only, 4 sell (1 and 4 may
                open, add to or reduce the single net position).
            size (int): Order size in whole contracts (a JSON number, not a string).
            client_order_id (str | Unset): An id of the caller's choosing, 1 to 32 letters and digits, unique among the
                account's
                orders. Sending one makes placement safe to retry: the order can be looked up by it.
            type_ (FuturesSubmitOrderType | Unset): `limit` (the default; needs `price`) or `market`.
            leverage (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
            open_type (FuturesOpenType | Unset): Margin type: `cross` (the whole futures balance backs the position) or
                `isolated`
                (only the margin assigned to the position).
            mode (FuturesOrderMode | Unset): Time in force: 1 GTC (rests until filled or cancelled), 2 FOK (fills entirely
                at once
                or is cancelled), 3 IOC (fills what it can at once, the rest is cancelled), 4 Maker
                Only (post-only: never takes liquidity; limit orders only).
            price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
            preset_take_profit_price_type (FuturesPriceType | Unset): Which market price a trigger watches: 1 the last
                traded price (`last_price`), 2 the
                fair price (`fair_price`, BitMart's mark price).
            preset_stop_loss_price_type (FuturesPriceType | Unset): Which market price a trigger watches: 1 the last traded
                price (`last_price`), 2 the
                fair price (`fair_price`, BitMart's mark price).
            preset_take_profit_price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no
                precision is lost.
            preset_stop_loss_price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no
                precision is lost.
            stp_mode (FuturesSubmitStpMode | Unset): Self-trade prevention, applied when the order would trade against
                another order of the
                same account: 1 cancel the resting (maker) order (the default), 2 cancel this (taker)
                order, 3 cancel both.
    """

    symbol: str
    side: FuturesOrderSide
    size: int
    client_order_id: str | Unset = UNSET
    type_: FuturesSubmitOrderType | Unset = UNSET
    leverage: Decimal | Unset = UNSET
    open_type: FuturesOpenType | Unset = UNSET
    mode: FuturesOrderMode | Unset = UNSET
    price: Decimal | Unset = UNSET
    preset_take_profit_price_type: FuturesPriceType | Unset = UNSET
    preset_stop_loss_price_type: FuturesPriceType | Unset = UNSET
    preset_take_profit_price: Decimal | Unset = UNSET
    preset_stop_loss_price: Decimal | Unset = UNSET
    stp_mode: FuturesSubmitStpMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: int = self.side

        size = self.size

        client_order_id = self.client_order_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        leverage = decimal_text(self.leverage, self._sent_fields, "leverage")

        open_type: str | Unset = UNSET
        if not isinstance(self.open_type, Unset):
            open_type = self.open_type

        mode: int | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        price = decimal_text(self.price, self._sent_fields, "price")

        preset_take_profit_price_type: int | Unset = UNSET
        if not isinstance(self.preset_take_profit_price_type, Unset):
            preset_take_profit_price_type = self.preset_take_profit_price_type

        preset_stop_loss_price_type: int | Unset = UNSET
        if not isinstance(self.preset_stop_loss_price_type, Unset):
            preset_stop_loss_price_type = self.preset_stop_loss_price_type

        preset_take_profit_price = decimal_text(
            self.preset_take_profit_price, self._sent_fields, "preset_take_profit_price"
        )

        preset_stop_loss_price = decimal_text(
            self.preset_stop_loss_price, self._sent_fields, "preset_stop_loss_price"
        )

        stp_mode: int | Unset = UNSET
        if not isinstance(self.stp_mode, Unset):
            stp_mode = self.stp_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "size": size,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if open_type is not UNSET:
            field_dict["open_type"] = open_type
        if mode is not UNSET:
            field_dict["mode"] = mode
        if price is not UNSET:
            field_dict["price"] = price
        if preset_take_profit_price_type is not UNSET:
            field_dict["preset_take_profit_price_type"] = preset_take_profit_price_type
        if preset_stop_loss_price_type is not UNSET:
            field_dict["preset_stop_loss_price_type"] = preset_stop_loss_price_type
        if preset_take_profit_price is not UNSET:
            field_dict["preset_take_profit_price"] = preset_take_profit_price
        if preset_stop_loss_price is not UNSET:
            field_dict["preset_stop_loss_price"] = preset_stop_loss_price
        if stp_mode is not UNSET:
            field_dict["stp_mode"] = stp_mode
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
            symbol = note("FuturesSubmitOrderRequest", "symbol", "str", symbol)

        side: FuturesOrderSide
        _side = d.pop("side", UNSET)
        side = check_futures_order_side(_side, "FuturesSubmitOrderRequest", "side")

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = note("FuturesSubmitOrderRequest", "size", "int", size)

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str and client_order_id is not UNSET:
            client_order_id = note(
                "FuturesSubmitOrderRequest", "client_order_id", "str", client_order_id
            )

        type_: FuturesSubmitOrderType | Unset
        _type_ = d.pop("type", UNSET)
        type_ = (
            _type_
            if _type_ is UNSET
            else check_futures_submit_order_type(
                _type_, "FuturesSubmitOrderRequest", "type"
            )
        )

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note(
                    "FuturesSubmitOrderRequest", "leverage", "decimal", leverage
                )
        elif leverage is not UNSET:
            leverage = note(
                "FuturesSubmitOrderRequest", "leverage", "decimal", leverage
            )

        open_type: FuturesOpenType | Unset
        _open_type = d.pop("open_type", UNSET)
        open_type = (
            _open_type
            if _open_type is UNSET
            else check_futures_open_type(
                _open_type, "FuturesSubmitOrderRequest", "open_type"
            )
        )

        mode: FuturesOrderMode | Unset
        _mode = d.pop("mode", UNSET)
        mode = (
            _mode
            if _mode is UNSET
            else check_futures_order_mode(_mode, "FuturesSubmitOrderRequest", "mode")
        )

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price)
            except ArithmeticError:
                price = note("FuturesSubmitOrderRequest", "price", "decimal", price)
        elif price is not UNSET:
            price = note("FuturesSubmitOrderRequest", "price", "decimal", price)

        preset_take_profit_price_type: FuturesPriceType | Unset
        _preset_take_profit_price_type = d.pop("preset_take_profit_price_type", UNSET)
        preset_take_profit_price_type = (
            _preset_take_profit_price_type
            if _preset_take_profit_price_type is UNSET
            else check_futures_price_type(
                _preset_take_profit_price_type,
                "FuturesSubmitOrderRequest",
                "preset_take_profit_price_type",
            )
        )

        preset_stop_loss_price_type: FuturesPriceType | Unset
        _preset_stop_loss_price_type = d.pop("preset_stop_loss_price_type", UNSET)
        preset_stop_loss_price_type = (
            _preset_stop_loss_price_type
            if _preset_stop_loss_price_type is UNSET
            else check_futures_price_type(
                _preset_stop_loss_price_type,
                "FuturesSubmitOrderRequest",
                "preset_stop_loss_price_type",
            )
        )

        preset_take_profit_price = d.pop("preset_take_profit_price", UNSET)
        if preset_take_profit_price.__class__ is str:
            try:
                preset_take_profit_price = Decimal(preset_take_profit_price)
            except ArithmeticError:
                preset_take_profit_price = note(
                    "FuturesSubmitOrderRequest",
                    "preset_take_profit_price",
                    "decimal",
                    preset_take_profit_price,
                )
        elif preset_take_profit_price is not UNSET:
            preset_take_profit_price = note(
                "FuturesSubmitOrderRequest",
                "preset_take_profit_price",
                "decimal",
                preset_take_profit_price,
            )

        preset_stop_loss_price = d.pop("preset_stop_loss_price", UNSET)
        if preset_stop_loss_price.__class__ is str:
            try:
                preset_stop_loss_price = Decimal(preset_stop_loss_price)
            except ArithmeticError:
                preset_stop_loss_price = note(
                    "FuturesSubmitOrderRequest",
                    "preset_stop_loss_price",
                    "decimal",
                    preset_stop_loss_price,
                )
        elif preset_stop_loss_price is not UNSET:
            preset_stop_loss_price = note(
                "FuturesSubmitOrderRequest",
                "preset_stop_loss_price",
                "decimal",
                preset_stop_loss_price,
            )

        stp_mode: FuturesSubmitStpMode | Unset
        _stp_mode = d.pop("stp_mode", UNSET)
        stp_mode = (
            _stp_mode
            if _stp_mode is UNSET
            else check_futures_submit_stp_mode(
                _stp_mode, "FuturesSubmitOrderRequest", "stp_mode"
            )
        )

        futures_submit_order_request = cls(
            symbol=symbol,
            side=side,
            size=size,
            client_order_id=client_order_id,
            type_=type_,
            leverage=leverage,
            open_type=open_type,
            mode=mode,
            price=price,
            preset_take_profit_price_type=preset_take_profit_price_type,
            preset_stop_loss_price_type=preset_stop_loss_price_type,
            preset_take_profit_price=preset_take_profit_price,
            preset_stop_loss_price=preset_stop_loss_price,
            stp_mode=stp_mode,
        )
        futures_submit_order_request._sent_fields = src_dict

        if d:
            note_extra("FuturesSubmitOrderRequest", d)
        futures_submit_order_request.additional_properties = d
        return futures_submit_order_request

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
