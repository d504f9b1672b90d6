from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.affiliate_user_type import AffiliateUserType, check_affiliate_user_type
from ..types import UNSET

T = TypeVar("T", bound="AffiliateRebateRecord")


@_attrs_define
class AffiliateRebateRecord:
    """The rebate one invited user produced in one currency.

    Attributes:
        rebate_coin (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        trade_user_id (int): The invited user who traded.
        total_rebate_amount (float): The affiliate's rebate from this user, a JSON number (BitMart sends it unquoted).
        user_type (AffiliateUserType): 0 indirect (invited by a sub-agent), 1 direct (invited by the affiliate).
    """

    rebate_coin: str
    trade_user_id: int
    total_rebate_amount: float
    user_type: AffiliateUserType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rebate_coin = self.rebate_coin

        trade_user_id = self.trade_user_id

        total_rebate_amount = self.total_rebate_amount

        user_type: int = self.user_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rebate_coin": rebate_coin,
                "trade_user_id": trade_user_id,
                "total_rebate_amount": total_rebate_amount,
                "user_type": user_type,
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
        rebate_coin = d.pop("rebate_coin", UNSET)
        if rebate_coin.__class__ is not str:
            rebate_coin = note(
                "AffiliateRebateRecord", "rebate_coin", "str", rebate_coin
            )

        trade_user_id = d.pop("trade_user_id", UNSET)
        if trade_user_id.__class__ is not int:
            trade_user_id = note(
                "AffiliateRebateRecord", "trade_user_id", "int", trade_user_id
            )

        total_rebate_amount = d.pop("total_rebate_amount", UNSET)
        if (
            total_rebate_amount.__class__ is not float
            and total_rebate_amount.__class__ is not int
        ):
            total_rebate_amount = note(
                "AffiliateRebateRecord",
                "total_rebate_amount",
                "float",
                total_rebate_amount,
            )

        user_type: AffiliateUserType
        _user_type = d.pop("user_type", UNSET)
        user_type = check_affiliate_user_type(
            _user_type, "AffiliateRebateRecord", "user_type"
        )

        affiliate_rebate_record = cls(
            rebate_coin=rebate_coin,
            trade_user_id=trade_user_id,
            total_rebate_amount=total_rebate_amount,
            user_type=user_type,
        )

        if d:
            note_extra("AffiliateRebateRecord", d)
        affiliate_rebate_record.additional_properties = d
        return affiliate_rebate_record

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
