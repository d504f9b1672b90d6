from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="SpotBatchOrderIds")


@_attrs_define
class SpotBatchOrderIds:
    """
    Attributes:
        order_ids (list[str]): The ids of the orders placed, in the order of `orderParams`.
    """

    order_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_ids = self.order_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderIds": order_ids,
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
        order_ids: list[str]
        _order_ids = d.pop("orderIds", UNSET)
        if _order_ids.__class__ is list:
            order_ids = cast(list[str], _order_ids)

        else:
            order_ids = note("SpotBatchOrderIds", "orderIds", "array", _order_ids)

        spot_batch_order_ids = cls(
            order_ids=order_ids,
        )

        if d:
            note_extra("SpotBatchOrderIds", d)
        spot_batch_order_ids.additional_properties = d
        return spot_batch_order_ids

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
