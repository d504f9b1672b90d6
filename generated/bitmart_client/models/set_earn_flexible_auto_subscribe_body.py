from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.earn_switch_action import EarnSwitchAction, check_earn_switch_action
from ..types import UNSET

T = TypeVar("T", bound="SetEarnFlexibleAutoSubscribeBody")


@_attrs_define
class SetEarnFlexibleAutoSubscribeBody:
    """
    Attributes:
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g. `1001`).
        auto_subscribe (EarnSwitchAction): Turn the switch on (`open`) or off (`close`).
    """

    product_id: str
    auto_subscribe: EarnSwitchAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        auto_subscribe: str = self.auto_subscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
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
        product_id = d.pop("productId", UNSET)
        if product_id.__class__ is not str:
            product_id = note(
                "SetEarnFlexibleAutoSubscribeBody", "productId", "str", product_id
            )

        auto_subscribe: EarnSwitchAction
        _auto_subscribe = d.pop("autoSubscribe", UNSET)
        auto_subscribe = check_earn_switch_action(
            _auto_subscribe, "SetEarnFlexibleAutoSubscribeBody", "autoSubscribe"
        )

        set_earn_flexible_auto_subscribe_body = cls(
            product_id=product_id,
            auto_subscribe=auto_subscribe,
        )

        if d:
            note_extra("SetEarnFlexibleAutoSubscribeBody", d)
        set_earn_flexible_auto_subscribe_body.additional_properties = d
        return set_earn_flexible_auto_subscribe_body

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
