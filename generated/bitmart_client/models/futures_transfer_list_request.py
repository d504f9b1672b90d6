from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesTransferListRequest")


@_attrs_define
class FuturesTransferListRequest:
    """
    Attributes:
        page (int): Page number, 1 to 1000.
        limit (int): Records per page, 10 to 100.
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        time_start (int | Unset): Unix time in milliseconds.
        time_end (int | Unset): Unix time in milliseconds.
        recv_window (int | Unset): How long, in milliseconds after `X-BM-TIMESTAMP`, the request stays valid. BitMart
            rejects
            it with 30007 when the server receives it later than this, or when the timestamp is more
            than one second ahead of the server clock. Only v4 endpoints read it.
    """

    page: int
    limit: int
    currency: str | Unset = UNSET
    time_start: int | Unset = UNSET
    time_end: int | Unset = UNSET
    recv_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        currency = self.currency

        time_start = self.time_start

        time_end = self.time_end

        recv_window = self.recv_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if time_end is not UNSET:
            field_dict["time_end"] = time_end
        if recv_window is not UNSET:
            field_dict["recvWindow"] = recv_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page")

        limit = d.pop("limit")

        currency = d.pop("currency", UNSET)

        time_start = d.pop("time_start", UNSET)

        time_end = d.pop("time_end", UNSET)

        recv_window = d.pop("recvWindow", UNSET)

        futures_transfer_list_request = cls(
            page=page,
            limit=limit,
            currency=currency,
            time_start=time_start,
            time_end=time_end,
            recv_window=recv_window,
        )

        futures_transfer_list_request.additional_properties = d
        return futures_transfer_list_request

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
