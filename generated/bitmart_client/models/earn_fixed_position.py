from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="EarnFixedPosition")


@_attrs_define
class EarnFixedPosition:
    """A fixed-term savings position.

    Attributes:
        earn_id (str): A savings position id (`earnId`), a numeric string in BitMart's examples.
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g. `1001`).
        coin_name (str): Currency of the position.
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        coin_id (int | Unset): BitMart's internal number of the currency.
        estimated_interest (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision
            is lost.
        expired_date (int | Unset): Unix time in milliseconds.
        product_tag (str | Unset): BitMart's label for the product kind (values undocumented).
        apy (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
        lock_day (int | Unset): Lock period in days.
        total_profit (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        subscribe_type (str | Unset): The maturity choice (`OFF`, `REINVEST_FLEXIBLE`, `REINVEST_FIXED` when set by this
            API).
        additional_apy (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
    """

    earn_id: str
    product_id: str
    coin_name: str
    amount: Decimal
    coin_id: int | Unset = UNSET
    estimated_interest: Decimal | Unset = UNSET
    expired_date: int | Unset = UNSET
    product_tag: str | Unset = UNSET
    apy: Decimal | Unset = UNSET
    lock_day: int | Unset = UNSET
    total_profit: Decimal | Unset = UNSET
    subscribe_type: str | Unset = UNSET
    additional_apy: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        earn_id = self.earn_id

        product_id = self.product_id

        coin_name = self.coin_name

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        coin_id = self.coin_id

        estimated_interest = decimal_text(
            self.estimated_interest, self._sent_fields, "estimatedInterest"
        )

        expired_date = self.expired_date

        product_tag = self.product_tag

        apy = decimal_text(self.apy, self._sent_fields, "apy")

        lock_day = self.lock_day

        total_profit = decimal_text(self.total_profit, self._sent_fields, "totalProfit")

        subscribe_type = self.subscribe_type

        additional_apy = decimal_text(
            self.additional_apy, self._sent_fields, "additionalApy"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earnId": earn_id,
                "productId": product_id,
                "coinName": coin_name,
                "amount": amount,
            }
        )
        if coin_id is not UNSET:
            field_dict["coinId"] = coin_id
        if estimated_interest is not UNSET:
            field_dict["estimatedInterest"] = estimated_interest
        if expired_date is not UNSET:
            field_dict["expiredDate"] = expired_date
        if product_tag is not UNSET:
            field_dict["productTag"] = product_tag
        if apy is not UNSET:
            field_dict["apy"] = apy
        if lock_day is not UNSET:
            field_dict["lockDay"] = lock_day
        if total_profit is not UNSET:
            field_dict["totalProfit"] = total_profit
        if subscribe_type is not UNSET:
            field_dict["subscribeType"] = subscribe_type
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
        earn_id = d.pop("earnId", UNSET)
        if earn_id.__class__ is not str:
            earn_id = note("EarnFixedPosition", "earnId", "str", earn_id)

        product_id = d.pop("productId", UNSET)
        if product_id.__class__ is not str:
            product_id = note("EarnFixedPosition", "productId", "str", product_id)

        coin_name = d.pop("coinName", UNSET)
        if coin_name.__class__ is not str:
            coin_name = note("EarnFixedPosition", "coinName", "str", coin_name)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("EarnFixedPosition", "amount", "decimal", amount)
        else:
            amount = note("EarnFixedPosition", "amount", "decimal", amount)

        coin_id = d.pop("coinId", UNSET)
        if coin_id.__class__ is not int and coin_id is not UNSET:
            coin_id = note("EarnFixedPosition", "coinId", "int", coin_id)

        estimated_interest = d.pop("estimatedInterest", UNSET)
        if estimated_interest.__class__ is str:
            try:
                estimated_interest = Decimal(estimated_interest)
            except ArithmeticError:
                estimated_interest = note(
                    "EarnFixedPosition",
                    "estimatedInterest",
                    "decimal",
                    estimated_interest,
                )
        elif estimated_interest is not UNSET:
            estimated_interest = note(
                "EarnFixedPosition", "estimatedInterest", "decimal", estimated_interest
            )

        expired_date = d.pop("expiredDate", UNSET)
        if expired_date.__class__ is not int and expired_date is not UNSET:
            expired_date = note("EarnFixedPosition", "expiredDate", "int", expired_date)

        product_tag = d.pop("productTag", UNSET)
        if product_tag.__class__ is not str and product_tag is not UNSET:
            product_tag = note("EarnFixedPosition", "productTag", "str", product_tag)

        apy = d.pop("apy", UNSET)
        if apy.__class__ is str:
            try:
                apy = Decimal(apy)
            except ArithmeticError:
                apy = note("EarnFixedPosition", "apy", "decimal", apy)
        elif apy is not UNSET:
            apy = note("EarnFixedPosition", "apy", "decimal", apy)

        lock_day = d.pop("lockDay", UNSET)
        if lock_day.__class__ is not int and lock_day is not UNSET:
            lock_day = note("EarnFixedPosition", "lockDay", "int", lock_day)

        total_profit = d.pop("totalProfit", UNSET)
        if total_profit.__class__ is str:
            try:
                total_profit = Decimal(total_profit)
            except ArithmeticError:
                total_profit = note(
                    "EarnFixedPosition", "totalProfit", "decimal", total_profit
                )
        elif total_profit is not UNSET:
            total_profit = note(
                "EarnFixedPosition", "totalProfit", "decimal", total_profit
            )

        subscribe_type = d.pop("subscribeType", UNSET)
        if subscribe_type.__class__ is not str and subscribe_type is not UNSET:
            subscribe_type = note(
                "EarnFixedPosition", "subscribeType", "str", subscribe_type
            )

        additional_apy = d.pop("additionalApy", UNSET)
        if additional_apy.__class__ is str:
            try:
                additional_apy = Decimal(additional_apy)
            except ArithmeticError:
                additional_apy = note(
                    "EarnFixedPosition", "additionalApy", "decimal", additional_apy
                )
        elif additional_apy is not UNSET:
            additional_apy = note(
                "EarnFixedPosition", "additionalApy", "decimal", additional_apy
            )

        earn_fixed_position = cls(
            earn_id=earn_id,
            product_id=product_id,
            coin_name=coin_name,
            amount=amount,
            coin_id=coin_id,
            estimated_interest=estimated_interest,
            expired_date=expired_date,
            product_tag=product_tag,
            apy=apy,
            lock_day=lock_day,
            total_profit=total_profit,
            subscribe_type=subscribe_type,
            additional_apy=additional_apy,
        )
        earn_fixed_position._sent_fields = src_dict

        if d:
            note_extra("EarnFixedPosition", d)
        earn_fixed_position.additional_properties = d
        return earn_fixed_position

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
