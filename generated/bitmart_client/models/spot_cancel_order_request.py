from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotCancelOrderRequest")


@_attrs_define
class SpotCancelOrderRequest:
    """Name the order by exactly one of `order_id` and `client_order_id`.

    Attributes:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        order_id (str | Unset): BitMart's order id (a numeric string); required unless `client_order_id` is sent.
        client_order_id (str | Unset): An id of the caller's choosing, 1 to 32 letters and digits, unique among the
            account's
            orders. Sending one makes placement safe to retry: the order can be looked up by it.
    """

    symbol: str
    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
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
            symbol = note("SpotCancelOrderRequest", "symbol", "str", symbol)

        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str and order_id is not UNSET:
            order_id = note("SpotCancelOrderRequest", "order_id", "str", order_id)

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str and client_order_id is not UNSET:
            client_order_id = note(
                "SpotCancelOrderRequest", "client_order_id", "str", client_order_id
            )

        spot_cancel_order_request = cls(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
        )

        if d:
            note_extra("SpotCancelOrderRequest", d)
        spot_cancel_order_request.additional_properties = d
        return spot_cancel_order_request

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
