from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.broker_rebates_by_day import BrokerRebatesByDay


T = TypeVar("T", bound="BrokerRebates")


@_attrs_define
class BrokerRebates:
    """
    Attributes:
        rebates (BrokerRebatesByDay): Rebates keyed by day (a date string such as `2025-11-21`); each value lists the
            currencies and amounts rebated that day. Empty when there were none.
    """

    rebates: BrokerRebatesByDay
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rebates = plain(self.rebates)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rebates": rebates,
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
        from ..models.broker_rebates_by_day import BrokerRebatesByDay

        d = dict(src_dict)
        rebates: BrokerRebatesByDay
        _rebates = d.pop("rebates", UNSET)
        if _rebates.__class__ is dict:
            rebates = BrokerRebatesByDay.from_dict(_rebates)
        else:
            rebates = note("BrokerRebates", "rebates", "object", _rebates)

        broker_rebates = cls(
            rebates=rebates,
        )

        if d:
            note_extra("BrokerRebates", d)
        broker_rebates.additional_properties = d
        return broker_rebates

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
