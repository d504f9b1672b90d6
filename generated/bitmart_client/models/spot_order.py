from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.spot_order_cancel_source import (
    SpotOrderCancelSource,
    check_spot_order_cancel_source,
)
from ..models.spot_order_mode import SpotOrderMode, check_spot_order_mode
from ..models.spot_order_side import SpotOrderSide, check_spot_order_side
from ..models.spot_order_state import SpotOrderState, check_spot_order_state
from ..models.spot_order_stp_mode_reported import (
    SpotOrderStpModeReported,
    check_spot_order_stp_mode_reported,
)
from ..models.spot_order_type import SpotOrderType, check_spot_order_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotOrder")


@_attrs_define
class SpotOrder:
    """A spot or isolated-margin order as every v4 order query reports it (camelCase fields).
    The same object comes from `get_spot_order` and `get_spot_order_by_client_order_id`
    (any state, including `failed`), `get_spot_open_orders` (only `new` and
    `partially_filled`) and `get_spot_order_history` (only `filled`, `canceled` and
    `partially_canceled`).

        Attributes:
            order_id (str): BitMart's id of an order, a numeric string (pass it on as a string; it exceeds 53-bit floats).
            client_order_id (str): The caller's id given at placement; empty (or, in BitMart's examples, the order id) when
                none was given.
            symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
            side (SpotOrderSide): `buy` or `sell`.
            order_mode (SpotOrderMode): `spot` for the spot wallet, `iso_margin` for an isolated margin account.
            type_ (SpotOrderType): `limit`, `market`, `limit_maker` (post-only: never takes liquidity) or `ioc` (immediate
                or cancel).
            state (SpotOrderState): `new` (accepted, nothing filled), `partially_filled`, `filled`, `canceled` (nothing
                filled), `partially_canceled` (cancelled after a partial fill), `failed` (refused by the
                engine after acceptance, e.g. a post-only order that would have traded; only
                `get_spot_order` and `get_spot_order_by_client_order_id` report it).
            price (Decimal | None): A non-negative decimal string, or the empty string when BitMart has no value.
            price_avg (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            size (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            filled_size (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            notional (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            filled_notional (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            create_time (int): Unix time in milliseconds.
            update_time (int): Unix time in milliseconds.
            cancel_source (SpotOrderCancelSource | Unset): Who cancelled the order: `user` (a cancel request) or `system`
                (BitMart, e.g. the
                unfilled rest of an `ioc` or a refused post-only order). The empty string unless the
                state is `canceled` or `partially_canceled`.
            stp_mode (SpotOrderStpModeReported | Unset): The self-trade prevention mode of the order (see
                `SpotOrderStpMode`); the empty string when BitMart reports none.
    """

    order_id: str
    client_order_id: str
    symbol: str
    side: SpotOrderSide
    order_mode: SpotOrderMode
    type_: SpotOrderType
    state: SpotOrderState
    price: Decimal | None
    price_avg: Decimal
    size: Decimal
    filled_size: Decimal
    notional: Decimal
    filled_notional: Decimal
    create_time: int
    update_time: int
    cancel_source: SpotOrderCancelSource | Unset = UNSET
    stp_mode: SpotOrderStpModeReported | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        symbol = self.symbol

        side: str = self.side

        order_mode: str = self.order_mode

        type_: str = self.type_

        state: str = self.state

        price = decimal_text(self.price, self._sent_fields, "price")

        price_avg = decimal_text(self.price_avg, self._sent_fields, "priceAvg")

        size = decimal_text(self.size, self._sent_fields, "size")

        filled_size = decimal_text(self.filled_size, self._sent_fields, "filledSize")

        notional = decimal_text(self.notional, self._sent_fields, "notional")

        filled_notional = decimal_text(
            self.filled_notional, self._sent_fields, "filledNotional"
        )

        create_time = self.create_time

        update_time = self.update_time

        cancel_source: str | Unset = UNSET
        if not isinstance(self.cancel_source, Unset):
            cancel_source = self.cancel_source

        stp_mode: str | Unset = UNSET
        if not isinstance(self.stp_mode, Unset):
            stp_mode = self.stp_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "symbol": symbol,
                "side": side,
                "orderMode": order_mode,
                "type": type_,
                "state": state,
                "price": price,
                "priceAvg": price_avg,
                "size": size,
                "filledSize": filled_size,
                "notional": notional,
                "filledNotional": filled_notional,
                "createTime": create_time,
                "updateTime": update_time,
            }
        )
        if cancel_source is not UNSET:
            field_dict["cancelSource"] = cancel_source
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
        order_id = d.pop("orderId", UNSET)
        if order_id.__class__ is not str:
            order_id = note("SpotOrder", "orderId", "str", order_id)

        client_order_id = d.pop("clientOrderId", UNSET)
        if client_order_id.__class__ is not str:
            client_order_id = note("SpotOrder", "clientOrderId", "str", client_order_id)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("SpotOrder", "symbol", "str", symbol)

        side: SpotOrderSide
        _side = d.pop("side", UNSET)
        side = check_spot_order_side(_side, "SpotOrder", "side")

        order_mode: SpotOrderMode
        _order_mode = d.pop("orderMode", UNSET)
        order_mode = check_spot_order_mode(_order_mode, "SpotOrder", "orderMode")

        type_: SpotOrderType
        _type_ = d.pop("type", UNSET)
        type_ = check_spot_order_type(_type_, "SpotOrder", "type")

        state: SpotOrderState
        _state = d.pop("state", UNSET)
        state = check_spot_order_state(_state, "SpotOrder", "state")

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price) if price else None
            except ArithmeticError:
                price = note("SpotOrder", "price", "decimal", price)
        else:
            price = note("SpotOrder", "price", "decimal", price)

        price_avg = d.pop("priceAvg", UNSET)
        if price_avg.__class__ is str:
            try:
                price_avg = Decimal(price_avg)
            except ArithmeticError:
                price_avg = note("SpotOrder", "priceAvg", "decimal", price_avg)
        else:
            price_avg = note("SpotOrder", "priceAvg", "decimal", price_avg)

        size = d.pop("size", UNSET)
        if size.__class__ is str:
            try:
                size = Decimal(size)
            except ArithmeticError:
                size = note("SpotOrder", "size", "decimal", size)
        else:
            size = note("SpotOrder", "size", "decimal", size)

        filled_size = d.pop("filledSize", UNSET)
        if filled_size.__class__ is str:
            try:
                filled_size = Decimal(filled_size)
            except ArithmeticError:
                filled_size = note("SpotOrder", "filledSize", "decimal", filled_size)
        else:
            filled_size = note("SpotOrder", "filledSize", "decimal", filled_size)

        notional = d.pop("notional", UNSET)
        if notional.__class__ is str:
            try:
                notional = Decimal(notional)
            except ArithmeticError:
                notional = note("SpotOrder", "notional", "decimal", notional)
        else:
            notional = note("SpotOrder", "notional", "decimal", notional)

        filled_notional = d.pop("filledNotional", UNSET)
        if filled_notional.__class__ is str:
            try:
                filled_notional = Decimal(filled_notional)
            except ArithmeticError:
                filled_notional = note(
                    "SpotOrder", "filledNotional", "decimal", filled_notional
                )
        else:
            filled_notional = note(
                "SpotOrder", "filledNotional", "decimal", filled_notional
            )

        create_time = d.pop("createTime", UNSET)
        if create_time.__class__ is not int:
            create_time = note("SpotOrder", "createTime", "int", create_time)

        update_time = d.pop("updateTime", UNSET)
        if update_time.__class__ is not int:
            update_time = note("SpotOrder", "updateTime", "int", update_time)

        cancel_source: SpotOrderCancelSource | Unset
        _cancel_source = d.pop("cancelSource", UNSET)
        cancel_source = (
            _cancel_source
            if _cancel_source is UNSET
            else check_spot_order_cancel_source(
                _cancel_source, "SpotOrder", "cancelSource"
            )
        )

        stp_mode: SpotOrderStpModeReported | Unset
        _stp_mode = d.pop("stpMode", UNSET)
        stp_mode = (
            _stp_mode
            if _stp_mode is UNSET
            else check_spot_order_stp_mode_reported(_stp_mode, "SpotOrder", "stpMode")
        )

        spot_order = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            symbol=symbol,
            side=side,
            order_mode=order_mode,
            type_=type_,
            state=state,
            price=price,
            price_avg=price_avg,
            size=size,
            filled_size=filled_size,
            notional=notional,
            filled_notional=filled_notional,
            create_time=create_time,
            update_time=update_time,
            cancel_source=cancel_source,
            stp_mode=stp_mode,
        )
        spot_order._sent_fields = src_dict

        if d:
            note_extra("SpotOrder", d)
        spot_order.additional_properties = d
        return spot_order

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
