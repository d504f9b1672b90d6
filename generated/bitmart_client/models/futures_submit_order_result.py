from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesSubmitOrderResult")


@_attrs_define
class FuturesSubmitOrderResult:
    """
    Attributes:
        order_id (int): An order id sent as a JSON number (by submit-order, submit-plan-order,
            submit-trail-order and modify-limit-order). It can exceed 2^53: parse it as an integer,
            never a float. The queries return the same id as a numeric string.
        price (str): The submitted limit price as a decimal string, or the text `market price` for market orders.
    """

    order_id: int
    price: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "price": price,
            }
        )
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
        if order_id.__class__ is not int:
            order_id = note("FuturesSubmitOrderResult", "order_id", "int", order_id)

        price = d.pop("price", UNSET)
        if price.__class__ is not str:
            price = note("FuturesSubmitOrderResult", "price", "str", price)

        futures_submit_order_result = cls(
            order_id=order_id,
            price=price,
        )

        if d:
            note_extra("FuturesSubmitOrderResult", d)
        futures_submit_order_result.additional_properties = d
        return futures_submit_order_result

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
