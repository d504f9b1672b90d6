from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="AffiliateApiRebate")


@_attrs_define
class AffiliateApiRebate:
    """Fees a user paid on API orders in the period, and the rebate they produced.

    Attributes:
        api_trading_fee_total (Decimal): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        api_rebate_total (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    api_trading_fee_total: Decimal
    api_rebate_total: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        api_trading_fee_total = decimal_text(
            self.api_trading_fee_total, self._sent_fields, "api_trading_fee_total"
        )

        api_rebate_total = decimal_text(
            self.api_rebate_total, self._sent_fields, "api_rebate_total"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_trading_fee_total": api_trading_fee_total,
                "api_rebate_total": api_rebate_total,
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
        api_trading_fee_total = d.pop("api_trading_fee_total", UNSET)
        if api_trading_fee_total.__class__ is str:
            try:
                api_trading_fee_total = Decimal(api_trading_fee_total)
            except ArithmeticError:
                api_trading_fee_total = note(
                    "AffiliateApiRebate",
                    "api_trading_fee_total",
                    "decimal",
                    api_trading_fee_total,
                )
        else:
            api_trading_fee_total = note(
                "AffiliateApiRebate",
                "api_trading_fee_total",
                "decimal",
                api_trading_fee_total,
            )

        api_rebate_total = d.pop("api_rebate_total", UNSET)
        if api_rebate_total.__class__ is str:
            try:
                api_rebate_total = Decimal(api_rebate_total)
            except ArithmeticError:
                api_rebate_total = note(
                    "AffiliateApiRebate",
                    "api_rebate_total",
                    "decimal",
                    api_rebate_total,
                )
        else:
            api_rebate_total = note(
                "AffiliateApiRebate", "api_rebate_total", "decimal", api_rebate_total
            )

        affiliate_api_rebate = cls(
            api_trading_fee_total=api_trading_fee_total,
            api_rebate_total=api_rebate_total,
        )
        affiliate_api_rebate._sent_fields = src_dict

        if d:
            note_extra("AffiliateApiRebate", d)
        affiliate_api_rebate.additional_properties = d
        return affiliate_api_rebate

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
