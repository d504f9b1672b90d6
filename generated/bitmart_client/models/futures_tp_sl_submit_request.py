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
from ..models.futures_tp_sl_side import FuturesTpSlSide, check_futures_tp_sl_side
from ..models.futures_tp_sl_type import FuturesTpSlType, check_futures_tp_sl_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesTpSlSubmitRequest")


@_attrs_define
class FuturesTpSlSubmitRequest:
    """One take-profit or stop-loss order on an existing position.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesTpSlType): `take_profit` or `stop_loss`.
        side (FuturesTpSlSide): The closing side: 2 for a short position (buy to close in hedge mode, reduce-only buy
            in one-way mode), 3 for a long position (sell to close, or reduce-only sell).
        trigger_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        executive_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        price_type (FuturesPriceType): Which market price a trigger watches: 1 the last traded price (`last_price`), 2
            the
            fair price (`fair_price`, BitMart's mark price).
        size (int | Unset): Contracts to close; defaults to the whole position.
        plan_category (FuturesPlanCategory | Unset): Kind of take-profit/stop-loss: 1 a TP/SL order for a given number
            of contracts, 2 a
            position TP/SL that covers the whole position.
        client_order_id (str | Unset): An id of the caller's choosing, 1 to 32 letters and digits, unique among the
            account's
            orders. Sending one makes placement safe to retry: the order can be looked up by it.
        category (FuturesTpSlCategory | Unset): The order placed when a TP/SL fires, `limit` (at `executive_price`) or
            `market`.
    """

    symbol: str
    type_: FuturesTpSlType
    side: FuturesTpSlSide
    trigger_price: Decimal
    executive_price: Decimal
    price_type: FuturesPriceType
    size: int | Unset = UNSET
    plan_category: FuturesPlanCategory | Unset = UNSET
    client_order_id: str | Unset = UNSET
    category: FuturesTpSlCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        type_: str = self.type_

        side: int = self.side

        trigger_price = decimal_text(
            self.trigger_price, self._sent_fields, "trigger_price"
        )

        executive_price = decimal_text(
            self.executive_price, self._sent_fields, "executive_price"
        )

        price_type: int = self.price_type

        size = self.size

        plan_category: int | Unset = UNSET
        if not isinstance(self.plan_category, Unset):
            plan_category = self.plan_category

        client_order_id = self.client_order_id

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "type": type_,
                "side": side,
                "trigger_price": trigger_price,
                "executive_price": executive_price,
                "price_type": price_type,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if plan_category is not UNSET:
            field_dict["plan_category"] = plan_category
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
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
            symbol = note("FuturesTpSlSubmitRequest", "symbol", "str", symbol)

        type_: FuturesTpSlType
        _type_ = d.pop("type", UNSET)
        type_ = check_futures_tp_sl_type(_type_, "FuturesTpSlSubmitRequest", "type")

        side: FuturesTpSlSide
        _side = d.pop("side", UNSET)
        side = check_futures_tp_sl_side(_side, "FuturesTpSlSubmitRequest", "side")

        trigger_price = d.pop("trigger_price", UNSET)
        if trigger_price.__class__ is str:
            try:
                trigger_price = Decimal(trigger_price)
            except ArithmeticError:
                trigger_price = note(
                    "FuturesTpSlSubmitRequest",
                    "trigger_price",
                    "decimal",
                    trigger_price,
                )
        else:
            trigger_price = note(
                "FuturesTpSlSubmitRequest", "trigger_price", "decimal", trigger_price
            )

        executive_price = d.pop("executive_price", UNSET)
        if executive_price.__class__ is str:
            try:
                executive_price = Decimal(executive_price)
            except ArithmeticError:
                executive_price = note(
                    "FuturesTpSlSubmitRequest",
                    "executive_price",
                    "decimal",
                    executive_price,
                )
        else:
            executive_price = note(
                "FuturesTpSlSubmitRequest",
                "executive_price",
                "decimal",
                executive_price,
            )

        price_type: FuturesPriceType
        _price_type = d.pop("price_type", UNSET)
        price_type = check_futures_price_type(
            _price_type, "FuturesTpSlSubmitRequest", "price_type"
        )

        size = d.pop("size", UNSET)
        if size.__class__ is not int and size is not UNSET:
            size = note("FuturesTpSlSubmitRequest", "size", "int", size)

        plan_category: FuturesPlanCategory | Unset
        _plan_category = d.pop("plan_category", UNSET)
        plan_category = (
            _plan_category
            if _plan_category is UNSET
            else check_futures_plan_category(
                _plan_category, "FuturesTpSlSubmitRequest", "plan_category"
            )
        )

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str and client_order_id is not UNSET:
            client_order_id = note(
                "FuturesTpSlSubmitRequest", "client_order_id", "str", client_order_id
            )

        category: FuturesTpSlCategory | Unset
        _category = d.pop("category", UNSET)
        category = (
            _category
            if _category is UNSET
            else check_futures_tp_sl_category(
                _category, "FuturesTpSlSubmitRequest", "category"
            )
        )

        futures_tp_sl_submit_request = cls(
            symbol=symbol,
            type_=type_,
            side=side,
            trigger_price=trigger_price,
            executive_price=executive_price,
            price_type=price_type,
            size=size,
            plan_category=plan_category,
            client_order_id=client_order_id,
            category=category,
        )
        futures_tp_sl_submit_request._sent_fields = src_dict

        if d:
            note_extra("FuturesTpSlSubmitRequest", d)
        futures_tp_sl_submit_request.additional_properties = d
        return futures_tp_sl_submit_request

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
