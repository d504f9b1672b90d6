from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note_extra

from ..models.earn_switch_action import EarnSwitchAction, check_earn_switch_action
from ..types import UNSET

T = TypeVar("T", bound="SetEarnAutoSavingsBody")


@_attrs_define
class SetEarnAutoSavingsBody:
    """
    Attributes:
        auto_subscribe (EarnSwitchAction): Turn the switch on (`open`) or off (`close`).
    """

    auto_subscribe: EarnSwitchAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_subscribe: str = self.auto_subscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoSubscribe": auto_subscribe,
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
        auto_subscribe: EarnSwitchAction
        _auto_subscribe = d.pop("autoSubscribe", UNSET)
        auto_subscribe = check_earn_switch_action(
            _auto_subscribe, "SetEarnAutoSavingsBody", "autoSubscribe"
        )

        set_earn_auto_savings_body = cls(
            auto_subscribe=auto_subscribe,
        )

        if d:
            note_extra("SetEarnAutoSavingsBody", d)
        set_earn_auto_savings_body.additional_properties = d
        return set_earn_auto_savings_body

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
