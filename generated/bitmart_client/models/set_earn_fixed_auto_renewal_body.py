from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.earn_fixed_renewal import EarnFixedRenewal, check_earn_fixed_renewal
from ..types import UNSET

T = TypeVar("T", bound="SetEarnFixedAutoRenewalBody")


@_attrs_define
class SetEarnFixedAutoRenewalBody:
    """
    Attributes:
        earn_id (str): A savings position id (`earnId`), a numeric string in BitMart's examples.
        auto_subscribe (EarnFixedRenewal): What a fixed-term position does at maturity: `OFF` pay out,
            `REINVEST_FLEXIBLE` move
            into flexible savings, `REINVEST_FIXED` lock again in the same product.
    """

    earn_id: str
    auto_subscribe: EarnFixedRenewal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earn_id = self.earn_id

        auto_subscribe: str = self.auto_subscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earnId": earn_id,
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
        earn_id = d.pop("earnId", UNSET)
        if earn_id.__class__ is not str:
            earn_id = note("SetEarnFixedAutoRenewalBody", "earnId", "str", earn_id)

        auto_subscribe: EarnFixedRenewal
        _auto_subscribe = d.pop("autoSubscribe", UNSET)
        auto_subscribe = check_earn_fixed_renewal(
            _auto_subscribe, "SetEarnFixedAutoRenewalBody", "autoSubscribe"
        )

        set_earn_fixed_auto_renewal_body = cls(
            earn_id=earn_id,
            auto_subscribe=auto_subscribe,
        )

        if d:
            note_extra("SetEarnFixedAutoRenewalBody", d)
        set_earn_fixed_auto_renewal_body.additional_properties = d
        return set_earn_fixed_auto_renewal_body

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
