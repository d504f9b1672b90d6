from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_plan_category import (
    FuturesPlanCategory,
    check_futures_plan_category,
)
from ..models.futures_price_type import FuturesPriceType, check_futures_price_type
from ..models.futures_tp_sl_category import (
    FuturesTpSlCategory,
    check_futures_tp_sl_category,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesModifyTpSlOrderRequest")


@_attrs_define
class FuturesModifyTpSlOrderRequest:
    """The new trigger and execution of a TP/SL order. One of `order_id` and
    `client_order_id` is required; `executive_price` is required when `plan_category` is 1.

        Attributes:
            symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
            trigger_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            price_type (FuturesPriceType): Which market price a trigger watches: 1 the last traded price (`last_price`), 2
                the
                fair price (`fair_price`, BitMart's mark price).
            order_id (str | Unset): An order id as a numeric string. The empty string is accepted (BitMart's own examples
                send an empty id beside a real one), but leaving the field out is clearer.
            client_order_id (str | Unset): A client order id to look an order up by: the id the caller gave at placement, or
                one
                BitMart generated (such as `PLAN_...` on orders placed by a plan). The empty string is
                accepted (BitMart's own examples send it beside an `order_id`), but leaving the field
                out is clearer.
            executive_price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
                lost.
            plan_category (FuturesPlanCategory | Unset): Kind of take-profit/stop-loss: 1 a TP/SL order for a given number
                of contracts, 2 a
                position TP/SL that covers the whole position.
            category (FuturesTpSlCategory | Unset): The order placed when a TP/SL fires, `limit` (at `executive_price`) or
                `market`.
    """

    symbol: str
    trigger_price: Decimal
    price_type: FuturesPriceType
    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    executive_price: Decimal | Unset = UNSET
    plan_category: FuturesPlanCategory | Unset = UNSET
    category: FuturesTpSlCategory | Unset = UNSET
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

        order_id = self.order_id

        client_order_id = self.client_order_id

        executive_price = decimal_text(
            self.executive_price, self._sent_fields, "executive_price"
        )

        plan_category: int | Unset = UNSET
        if not isinstance(self.plan_category, Unset):
            plan_category = self.plan_category

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "trigger_price": trigger_price,
                "price_type": price_type,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if executive_price is not UNSET:
            field_dict["executive_price"] = executive_price
        if plan_category is not UNSET:
            field_dict["plan_category"] = plan_category
        if category is not UNSET:
            field_dict["category"] = category
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
            symbol = note("FuturesModifyTpSlOrderRequest", "symbol", "str", symbol)

        trigger_price = d.pop("trigger_price", UNSET)
        if trigger_price.__class__ is str:
            try:
                trigger_price = Decimal(trigger_price)
            except ArithmeticError:
                trigger_price = note(
                    "FuturesModifyTpSlOrderRequest",
                    "trigger_price",
                    "decimal",
                    trigger_price,
                )
        else:
            trigger_price = note(
                "FuturesModifyTpSlOrderRequest",
                "trigger_price",
                "decimal",
                trigger_price,
            )

        price_type: FuturesPriceType
        _price_type = d.pop("price_type", UNSET)
        price_type = check_futures_price_type(
            _price_type, "FuturesModifyTpSlOrderRequest", "price_type"
        )

        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str and order_id is not UNSET:
            order_id = note(
                "FuturesModifyTpSlOrderRequest", "order_id", "str", order_id
            )

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str and client_order_id is not UNSET:
            client_order_id = note(
                "FuturesModifyTpSlOrderRequest",
                "client_order_id",
                "str",
                client_order_id,
            )

        executive_price = d.pop("executive_price", UNSET)
        if executive_price.__class__ is str:
            try:
                executive_price = Decimal(executive_price)
            except ArithmeticError:
                executive_price = note(
                    "FuturesModifyTpSlOrderRequest",
                    "executive_price",
                    "decimal",
                    executive_price,
                )
        elif executive_price is not UNSET:
            executive_price = note(
                "FuturesModifyTpSlOrderRequest",
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
                _plan_category, "FuturesModifyTpSlOrderRequest", "plan_category"
            )
        )

        category: FuturesTpSlCategory | Unset
        _category = d.pop("category", UNSET)
        category = (
            _category
            if _category is UNSET
            else check_futures_tp_sl_category(
                _category, "FuturesModifyTpSlOrderRequest", "category"
            )
        )

        futures_modify_tp_sl_order_request = cls(
            symbol=symbol,
            trigger_price=trigger_price,
            price_type=price_type,
            order_id=order_id,
            client_order_id=client_order_id,
            executive_price=executive_price,
            plan_category=plan_category,
            category=category,
        )
        futures_modify_tp_sl_order_request._sent_fields = src_dict

        if d:
            note_extra("FuturesModifyTpSlOrderRequest", d)
        futures_modify_tp_sl_order_request.additional_properties = d
        return futures_modify_tp_sl_order_request

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
