from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.affiliate_trade import AffiliateTrade


T = TypeVar("T", bound="AffiliateTrades")


@_attrs_define
class AffiliateTrades:
    """A page of an invited user's trades.

    Attributes:
        total (int): Number of trades matching the filters, over all pages.
        page (int): This page's number.
        size (int): The page size used.
        list_ (list[AffiliateTrade]): This page's trades.
    """

    total: int
    page: int
    size: int
    list_: list[AffiliateTrade]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        size = self.size

        list_ = plain(self.list_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "page": page,
                "size": size,
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
        from ..models.affiliate_trade import AffiliateTrade

        d = dict(src_dict)
        total = d.pop("total", UNSET)
        if total.__class__ is not int:
            total = note("AffiliateTrades", "total", "int", total)

        page = d.pop("page", UNSET)
        if page.__class__ is not int:
            page = note("AffiliateTrades", "page", "int", page)

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = note("AffiliateTrades", "size", "int", size)

        list_: list[AffiliateTrade]
        _list_ = d.pop("list", UNSET)
        if _list_.__class__ is list:
            list_ = [
                AffiliateTrade.from_dict(item)
                if item.__class__ is dict
                else note("AffiliateTrades", "list", "object", item)
                for item in _list_
            ]

        else:
            list_ = note("AffiliateTrades", "list", "array", _list_)

        affiliate_trades = cls(
            total=total,
            page=page,
            size=size,
            list_=list_,
        )

        if d:
            note_extra("AffiliateTrades", d)
        affiliate_trades.additional_properties = d
        return affiliate_trades

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
