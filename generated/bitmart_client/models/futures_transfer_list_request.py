from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

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
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page", UNSET)
        if page.__class__ is not int:
            page = note("FuturesTransferListRequest", "page", "int", page)

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int:
            limit = note("FuturesTransferListRequest", "limit", "int", limit)

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str and currency is not UNSET:
            currency = note("FuturesTransferListRequest", "currency", "str", currency)

        time_start = d.pop("time_start", UNSET)
        if time_start.__class__ is not int and time_start is not UNSET:
            time_start = note(
                "FuturesTransferListRequest", "time_start", "int", time_start
            )

        time_end = d.pop("time_end", UNSET)
        if time_end.__class__ is not int and time_end is not UNSET:
            time_end = note("FuturesTransferListRequest", "time_end", "int", time_end)

        recv_window = d.pop("recvWindow", UNSET)
        if recv_window.__class__ is not int and recv_window is not UNSET:
            recv_window = note(
                "FuturesTransferListRequest", "recvWindow", "int", recv_window
            )

        futures_transfer_list_request = cls(
            page=page,
            limit=limit,
            currency=currency,
            time_start=time_start,
            time_end=time_end,
            recv_window=recv_window,
        )

        if d:
            note_extra("FuturesTransferListRequest", d)
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
