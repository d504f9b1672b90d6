from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.spot_order_side import SpotOrderSide, check_spot_order_side
from ..models.spot_order_type import SpotOrderType, check_spot_order_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotSubmitOrderV1Request")


@_attrs_define
class SpotSubmitOrderV1Request:
    """A spot order (retired v1). `size` and `price` for `limit`, `limit_maker` and `ioc`;
    `notional` for a `market` buy; `size` for a `market` sell.

        Attributes:
            symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
            side (SpotOrderSide): `buy` or `sell`.
            type_ (SpotOrderType): `limit`, `market`, `limit_maker` (post-only: never takes liquidity) or `ioc` (immediate
                or cancel).
            size (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
            price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
            notional (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    symbol: str
    side: SpotOrderSide
    type_: SpotOrderType
    size: Decimal | Unset = UNSET
    price: Decimal | Unset = UNSET
    notional: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        type_: str = self.type_

        size = decimal_text(self.size, self._sent_fields, "size")

        price = decimal_text(self.price, self._sent_fields, "price")

        notional = decimal_text(self.notional, self._sent_fields, "notional")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "type": type_,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if price is not UNSET:
            field_dict["price"] = price
        if notional is not UNSET:
            field_dict["notional"] = notional
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("SpotSubmitOrderV1Request", "symbol", "str", symbol)

        side: SpotOrderSide
        _side = d.pop("side", UNSET)
        side = check_spot_order_side(_side, "SpotSubmitOrderV1Request", "side")

        type_: SpotOrderType
        _type_ = d.pop("type", UNSET)
        type_ = check_spot_order_type(_type_, "SpotSubmitOrderV1Request", "type")

        size = d.pop("size", UNSET)
        if size.__class__ is str:
            try:
                size = Decimal(size)
            except ArithmeticError:
                size = note("SpotSubmitOrderV1Request", "size", "decimal", size)
        elif size is not UNSET:
            size = note("SpotSubmitOrderV1Request", "size", "decimal", size)

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price)
            except ArithmeticError:
                price = note("SpotSubmitOrderV1Request", "price", "decimal", price)
        elif price is not UNSET:
            price = note("SpotSubmitOrderV1Request", "price", "decimal", price)

        notional = d.pop("notional", UNSET)
        if notional.__class__ is str:
            try:
                notional = Decimal(notional)
            except ArithmeticError:
                notional = note(
                    "SpotSubmitOrderV1Request", "notional", "decimal", notional
                )
        elif notional is not UNSET:
            notional = note("SpotSubmitOrderV1Request", "notional", "decimal", notional)

        spot_submit_order_v1_request = cls(
            symbol=symbol,
            side=side,
            type_=type_,
            size=size,
            price=price,
            notional=notional,
        )
        spot_submit_order_v1_request._sent_fields = src_dict

        if d:
            note_extra("SpotSubmitOrderV1Request", d)
        spot_submit_order_v1_request.additional_properties = d
        return spot_submit_order_v1_request

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
