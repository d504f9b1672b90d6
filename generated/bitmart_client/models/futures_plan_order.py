from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_order_open_type import (
    FuturesOrderOpenType,
    check_futures_order_open_type,
)
from ..models.futures_order_price_type import (
    FuturesOrderPriceType,
    check_futures_order_price_type,
)
from ..models.futures_order_side_code import (
    FuturesOrderSideCode,
    check_futures_order_side_code,
)
from ..models.futures_plan_order_category import (
    FuturesPlanOrderCategory,
    check_futures_plan_order_category,
)
from ..models.futures_plan_order_mode import (
    FuturesPlanOrderMode,
    check_futures_plan_order_mode,
)
from ..models.futures_plan_order_price_way import (
    FuturesPlanOrderPriceWay,
    check_futures_plan_order_price_way,
)
from ..models.futures_plan_order_state_code import (
    FuturesPlanOrderStateCode,
)
from ..models.futures_plan_order_trigger_price_type import (
    FuturesPlanOrderTriggerPriceType,
    check_futures_plan_order_trigger_price_type,
)
from ..models.futures_plan_order_type import (
    FuturesPlanOrderType,
    check_futures_plan_order_type,
)
from ..models.futures_position_mode_name import (
    FuturesPositionModeName,
    check_futures_position_mode_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesPlanOrder")


@_attrs_define
class FuturesPlanOrder:
    """A plan (trigger) order or TP/SL order waiting for its trigger.

    Attributes:
        order_id (str): BitMart's id of a futures order, a string of digits.
        client_order_id (str): The id given by the caller at placement, or an empty string.
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        side (FuturesOrderSideCode): Order direction, an integer whose meaning depends on the position mode. Hedge mode:
            1 buy to open long, 2 buy to close short, 3 sell to close long, 4 sell to open short.
            One-way mode: 1 buy, 2 buy reduce-only, 3 sell reduce-only, 4 sell.
        type_ (FuturesPlanOrderType): Kind of pending order: `plan`, `take_profit` or `stop_loss` per the documentation;
            BitMart's skills example shows the execution type (`market`) instead, so `limit` and
            `market` are accepted too.
        leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_type (FuturesOrderOpenType): Margin mode of the order or position, lower case.
        size (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        executive_price (str): The price a plan order executes at once triggered: a decimal string for a limit
            execution, or the word `Market` for execution at market.
        trigger_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        price_way (FuturesPlanOrderPriceWay): Trigger direction, an integer. 1 fires when the price rises to the
            trigger, 2 when it falls to it.
        price_type (FuturesPlanOrderTriggerPriceType): Price the trigger watches, an integer. 1 last price, 2 fair
            (mark) price.
        state (FuturesPlanOrderStateCode | str): Status; an integer per the documentation, text in BitMart's skills
            example.
        mode (FuturesPlanOrderMode): Time in force of the order created when the plan fires, an integer. 1 GTC, 2 FOK, 3
            IOC, 4 maker only.
        create_time (int): Unix time in milliseconds.
        update_time (int): Unix time in milliseconds.
        plan_category (FuturesPlanOrderCategory | Unset): TP/SL scope, an integer. 1 TP/SL for a given size, 2 position
            TP/SL (the whole position).
        position_mode (FuturesPositionModeName | Unset): `hedge_mode`: a long and a short position can be held side by
            side on a contract.
            `one_way_mode`: one net position per contract.
        preset_take_profit_price_type (FuturesOrderPriceType | Unset): Which price a trigger watches, an integer. 0 not
            set, 1 last price, 2 fair (mark) price.
        preset_stop_loss_price_type (FuturesOrderPriceType | Unset): Which price a trigger watches, an integer. 0 not
            set, 1 last price, 2 fair (mark) price.
        preset_take_profit_price (Decimal | None | Unset): A non-negative decimal string, or the empty string when
            BitMart has no value.
        preset_stop_loss_price (Decimal | None | Unset): A non-negative decimal string, or the empty string when BitMart
            has no value.
    """

    order_id: str
    client_order_id: str
    symbol: str
    side: FuturesOrderSideCode
    type_: FuturesPlanOrderType
    leverage: Decimal
    open_type: FuturesOrderOpenType
    size: Decimal
    executive_price: str
    trigger_price: Decimal
    price_way: FuturesPlanOrderPriceWay
    price_type: FuturesPlanOrderTriggerPriceType
    state: FuturesPlanOrderStateCode | str
    mode: FuturesPlanOrderMode
    create_time: int
    update_time: int
    plan_category: FuturesPlanOrderCategory | Unset = UNSET
    position_mode: FuturesPositionModeName | Unset = UNSET
    preset_take_profit_price_type: FuturesOrderPriceType | Unset = UNSET
    preset_stop_loss_price_type: FuturesOrderPriceType | Unset = UNSET
    preset_take_profit_price: Decimal | None | Unset = UNSET
    preset_stop_loss_price: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        symbol = self.symbol

        side: int = self.side

        type_: str = self.type_

        leverage = decimal_text(self.leverage, self._sent_fields, "leverage")

        open_type: str = self.open_type

        size = decimal_text(self.size, self._sent_fields, "size")

        executive_price = self.executive_price

        trigger_price = decimal_text(
            self.trigger_price, self._sent_fields, "trigger_price"
        )

        price_way: int = self.price_way

        price_type: int = self.price_type

        state: int | str
        if isinstance(self.state, int):
            state = self.state
        else:
            state = self.state

        mode: int = self.mode

        create_time = self.create_time

        update_time = self.update_time

        plan_category: int | Unset = UNSET
        if not isinstance(self.plan_category, Unset):
            plan_category = self.plan_category

        position_mode: str | Unset = UNSET
        if not isinstance(self.position_mode, Unset):
            position_mode = self.position_mode

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
                "order_id": order_id,
                "client_order_id": client_order_id,
                "symbol": symbol,
                "side": side,
                "type": type_,
                "leverage": leverage,
                "open_type": open_type,
                "size": size,
                "executive_price": executive_price,
                "trigger_price": trigger_price,
                "price_way": price_way,
                "price_type": price_type,
                "state": state,
                "mode": mode,
                "create_time": create_time,
                "update_time": update_time,
            }
        )
        if plan_category is not UNSET:
            field_dict["plan_category"] = plan_category
        if position_mode is not UNSET:
            field_dict["position_mode"] = position_mode
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
        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str:
            order_id = note("FuturesPlanOrder", "order_id", "str", order_id)

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str:
            client_order_id = note(
                "FuturesPlanOrder", "client_order_id", "str", client_order_id
            )

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesPlanOrder", "symbol", "str", symbol)

        side: FuturesOrderSideCode
        _side = d.pop("side", UNSET)
        side = check_futures_order_side_code(_side, "FuturesPlanOrder", "side")

        type_: FuturesPlanOrderType
        _type_ = d.pop("type", UNSET)
        type_ = check_futures_plan_order_type(_type_, "FuturesPlanOrder", "type")

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note("FuturesPlanOrder", "leverage", "decimal", leverage)
        else:
            leverage = note("FuturesPlanOrder", "leverage", "decimal", leverage)

        open_type: FuturesOrderOpenType
        _open_type = d.pop("open_type", UNSET)
        open_type = check_futures_order_open_type(
            _open_type, "FuturesPlanOrder", "open_type"
        )

        size = d.pop("size", UNSET)
        if size.__class__ is str:
            try:
                size = Decimal(size)
            except ArithmeticError:
                size = note("FuturesPlanOrder", "size", "decimal", size)
        else:
            size = note("FuturesPlanOrder", "size", "decimal", size)

        executive_price = d.pop("executive_price", UNSET)
        if executive_price.__class__ is not str:
            executive_price = note(
                "FuturesPlanOrder", "executive_price", "str", executive_price
            )

        trigger_price = d.pop("trigger_price", UNSET)
        if trigger_price.__class__ is str:
            try:
                trigger_price = Decimal(trigger_price)
            except ArithmeticError:
                trigger_price = note(
                    "FuturesPlanOrder", "trigger_price", "decimal", trigger_price
                )
        else:
            trigger_price = note(
                "FuturesPlanOrder", "trigger_price", "decimal", trigger_price
            )

        price_way: FuturesPlanOrderPriceWay
        _price_way = d.pop("price_way", UNSET)
        price_way = check_futures_plan_order_price_way(
            _price_way, "FuturesPlanOrder", "price_way"
        )

        price_type: FuturesPlanOrderTriggerPriceType
        _price_type = d.pop("price_type", UNSET)
        price_type = check_futures_plan_order_trigger_price_type(
            _price_type, "FuturesPlanOrder", "price_type"
        )

        def _parse_state(data: Any) -> Any:
            from ..models.futures_plan_order_state_code import (
                FUTURES_PLAN_ORDER_STATE_CODE_VALUES,
            )

            if data in FUTURES_PLAN_ORDER_STATE_CODE_VALUES:
                return data
            if data.__class__ is str:
                return data
            return note("FuturesPlanOrder", "state", "enum|str", data)

        state = d.pop("state", UNSET)
        state = _parse_state(state)

        mode: FuturesPlanOrderMode
        _mode = d.pop("mode", UNSET)
        mode = check_futures_plan_order_mode(_mode, "FuturesPlanOrder", "mode")

        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not int:
            create_time = note("FuturesPlanOrder", "create_time", "int", create_time)

        update_time = d.pop("update_time", UNSET)
        if update_time.__class__ is not int:
            update_time = note("FuturesPlanOrder", "update_time", "int", update_time)

        plan_category: FuturesPlanOrderCategory | Unset
        _plan_category = d.pop("plan_category", UNSET)
        plan_category = (
            _plan_category
            if _plan_category is UNSET
            else check_futures_plan_order_category(
                _plan_category, "FuturesPlanOrder", "plan_category"
            )
        )

        position_mode: FuturesPositionModeName | Unset
        _position_mode = d.pop("position_mode", UNSET)
        position_mode = (
            _position_mode
            if _position_mode is UNSET
            else check_futures_position_mode_name(
                _position_mode, "FuturesPlanOrder", "position_mode"
            )
        )

        preset_take_profit_price_type: FuturesOrderPriceType | Unset
        _preset_take_profit_price_type = d.pop("preset_take_profit_price_type", UNSET)
        preset_take_profit_price_type = (
            _preset_take_profit_price_type
            if _preset_take_profit_price_type is UNSET
            else check_futures_order_price_type(
                _preset_take_profit_price_type,
                "FuturesPlanOrder",
                "preset_take_profit_price_type",
            )
        )

        preset_stop_loss_price_type: FuturesOrderPriceType | Unset
        _preset_stop_loss_price_type = d.pop("preset_stop_loss_price_type", UNSET)
        preset_stop_loss_price_type = (
            _preset_stop_loss_price_type
            if _preset_stop_loss_price_type is UNSET
            else check_futures_order_price_type(
                _preset_stop_loss_price_type,
                "FuturesPlanOrder",
                "preset_stop_loss_price_type",
            )
        )

        preset_take_profit_price = d.pop("preset_take_profit_price", UNSET)
        if preset_take_profit_price.__class__ is str:
            try:
                preset_take_profit_price = (
                    Decimal(preset_take_profit_price)
                    if preset_take_profit_price
                    else None
                )
            except ArithmeticError:
                preset_take_profit_price = note(
                    "FuturesPlanOrder",
                    "preset_take_profit_price",
                    "decimal",
                    preset_take_profit_price,
                )
        elif preset_take_profit_price is not UNSET:
            preset_take_profit_price = note(
                "FuturesPlanOrder",
                "preset_take_profit_price",
                "decimal",
                preset_take_profit_price,
            )

        preset_stop_loss_price = d.pop("preset_stop_loss_price", UNSET)
        if preset_stop_loss_price.__class__ is str:
            try:
                preset_stop_loss_price = (
                    Decimal(preset_stop_loss_price) if preset_stop_loss_price else None
                )
            except ArithmeticError:
                preset_stop_loss_price = note(
                    "FuturesPlanOrder",
                    "preset_stop_loss_price",
                    "decimal",
                    preset_stop_loss_price,
                )
        elif preset_stop_loss_price is not UNSET:
            preset_stop_loss_price = note(
                "FuturesPlanOrder",
                "preset_stop_loss_price",
                "decimal",
                preset_stop_loss_price,
            )

        futures_plan_order = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            symbol=symbol,
            side=side,
            type_=type_,
            leverage=leverage,
            open_type=open_type,
            size=size,
            executive_price=executive_price,
            trigger_price=trigger_price,
            price_way=price_way,
            price_type=price_type,
            state=state,
            mode=mode,
            create_time=create_time,
            update_time=update_time,
            plan_category=plan_category,
            position_mode=position_mode,
            preset_take_profit_price_type=preset_take_profit_price_type,
            preset_stop_loss_price_type=preset_stop_loss_price_type,
            preset_take_profit_price=preset_take_profit_price,
            preset_stop_loss_price=preset_stop_loss_price,
        )
        futures_plan_order._sent_fields = src_dict

        if d:
            note_extra("FuturesPlanOrder", d)
        futures_plan_order.additional_properties = d
        return futures_plan_order

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
