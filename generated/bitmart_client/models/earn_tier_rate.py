from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="EarnTierRate")


@_attrs_define
class EarnTierRate:
    """The yield of a flexible product for one band of the subscribed amount.

    Attributes:
        min_purchase_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        max_purchase_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        apy (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    min_purchase_amount: Decimal
    max_purchase_amount: Decimal
    apy: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        min_purchase_amount = decimal_text(
            self.min_purchase_amount, self._sent_fields, "minPurchaseAmount"
        )

        max_purchase_amount = decimal_text(
            self.max_purchase_amount, self._sent_fields, "maxPurchaseAmount"
        )

        apy = decimal_text(self.apy, self._sent_fields, "apy")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minPurchaseAmount": min_purchase_amount,
                "maxPurchaseAmount": max_purchase_amount,
                "apy": apy,
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
        min_purchase_amount = d.pop("minPurchaseAmount", UNSET)
        if min_purchase_amount.__class__ is str:
            try:
                min_purchase_amount = Decimal(min_purchase_amount)
            except ArithmeticError:
                min_purchase_amount = note(
                    "EarnTierRate", "minPurchaseAmount", "decimal", min_purchase_amount
                )
        else:
            min_purchase_amount = note(
                "EarnTierRate", "minPurchaseAmount", "decimal", min_purchase_amount
            )

        max_purchase_amount = d.pop("maxPurchaseAmount", UNSET)
        if max_purchase_amount.__class__ is str:
            try:
                max_purchase_amount = Decimal(max_purchase_amount)
            except ArithmeticError:
                max_purchase_amount = note(
                    "EarnTierRate", "maxPurchaseAmount", "decimal", max_purchase_amount
                )
        else:
            max_purchase_amount = note(
                "EarnTierRate", "maxPurchaseAmount", "decimal", max_purchase_amount
            )

        apy = d.pop("apy", UNSET)
        if apy.__class__ is str:
            try:
                apy = Decimal(apy)
            except ArithmeticError:
                apy = note("EarnTierRate", "apy", "decimal", apy)
        else:
            apy = note("EarnTierRate", "apy", "decimal", apy)

        earn_tier_rate = cls(
            min_purchase_amount=min_purchase_amount,
            max_purchase_amount=max_purchase_amount,
            apy=apy,
        )
        earn_tier_rate._sent_fields = src_dict

        if d:
            note_extra("EarnTierRate", d)
        earn_tier_rate.additional_properties = d
        return earn_tier_rate

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
