from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.spot_algo_type import SpotAlgoType, check_spot_algo_type
from ..types import UNSET

T = TypeVar("T", bound="SpotAlgoCancelRequest")


@_attrs_define
class SpotAlgoCancelRequest:
    """
    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        order_id (str): BitMart's id of the algo order (snake_case here).
        type_ (SpotAlgoType): `trigger` (a plan order placed when the trigger price is reached) or `tp/sl` (one-way
            take-profit / stop-loss).
    """

    symbol: str
    order_id: str
    type_: SpotAlgoType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "order_id": order_id,
                "type": type_,
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
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("SpotAlgoCancelRequest", "symbol", "str", symbol)

        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str:
            order_id = note("SpotAlgoCancelRequest", "order_id", "str", order_id)

        type_: SpotAlgoType
        _type_ = d.pop("type", UNSET)
        type_ = check_spot_algo_type(_type_, "SpotAlgoCancelRequest", "type")

        spot_algo_cancel_request = cls(
            symbol=symbol,
            order_id=order_id,
            type_=type_,
        )

        if d:
            note_extra("SpotAlgoCancelRequest", d)
        spot_algo_cancel_request.additional_properties = d
        return spot_algo_cancel_request

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
