from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.spot_order_side import SpotOrderSide, check_spot_order_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotCancelAllRequest")


@_attrs_define
class SpotCancelAllRequest:
    """
    Attributes:
        symbol (str | Unset): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        side (SpotOrderSide | Unset): `buy` or `sell`.
    """

    symbol: str | Unset = UNSET
    side: SpotOrderSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if side is not UNSET:
            field_dict["side"] = side

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str and symbol is not UNSET:
            symbol = note("SpotCancelAllRequest", "symbol", "str", symbol)

        side: SpotOrderSide | Unset
        _side = d.pop("side", UNSET)
        side = (
            _side
            if _side is UNSET
            else check_spot_order_side(_side, "SpotCancelAllRequest", "side")
        )

        spot_cancel_all_request = cls(
            symbol=symbol,
            side=side,
        )

        if d:
            note_extra("SpotCancelAllRequest", d)
        spot_cancel_all_request.additional_properties = d
        return spot_cancel_all_request

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
