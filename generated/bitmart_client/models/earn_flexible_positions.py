from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.earn_flexible_position import EarnFlexiblePosition


T = TypeVar("T", bound="EarnFlexiblePositions")


@_attrs_define
class EarnFlexiblePositions:
    """A page of flexible positions.

    Attributes:
        total (int): Number of positions matching the filters, over all pages.
        list_ (list[EarnFlexiblePosition]): This page's positions.
    """

    total: int
    list_: list[EarnFlexiblePosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        list_ = plain(self.list_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
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
        from ..models.earn_flexible_position import EarnFlexiblePosition

        d = dict(src_dict)
        total = d.pop("total", UNSET)
        if total.__class__ is not int:
            total = note("EarnFlexiblePositions", "total", "int", total)

        list_: list[EarnFlexiblePosition]
        _list_ = d.pop("list", UNSET)
        if _list_.__class__ is list:
            list_ = [
                EarnFlexiblePosition.from_dict(item)
                if item.__class__ is dict
                else note("EarnFlexiblePositions", "list", "object", item)
                for item in _list_
            ]

        else:
            list_ = note("EarnFlexiblePositions", "list", "array", _list_)

        earn_flexible_positions = cls(
            total=total,
            list_=list_,
        )

        if d:
            note_extra("EarnFlexiblePositions", d)
        earn_flexible_positions.additional_properties = d
        return earn_flexible_positions

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
