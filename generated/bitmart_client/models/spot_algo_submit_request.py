from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.spot_algo_type import SpotAlgoType, check_spot_algo_type
from ..models.spot_order_side import SpotOrderSide, check_spot_order_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpotAlgoSubmitRequest")


@_attrs_define
class SpotAlgoSubmitRequest:
    """An algo order. `trigger_price` and `trigger_type` are needed for both types; with
    `trigger_type` `limit`, `price` and `size`; with `market`, `notional` for a buy and
    `size` for a sell.

        Attributes:
            symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
            side (SpotOrderSide): `buy` or `sell`.
            type_ (SpotAlgoType): `trigger` (a plan order placed when the trigger price is reached) or `tp/sl` (one-way
                take-profit / stop-loss).
            client_order_id (str | Unset): An id of the caller's choosing, 1 to 32 letters and digits, unique among the
                account's
                orders. Sending one makes placement safe to retry: the order can be looked up by it.
            trigger_price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
                lost.
            trigger_type (str | Unset): The kind of order placed when the trigger price is reached: `limit` or `market`. The
                official Java SDK writes `Limit`/`Market`, the Go SDK and other clients lower case;
                both spellings are accepted here.
            price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
            size (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
            notional (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    symbol: str
    side: SpotOrderSide
    type_: SpotAlgoType
    client_order_id: str | Unset = UNSET
    trigger_price: Decimal | Unset = UNSET
    trigger_type: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    size: Decimal | Unset = UNSET
    notional: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        type_: str = self.type_

        client_order_id = self.client_order_id

        trigger_price = decimal_text(
            self.trigger_price, self._sent_fields, "trigger_price"
        )

        trigger_type = self.trigger_type

        price = decimal_text(self.price, self._sent_fields, "price")

        size = decimal_text(self.size, self._sent_fields, "size")

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
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if price is not UNSET:
            field_dict["price"] = price
        if size is not UNSET:
            field_dict["size"] = size
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
            symbol = note("SpotAlgoSubmitRequest", "symbol", "str", symbol)

        side: SpotOrderSide
        _side = d.pop("side", UNSET)
        side = check_spot_order_side(_side, "SpotAlgoSubmitRequest", "side")

        type_: SpotAlgoType
        _type_ = d.pop("type", UNSET)
        type_ = check_spot_algo_type(_type_, "SpotAlgoSubmitRequest", "type")

        client_order_id = d.pop("client_order_id", UNSET)
        if client_order_id.__class__ is not str and client_order_id is not UNSET:
            client_order_id = note(
                "SpotAlgoSubmitRequest", "client_order_id", "str", client_order_id
            )

        trigger_price = d.pop("trigger_price", UNSET)
        if trigger_price.__class__ is str:
            try:
                trigger_price = Decimal(trigger_price)
            except ArithmeticError:
                trigger_price = note(
                    "SpotAlgoSubmitRequest", "trigger_price", "decimal", trigger_price
                )
        elif trigger_price is not UNSET:
            trigger_price = note(
                "SpotAlgoSubmitRequest", "trigger_price", "decimal", trigger_price
            )

        trigger_type = d.pop("trigger_type", UNSET)
        if trigger_type.__class__ is not str and trigger_type is not UNSET:
            trigger_type = note(
                "SpotAlgoSubmitRequest", "trigger_type", "str", trigger_type
            )

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price)
            except ArithmeticError:
                price = note("SpotAlgoSubmitRequest", "price", "decimal", price)
        elif price is not UNSET:
            price = note("SpotAlgoSubmitRequest", "price", "decimal", price)

        size = d.pop("size", UNSET)
        if size.__class__ is str:
            try:
                size = Decimal(size)
            except ArithmeticError:
                size = note("SpotAlgoSubmitRequest", "size", "decimal", size)
        elif size is not UNSET:
            size = note("SpotAlgoSubmitRequest", "size", "decimal", size)

        notional = d.pop("notional", UNSET)
        if notional.__class__ is str:
            try:
                notional = Decimal(notional)
            except ArithmeticError:
                notional = note(
                    "SpotAlgoSubmitRequest", "notional", "decimal", notional
                )
        elif notional is not UNSET:
            notional = note("SpotAlgoSubmitRequest", "notional", "decimal", notional)

        spot_algo_submit_request = cls(
            symbol=symbol,
            side=side,
            type_=type_,
            client_order_id=client_order_id,
            trigger_price=trigger_price,
            trigger_type=trigger_type,
            price=price,
            size=size,
            notional=notional,
        )
        spot_algo_submit_request._sent_fields = src_dict

        if d:
            note_extra("SpotAlgoSubmitRequest", d)
        spot_algo_submit_request.additional_properties = d
        return spot_algo_submit_request

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
