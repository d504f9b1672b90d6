from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesTrailSubmitResult")


@_attrs_define
class FuturesTrailSubmitResult:
    """
    Attributes:
        order_id (int): An order id sent as a JSON number (by submit-order, submit-plan-order,
            submit-trail-order and modify-limit-order). It can exceed 2^53: parse it as an integer,
            never a float. The queries return the same id as a numeric string.
    """

    order_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not int:
            order_id = note("FuturesTrailSubmitResult", "order_id", "int", order_id)

        futures_trail_submit_result = cls(
            order_id=order_id,
        )

        if d:
            note_extra("FuturesTrailSubmitResult", d)
        futures_trail_submit_result.additional_properties = d
        return futures_trail_submit_result

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
