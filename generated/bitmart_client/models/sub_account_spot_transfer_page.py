from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.sub_account_spot_transfer import SubAccountSpotTransfer


T = TypeVar("T", bound="SubAccountSpotTransferPage")


@_attrs_define
class SubAccountSpotTransferPage:
    """
    Attributes:
        total (int): Number of records in `historyList`.
        history_list (list[SubAccountSpotTransfer]): The transfers (BitMart's examples list the newest first).
    """

    total: int
    history_list: list[SubAccountSpotTransfer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        history_list = plain(self.history_list)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "historyList": history_list,
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
        from ..models.sub_account_spot_transfer import SubAccountSpotTransfer

        d = dict(src_dict)
        total = d.pop("total", UNSET)
        if total.__class__ is not int:
            total = note("SubAccountSpotTransferPage", "total", "int", total)

        history_list: list[SubAccountSpotTransfer]
        _history_list = d.pop("historyList", UNSET)
        if _history_list.__class__ is list:
            history_list = [
                SubAccountSpotTransfer.from_dict(item)
                if item.__class__ is dict
                else note("SubAccountSpotTransferPage", "historyList", "object", item)
                for item in _history_list
            ]

        else:
            history_list = note(
                "SubAccountSpotTransferPage", "historyList", "array", _history_list
            )

        sub_account_spot_transfer_page = cls(
            total=total,
            history_list=history_list,
        )

        if d:
            note_extra("SubAccountSpotTransferPage", d)
        sub_account_spot_transfer_page.additional_properties = d
        return sub_account_spot_transfer_page

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
