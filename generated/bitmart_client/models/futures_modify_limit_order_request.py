from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesModifyLimitOrderRequest")


@_attrs_define
class FuturesModifyLimitOrderRequest:
    """New price and/or size of an open limit order. One of `order_id` and `client_order_id`
    is required, and one of `price` and `size`.

        Attributes:
            symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
            order_id (int | Unset): An order id sent as a JSON number (by submit-order, submit-plan-order,
                submit-trail-order and modify-limit-order). It can exceed 2^53: parse it as an integer,
                never a float. The queries return the same id as a numeric string.
            client_order_id (str | Unset): A client order id to look an order up by: the id the caller gave at placement, or
                one
                BitMart generated (such as `PLAN_...` on orders placed by a plan). The empty string is
                accepted (BitMart's own examples send it beside an `order_id`), but leaving the field
                out is clearer.
            price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
            size (int | Unset): The new size in whole contracts (required unless `price` is sent).
    """

    symbol: str
    order_id: int | Unset = UNSET
    client_order_id: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        client_order_id = self.client_order_id

        price = decimal_text(self.price, self._sent_fields, "price")

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if price is not UNSET:
            field_dict["price"] = price
        if size is not UNSET:
            field_dict["size"] = size
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
            symbol = note("FuturesModifyLimitOrderRequest", "symbol", "str", symbol)

        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not int and order_id is not UNSET:
            order_id = note(
                "FuturesModifyLimitOrderRequest", "order_id", "int", order_id
            )

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str and client_order_id is not UNSET:
            client_order_id = note(
                "FuturesModifyLimitOrderRequest",
                "client_order_id",
                "str",
                client_order_id,
            )

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price)
            except ArithmeticError:
                price = note(
                    "FuturesModifyLimitOrderRequest", "price", "decimal", price
                )
        elif price is not UNSET:
            price = note("FuturesModifyLimitOrderRequest", "price", "decimal", price)

        size = d.pop("size", UNSET)
        if size.__class__ is not int and size is not UNSET:
            size = note("FuturesModifyLimitOrderRequest", "size", "int", size)

        futures_modify_limit_order_request = cls(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            price=price,
            size=size,
        )
        futures_modify_limit_order_request._sent_fields = src_dict

        if d:
            note_extra("FuturesModifyLimitOrderRequest", d)
        futures_modify_limit_order_request.additional_properties = d
        return futures_modify_limit_order_request

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
