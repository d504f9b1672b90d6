from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_order_account import (
    FuturesOrderAccount,
    check_futures_order_account,
)
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
from ..models.futures_order_state import FuturesOrderState, check_futures_order_state
from ..models.futures_order_type import FuturesOrderType, check_futures_order_type
from ..models.futures_position_mode_name import (
    FuturesPositionModeName,
    check_futures_position_mode_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesOrder")


@_attrs_define
class FuturesOrder:
    """A futures order as returned by `get_futures_open_orders`, `get_futures_order` and
    `get_futures_order_history`. Sizes are in contracts; prices, sizes and leverage are
    decimal strings; `side`, `state` and the price-type fields are integers; times are
    Unix milliseconds. Fields for trailing orders, preset TP/SL and plan orders are only
    sent when they apply (and not by every endpoint).

        Attributes:
            order_id (str): BitMart's id of a futures order, a string of digits.
            client_order_id (str): The id given by the caller at placement, or an empty string when none was given.
                Orders created by a plan order carry an id made by BitMart, `PLAN_` followed by digits
                in the documentation's example. Use it to find an order placed with a client order id
                again.
            symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
            side (FuturesOrderSideCode): Order direction, an integer whose meaning depends on the position mode. Hedge mode:
                1 buy to open long, 2 buy to close short, 3 sell to close long, 4 sell to open short.
                One-way mode: 1 buy, 2 buy reduce-only, 3 sell reduce-only, 4 sell.
            type_ (FuturesOrderType): How the order came about: `limit` and `market` orders placed by the user, `trailing`
                (trailing stop), `planorder` (created when a plan order fired), and the orders BitMart
                creates itself: `liquidate` (liquidation), `bankruptcy` (taken over at the bankruptcy
                price) and `adl` (auto-deleveraging).
            leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            open_type (FuturesOrderOpenType): Margin mode of the order or position, lower case.
            size (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            deal_avg_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            deal_size (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            state (FuturesOrderState): Order status, an integer: 1 `status_approval` (being accepted by the engine), 2
                `status_check` (working: resting, possibly partly filled), 4 `status_finish` (final:
                filled or cancelled; compare `deal_size` with `size`). There is no 3.
            create_time (int): Unix time in milliseconds.
            update_time (int): Unix time in milliseconds.
            account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position belongs to; `futures` is
                the ordinary futures account.
            position_mode (FuturesPositionModeName | Unset): `hedge_mode`: a long and a short position can be held side by
                side on a contract.
                `one_way_mode`: one net position per contract.
            trigger_price (Decimal | None | Unset): A non-negative decimal string, or the empty string when BitMart has no
                value.
            execution_price (str | Unset): The price a plan order executes at once triggered: a decimal string for a limit
                execution, or the word `Market` for execution at market.
            activation_price (Decimal | None | Unset): A non-negative decimal string, or the empty string when BitMart has
                no value.
            callback_rate (Decimal | None | Unset): A non-negative decimal string, or the empty string when BitMart has no
                value.
            activation_price_type (FuturesOrderPriceType | Unset): Which price a trigger watches, an integer. 0 not set, 1
                last price, 2 fair (mark) price.
            executive_order_id (str | Unset): Id of the order created when this trigger order fired (order history).
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
    type_: FuturesOrderType
    leverage: Decimal
    open_type: FuturesOrderOpenType
    size: Decimal
    price: Decimal
    deal_avg_price: Decimal
    deal_size: Decimal
    state: FuturesOrderState
    create_time: int
    update_time: int
    account: FuturesOrderAccount | Unset = UNSET
    position_mode: FuturesPositionModeName | Unset = UNSET
    trigger_price: Decimal | None | Unset = UNSET
    execution_price: str | Unset = UNSET
    activation_price: Decimal | None | Unset = UNSET
    callback_rate: Decimal | None | Unset = UNSET
    activation_price_type: FuturesOrderPriceType | Unset = UNSET
    executive_order_id: str | Unset = UNSET
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

        price = decimal_text(self.price, self._sent_fields, "price")

        deal_avg_price = decimal_text(
            self.deal_avg_price, self._sent_fields, "deal_avg_price"
        )

        deal_size = decimal_text(self.deal_size, self._sent_fields, "deal_size")

        state: int = self.state

        create_time = self.create_time

        update_time = self.update_time

        account: str | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account

        position_mode: str | Unset = UNSET
        if not isinstance(self.position_mode, Unset):
            position_mode = self.position_mode

        trigger_price = decimal_text(
            self.trigger_price, self._sent_fields, "trigger_price"
        )

        execution_price = self.execution_price

        activation_price = decimal_text(
            self.activation_price, self._sent_fields, "activation_price"
        )

        callback_rate = decimal_text(
            self.callback_rate, self._sent_fields, "callback_rate"
        )

        activation_price_type: int | Unset = UNSET
        if not isinstance(self.activation_price_type, Unset):
            activation_price_type = self.activation_price_type

        executive_order_id = self.executive_order_id

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
                "price": price,
                "deal_avg_price": deal_avg_price,
                "deal_size": deal_size,
                "state": state,
                "create_time": create_time,
                "update_time": update_time,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if position_mode is not UNSET:
            field_dict["position_mode"] = position_mode
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if execution_price is not UNSET:
            field_dict["execution_price"] = execution_price
        if activation_price is not UNSET:
            field_dict["activation_price"] = activation_price
        if callback_rate is not UNSET:
            field_dict["callback_rate"] = callback_rate
        if activation_price_type is not UNSET:
            field_dict["activation_price_type"] = activation_price_type
        if executive_order_id is not UNSET:
            field_dict["executive_order_id"] = executive_order_id
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
            order_id = note("FuturesOrder", "order_id", "str", order_id)

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str:
            client_order_id = note(
                "FuturesOrder", "client_order_id", "str", client_order_id
            )

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesOrder", "symbol", "str", symbol)

        side: FuturesOrderSideCode
        _side = d.pop("side", UNSET)
        side = check_futures_order_side_code(_side, "FuturesOrder", "side")

        type_: FuturesOrderType
        _type_ = d.pop("type", UNSET)
        type_ = check_futures_order_type(_type_, "FuturesOrder", "type")

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note("FuturesOrder", "leverage", "decimal", leverage)
        else:
            leverage = note("FuturesOrder", "leverage", "decimal", leverage)

        open_type: FuturesOrderOpenType
        _open_type = d.pop("open_type", UNSET)
        open_type = check_futures_order_open_type(
            _open_type, "FuturesOrder", "open_type"
        )

        size = d.pop("size", UNSET)
        if size.__class__ is str:
            try:
                size = Decimal(size)
            except ArithmeticError:
                size = note("FuturesOrder", "size", "decimal", size)
        else:
            size = note("FuturesOrder", "size", "decimal", size)

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price)
            except ArithmeticError:
                price = note("FuturesOrder", "price", "decimal", price)
        else:
            price = note("FuturesOrder", "price", "decimal", price)

        deal_avg_price = d.pop("deal_avg_price", UNSET)
        if deal_avg_price.__class__ is str:
            try:
                deal_avg_price = Decimal(deal_avg_price)
            except ArithmeticError:
                deal_avg_price = note(
                    "FuturesOrder", "deal_avg_price", "decimal", deal_avg_price
                )
        else:
            deal_avg_price = note(
                "FuturesOrder", "deal_avg_price", "decimal", deal_avg_price
            )

        deal_size = d.pop("deal_size", UNSET)
        if deal_size.__class__ is str:
            try:
                deal_size = Decimal(deal_size)
            except ArithmeticError:
                deal_size = note("FuturesOrder", "deal_size", "decimal", deal_size)
        else:
            deal_size = note("FuturesOrder", "deal_size", "decimal", deal_size)

        state: FuturesOrderState
        _state = d.pop("state", UNSET)
        state = check_futures_order_state(_state, "FuturesOrder", "state")

        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not int:
            create_time = note("FuturesOrder", "create_time", "int", create_time)

        update_time = d.pop("update_time", UNSET)
        if update_time.__class__ is not int:
            update_time = note("FuturesOrder", "update_time", "int", update_time)

        account: FuturesOrderAccount | Unset
        _account = d.pop("account", UNSET)
        account = (
            _account
            if _account is UNSET
            else check_futures_order_account(_account, "FuturesOrder", "account")
        )

        position_mode: FuturesPositionModeName | Unset
        _position_mode = d.pop("position_mode", UNSET)
        position_mode = (
            _position_mode
            if _position_mode is UNSET
            else check_futures_position_mode_name(
                _position_mode, "FuturesOrder", "position_mode"
            )
        )

        trigger_price = d.pop("trigger_price", UNSET)
        if trigger_price.__class__ is str:
            try:
                trigger_price = Decimal(trigger_price) if trigger_price else None
            except ArithmeticError:
                trigger_price = note(
                    "FuturesOrder", "trigger_price", "decimal", trigger_price
                )
        elif trigger_price is not UNSET:
            trigger_price = note(
                "FuturesOrder", "trigger_price", "decimal", trigger_price
            )

        execution_price = d.pop("execution_price", UNSET)
        if execution_price.__class__ is not str and execution_price is not UNSET:
            execution_price = note(
                "FuturesOrder", "execution_price", "str", execution_price
            )

        activation_price = d.pop("activation_price", UNSET)
        if activation_price.__class__ is str:
            try:
                activation_price = (
                    Decimal(activation_price) if activation_price else None
                )
            except ArithmeticError:
                activation_price = note(
                    "FuturesOrder", "activation_price", "decimal", activation_price
                )
        elif activation_price is not UNSET:
            activation_price = note(
                "FuturesOrder", "activation_price", "decimal", activation_price
            )

        callback_rate = d.pop("callback_rate", UNSET)
        if callback_rate.__class__ is str:
            try:
                callback_rate = Decimal(callback_rate) if callback_rate else None
            except ArithmeticError:
                callback_rate = note(
                    "FuturesOrder", "callback_rate", "decimal", callback_rate
                )
        elif callback_rate is not UNSET:
            callback_rate = note(
                "FuturesOrder", "callback_rate", "decimal", callback_rate
            )

        activation_price_type: FuturesOrderPriceType | Unset
        _activation_price_type = d.pop("activation_price_type", UNSET)
        activation_price_type = (
            _activation_price_type
            if _activation_price_type is UNSET
            else check_futures_order_price_type(
                _activation_price_type, "FuturesOrder", "activation_price_type"
            )
        )

        executive_order_id = d.pop("executive_order_id", UNSET)
        if executive_order_id.__class__ is not str and executive_order_id is not UNSET:
            executive_order_id = note(
                "FuturesOrder", "executive_order_id", "str", executive_order_id
            )

        preset_take_profit_price_type: FuturesOrderPriceType | Unset
        _preset_take_profit_price_type = d.pop("preset_take_profit_price_type", UNSET)
        preset_take_profit_price_type = (
            _preset_take_profit_price_type
            if _preset_take_profit_price_type is UNSET
            else check_futures_order_price_type(
                _preset_take_profit_price_type,
                "FuturesOrder",
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
                "FuturesOrder",
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
                    "FuturesOrder",
                    "preset_take_profit_price",
                    "decimal",
                    preset_take_profit_price,
                )
        elif preset_take_profit_price is not UNSET:
            preset_take_profit_price = note(
                "FuturesOrder",
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
                    "FuturesOrder",
                    "preset_stop_loss_price",
                    "decimal",
                    preset_stop_loss_price,
                )
        elif preset_stop_loss_price is not UNSET:
            preset_stop_loss_price = note(
                "FuturesOrder",
                "preset_stop_loss_price",
                "decimal",
                preset_stop_loss_price,
            )

        futures_order = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            symbol=symbol,
            side=side,
            type_=type_,
            leverage=leverage,
            open_type=open_type,
            size=size,
            price=price,
            deal_avg_price=deal_avg_price,
            deal_size=deal_size,
            state=state,
            create_time=create_time,
            update_time=update_time,
            account=account,
            position_mode=position_mode,
            trigger_price=trigger_price,
            execution_price=execution_price,
            activation_price=activation_price,
            callback_rate=callback_rate,
            activation_price_type=activation_price_type,
            executive_order_id=executive_order_id,
            preset_take_profit_price_type=preset_take_profit_price_type,
            preset_stop_loss_price_type=preset_stop_loss_price_type,
            preset_take_profit_price=preset_take_profit_price,
            preset_stop_loss_price=preset_stop_loss_price,
        )
        futures_order._sent_fields = src_dict

        if d:
            note_extra("FuturesOrder", d)
        futures_order.additional_properties = d
        return futures_order

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
