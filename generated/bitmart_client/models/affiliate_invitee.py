from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

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
        rebate_total (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_vol_total (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        cashback_rate (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_fee_total (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        back_rate (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        status (AffiliateRebateStatus): Whether the rebate has been paid, 1 yes, 0 no.
    """

    cid: int
    rebate_total: Decimal
    trading_vol_total: Decimal
    cashback_rate: Decimal
    trading_fee_total: Decimal
    back_rate: Decimal
    status: AffiliateRebateStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        cid = self.cid

        rebate_total = decimal_text(self.rebate_total, self._sent_fields, "rebateTotal")

        trading_vol_total = decimal_text(
            self.trading_vol_total, self._sent_fields, "tradingVolTotal"
        )

        cashback_rate = decimal_text(
            self.cashback_rate, self._sent_fields, "cashbackRate"
        )

        trading_fee_total = decimal_text(
            self.trading_fee_total, self._sent_fields, "tradingFeeTotal"
        )

        back_rate = decimal_text(self.back_rate, self._sent_fields, "backRate")

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
        if rebate_total.__class__ is str:
            try:
                rebate_total = Decimal(rebate_total)
            except ArithmeticError:
                rebate_total = note(
                    "AffiliateInvitee", "rebateTotal", "decimal", rebate_total
                )
        else:
            rebate_total = note(
                "AffiliateInvitee", "rebateTotal", "decimal", rebate_total
            )

        trading_vol_total = d.pop("tradingVolTotal", UNSET)
        if trading_vol_total.__class__ is str:
            try:
                trading_vol_total = Decimal(trading_vol_total)
            except ArithmeticError:
                trading_vol_total = note(
                    "AffiliateInvitee", "tradingVolTotal", "decimal", trading_vol_total
                )
        else:
            trading_vol_total = note(
                "AffiliateInvitee", "tradingVolTotal", "decimal", trading_vol_total
            )

        cashback_rate = d.pop("cashbackRate", UNSET)
        if cashback_rate.__class__ is str:
            try:
                cashback_rate = Decimal(cashback_rate)
            except ArithmeticError:
                cashback_rate = note(
                    "AffiliateInvitee", "cashbackRate", "decimal", cashback_rate
                )
        else:
            cashback_rate = note(
                "AffiliateInvitee", "cashbackRate", "decimal", cashback_rate
            )

        trading_fee_total = d.pop("tradingFeeTotal", UNSET)
        if trading_fee_total.__class__ is str:
            try:
                trading_fee_total = Decimal(trading_fee_total)
            except ArithmeticError:
                trading_fee_total = note(
                    "AffiliateInvitee", "tradingFeeTotal", "decimal", trading_fee_total
                )
        else:
            trading_fee_total = note(
                "AffiliateInvitee", "tradingFeeTotal", "decimal", trading_fee_total
            )

        back_rate = d.pop("backRate", UNSET)
        if back_rate.__class__ is str:
            try:
                back_rate = Decimal(back_rate)
            except ArithmeticError:
                back_rate = note("AffiliateInvitee", "backRate", "decimal", back_rate)
        else:
            back_rate = note("AffiliateInvitee", "backRate", "decimal", back_rate)

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
        affiliate_invitee._sent_fields = src_dict

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
