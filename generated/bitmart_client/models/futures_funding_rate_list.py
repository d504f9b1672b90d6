from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.futures_funding_rate import FuturesFundingRate


T = TypeVar("T", bound="FuturesFundingRateList")


@_attrs_define
class FuturesFundingRateList:
    """
    Attributes:
        list_ (list[FuturesFundingRate]): One row per contract.
    """

    list_: list[FuturesFundingRate]
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
        from ..models.futures_funding_rate import FuturesFundingRate

        d = dict(src_dict)
        list_: list[FuturesFundingRate]
        _list_ = d.pop("list", UNSET)
        if _list_.__class__ is list:
            list_ = [
                FuturesFundingRate.from_dict(item)
                if item.__class__ is dict
                else note("FuturesFundingRateList", "list", "object", item)
                for item in _list_
            ]

        else:
            list_ = note("FuturesFundingRateList", "list", "array", _list_)

        futures_funding_rate_list = cls(
            list_=list_,
        )

        if d:
            note_extra("FuturesFundingRateList", d)
        futures_funding_rate_list.additional_properties = d
        return futures_funding_rate_list

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
