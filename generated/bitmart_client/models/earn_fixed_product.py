from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="EarnFixedProduct")


@_attrs_define
class EarnFixedProduct:
    """A fixed-term savings product.

    Attributes:
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g. `1001`).
        coin_name (str): Currency of the product.
        lock_day (int): Lock period in days.
        apy (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        product_tag (str | Unset): BitMart's label for the product kind (values undocumented).
        min_purchase_amount (str | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        max_purchase_amount (str | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        additional_apy (str | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    product_id: str
    coin_name: str
    lock_day: int
    apy: str
    product_tag: str | Unset = UNSET
    min_purchase_amount: str | Unset = UNSET
    max_purchase_amount: str | Unset = UNSET
    additional_apy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        coin_name = self.coin_name

        lock_day = self.lock_day

        apy = self.apy

        product_tag = self.product_tag

        min_purchase_amount = self.min_purchase_amount

        max_purchase_amount = self.max_purchase_amount

        additional_apy = self.additional_apy

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
        if apy.__class__ is not str:
            apy = note("EarnFixedProduct", "apy", "str", apy)

        product_tag = d.pop("productTag", UNSET)
        if product_tag.__class__ is not str and product_tag is not UNSET:
            product_tag = note("EarnFixedProduct", "productTag", "str", product_tag)

        min_purchase_amount = d.pop("minPurchaseAmount", UNSET)
        if (
            min_purchase_amount.__class__ is not str
            and min_purchase_amount is not UNSET
        ):
            min_purchase_amount = note(
                "EarnFixedProduct", "minPurchaseAmount", "str", min_purchase_amount
            )

        max_purchase_amount = d.pop("maxPurchaseAmount", UNSET)
        if (
            max_purchase_amount.__class__ is not str
            and max_purchase_amount is not UNSET
        ):
            max_purchase_amount = note(
                "EarnFixedProduct", "maxPurchaseAmount", "str", max_purchase_amount
            )

        additional_apy = d.pop("additionalApy", UNSET)
        if additional_apy.__class__ is not str and additional_apy is not UNSET:
            additional_apy = note(
                "EarnFixedProduct", "additionalApy", "str", additional_apy
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
