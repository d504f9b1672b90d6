from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note_extra

from ..models.futures_set_position_mode_value import (
    FuturesSetPositionModeValue,
    check_futures_set_position_mode_value,
)
from ..types import UNSET

T = TypeVar("T", bound="FuturesSetPositionModeRequest")


@_attrs_define
class FuturesSetPositionModeRequest:
    """
    Attributes:
        position_mode (FuturesSetPositionModeValue): `hedge_mode` (separate long and short positions per contract) or
            `one_way_mode` (one
            net position per contract).
    """

    position_mode: FuturesSetPositionModeValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_mode: str = self.position_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position_mode": position_mode,
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
        position_mode: FuturesSetPositionModeValue
        _position_mode = d.pop("position_mode", UNSET)
        position_mode = check_futures_set_position_mode_value(
            _position_mode, "FuturesSetPositionModeRequest", "position_mode"
        )

        futures_set_position_mode_request = cls(
            position_mode=position_mode,
        )

        if d:
            note_extra("FuturesSetPositionModeRequest", d)
        futures_set_position_mode_request.additional_properties = d
        return futures_set_position_mode_request

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
