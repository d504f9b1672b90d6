from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FundingWithdrawResult")


@_attrs_define
class FundingWithdrawResult:
    """
    Attributes:
        withdraw_id (str): Id of the withdrawal: `withdraw_id` in `get_deposit_withdraw_history` and the `id` of
            `get_deposit_withdraw_detail`.
    """

    withdraw_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdraw_id = self.withdraw_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "withdraw_id": withdraw_id,
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
        withdraw_id = d.pop("withdraw_id", UNSET)
        if withdraw_id.__class__ is not str:
            withdraw_id = note(
                "FundingWithdrawResult", "withdraw_id", "str", withdraw_id
            )

        funding_withdraw_result = cls(
            withdraw_id=withdraw_id,
        )

        if d:
            note_extra("FundingWithdrawResult", d)
        funding_withdraw_result.additional_properties = d
        return funding_withdraw_result

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
