from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.funding_withdraw_address import FundingWithdrawAddress


T = TypeVar("T", bound="FundingWithdrawAddresses")


@_attrs_define
class FundingWithdrawAddresses:
    """
    Attributes:
        list_ (list[FundingWithdrawAddress]):
    """

    list_: list[FundingWithdrawAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_ = plain(self.list_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
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
        from ..models.funding_withdraw_address import FundingWithdrawAddress

        d = dict(src_dict)
        list_: list[FundingWithdrawAddress]
        _list_ = d.pop("list", UNSET)
        if _list_.__class__ is list:
            list_ = [
                FundingWithdrawAddress.from_dict(item)
                if item.__class__ is dict
                else note("FundingWithdrawAddresses", "list", "object", item)
                for item in _list_
            ]

        else:
            list_ = note("FundingWithdrawAddresses", "list", "array", _list_)

        funding_withdraw_addresses = cls(
            list_=list_,
        )

        if d:
            note_extra("FundingWithdrawAddresses", d)
        funding_withdraw_addresses.additional_properties = d
        return funding_withdraw_addresses

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
