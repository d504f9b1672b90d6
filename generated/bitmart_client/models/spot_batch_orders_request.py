from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spot_batch_order_params import SpotBatchOrderParams


T = TypeVar("T", bound="SpotBatchOrdersRequest")


@_attrs_define
class SpotBatchOrdersRequest:
    """
    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        order_params (list[SpotBatchOrderParams]): The orders, 1 to 10.
        recv_window (int | Unset): How long, in milliseconds after `X-BM-TIMESTAMP`, the request stays valid. BitMart
            rejects
            it with 30007 when the server receives it later than this, or when the timestamp is more
            than one second ahead of the server clock. Only v4 endpoints read it.
    """

    symbol: str
    order_params: list[SpotBatchOrderParams]
    recv_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_params = plain(self.order_params)

        recv_window = self.recv_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderParams": order_params,
            }
        )
        if recv_window is not UNSET:
            field_dict["recvWindow"] = recv_window
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.spot_batch_order_params import SpotBatchOrderParams

        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("SpotBatchOrdersRequest", "symbol", "str", symbol)

        order_params: list[SpotBatchOrderParams]
        _order_params = d.pop("orderParams", UNSET)
        if _order_params.__class__ is list:
            order_params = [
                SpotBatchOrderParams.from_dict(item)
                if item.__class__ is dict
                else note("SpotBatchOrdersRequest", "orderParams", "object", item)
                for item in _order_params
            ]

        else:
            order_params = note(
                "SpotBatchOrdersRequest", "orderParams", "array", _order_params
            )

        recv_window = d.pop("recvWindow", UNSET)
        if recv_window.__class__ is not int and recv_window is not UNSET:
            recv_window = note(
                "SpotBatchOrdersRequest", "recvWindow", "int", recv_window
            )

        spot_batch_orders_request = cls(
            symbol=symbol,
            order_params=order_params,
            recv_window=recv_window,
        )

        if d:
            note_extra("SpotBatchOrdersRequest", d)
        spot_batch_orders_request.additional_properties = d
        return spot_batch_orders_request

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
