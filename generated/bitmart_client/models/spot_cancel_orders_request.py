from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotCancelOrdersRequest")


@_attrs_define
class SpotCancelOrdersRequest:
    """Send exactly one of `orderIds` and `clientOrderIds`.

    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        order_ids (list[str] | Unset): BitMart's ids of the orders to cancel, at most 10; required unless
            `clientOrderIds` is sent.
        client_order_ids (list[str] | Unset): The caller's ids of the orders to cancel, at most 10; required unless
            `orderIds` is sent.
        recv_window (int | Unset): How long, in milliseconds after `X-BM-TIMESTAMP`, the request stays valid. BitMart
            rejects
            it with 30007 when the server receives it later than this, or when the timestamp is more
            than one second ahead of the server clock. Only v4 endpoints read it.
    """

    symbol: str
    order_ids: list[str] | Unset = UNSET
    client_order_ids: list[str] | Unset = UNSET
    recv_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_ids: list[str] | Unset = UNSET
        if not isinstance(self.order_ids, Unset):
            order_ids = self.order_ids

        client_order_ids: list[str] | Unset = UNSET
        if not isinstance(self.client_order_ids, Unset):
            client_order_ids = self.client_order_ids

        recv_window = self.recv_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if order_ids is not UNSET:
            field_dict["orderIds"] = order_ids
        if client_order_ids is not UNSET:
            field_dict["clientOrderIds"] = client_order_ids
        if recv_window is not UNSET:
            field_dict["recvWindow"] = recv_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        order_ids = cast(list[str], d.pop("orderIds", UNSET))

        client_order_ids = cast(list[str], d.pop("clientOrderIds", UNSET))

        recv_window = d.pop("recvWindow", UNSET)

        spot_cancel_orders_request = cls(
            symbol=symbol,
            order_ids=order_ids,
            client_order_ids=client_order_ids,
            recv_window=recv_window,
        )

        spot_cancel_orders_request.additional_properties = d
        return spot_cancel_orders_request

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
