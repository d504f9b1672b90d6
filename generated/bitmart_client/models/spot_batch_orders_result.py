from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spot_batch_order_ids import SpotBatchOrderIds


T = TypeVar("T", bound="SpotBatchOrdersResult")


@_attrs_define
class SpotBatchOrdersResult:
    """The batch's own envelope, nested inside the outer `data`.

    Attributes:
        code (int): 0 when the batch was placed.
        msg (str): `success`, or why the batch failed.
        data (SpotBatchOrderIds | Unset):
    """

    code: int
    msg: str
    data: SpotBatchOrderIds | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = plain(self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.spot_batch_order_ids import SpotBatchOrderIds

        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if code.__class__ is not int:
            code = note("SpotBatchOrdersResult", "code", "int", code)

        msg = d.pop("msg", UNSET)
        if msg.__class__ is not str:
            msg = note("SpotBatchOrdersResult", "msg", "str", msg)

        data: SpotBatchOrderIds | Unset
        _data = d.pop("data", UNSET)
        if _data.__class__ is dict:
            data = SpotBatchOrderIds.from_dict(_data)
        elif _data is UNSET:
            data = UNSET
        else:
            data = note("SpotBatchOrdersResult", "data", "object", _data)

        spot_batch_orders_result = cls(
            code=code,
            msg=msg,
            data=data,
        )

        if d:
            note_extra("SpotBatchOrdersResult", d)
        spot_batch_orders_result.additional_properties = d
        return spot_batch_orders_result

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
