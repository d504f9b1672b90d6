from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

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

        rebate_detail_page_data = plain(self.rebate_detail_page_data)

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
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliate_rebate_record import AffiliateRebateRecord

        d = dict(src_dict)
        total = d.pop("total", UNSET)
        if total.__class__ is not int:
            total = note("AffiliateRebates", "total", "int", total)

        page = d.pop("page", UNSET)
        if page.__class__ is not int:
            page = note("AffiliateRebates", "page", "int", page)

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = note("AffiliateRebates", "size", "int", size)

        btc_rebate_sum = d.pop("btc_rebate_sum", UNSET)
        if (
            btc_rebate_sum.__class__ is not float
            and btc_rebate_sum.__class__ is not int
        ):
            btc_rebate_sum = note(
                "AffiliateRebates", "btc_rebate_sum", "float", btc_rebate_sum
            )

        usdt_rebate_sum = d.pop("usdt_rebate_sum", UNSET)
        if (
            usdt_rebate_sum.__class__ is not float
            and usdt_rebate_sum.__class__ is not int
        ):
            usdt_rebate_sum = note(
                "AffiliateRebates", "usdt_rebate_sum", "float", usdt_rebate_sum
            )

        eth_rebate_sum = d.pop("eth_rebate_sum", UNSET)
        if (
            eth_rebate_sum.__class__ is not float
            and eth_rebate_sum.__class__ is not int
        ):
            eth_rebate_sum = note(
                "AffiliateRebates", "eth_rebate_sum", "float", eth_rebate_sum
            )

        rebate_detail_page_data: list[AffiliateRebateRecord]
        _rebate_detail_page_data = d.pop("rebate_detail_page_data", UNSET)
        if _rebate_detail_page_data.__class__ is list:
            rebate_detail_page_data = [
                AffiliateRebateRecord.from_dict(item)
                if item.__class__ is dict
                else note("AffiliateRebates", "rebate_detail_page_data", "object", item)
                for item in _rebate_detail_page_data
            ]

        else:
            rebate_detail_page_data = note(
                "AffiliateRebates",
                "rebate_detail_page_data",
                "array",
                _rebate_detail_page_data,
            )

        affiliate_rebates = cls(
            total=total,
            page=page,
            size=size,
            btc_rebate_sum=btc_rebate_sum,
            usdt_rebate_sum=usdt_rebate_sum,
            eth_rebate_sum=eth_rebate_sum,
            rebate_detail_page_data=rebate_detail_page_data,
        )

        if d:
            note_extra("AffiliateRebates", d)
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
