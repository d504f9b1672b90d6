from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="EarnFixedProduct")


@_attrs_define
class EarnFixedProduct:
    """A fixed-term savings product.

    Attributes:
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g. `1001`).
        coin_name (str): Currency of the product.
        lock_day (int): Lock period in days.
        apy (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        product_tag (str | Unset): BitMart's label for the product kind (values undocumented).
        min_purchase_amount (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision
            is lost.
        max_purchase_amount (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision
            is lost.
        additional_apy (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
    """

    product_id: str
    coin_name: str
    lock_day: int
    apy: Decimal
    product_tag: str | Unset = UNSET
    min_purchase_amount: Decimal | Unset = UNSET
    max_purchase_amount: Decimal | Unset = UNSET
    additional_apy: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        coin_name = self.coin_name

        lock_day = self.lock_day

        apy = decimal_text(self.apy, self._sent_fields, "apy")

        product_tag = self.product_tag

        min_purchase_amount = decimal_text(
            self.min_purchase_amount, self._sent_fields, "minPurchaseAmount"
        )

        max_purchase_amount = decimal_text(
            self.max_purchase_amount, self._sent_fields, "maxPurchaseAmount"
        )

        additional_apy = decimal_text(
            self.additional_apy, self._sent_fields, "additionalApy"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "coinName": coin_name,
                "lockDay": lock_day,
                "apy": apy,
            }
        )
        if product_tag is not UNSET:
            field_dict["productTag"] = product_tag
        if min_purchase_amount is not UNSET:
            field_dict["minPurchaseAmount"] = min_purchase_amount
        if max_purchase_amount is not UNSET:
            field_dict["maxPurchaseAmount"] = max_purchase_amount
        if additional_apy is not UNSET:
            field_dict["additionalApy"] = additional_apy
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("productId", UNSET)
        if product_id.__class__ is not str:
            product_id = note("EarnFixedProduct", "productId", "str", product_id)

        coin_name = d.pop("coinName", UNSET)
        if coin_name.__class__ is not str:
            coin_name = note("EarnFixedProduct", "coinName", "str", coin_name)

        lock_day = d.pop("lockDay", UNSET)
        if lock_day.__class__ is not int:
            lock_day = note("EarnFixedProduct", "lockDay", "int", lock_day)

        apy = d.pop("apy", UNSET)
        if apy.__class__ is str:
            try:
                apy = Decimal(apy)
            except ArithmeticError:
                apy = note("EarnFixedProduct", "apy", "decimal", apy)
        else:
            apy = note("EarnFixedProduct", "apy", "decimal", apy)

        product_tag = d.pop("productTag", UNSET)
        if product_tag.__class__ is not str and product_tag is not UNSET:
            product_tag = note("EarnFixedProduct", "productTag", "str", product_tag)

        min_purchase_amount = d.pop("minPurchaseAmount", UNSET)
        if min_purchase_amount.__class__ is str:
            try:
                min_purchase_amount = Decimal(min_purchase_amount)
            except ArithmeticError:
                min_purchase_amount = note(
                    "EarnFixedProduct",
                    "minPurchaseAmount",
                    "decimal",
                    min_purchase_amount,
                )
        elif min_purchase_amount is not UNSET:
            min_purchase_amount = note(
                "EarnFixedProduct", "minPurchaseAmount", "decimal", min_purchase_amount
            )

        max_purchase_amount = d.pop("maxPurchaseAmount", UNSET)
        if max_purchase_amount.__class__ is str:
            try:
                max_purchase_amount = Decimal(max_purchase_amount)
            except ArithmeticError:
                max_purchase_amount = note(
                    "EarnFixedProduct",
                    "maxPurchaseAmount",
                    "decimal",
                    max_purchase_amount,
                )
        elif max_purchase_amount is not UNSET:
            max_purchase_amount = note(
                "EarnFixedProduct", "maxPurchaseAmount", "decimal", max_purchase_amount
            )

        additional_apy = d.pop("additionalApy", UNSET)
        if additional_apy.__class__ is str:
            try:
                additional_apy = Decimal(additional_apy)
            except ArithmeticError:
                additional_apy = note(
                    "EarnFixedProduct", "additionalApy", "decimal", additional_apy
                )
        elif additional_apy is not UNSET:
            additional_apy = note(
                "EarnFixedProduct", "additionalApy", "decimal", additional_apy
            )

        earn_fixed_product = cls(
            product_id=product_id,
            coin_name=coin_name,
            lock_day=lock_day,
            apy=apy,
            product_tag=product_tag,
            min_purchase_amount=min_purchase_amount,
            max_purchase_amount=max_purchase_amount,
            additional_apy=additional_apy,
        )
        earn_fixed_product._sent_fields = src_dict

        if d:
            note_extra("EarnFixedProduct", d)
        earn_fixed_product.additional_properties = d
        return earn_fixed_product

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
