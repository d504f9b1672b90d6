from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AffiliateUserRebate")


@_attrs_define
class AffiliateUserRebate:
    """Futures volume, fees and rebate of one user; `_total` fields are lifetime figures.

    Attributes:
        cid (int): The user's CID.
        back_rate (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_vol_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_fee_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        rebate_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_vol (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_fee (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        rebate (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    cid: int
    back_rate: str
    trading_vol_total: str
    trading_fee_total: str
    rebate_total: str
    trading_vol: str
    trading_fee: str
    rebate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cid = self.cid

        back_rate = self.back_rate

        trading_vol_total = self.trading_vol_total

        trading_fee_total = self.trading_fee_total

        rebate_total = self.rebate_total

        trading_vol = self.trading_vol

        trading_fee = self.trading_fee

        rebate = self.rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cid": cid,
                "back_rate": back_rate,
                "trading_vol_total": trading_vol_total,
                "trading_fee_total": trading_fee_total,
                "rebate_total": rebate_total,
                "trading_vol": trading_vol,
                "trading_fee": trading_fee,
                "rebate": rebate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cid = d.pop("cid")

        back_rate = d.pop("back_rate")

        trading_vol_total = d.pop("trading_vol_total")

        trading_fee_total = d.pop("trading_fee_total")

        rebate_total = d.pop("rebate_total")

        trading_vol = d.pop("trading_vol")

        trading_fee = d.pop("trading_fee")

        rebate = d.pop("rebate")

        affiliate_user_rebate = cls(
            cid=cid,
            back_rate=back_rate,
            trading_vol_total=trading_vol_total,
            trading_fee_total=trading_fee_total,
            rebate_total=rebate_total,
            trading_vol=trading_vol,
            trading_fee=trading_fee,
            rebate=rebate,
        )

        affiliate_user_rebate.additional_properties = d
        return affiliate_user_rebate

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
