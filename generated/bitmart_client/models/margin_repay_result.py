from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="MarginRepayResult")


@_attrs_define
class MarginRepayResult:
    """
    Attributes:
        repay_id (str): The id of a borrowing or repayment, as returned by `borrow_margin` / `repay_margin`.
            An opaque string: digits in BitMart's examples, but other forms occur (e.g.
            `ES16612345642160qnqR1ce`, or a UUID), so do not parse it as a number.
    """

    repay_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repay_id = self.repay_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repay_id": repay_id,
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
        repay_id = d.pop("repay_id", UNSET)
        if repay_id.__class__ is not str:
            repay_id = note("MarginRepayResult", "repay_id", "str", repay_id)

        margin_repay_result = cls(
            repay_id=repay_id,
        )

        if d:
            note_extra("MarginRepayResult", d)
        margin_repay_result.additional_properties = d
        return margin_repay_result

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
