from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.earn_fixed_renewal import EarnFixedRenewal, check_earn_fixed_renewal
from ..types import UNSET

T = TypeVar("T", bound="SubscribeEarnFixedBody")


@_attrs_define
class SubscribeEarnFixedBody:
    """
    Attributes:
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g. `1001`).
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        request_no (str): The caller's unique number for this request, exactly 20 digits. BitMart uses it to
            recognise a repeated request, so retrying with the same number is safe.
        auto_subscribe (EarnFixedRenewal): What a fixed-term position does at maturity: `OFF` pay out,
            `REINVEST_FLEXIBLE` move
            into flexible savings, `REINVEST_FIXED` lock again in the same product.
    """

    product_id: str
    amount: Decimal
    request_no: str
    auto_subscribe: EarnFixedRenewal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        request_no = self.request_no

        auto_subscribe: str = self.auto_subscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "amount": amount,
                "requestNo": request_no,
                "autoSubscribe": auto_subscribe,
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
        product_id = d.pop("productId", UNSET)
        if product_id.__class__ is not str:
            product_id = note("SubscribeEarnFixedBody", "productId", "str", product_id)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("SubscribeEarnFixedBody", "amount", "decimal", amount)
        else:
            amount = note("SubscribeEarnFixedBody", "amount", "decimal", amount)

        request_no = d.pop("requestNo", UNSET)
        if request_no.__class__ is not str:
            request_no = note("SubscribeEarnFixedBody", "requestNo", "str", request_no)

        auto_subscribe: EarnFixedRenewal
        _auto_subscribe = d.pop("autoSubscribe", UNSET)
        auto_subscribe = check_earn_fixed_renewal(
            _auto_subscribe, "SubscribeEarnFixedBody", "autoSubscribe"
        )

        subscribe_earn_fixed_body = cls(
            product_id=product_id,
            amount=amount,
            request_no=request_no,
            auto_subscribe=auto_subscribe,
        )
        subscribe_earn_fixed_body._sent_fields = src_dict

        if d:
            note_extra("SubscribeEarnFixedBody", d)
        subscribe_earn_fixed_body.additional_properties = d
        return subscribe_earn_fixed_body

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
