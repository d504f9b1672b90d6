from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.affiliate_rebate_record import AffiliateRebateRecord


T = TypeVar("T", bound="AffiliateRebates")


@_attrs_define
class AffiliateRebates:
    """A page of rebate records with the totals per settlement currency.

    Attributes:
        total (int): Number of records matching the filters, over all pages.
        page (int): This page's number.
        size (int): The page size used.
        btc_rebate_sum (float): Total BTC rebates, a JSON number.
        usdt_rebate_sum (float): Total USDT rebates, a JSON number.
        eth_rebate_sum (float): Total ETH rebates, a JSON number.
        rebate_detail_page_data (list[AffiliateRebateRecord]): This page's records; empty when nothing matches.
    """

    total: int
    page: int
    size: int
    btc_rebate_sum: float
    usdt_rebate_sum: float
    eth_rebate_sum: float
    rebate_detail_page_data: list[AffiliateRebateRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        size = self.size

        btc_rebate_sum = self.btc_rebate_sum

        usdt_rebate_sum = self.usdt_rebate_sum

        eth_rebate_sum = self.eth_rebate_sum

        rebate_detail_page_data = []
        for rebate_detail_page_data_item_data in self.rebate_detail_page_data:
            rebate_detail_page_data_item = rebate_detail_page_data_item_data.to_dict()
            rebate_detail_page_data.append(rebate_detail_page_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "page": page,
                "size": size,
                "btc_rebate_sum": btc_rebate_sum,
                "usdt_rebate_sum": usdt_rebate_sum,
                "eth_rebate_sum": eth_rebate_sum,
                "rebate_detail_page_data": rebate_detail_page_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliate_rebate_record import AffiliateRebateRecord

        d = dict(src_dict)
        total = d.pop("total")

        page = d.pop("page")

        size = d.pop("size")

        btc_rebate_sum = d.pop("btc_rebate_sum")

        usdt_rebate_sum = d.pop("usdt_rebate_sum")

        eth_rebate_sum = d.pop("eth_rebate_sum")

        rebate_detail_page_data = []
        _rebate_detail_page_data = d.pop("rebate_detail_page_data")
        for rebate_detail_page_data_item_data in _rebate_detail_page_data:
            rebate_detail_page_data_item = AffiliateRebateRecord.from_dict(
                rebate_detail_page_data_item_data
            )

            rebate_detail_page_data.append(rebate_detail_page_data_item)

        affiliate_rebates = cls(
            total=total,
            page=page,
            size=size,
            btc_rebate_sum=btc_rebate_sum,
            usdt_rebate_sum=usdt_rebate_sum,
            eth_rebate_sum=eth_rebate_sum,
            rebate_detail_page_data=rebate_detail_page_data,
        )

        affiliate_rebates.additional_properties = d
        return affiliate_rebates

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
