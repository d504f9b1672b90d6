from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotAlgoCancelResult")


@_attrs_define
class SpotAlgoCancelResult:
    """The answer to an algo cancellation. BitMart shows no example; it is either empty or
    carries a `result` flag like `SpotCancelResult`.

        Attributes:
            result (bool | Unset): `true` when the cancellation was accepted, if BitMart sends the flag.
    """

    result: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result = d.pop("result", UNSET)
        if result.__class__ is not bool and result is not UNSET:
            result = note("SpotAlgoCancelResult", "result", "bool", result)

        spot_algo_cancel_result = cls(
            result=result,
        )

        if d:
            note_extra("SpotAlgoCancelResult", d)
        spot_algo_cancel_result.additional_properties = d
        return spot_algo_cancel_result

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
