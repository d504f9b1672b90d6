from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesCancelAllAfterResult")


@_attrs_define
class FuturesCancelAllAfterResult:
    """
    Attributes:
        result (bool): Whether the countdown was set.
        set_time (int): Unix time in seconds.
        cancel_time (int): Unix time in seconds.
    """

    result: bool
    set_time: int
    cancel_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        set_time = self.set_time

        cancel_time = self.cancel_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "set_time": set_time,
                "cancel_time": cancel_time,
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
        result = d.pop("result", UNSET)
        if result.__class__ is not bool:
            result = note("FuturesCancelAllAfterResult", "result", "bool", result)

        set_time = d.pop("set_time", UNSET)
        if set_time.__class__ is not int:
            set_time = note("FuturesCancelAllAfterResult", "set_time", "int", set_time)

        cancel_time = d.pop("cancel_time", UNSET)
        if cancel_time.__class__ is not int:
            cancel_time = note(
                "FuturesCancelAllAfterResult", "cancel_time", "int", cancel_time
            )

        futures_cancel_all_after_result = cls(
            result=result,
            set_time=set_time,
            cancel_time=cancel_time,
        )

        if d:
            note_extra("FuturesCancelAllAfterResult", d)
        futures_cancel_all_after_result.additional_properties = d
        return futures_cancel_all_after_result

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
