from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.spot_order_mode import SpotOrderMode, check_spot_order_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotQueryListRequest")


@_attrs_define
class SpotQueryListRequest:
    """Filters of the v4 order and trade lists; every field is optional.

    Attributes:
        symbol (str | Unset): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        order_mode (SpotOrderMode | Unset): `spot` for the spot wallet, `iso_margin` for an isolated margin account.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        limit (int | Unset): Maximum number of entries returned. Default: 200.
        recv_window (int | Unset): How long, in milliseconds after `X-BM-TIMESTAMP`, the request stays valid. BitMart
            rejects
            it with 30007 when the server receives it later than this, or when the timestamp is more
            than one second ahead of the server clock. Only v4 endpoints read it.
    """

    symbol: str | Unset = UNSET
    order_mode: SpotOrderMode | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    limit: int | Unset = 200
    recv_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_mode: str | Unset = UNSET
        if not isinstance(self.order_mode, Unset):
            order_mode = self.order_mode

        start_time = self.start_time

        end_time = self.end_time

        limit = self.limit

        recv_window = self.recv_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if order_mode is not UNSET:
            field_dict["orderMode"] = order_mode
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if limit is not UNSET:
            field_dict["limit"] = limit
        if recv_window is not UNSET:
            field_dict["recvWindow"] = recv_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str and symbol is not UNSET:
            symbol = note("SpotQueryListRequest", "symbol", "str", symbol)

        order_mode: SpotOrderMode | Unset
        _order_mode = d.pop("orderMode", UNSET)
        order_mode = (
            _order_mode
            if _order_mode is UNSET
            else check_spot_order_mode(_order_mode, "SpotQueryListRequest", "orderMode")
        )

        start_time = d.pop("startTime", UNSET)
        if start_time.__class__ is not int and start_time is not UNSET:
            start_time = note("SpotQueryListRequest", "startTime", "int", start_time)

        end_time = d.pop("endTime", UNSET)
        if end_time.__class__ is not int and end_time is not UNSET:
            end_time = note("SpotQueryListRequest", "endTime", "int", end_time)

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            limit = note("SpotQueryListRequest", "limit", "int", limit)

        recv_window = d.pop("recvWindow", UNSET)
        if recv_window.__class__ is not int and recv_window is not UNSET:
            recv_window = note("SpotQueryListRequest", "recvWindow", "int", recv_window)

        spot_query_list_request = cls(
            symbol=symbol,
            order_mode=order_mode,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            recv_window=recv_window,
        )

        if d:
            note_extra("SpotQueryListRequest", d)
        spot_query_list_request.additional_properties = d
        return spot_query_list_request

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
