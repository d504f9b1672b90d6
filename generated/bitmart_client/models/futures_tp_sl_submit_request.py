from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        trigger_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        executive_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
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
    trigger_price: str
    executive_price: str
    price_type: FuturesPriceType
    size: int | Unset = UNSET
    plan_category: FuturesPlanCategory | Unset = UNSET
    client_order_id: str | Unset = UNSET
    category: FuturesTpSlCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        type_: str = self.type_

        side: int = self.side

        trigger_price = self.trigger_price

        executive_price = self.executive_price

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        type_ = check_futures_tp_sl_type(d.pop("type"))

        side = check_futures_tp_sl_side(d.pop("side"))

        trigger_price = d.pop("trigger_price")

        executive_price = d.pop("executive_price")

        price_type = check_futures_price_type(d.pop("price_type"))

        size = d.pop("size", UNSET)

        _plan_category = d.pop("plan_category", UNSET)
        plan_category: FuturesPlanCategory | Unset
        if isinstance(_plan_category, Unset):
            plan_category = UNSET
        else:
            plan_category = check_futures_plan_category(_plan_category)

        client_order_id = d.pop("client_order_id", UNSET)

        _category = d.pop("category", UNSET)
        category: FuturesTpSlCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_futures_tp_sl_category(_category)

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
