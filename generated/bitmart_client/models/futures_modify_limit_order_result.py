from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesModifyLimitOrderResult")


@_attrs_define
class FuturesModifyLimitOrderResult:
    """
    Attributes:
        order_id (int): An order id sent as a JSON number (by submit-order, submit-plan-order,
            submit-trail-order and modify-limit-order). It can exceed 2^53: parse it as an integer,
            never a float. The queries return the same id as a numeric string.
        client_order_id (str | Unset): The order's client order id; the empty string when it has none.
    """

    order_id: int
    client_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
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
        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not int:
            order_id = note(
                "FuturesModifyLimitOrderResult", "order_id", "int", order_id
            )

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str and client_order_id is not UNSET:
            client_order_id = note(
                "FuturesModifyLimitOrderResult",
                "client_order_id",
                "str",
                client_order_id,
            )

        futures_modify_limit_order_result = cls(
            order_id=order_id,
            client_order_id=client_order_id,
        )

        if d:
            note_extra("FuturesModifyLimitOrderResult", d)
        futures_modify_limit_order_result.additional_properties = d
        return futures_modify_limit_order_result

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
