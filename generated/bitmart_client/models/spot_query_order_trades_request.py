from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotQueryOrderTradesRequest")


@_attrs_define
class SpotQueryOrderTradesRequest:
    """
    Attributes:
        order_id (str): BitMart's order id (a numeric string).
        recv_window (int | Unset): How long, in milliseconds after `X-BM-TIMESTAMP`, the request stays valid. BitMart
            rejects
            it with 30007 when the server receives it later than this, or when the timestamp is more
            than one second ahead of the server clock. Only v4 endpoints read it.
    """

    order_id: str
    recv_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        recv_window = self.recv_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
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
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)
        if order_id.__class__ is not str:
            order_id = note("SpotQueryOrderTradesRequest", "orderId", "str", order_id)

        recv_window = d.pop("recvWindow", UNSET)
        if recv_window.__class__ is not int and recv_window is not UNSET:
            recv_window = note(
                "SpotQueryOrderTradesRequest", "recvWindow", "int", recv_window
            )

        spot_query_order_trades_request = cls(
            order_id=order_id,
            recv_window=recv_window,
        )

        if d:
            note_extra("SpotQueryOrderTradesRequest", d)
        spot_query_order_trades_request.additional_properties = d
        return spot_query_order_trades_request

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
