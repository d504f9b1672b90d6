from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.affiliate_rebate_status import (
    AffiliateRebateStatus,
    check_affiliate_rebate_status,
)
from ..types import UNSET

T = TypeVar("T", bound="AffiliateInvitee")


@_attrs_define
class AffiliateInvitee:
    """One invited user with cumulative figures converted to USDT (camelCase names).

    Attributes:
        cid (int): The invited user's CID.
        rebate_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_vol_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        cashback_rate (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_fee_total (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        back_rate (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        status (AffiliateRebateStatus): Whether the rebate has been paid, 1 yes, 0 no.
    """

    cid: int
    rebate_total: str
    trading_vol_total: str
    cashback_rate: str
    trading_fee_total: str
    back_rate: str
    status: AffiliateRebateStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cid = self.cid

        rebate_total = self.rebate_total

        trading_vol_total = self.trading_vol_total

        cashback_rate = self.cashback_rate

        trading_fee_total = self.trading_fee_total

        back_rate = self.back_rate

        status: int = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cid": cid,
                "rebateTotal": rebate_total,
                "tradingVolTotal": trading_vol_total,
                "cashbackRate": cashback_rate,
                "tradingFeeTotal": trading_fee_total,
                "backRate": back_rate,
                "status": status,
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
        cid = d.pop("cid", UNSET)
        if cid.__class__ is not int:
            cid = note("AffiliateInvitee", "cid", "int", cid)

        rebate_total = d.pop("rebateTotal", UNSET)
        if rebate_total.__class__ is not str:
            rebate_total = note("AffiliateInvitee", "rebateTotal", "str", rebate_total)

        trading_vol_total = d.pop("tradingVolTotal", UNSET)
        if trading_vol_total.__class__ is not str:
            trading_vol_total = note(
                "AffiliateInvitee", "tradingVolTotal", "str", trading_vol_total
            )

        cashback_rate = d.pop("cashbackRate", UNSET)
        if cashback_rate.__class__ is not str:
            cashback_rate = note(
                "AffiliateInvitee", "cashbackRate", "str", cashback_rate
            )

        trading_fee_total = d.pop("tradingFeeTotal", UNSET)
        if trading_fee_total.__class__ is not str:
            trading_fee_total = note(
                "AffiliateInvitee", "tradingFeeTotal", "str", trading_fee_total
            )

        back_rate = d.pop("backRate", UNSET)
        if back_rate.__class__ is not str:
            back_rate = note("AffiliateInvitee", "backRate", "str", back_rate)

        status: AffiliateRebateStatus
        _status = d.pop("status", UNSET)
        status = check_affiliate_rebate_status(_status, "AffiliateInvitee", "status")

        affiliate_invitee = cls(
            cid=cid,
            rebate_total=rebate_total,
            trading_vol_total=trading_vol_total,
            cashback_rate=cashback_rate,
            trading_fee_total=trading_fee_total,
            back_rate=back_rate,
            status=status,
        )

        if d:
            note_extra("AffiliateInvitee", d)
        affiliate_invitee.additional_properties = d
        return affiliate_invitee

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
