from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.futures_transfer_record import FuturesTransferRecord


T = TypeVar("T", bound="FuturesTransferList")


@_attrs_define
class FuturesTransferList:
    """One page of spot-futures transfers.

    Attributes:
        records (list[FuturesTransferRecord]):
    """

    records: list[FuturesTransferRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = plain(self.records)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
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
        from ..models.futures_transfer_record import FuturesTransferRecord

        d = dict(src_dict)
        records: list[FuturesTransferRecord]
        _records = d.pop("records", UNSET)
        if _records.__class__ is list:
            records = [
                FuturesTransferRecord.from_dict(item)
                if item.__class__ is dict
                else note("FuturesTransferList", "records", "object", item)
                for item in _records
            ]

        else:
            records = note("FuturesTransferList", "records", "array", _records)

        futures_transfer_list = cls(
            records=records,
        )

        if d:
            note_extra("FuturesTransferList", d)
        futures_transfer_list.additional_properties = d
        return futures_transfer_list

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
