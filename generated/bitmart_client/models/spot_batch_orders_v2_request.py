from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.spot_batch_order_params_v2 import SpotBatchOrderParamsV2


T = TypeVar("T", bound="SpotBatchOrdersV2Request")


@_attrs_define
class SpotBatchOrdersV2Request:
    """
    Attributes:
        order_params (list[SpotBatchOrderParamsV2]): The orders, at most 10.
    """

    order_params: list[SpotBatchOrderParamsV2]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_params = plain(self.order_params)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_params": order_params,
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
        from ..models.spot_batch_order_params_v2 import SpotBatchOrderParamsV2

        d = dict(src_dict)
        order_params: list[SpotBatchOrderParamsV2]
        _order_params = d.pop("order_params", UNSET)
        if _order_params.__class__ is list:
            order_params = [
                SpotBatchOrderParamsV2.from_dict(item)
                if item.__class__ is dict
                else note("SpotBatchOrdersV2Request", "order_params", "object", item)
                for item in _order_params
            ]

        else:
            order_params = note(
                "SpotBatchOrdersV2Request", "order_params", "array", _order_params
            )

        spot_batch_orders_v2_request = cls(
            order_params=order_params,
        )

        if d:
            note_extra("SpotBatchOrdersV2Request", d)
        spot_batch_orders_v2_request.additional_properties = d
        return spot_batch_orders_v2_request

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
