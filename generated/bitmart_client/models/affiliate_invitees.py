from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.affiliate_invitee import AffiliateInvitee


T = TypeVar("T", bound="AffiliateInvitees")


@_attrs_define
class AffiliateInvitees:
    """A page of invited users.

    Attributes:
        total (int): Number of invited users matching the filters, over all pages.
        page (int): This page's number.
        size (int): The page size used.
        list_ (list[AffiliateInvitee]): This page's users.
    """

    total: int
    page: int
    size: int
    list_: list[AffiliateInvitee]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        size = self.size

        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliate_invitee import AffiliateInvitee

        d = dict(src_dict)
        total = d.pop("total")

        page = d.pop("page")

        size = d.pop("size")

        list_ = []
        _list_ = d.pop("list")
        for list_item_data in _list_:
            list_item = AffiliateInvitee.from_dict(list_item_data)

            list_.append(list_item)

        affiliate_invitees = cls(
            total=total,
            page=page,
            size=size,
            list_=list_,
        )

        affiliate_invitees.additional_properties = d
        return affiliate_invitees

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
