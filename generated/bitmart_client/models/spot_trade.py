from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.spot_order_mode import SpotOrderMode, check_spot_order_mode
from ..models.spot_order_side import SpotOrderSide, check_spot_order_side
from ..models.spot_order_stp_mode_reported import (
    SpotOrderStpModeReported,
    check_spot_order_stp_mode_reported,
)
from ..models.spot_order_type import SpotOrderType, check_spot_order_type
from ..models.spot_trade_role import SpotTradeRole, check_spot_trade_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotTrade")


@_attrs_define
class SpotTrade:
    """One fill of one of the account's orders, as `get_spot_account_trades` and `get_spot_order_trades` report it.

    Attributes:
        trade_id (str): BitMart's id of the trade, a numeric string.
        order_id (str): BitMart's id of an order, a numeric string (pass it on as a string; it exceeds 53-bit floats).
        client_order_id (str): The caller's id of the order; empty (or the order id) when none was given.
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        side (SpotOrderSide): `buy` or `sell`.
        order_mode (SpotOrderMode): `spot` for the spot wallet, `iso_margin` for an isolated margin account.
        type_ (SpotOrderType): `limit`, `market`, `limit_maker` (post-only: never takes liquidity) or `ioc` (immediate
            or cancel).
        price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        size (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        notional (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        fee (Decimal): A decimal number, possibly signed, sent as a JSON string.
        fee_coin_name (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        trade_role (SpotTradeRole): `taker` (the order traded on arrival) or `maker` (it was resting in the book).
        create_time (int): Unix time in milliseconds.
        update_time (int): Unix time in milliseconds.
        stp_mode (SpotOrderStpModeReported | Unset): The self-trade prevention mode of the order (see
            `SpotOrderStpMode`); the empty string when BitMart reports none.
    """

    trade_id: str
    order_id: str
    client_order_id: str
    symbol: str
    side: SpotOrderSide
    order_mode: SpotOrderMode
    type_: SpotOrderType
    price: Decimal
    size: Decimal
    notional: Decimal
    fee: Decimal
    fee_coin_name: str
    trade_role: SpotTradeRole
    create_time: int
    update_time: int
    stp_mode: SpotOrderStpModeReported | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        order_id = self.order_id

        client_order_id = self.client_order_id

        symbol = self.symbol

        side: str = self.side

        order_mode: str = self.order_mode

        type_: str = self.type_

        price = decimal_text(self.price, self._sent_fields, "price")

        size = decimal_text(self.size, self._sent_fields, "size")

        notional = decimal_text(self.notional, self._sent_fields, "notional")

        fee = decimal_text(self.fee, self._sent_fields, "fee")

        fee_coin_name = self.fee_coin_name

        trade_role: str = self.trade_role

        create_time = self.create_time

        update_time = self.update_time

        stp_mode: str | Unset = UNSET
        if not isinstance(self.stp_mode, Unset):
            stp_mode = self.stp_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradeId": trade_id,
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "symbol": symbol,
                "side": side,
                "orderMode": order_mode,
                "type": type_,
                "price": price,
                "size": size,
                "notional": notional,
                "fee": fee,
                "feeCoinName": fee_coin_name,
                "tradeRole": trade_role,
                "createTime": create_time,
                "updateTime": update_time,
            }
        )
        if stp_mode is not UNSET:
            field_dict["stpMode"] = stp_mode
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        trade_id = d.pop("tradeId", UNSET)
        if trade_id.__class__ is not str:
            trade_id = note("SpotTrade", "tradeId", "str", trade_id)

        order_id = d.pop("orderId", UNSET)
        if order_id.__class__ is not str:
            order_id = note("SpotTrade", "orderId", "str", order_id)

        client_order_id = d.pop("clientOrderId", UNSET)
        if client_order_id.__class__ is not str:
            client_order_id = note("SpotTrade", "clientOrderId", "str", client_order_id)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("SpotTrade", "symbol", "str", symbol)

        side: SpotOrderSide
        _side = d.pop("side", UNSET)
        side = check_spot_order_side(_side, "SpotTrade", "side")

        order_mode: SpotOrderMode
        _order_mode = d.pop("orderMode", UNSET)
        order_mode = check_spot_order_mode(_order_mode, "SpotTrade", "orderMode")

        type_: SpotOrderType
        _type_ = d.pop("type", UNSET)
        type_ = check_spot_order_type(_type_, "SpotTrade", "type")

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price)
            except ArithmeticError:
                price = note("SpotTrade", "price", "decimal", price)
        else:
            price = note("SpotTrade", "price", "decimal", price)

        size = d.pop("size", UNSET)
        if size.__class__ is str:
            try:
                size = Decimal(size)
            except ArithmeticError:
                size = note("SpotTrade", "size", "decimal", size)
        else:
            size = note("SpotTrade", "size", "decimal", size)

        notional = d.pop("notional", UNSET)
        if notional.__class__ is str:
            try:
                notional = Decimal(notional)
            except ArithmeticError:
                notional = note("SpotTrade", "notional", "decimal", notional)
        else:
            notional = note("SpotTrade", "notional", "decimal", notional)

        fee = d.pop("fee", UNSET)
        if fee.__class__ is str:
            try:
                fee = Decimal(fee)
            except ArithmeticError:
                fee = note("SpotTrade", "fee", "decimal", fee)
        else:
            fee = note("SpotTrade", "fee", "decimal", fee)

        fee_coin_name = d.pop("feeCoinName", UNSET)
        if fee_coin_name.__class__ is not str:
            fee_coin_name = note("SpotTrade", "feeCoinName", "str", fee_coin_name)

        trade_role: SpotTradeRole
        _trade_role = d.pop("tradeRole", UNSET)
        trade_role = check_spot_trade_role(_trade_role, "SpotTrade", "tradeRole")

        create_time = d.pop("createTime", UNSET)
        if create_time.__class__ is not int:
            create_time = note("SpotTrade", "createTime", "int", create_time)

        update_time = d.pop("updateTime", UNSET)
        if update_time.__class__ is not int:
            update_time = note("SpotTrade", "updateTime", "int", update_time)

        stp_mode: SpotOrderStpModeReported | Unset
        _stp_mode = d.pop("stpMode", UNSET)
        stp_mode = (
            _stp_mode
            if _stp_mode is UNSET
            else check_spot_order_stp_mode_reported(_stp_mode, "SpotTrade", "stpMode")
        )

        spot_trade = cls(
            trade_id=trade_id,
            order_id=order_id,
            client_order_id=client_order_id,
            symbol=symbol,
            side=side,
            order_mode=order_mode,
            type_=type_,
            price=price,
            size=size,
            notional=notional,
            fee=fee,
            fee_coin_name=fee_coin_name,
            trade_role=trade_role,
            create_time=create_time,
            update_time=update_time,
            stp_mode=stp_mode,
        )
        spot_trade._sent_fields = src_dict

        if d:
            note_extra("SpotTrade", d)
        spot_trade.additional_properties = d
        return spot_trade

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
