from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotAlgoOrder")


@_attrs_define
class SpotAlgoOrder:
    """An algo order as the algo queries report it. BitMart has not published these fields:
    the names below are assumed from the v4 order object (`SpotOrder`) and the placement
    fields, every one is optional, and values are kept as plain strings (no enums) so that
    an unexpected value does not break parsing. Keys not listed are kept by the generated
    model as additional properties.

        Attributes:
            order_id (str | Unset): BitMart's id of the algo order.
            client_order_id (str | Unset): The caller's id given at placement, possibly empty.
            symbol (str | Unset): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
            side (str | Unset): `buy` or `sell`.
            type_ (str | Unset): The algo type (`trigger` or `tp/sl`), as far as BitMart reports it here.
            state (str | Unset): The algo order's state, e.g. `new` while waiting for the trigger.
            trigger_price (Decimal | None | Unset): A non-negative decimal string, or the empty string when BitMart has no
                value.
            trigger_type (str | Unset): `limit` or `market`: the order placed on trigger.
            price (Decimal | None | Unset): A non-negative decimal string, or the empty string when BitMart has no value.
            size (Decimal | None | Unset): A non-negative decimal string, or the empty string when BitMart has no value.
            notional (Decimal | None | Unset): A non-negative decimal string, or the empty string when BitMart has no value.
            create_time (int | Unset): Unix time in milliseconds.
            update_time (int | Unset): Unix time in milliseconds.
    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    side: str | Unset = UNSET
    type_: str | Unset = UNSET
    state: str | Unset = UNSET
    trigger_price: Decimal | None | Unset = UNSET
    trigger_type: str | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    size: Decimal | None | Unset = UNSET
    notional: Decimal | None | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        symbol = self.symbol

        side = self.side

        type_ = self.type_

        state = self.state

        trigger_price = decimal_text(
            self.trigger_price, self._sent_fields, "triggerPrice"
        )

        trigger_type = self.trigger_type

        price = decimal_text(self.price, self._sent_fields, "price")

        size = decimal_text(self.size, self._sent_fields, "size")

        notional = decimal_text(self.notional, self._sent_fields, "notional")

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if trigger_price is not UNSET:
            field_dict["triggerPrice"] = trigger_price
        if trigger_type is not UNSET:
            field_dict["triggerType"] = trigger_type
        if price is not UNSET:
            field_dict["price"] = price
        if size is not UNSET:
            field_dict["size"] = size
        if notional is not UNSET:
            field_dict["notional"] = notional
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)
        if order_id.__class__ is not str and order_id is not UNSET:
            order_id = note("SpotAlgoOrder", "orderId", "str", order_id)

        client_order_id = d.pop("clientOrderId", UNSET)
        if client_order_id.__class__ is not str and client_order_id is not UNSET:
            client_order_id = note(
                "SpotAlgoOrder", "clientOrderId", "str", client_order_id
            )

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str and symbol is not UNSET:
            symbol = note("SpotAlgoOrder", "symbol", "str", symbol)

        side = d.pop("side", UNSET)
        if side.__class__ is not str and side is not UNSET:
            side = note("SpotAlgoOrder", "side", "str", side)

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = note("SpotAlgoOrder", "type", "str", type_)

        state = d.pop("state", UNSET)
        if state.__class__ is not str and state is not UNSET:
            state = note("SpotAlgoOrder", "state", "str", state)

        trigger_price = d.pop("triggerPrice", UNSET)
        if trigger_price.__class__ is str:
            try:
                trigger_price = Decimal(trigger_price) if trigger_price else None
            except ArithmeticError:
                trigger_price = note(
                    "SpotAlgoOrder", "triggerPrice", "decimal", trigger_price
                )
        elif trigger_price is not UNSET:
            trigger_price = note(
                "SpotAlgoOrder", "triggerPrice", "decimal", trigger_price
            )

        trigger_type = d.pop("triggerType", UNSET)
        if trigger_type.__class__ is not str and trigger_type is not UNSET:
            trigger_type = note("SpotAlgoOrder", "triggerType", "str", trigger_type)

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price) if price else None
            except ArithmeticError:
                price = note("SpotAlgoOrder", "price", "decimal", price)
        elif price is not UNSET:
            price = note("SpotAlgoOrder", "price", "decimal", price)

        size = d.pop("size", UNSET)
        if size.__class__ is str:
            try:
                size = Decimal(size) if size else None
            except ArithmeticError:
                size = note("SpotAlgoOrder", "size", "decimal", size)
        elif size is not UNSET:
            size = note("SpotAlgoOrder", "size", "decimal", size)

        notional = d.pop("notional", UNSET)
        if notional.__class__ is str:
            try:
                notional = Decimal(notional) if notional else None
            except ArithmeticError:
                notional = note("SpotAlgoOrder", "notional", "decimal", notional)
        elif notional is not UNSET:
            notional = note("SpotAlgoOrder", "notional", "decimal", notional)

        create_time = d.pop("createTime", UNSET)
        if create_time.__class__ is not int and create_time is not UNSET:
            create_time = note("SpotAlgoOrder", "createTime", "int", create_time)

        update_time = d.pop("updateTime", UNSET)
        if update_time.__class__ is not int and update_time is not UNSET:
            update_time = note("SpotAlgoOrder", "updateTime", "int", update_time)

        spot_algo_order = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            symbol=symbol,
            side=side,
            type_=type_,
            state=state,
            trigger_price=trigger_price,
            trigger_type=trigger_type,
            price=price,
            size=size,
            notional=notional,
            create_time=create_time,
            update_time=update_time,
        )
        spot_algo_order._sent_fields = src_dict

        if d:
            note_extra("SpotAlgoOrder", d)
        spot_algo_order.additional_properties = d
        return spot_algo_order

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
