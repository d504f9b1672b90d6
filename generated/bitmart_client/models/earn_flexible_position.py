from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra, plain

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.earn_tier_rate import EarnTierRate


T = TypeVar("T", bound="EarnFlexiblePosition")


@_attrs_define
class EarnFlexiblePosition:
    """A flexible savings position.

    Attributes:
        earn_id (str): A savings position id (`earnId`), a numeric string in BitMart's examples.
        product_id (str): A savings product id, a numeric string in BitMart's examples (e.g. `1001`).
        coin_name (str): Currency of the position.
        coin_id (int | Unset): BitMart's internal number of the currency.
        product_tag (str | Unset): BitMart's label for the product kind (values undocumented).
        apy (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
        total_profit (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        auto_subscribe (bool | Unset): Whether the product is subscribed automatically.
        additional_apy (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
            lost.
        has_tier_rate (bool | Unset): Whether the yield depends on the amount (see `tierRate`).
        tier_rate (list[EarnTierRate] | Unset): Yield per amount band; present when `hasTierRate` is true.
    """

    earn_id: str
    product_id: str
    coin_name: str
    coin_id: int | Unset = UNSET
    product_tag: str | Unset = UNSET
    apy: Decimal | Unset = UNSET
    total_profit: Decimal | Unset = UNSET
    auto_subscribe: bool | Unset = UNSET
    additional_apy: Decimal | Unset = UNSET
    has_tier_rate: bool | Unset = UNSET
    tier_rate: list[EarnTierRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        earn_id = self.earn_id

        product_id = self.product_id

        coin_name = self.coin_name

        coin_id = self.coin_id

        product_tag = self.product_tag

        apy = decimal_text(self.apy, self._sent_fields, "apy")

        total_profit = decimal_text(self.total_profit, self._sent_fields, "totalProfit")

        auto_subscribe = self.auto_subscribe

        additional_apy = decimal_text(
            self.additional_apy, self._sent_fields, "additionalApy"
        )

        has_tier_rate = self.has_tier_rate

        tier_rate: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tier_rate, Unset):
            tier_rate = plain(self.tier_rate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earnId": earn_id,
                "productId": product_id,
                "coinName": coin_name,
            }
        )
        if coin_id is not UNSET:
            field_dict["coinId"] = coin_id
        if product_tag is not UNSET:
            field_dict["productTag"] = product_tag
        if apy is not UNSET:
            field_dict["apy"] = apy
        if total_profit is not UNSET:
            field_dict["totalProfit"] = total_profit
        if auto_subscribe is not UNSET:
            field_dict["autoSubscribe"] = auto_subscribe
        if additional_apy is not UNSET:
            field_dict["additionalApy"] = additional_apy
        if has_tier_rate is not UNSET:
            field_dict["hasTierRate"] = has_tier_rate
        if tier_rate is not UNSET:
            field_dict["tierRate"] = tier_rate
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.earn_tier_rate import EarnTierRate

        d = dict(src_dict)
        earn_id = d.pop("earnId", UNSET)
        if earn_id.__class__ is not str:
            earn_id = note("EarnFlexiblePosition", "earnId", "str", earn_id)

        product_id = d.pop("productId", UNSET)
        if product_id.__class__ is not str:
            product_id = note("EarnFlexiblePosition", "productId", "str", product_id)

        coin_name = d.pop("coinName", UNSET)
        if coin_name.__class__ is not str:
            coin_name = note("EarnFlexiblePosition", "coinName", "str", coin_name)

        coin_id = d.pop("coinId", UNSET)
        if coin_id.__class__ is not int and coin_id is not UNSET:
            coin_id = note("EarnFlexiblePosition", "coinId", "int", coin_id)

        product_tag = d.pop("productTag", UNSET)
        if product_tag.__class__ is not str and product_tag is not UNSET:
            product_tag = note("EarnFlexiblePosition", "productTag", "str", product_tag)

        apy = d.pop("apy", UNSET)
        if apy.__class__ is str:
            try:
                apy = Decimal(apy)
            except ArithmeticError:
                apy = note("EarnFlexiblePosition", "apy", "decimal", apy)
        elif apy is not UNSET:
            apy = note("EarnFlexiblePosition", "apy", "decimal", apy)

        total_profit = d.pop("totalProfit", UNSET)
        if total_profit.__class__ is str:
            try:
                total_profit = Decimal(total_profit)
            except ArithmeticError:
                total_profit = note(
                    "EarnFlexiblePosition", "totalProfit", "decimal", total_profit
                )
        elif total_profit is not UNSET:
            total_profit = note(
                "EarnFlexiblePosition", "totalProfit", "decimal", total_profit
            )

        auto_subscribe = d.pop("autoSubscribe", UNSET)
        if auto_subscribe.__class__ is not bool and auto_subscribe is not UNSET:
            auto_subscribe = note(
                "EarnFlexiblePosition", "autoSubscribe", "bool", auto_subscribe
            )

        additional_apy = d.pop("additionalApy", UNSET)
        if additional_apy.__class__ is str:
            try:
                additional_apy = Decimal(additional_apy)
            except ArithmeticError:
                additional_apy = note(
                    "EarnFlexiblePosition", "additionalApy", "decimal", additional_apy
                )
        elif additional_apy is not UNSET:
            additional_apy = note(
                "EarnFlexiblePosition", "additionalApy", "decimal", additional_apy
            )

        has_tier_rate = d.pop("hasTierRate", UNSET)
        if has_tier_rate.__class__ is not bool and has_tier_rate is not UNSET:
            has_tier_rate = note(
                "EarnFlexiblePosition", "hasTierRate", "bool", has_tier_rate
            )

        tier_rate: list[EarnTierRate] | Unset
        _tier_rate = d.pop("tierRate", UNSET)
        if _tier_rate.__class__ is list:
            tier_rate = [
                EarnTierRate.from_dict(item)
                if item.__class__ is dict
                else note("EarnFlexiblePosition", "tierRate", "object", item)
                for item in _tier_rate
            ]

        elif _tier_rate is UNSET:
            tier_rate = UNSET
        else:
            tier_rate = note("EarnFlexiblePosition", "tierRate", "array", _tier_rate)

        earn_flexible_position = cls(
            earn_id=earn_id,
            product_id=product_id,
            coin_name=coin_name,
            coin_id=coin_id,
            product_tag=product_tag,
            apy=apy,
            total_profit=total_profit,
            auto_subscribe=auto_subscribe,
            additional_apy=additional_apy,
            has_tier_rate=has_tier_rate,
            tier_rate=tier_rate,
        )
        earn_flexible_position._sent_fields = src_dict

        if d:
            note_extra("EarnFlexiblePosition", d)
        earn_flexible_position.additional_properties = d
        return earn_flexible_position

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
