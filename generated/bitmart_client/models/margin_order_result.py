from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="MarginOrderResult")


@_attrs_define
class MarginOrderResult:
    """
    Attributes:
        order_id (int | str): The new order's id. Documented as a number, seen as a numeric string too; convert it
            to a string before passing it to the spot v4 queries, whose `orderId` is a string.
    """

    order_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: int | str
        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
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

        def _parse_order_id(data: Any) -> Any:
            if data.__class__ is int:
                return data
            if data.__class__ is str:
                return data
            return note("MarginOrderResult", "order_id", "int|str", data)

        order_id = d.pop("order_id", UNSET)
        order_id = _parse_order_id(order_id)

        margin_order_result = cls(
            order_id=order_id,
        )

        if d:
            note_extra("MarginOrderResult", d)
        margin_order_result.additional_properties = d
        return margin_order_result

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
