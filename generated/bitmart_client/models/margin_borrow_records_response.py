from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_borrow_records import MarginBorrowRecords


T = TypeVar("T", bound="MarginBorrowRecordsResponse")


@_attrs_define
class MarginBorrowRecordsResponse:
    """
    Attributes:
        code (Literal[1000]): Always 1000 on success.
        data (MarginBorrowRecords):
        message (str | Unset): `OK` on spot and account endpoints, `Ok` on futures, `success` on spot market data.
        trace (str | Unset): BitMart's id for this request; quote it when asking BitMart support.
    """

    code: Literal[1000]
    data: MarginBorrowRecords
    message: str | Unset = UNSET
    trace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data = plain(self.data)

        message = self.message

        trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if trace is not UNSET:
            field_dict["trace"] = trace
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.margin_borrow_records import MarginBorrowRecords

        d = dict(src_dict)
        code: Literal[1000]
        _code = d.pop("code", UNSET)
        code = _code
        if _code != 1000:
            code = note("MarginBorrowRecordsResponse", "code", "const", _code)

        data: MarginBorrowRecords
        _data = d.pop("data", UNSET)
        if _data.__class__ is dict:
            data = MarginBorrowRecords.from_dict(_data)
        else:
            data = note("MarginBorrowRecordsResponse", "data", "object", _data)

        message = d.pop("message", UNSET)
        if message.__class__ is not str and message is not UNSET:
            message = note("MarginBorrowRecordsResponse", "message", "str", message)

        trace = d.pop("trace", UNSET)
        if trace.__class__ is not str and trace is not UNSET:
            trace = note("MarginBorrowRecordsResponse", "trace", "str", trace)

        margin_borrow_records_response = cls(
            code=code,
            data=data,
            message=message,
            trace=trace,
        )

        if d:
            note_extra("MarginBorrowRecordsResponse", d)
        margin_borrow_records_response.additional_properties = d
        return margin_borrow_records_response

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
