from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.spot_batch_order_outcome import SpotBatchOrderOutcome


T = TypeVar("T", bound="SpotBatchOrdersLegacyResult")


@_attrs_define
class SpotBatchOrdersLegacyResult:
    """
    Attributes:
        responses (list[SpotBatchOrderOutcome]): One result per order, in request order.
    """

    responses: list[SpotBatchOrderOutcome]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        responses = plain(self.responses)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "responses": responses,
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
        from ..models.spot_batch_order_outcome import SpotBatchOrderOutcome

        d = dict(src_dict)
        responses: list[SpotBatchOrderOutcome]
        _responses = d.pop("responses", UNSET)
        if _responses.__class__ is list:
            responses = [
                SpotBatchOrderOutcome.from_dict(item)
                if item.__class__ is dict
                else note("SpotBatchOrdersLegacyResult", "responses", "object", item)
                for item in _responses
            ]

        else:
            responses = note(
                "SpotBatchOrdersLegacyResult", "responses", "array", _responses
            )

        spot_batch_orders_legacy_result = cls(
            responses=responses,
        )

        if d:
            note_extra("SpotBatchOrdersLegacyResult", d)
        spot_batch_orders_legacy_result.additional_properties = d
        return spot_batch_orders_legacy_result

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
