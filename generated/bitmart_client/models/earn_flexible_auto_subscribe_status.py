from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note_extra

from ..models.earn_switch_status import EarnSwitchStatus, check_earn_switch_status
from ..types import UNSET

T = TypeVar("T", bound="EarnFlexibleAutoSubscribeStatus")


@_attrs_define
class EarnFlexibleAutoSubscribeStatus:
    """
    Attributes:
        subscribe_status (EarnSwitchStatus): State of an auto-subscribe switch.
    """

    subscribe_status: EarnSwitchStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscribe_status: str = self.subscribe_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscribeStatus": subscribe_status,
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
        subscribe_status: EarnSwitchStatus
        _subscribe_status = d.pop("subscribeStatus", UNSET)
        subscribe_status = check_earn_switch_status(
            _subscribe_status, "EarnFlexibleAutoSubscribeStatus", "subscribeStatus"
        )

        earn_flexible_auto_subscribe_status = cls(
            subscribe_status=subscribe_status,
        )

        if d:
            note_extra("EarnFlexibleAutoSubscribeStatus", d)
        earn_flexible_auto_subscribe_status.additional_properties = d
        return earn_flexible_auto_subscribe_status

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
