from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_modify_plan_type import (
    FuturesModifyPlanType,
    check_futures_modify_plan_type,
)
from ..models.futures_price_type import FuturesPriceType, check_futures_price_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesModifyPlanOrderRequest")


@_attrs_define
class FuturesModifyPlanOrderRequest:
    """The new trigger and execution of a plan order. `executive_price` is required when
    `type` is `limit`.

        Attributes:
            symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
            trigger_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            price_type (FuturesPriceType): Which market price a trigger watches: 1 the last traded price (`last_price`), 2
                the
                fair price (`fair_price`, BitMart's mark price).
            type_ (FuturesModifyPlanType): What the plan places when it fires after the change, `limit` (at
                `executive_price`) or `market`.
            order_id (str | Unset): An order id as a numeric string, as the futures queries and most operations use it.
            executive_price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
                lost.
    """

    symbol: str
    trigger_price: Decimal
    price_type: FuturesPriceType
    type_: FuturesModifyPlanType
    order_id: str | Unset = UNSET
    executive_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        trigger_price = decimal_text(
            self.trigger_price, self._sent_fields, "trigger_price"
        )

        price_type: int = self.price_type

        type_: str = self.type_

        order_id = self.order_id

        executive_price = decimal_text(
            self.executive_price, self._sent_fields, "executive_price"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "trigger_price": trigger_price,
                "price_type": price_type,
                "type": type_,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if executive_price is not UNSET:
            field_dict["executive_price"] = executive_price
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
            symbol = note("FuturesModifyPlanOrderRequest", "symbol", "str", symbol)

        trigger_price = d.pop("trigger_price", UNSET)
        if trigger_price.__class__ is str:
            try:
                trigger_price = Decimal(trigger_price)
            except ArithmeticError:
                trigger_price = note(
                    "FuturesModifyPlanOrderRequest",
                    "trigger_price",
                    "decimal",
                    trigger_price,
                )
        else:
            trigger_price = note(
                "FuturesModifyPlanOrderRequest",
                "trigger_price",
                "decimal",
                trigger_price,
            )

        price_type: FuturesPriceType
        _price_type = d.pop("price_type", UNSET)
        price_type = check_futures_price_type(
            _price_type, "FuturesModifyPlanOrderRequest", "price_type"
        )

        type_: FuturesModifyPlanType
        _type_ = d.pop("type", UNSET)
        type_ = check_futures_modify_plan_type(
            _type_, "FuturesModifyPlanOrderRequest", "type"
        )

        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str and order_id is not UNSET:
            order_id = note(
                "FuturesModifyPlanOrderRequest", "order_id", "str", order_id
            )

        executive_price = d.pop("executive_price", UNSET)
        if executive_price.__class__ is str:
            try:
                executive_price = Decimal(executive_price)
            except ArithmeticError:
                executive_price = note(
                    "FuturesModifyPlanOrderRequest",
                    "executive_price",
                    "decimal",
                    executive_price,
                )
        elif executive_price is not UNSET:
            executive_price = note(
                "FuturesModifyPlanOrderRequest",
                "executive_price",
                "decimal",
                executive_price,
            )

        futures_modify_plan_order_request = cls(
            symbol=symbol,
            trigger_price=trigger_price,
            price_type=price_type,
            type_=type_,
            order_id=order_id,
            executive_price=executive_price,
        )
        futures_modify_plan_order_request._sent_fields = src_dict

        if d:
            note_extra("FuturesModifyPlanOrderRequest", d)
        futures_modify_plan_order_request.additional_properties = d
        return futures_modify_plan_order_request

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
