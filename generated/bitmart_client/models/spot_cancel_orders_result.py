from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="SpotCancelOrdersResult")


@_attrs_define
class SpotCancelOrdersResult:
    """
    Attributes:
        success_ids (list[str]): The ids (as sent) of the orders cancelled.
        fail_ids (list[str]): The ids (as sent) of the orders that could not be cancelled (already finished or unknown).
        total_count (int): Number of ids sent.
        success_count (int): Number of orders cancelled.
        failed_count (int): Number of orders not cancelled.
    """

    success_ids: list[str]
    fail_ids: list[str]
    total_count: int
    success_count: int
    failed_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_ids = self.success_ids

        fail_ids = self.fail_ids

        total_count = self.total_count

        success_count = self.success_count

        failed_count = self.failed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successIds": success_ids,
                "failIds": fail_ids,
                "totalCount": total_count,
                "successCount": success_count,
                "failedCount": failed_count,
            }
        )
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success_ids: list[str]
        _success_ids = d.pop("successIds", UNSET)
        if _success_ids.__class__ is list:
            success_ids = cast(list[str], _success_ids)

        else:
            success_ids = note(
                "SpotCancelOrdersResult", "successIds", "array", _success_ids
            )

        fail_ids: list[str]
        _fail_ids = d.pop("failIds", UNSET)
        if _fail_ids.__class__ is list:
            fail_ids = cast(list[str], _fail_ids)

        else:
            fail_ids = note("SpotCancelOrdersResult", "failIds", "array", _fail_ids)

        total_count = d.pop("totalCount", UNSET)
        if total_count.__class__ is not int:
            total_count = note(
                "SpotCancelOrdersResult", "totalCount", "int", total_count
            )

        success_count = d.pop("successCount", UNSET)
        if success_count.__class__ is not int:
            success_count = note(
                "SpotCancelOrdersResult", "successCount", "int", success_count
            )

        failed_count = d.pop("failedCount", UNSET)
        if failed_count.__class__ is not int:
            failed_count = note(
                "SpotCancelOrdersResult", "failedCount", "int", failed_count
            )

        spot_cancel_orders_result = cls(
            success_ids=success_ids,
            fail_ids=fail_ids,
            total_count=total_count,
            success_count=success_count,
            failed_count=failed_count,
        )

        if d:
            note_extra("SpotCancelOrdersResult", d)
        spot_cancel_orders_result.additional_properties = d
        return spot_cancel_orders_result

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
