from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, plain

if TYPE_CHECKING:
    from ..models.broker_rebate import BrokerRebate


T = TypeVar("T", bound="BrokerRebatesByDay")


@_attrs_define
class BrokerRebatesByDay:
    """Rebates keyed by day (a date string such as `2025-11-21`); each value lists the
    currencies and amounts rebated that day. Empty when there were none.

    """

    additional_properties: dict[str, list[BrokerRebate]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = plain(prop)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.broker_rebate import BrokerRebate

        d = dict(src_dict)
        broker_rebates_by_day = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_dict.__class__ is list:
                additional_property = [
                    BrokerRebate.from_dict(item)
                    if item.__class__ is dict
                    else note("BrokerRebatesByDay", prop_name, "object", item)
                    for item in prop_dict
                ]

            else:
                additional_property = note(
                    "BrokerRebatesByDay", prop_name, "array", prop_dict
                )

            additional_properties[prop_name] = additional_property
        broker_rebates_by_day.additional_properties = additional_properties
        return broker_rebates_by_day

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[BrokerRebate]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[BrokerRebate]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
