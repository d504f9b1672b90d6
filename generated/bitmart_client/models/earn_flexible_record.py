from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="EarnFlexibleRecord")


@_attrs_define
class EarnFlexibleRecord:
    """One flexible savings subscription, redemption or interest payout.

    Attributes:
        record_id (str): Id of the record.
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g. `1001`).
        coin_name (str): Currency.
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        time (int): Unix time in milliseconds.
        type_ (str | Unset): Kind of record, as requested (`subscribe`, `redeem`, `interest` in the request).
        product_tag (str | Unset): BitMart's label for the product kind (values undocumented).
        subscribe_type (str | Unset): How the subscription was made (values undocumented).
        request_no (str | Unset): The `requestNo` the caller sent, for subscriptions and redemptions.
        status (str | Unset): State of the record (values undocumented).
    """

    record_id: str
    product_id: str
    coin_name: str
    amount: Decimal
    time: int
    type_: str | Unset = UNSET
    product_tag: str | Unset = UNSET
    subscribe_type: str | Unset = UNSET
    request_no: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        product_id = self.product_id

        coin_name = self.coin_name

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        time = self.time

        type_ = self.type_

        product_tag = self.product_tag

        subscribe_type = self.subscribe_type

        request_no = self.request_no

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordId": record_id,
                "productId": product_id,
                "coinName": coin_name,
                "amount": amount,
                "time": time,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if product_tag is not UNSET:
            field_dict["productTag"] = product_tag
        if subscribe_type is not UNSET:
            field_dict["subscribeType"] = subscribe_type
        if request_no is not UNSET:
            field_dict["requestNo"] = request_no
        if status is not UNSET:
            field_dict["status"] = status
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        record_id = d.pop("recordId", UNSET)
        if record_id.__class__ is not str:
            record_id = note("EarnFlexibleRecord", "recordId", "str", record_id)

        product_id = d.pop("productId", UNSET)
        if product_id.__class__ is not str:
            product_id = note("EarnFlexibleRecord", "productId", "str", product_id)

        coin_name = d.pop("coinName", UNSET)
        if coin_name.__class__ is not str:
            coin_name = note("EarnFlexibleRecord", "coinName", "str", coin_name)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("EarnFlexibleRecord", "amount", "decimal", amount)
        else:
            amount = note("EarnFlexibleRecord", "amount", "decimal", amount)

        time = d.pop("time", UNSET)
        if time.__class__ is not int:
            time = note("EarnFlexibleRecord", "time", "int", time)

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = note("EarnFlexibleRecord", "type", "str", type_)

        product_tag = d.pop("productTag", UNSET)
        if product_tag.__class__ is not str and product_tag is not UNSET:
            product_tag = note("EarnFlexibleRecord", "productTag", "str", product_tag)

        subscribe_type = d.pop("subscribeType", UNSET)
        if subscribe_type.__class__ is not str and subscribe_type is not UNSET:
            subscribe_type = note(
                "EarnFlexibleRecord", "subscribeType", "str", subscribe_type
            )

        request_no = d.pop("requestNo", UNSET)
        if request_no.__class__ is not str and request_no is not UNSET:
            request_no = note("EarnFlexibleRecord", "requestNo", "str", request_no)

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = note("EarnFlexibleRecord", "status", "str", status)

        earn_flexible_record = cls(
            record_id=record_id,
            product_id=product_id,
            coin_name=coin_name,
            amount=amount,
            time=time,
            type_=type_,
            product_tag=product_tag,
            subscribe_type=subscribe_type,
            request_no=request_no,
            status=status,
        )
        earn_flexible_record._sent_fields = src_dict

        if d:
            note_extra("EarnFlexibleRecord", d)
        earn_flexible_record.additional_properties = d
        return earn_flexible_record

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
