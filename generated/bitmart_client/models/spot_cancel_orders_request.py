from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

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
            symbol = note("SpotCancelOrdersRequest", "symbol", "str", symbol)

        order_ids: list[str] | Unset
        _order_ids = d.pop("orderIds", UNSET)
        if _order_ids.__class__ is list:
            order_ids = cast(list[str], _order_ids)

        elif _order_ids is UNSET:
            order_ids = UNSET
        else:
            order_ids = note("SpotCancelOrdersRequest", "orderIds", "array", _order_ids)

        client_order_ids: list[str] | Unset
        _client_order_ids = d.pop("clientOrderIds", UNSET)
        if _client_order_ids.__class__ is list:
            client_order_ids = cast(list[str], _client_order_ids)

        elif _client_order_ids is UNSET:
            client_order_ids = UNSET
        else:
            client_order_ids = note(
                "SpotCancelOrdersRequest", "clientOrderIds", "array", _client_order_ids
            )

        recv_window = d.pop("recvWindow", UNSET)
        if recv_window.__class__ is not int and recv_window is not UNSET:
            recv_window = note(
                "SpotCancelOrdersRequest", "recvWindow", "int", recv_window
            )

        spot_cancel_orders_request = cls(
            symbol=symbol,
            order_ids=order_ids,
            client_order_ids=client_order_ids,
            recv_window=recv_window,
        )

        if d:
            note_extra("SpotCancelOrdersRequest", d)
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
