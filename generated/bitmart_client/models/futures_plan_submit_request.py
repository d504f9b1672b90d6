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
from ..models.futures_plan_category import (
    FuturesPlanCategory,
    check_futures_plan_category,
)
from ..models.futures_plan_price_way import (
    FuturesPlanPriceWay,
    check_futures_plan_price_way,
)
from ..models.futures_plan_type import FuturesPlanType, check_futures_plan_type
from ..models.futures_price_type import FuturesPriceType, check_futures_price_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesPlanSubmitRequest")


@_attrs_define
class FuturesPlanSubmitRequest:
    """A plan (trigger) order. `executive_price` is required when `type` is `limit` (the default).

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
        size (int): Size of the order placed when the plan fires, in whole contracts.
        trigger_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        price_way (FuturesPlanPriceWay): Direction of the trigger: 1 (`price_way_long`, bullish) fires when the watched
            price
            rises to or above `trigger_price`; 2 (`price_way_short`, bearish) when it falls to or
            below it.
        price_type (FuturesPriceType): Which market price a trigger watches: 1 the last traded price (`last_price`), 2
            the
            fair price (`fair_price`, BitMart's mark price).
        type_ (FuturesPlanType | Unset): What the plan places when it fires: `limit` (the default, at
            `executive_price`),
            `market`, or a closing `take_profit` / `stop_loss` (see `plan_category`).
        mode (FuturesOrderMode | Unset): Time in force: 1 GTC (rests until filled or cancelled), 2 FOK (fills entirely
            at once
            or is cancelled), 3 IOC (fills what it can at once, the rest is cancelled), 4 Maker
            Only (post-only: never takes liquidity; limit orders only).
        executive_price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        plan_category (FuturesPlanCategory | Unset): Kind of take-profit/stop-loss: 1 a TP/SL order for a given number
            of contracts, 2 a
            position TP/SL that covers the whole position.
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
    """

    symbol: str
    side: FuturesOrderSide
    leverage: Decimal
    open_type: FuturesOpenType
    size: int
    trigger_price: Decimal
    price_way: FuturesPlanPriceWay
    price_type: FuturesPriceType
    type_: FuturesPlanType | Unset = UNSET
    mode: FuturesOrderMode | Unset = UNSET
    executive_price: Decimal | Unset = UNSET
    plan_category: FuturesPlanCategory | Unset = UNSET
    preset_take_profit_price_type: FuturesPriceType | Unset = UNSET
    preset_stop_loss_price_type: FuturesPriceType | Unset = UNSET
    preset_take_profit_price: Decimal | Unset = UNSET
    preset_stop_loss_price: Decimal | Unset = UNSET
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

        trigger_price = decimal_text(
            self.trigger_price, self._sent_fields, "trigger_price"
        )

        price_way: int = self.price_way

        price_type: int = self.price_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        mode: int | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        executive_price = decimal_text(
            self.executive_price, self._sent_fields, "executive_price"
        )

        plan_category: int | Unset = UNSET
        if not isinstance(self.plan_category, Unset):
            plan_category = self.plan_category

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "leverage": leverage,
                "open_type": open_type,
                "size": size,
                "trigger_price": trigger_price,
                "price_way": price_way,
                "price_type": price_type,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mode is not UNSET:
            field_dict["mode"] = mode
        if executive_price is not UNSET:
            field_dict["executive_price"] = executive_price
        if plan_category is not UNSET:
            field_dict["plan_category"] = plan_category
        if preset_take_profit_price_type is not UNSET:
            field_dict["preset_take_profit_price_type"] = preset_take_profit_price_type
        if preset_stop_loss_price_type is not UNSET:
            field_dict["preset_stop_loss_price_type"] = preset_stop_loss_price_type
        if preset_take_profit_price is not UNSET:
            field_dict["preset_take_profit_price"] = preset_take_profit_price
        if preset_stop_loss_price is not UNSET:
            field_dict["preset_stop_loss_price"] = preset_stop_loss_price
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
            symbol = note("FuturesPlanSubmitRequest", "symbol", "str", symbol)

        side: FuturesOrderSide
        _side = d.pop("side", UNSET)
        side = check_futures_order_side(_side, "FuturesPlanSubmitRequest", "side")

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note(
                    "FuturesPlanSubmitRequest", "leverage", "decimal", leverage
                )
        else:
            leverage = note("FuturesPlanSubmitRequest", "leverage", "decimal", leverage)

        open_type: FuturesOpenType
        _open_type = d.pop("open_type", UNSET)
        open_type = check_futures_open_type(
            _open_type, "FuturesPlanSubmitRequest", "open_type"
        )

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = note("FuturesPlanSubmitRequest", "size", "int", size)

        trigger_price = d.pop("trigger_price", UNSET)
        if trigger_price.__class__ is str:
            try:
                trigger_price = Decimal(trigger_price)
            except ArithmeticError:
                trigger_price = note(
                    "FuturesPlanSubmitRequest",
                    "trigger_price",
                    "decimal",
                    trigger_price,
                )
        else:
            trigger_price = note(
                "FuturesPlanSubmitRequest", "trigger_price", "decimal", trigger_price
            )

        price_way: FuturesPlanPriceWay
        _price_way = d.pop("price_way", UNSET)
        price_way = check_futures_plan_price_way(
            _price_way, "FuturesPlanSubmitRequest", "price_way"
        )

        price_type: FuturesPriceType
        _price_type = d.pop("price_type", UNSET)
        price_type = check_futures_price_type(
            _price_type, "FuturesPlanSubmitRequest", "price_type"
        )

        type_: FuturesPlanType | Unset
        _type_ = d.pop("type", UNSET)
        type_ = (
            _type_
            if _type_ is UNSET
            else check_futures_plan_type(_type_, "FuturesPlanSubmitRequest", "type")
        )

        mode: FuturesOrderMode | Unset
        _mode = d.pop("mode", UNSET)
        mode = (
            _mode
            if _mode is UNSET
            else check_futures_order_mode(_mode, "FuturesPlanSubmitRequest", "mode")
        )

        executive_price = d.pop("executive_price", UNSET)
        if executive_price.__class__ is str:
            try:
                executive_price = Decimal(executive_price)
            except ArithmeticError:
                executive_price = note(
                    "FuturesPlanSubmitRequest",
                    "executive_price",
                    "decimal",
                    executive_price,
                )
        elif executive_price is not UNSET:
            executive_price = note(
                "FuturesPlanSubmitRequest",
                "executive_price",
                "decimal",
                executive_price,
            )

        plan_category: FuturesPlanCategory | Unset
        _plan_category = d.pop("plan_category", UNSET)
        plan_category = (
            _plan_category
            if _plan_category is UNSET
            else check_futures_plan_category(
                _plan_category, "FuturesPlanSubmitRequest", "plan_category"
            )
        )

        preset_take_profit_price_type: FuturesPriceType | Unset
        _preset_take_profit_price_type = d.pop("preset_take_profit_price_type", UNSET)
        preset_take_profit_price_type = (
            _preset_take_profit_price_type
            if _preset_take_profit_price_type is UNSET
            else check_futures_price_type(
                _preset_take_profit_price_type,
                "FuturesPlanSubmitRequest",
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
                "FuturesPlanSubmitRequest",
                "preset_stop_loss_price_type",
            )
        )

        preset_take_profit_price = d.pop("preset_take_profit_price", UNSET)
        if preset_take_profit_price.__class__ is str:
            try:
                preset_take_profit_price = Decimal(preset_take_profit_price)
            except ArithmeticError:
                preset_take_profit_price = note(
                    "FuturesPlanSubmitRequest",
                    "preset_take_profit_price",
                    "decimal",
                    preset_take_profit_price,
                )
        elif preset_take_profit_price is not UNSET:
            preset_take_profit_price = note(
                "FuturesPlanSubmitRequest",
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
                    "FuturesPlanSubmitRequest",
                    "preset_stop_loss_price",
                    "decimal",
                    preset_stop_loss_price,
                )
        elif preset_stop_loss_price is not UNSET:
            preset_stop_loss_price = note(
                "FuturesPlanSubmitRequest",
                "preset_stop_loss_price",
                "decimal",
                preset_stop_loss_price,
            )

        futures_plan_submit_request = cls(
            symbol=symbol,
            side=side,
            leverage=leverage,
            open_type=open_type,
            size=size,
            trigger_price=trigger_price,
            price_way=price_way,
            price_type=price_type,
            type_=type_,
            mode=mode,
            executive_price=executive_price,
            plan_category=plan_category,
            preset_take_profit_price_type=preset_take_profit_price_type,
            preset_stop_loss_price_type=preset_stop_loss_price_type,
            preset_take_profit_price=preset_take_profit_price,
            preset_stop_loss_price=preset_stop_loss_price,
        )
        futures_plan_submit_request._sent_fields = src_dict

        if d:
            note_extra("FuturesPlanSubmitRequest", d)
        futures_plan_submit_request.additional_properties = d
        return futures_plan_submit_request

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
