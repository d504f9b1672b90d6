from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="AffiliateUserRebate")


@_attrs_define
class AffiliateUserRebate:
    """Futures volume, fees and rebate of one user; `_total` fields are lifetime figures.

    Attributes:
        cid (int): The user's CID.
        back_rate (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_vol_total (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_fee_total (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        rebate_total (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_vol (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        trading_fee (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        rebate (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    cid: int
    back_rate: Decimal
    trading_vol_total: Decimal
    trading_fee_total: Decimal
    rebate_total: Decimal
    trading_vol: Decimal
    trading_fee: Decimal
    rebate: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        cid = self.cid

        back_rate = decimal_text(self.back_rate, self._sent_fields, "back_rate")

        trading_vol_total = decimal_text(
            self.trading_vol_total, self._sent_fields, "trading_vol_total"
        )

        trading_fee_total = decimal_text(
            self.trading_fee_total, self._sent_fields, "trading_fee_total"
        )

        rebate_total = decimal_text(
            self.rebate_total, self._sent_fields, "rebate_total"
        )

        trading_vol = decimal_text(self.trading_vol, self._sent_fields, "trading_vol")

        trading_fee = decimal_text(self.trading_fee, self._sent_fields, "trading_fee")

        rebate = decimal_text(self.rebate, self._sent_fields, "rebate")

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
            cid = note("AffiliateUserRebate", "cid", "int", cid)

        back_rate = d.pop("back_rate", UNSET)
        if back_rate.__class__ is str:
            try:
                back_rate = Decimal(back_rate)
            except ArithmeticError:
                back_rate = note(
                    "AffiliateUserRebate", "back_rate", "decimal", back_rate
                )
        else:
            back_rate = note("AffiliateUserRebate", "back_rate", "decimal", back_rate)

        trading_vol_total = d.pop("trading_vol_total", UNSET)
        if trading_vol_total.__class__ is str:
            try:
                trading_vol_total = Decimal(trading_vol_total)
            except ArithmeticError:
                trading_vol_total = note(
                    "AffiliateUserRebate",
                    "trading_vol_total",
                    "decimal",
                    trading_vol_total,
                )
        else:
            trading_vol_total = note(
                "AffiliateUserRebate", "trading_vol_total", "decimal", trading_vol_total
            )

        trading_fee_total = d.pop("trading_fee_total", UNSET)
        if trading_fee_total.__class__ is str:
            try:
                trading_fee_total = Decimal(trading_fee_total)
            except ArithmeticError:
                trading_fee_total = note(
                    "AffiliateUserRebate",
                    "trading_fee_total",
                    "decimal",
                    trading_fee_total,
                )
        else:
            trading_fee_total = note(
                "AffiliateUserRebate", "trading_fee_total", "decimal", trading_fee_total
            )

        rebate_total = d.pop("rebate_total", UNSET)
        if rebate_total.__class__ is str:
            try:
                rebate_total = Decimal(rebate_total)
            except ArithmeticError:
                rebate_total = note(
                    "AffiliateUserRebate", "rebate_total", "decimal", rebate_total
                )
        else:
            rebate_total = note(
                "AffiliateUserRebate", "rebate_total", "decimal", rebate_total
            )

        trading_vol = d.pop("trading_vol", UNSET)
        if trading_vol.__class__ is str:
            try:
                trading_vol = Decimal(trading_vol)
            except ArithmeticError:
                trading_vol = note(
                    "AffiliateUserRebate", "trading_vol", "decimal", trading_vol
                )
        else:
            trading_vol = note(
                "AffiliateUserRebate", "trading_vol", "decimal", trading_vol
            )

        trading_fee = d.pop("trading_fee", UNSET)
        if trading_fee.__class__ is str:
            try:
                trading_fee = Decimal(trading_fee)
            except ArithmeticError:
                trading_fee = note(
                    "AffiliateUserRebate", "trading_fee", "decimal", trading_fee
                )
        else:
            trading_fee = note(
                "AffiliateUserRebate", "trading_fee", "decimal", trading_fee
            )

        rebate = d.pop("rebate", UNSET)
        if rebate.__class__ is str:
            try:
                rebate = Decimal(rebate)
            except ArithmeticError:
                rebate = note("AffiliateUserRebate", "rebate", "decimal", rebate)
        else:
            rebate = note("AffiliateUserRebate", "rebate", "decimal", rebate)

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
        affiliate_user_rebate._sent_fields = src_dict

        if d:
            note_extra("AffiliateUserRebate", d)
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
