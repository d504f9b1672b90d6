from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.funding_record import FundingRecord


T = TypeVar("T", bound="FundingRecordDetail")


@_attrs_define
class FundingRecordDetail:
    """
    Attributes:
        record (FundingRecord): A deposit or a withdrawal with its latest status.
    """

    record: FundingRecord
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record = plain(self.record)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
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
        from ..models.funding_record import FundingRecord

        d = dict(src_dict)
        record: FundingRecord
        _record = d.pop("record", UNSET)
        if _record.__class__ is dict:
            record = FundingRecord.from_dict(_record)
        else:
            record = note("FundingRecordDetail", "record", "object", _record)

        funding_record_detail = cls(
            record=record,
        )

        if d:
            note_extra("FundingRecordDetail", d)
        funding_record_detail.additional_properties = d
        return funding_record_detail

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
