from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_price_type import FuturesPriceType, check_futures_price_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesModifyPresetPlanOrderRequest")


@_attrs_define
class FuturesModifyPresetPlanOrderRequest:
    """New preset take-profit and stop-loss of an order.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str): An order id as a numeric string, as the futures queries and most operations use it.
        preset_take_profit_price_type (FuturesPriceType | Unset): Which market price a trigger watches: 1 the last
            traded price (`last_price`), 2 the
            fair price (`fair_price`, BitMart's mark price).
        preset_stop_loss_price_type (FuturesPriceType | Unset): Which market price a trigger watches: 1 the last traded
            price (`last_price`), 2 the
            fair price (`fair_price`, BitMart's mark price).
        preset_take_profit_price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no
            precision is lost.
        preset_stop_loss_price (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no
            precision is lost.
    """

    symbol: str
    order_id: str
    preset_take_profit_price_type: FuturesPriceType | Unset = UNSET
    preset_stop_loss_price_type: FuturesPriceType | Unset = UNSET
    preset_take_profit_price: Decimal | Unset = UNSET
    preset_stop_loss_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        preset_take_profit_price_type: int | Unset = UNSET
        if not isinstance(self.preset_take_profit_price_type, Unset):
            preset_take_profit_price_type = self.preset_take_profit_price_type

        preset_stop_loss_price_type: int | Unset = UNSET
        if not isinstance(self.preset_stop_loss_price_type, Unset):
            preset_stop_loss_price_type = self.preset_stop_loss_price_type

        preset_take_profit_price = decimal_text(
            self.preset_take_profit_price, self._sent_fields, "preset_take_profit_price"
        )

        preset_stop_loss_price = decimal_text(
            self.preset_stop_loss_price, self._sent_fields, "preset_stop_loss_price"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "order_id": order_id,
            }
        )
        if preset_take_profit_price_type is not UNSET:
            field_dict["preset_take_profit_price_type"] = preset_take_profit_price_type
        if preset_stop_loss_price_type is not UNSET:
            field_dict["preset_stop_loss_price_type"] = preset_stop_loss_price_type
        if preset_take_profit_price is not UNSET:
            field_dict["preset_take_profit_price"] = preset_take_profit_price
        if preset_stop_loss_price is not UNSET:
            field_dict["preset_stop_loss_price"] = preset_stop_loss_price
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
            symbol = note(
                "FuturesModifyPresetPlanOrderRequest", "symbol", "str", symbol
            )

        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str:
            order_id = note(
                "FuturesModifyPresetPlanOrderRequest", "order_id", "str", order_id
            )

        preset_take_profit_price_type: FuturesPriceType | Unset
        _preset_take_profit_price_type = d.pop("preset_take_profit_price_type", UNSET)
        preset_take_profit_price_type = (
            _preset_take_profit_price_type
            if _preset_take_profit_price_type is UNSET
            else check_futures_price_type(
                _preset_take_profit_price_type,
                "FuturesModifyPresetPlanOrderRequest",
                "preset_take_profit_price_type",
            )
        )

        preset_stop_loss_price_type: FuturesPriceType | Unset
        _preset_stop_loss_price_type = d.pop("preset_stop_loss_price_type", UNSET)
        preset_stop_loss_price_type = (
            _preset_stop_loss_price_type
            if _preset_stop_loss_price_type is UNSET
            else check_futures_price_type(
                _preset_stop_loss_price_type,
                "FuturesModifyPresetPlanOrderRequest",
                "preset_stop_loss_price_type",
            )
        )

        preset_take_profit_price = d.pop("preset_take_profit_price", UNSET)
        if preset_take_profit_price.__class__ is str:
            try:
                preset_take_profit_price = Decimal(preset_take_profit_price)
            except ArithmeticError:
                preset_take_profit_price = note(
                    "FuturesModifyPresetPlanOrderRequest",
                    "preset_take_profit_price",
                    "decimal",
                    preset_take_profit_price,
                )
        elif preset_take_profit_price is not UNSET:
            preset_take_profit_price = note(
                "FuturesModifyPresetPlanOrderRequest",
                "preset_take_profit_price",
                "decimal",
                preset_take_profit_price,
            )

        preset_stop_loss_price = d.pop("preset_stop_loss_price", UNSET)
        if preset_stop_loss_price.__class__ is str:
            try:
                preset_stop_loss_price = Decimal(preset_stop_loss_price)
            except ArithmeticError:
                preset_stop_loss_price = note(
                    "FuturesModifyPresetPlanOrderRequest",
                    "preset_stop_loss_price",
                    "decimal",
                    preset_stop_loss_price,
                )
        elif preset_stop_loss_price is not UNSET:
            preset_stop_loss_price = note(
                "FuturesModifyPresetPlanOrderRequest",
                "preset_stop_loss_price",
                "decimal",
                preset_stop_loss_price,
            )

        futures_modify_preset_plan_order_request = cls(
            symbol=symbol,
            order_id=order_id,
            preset_take_profit_price_type=preset_take_profit_price_type,
            preset_stop_loss_price_type=preset_stop_loss_price_type,
            preset_take_profit_price=preset_take_profit_price,
            preset_stop_loss_price=preset_stop_loss_price,
        )
        futures_modify_preset_plan_order_request._sent_fields = src_dict

        if d:
            note_extra("FuturesModifyPresetPlanOrderRequest", d)
        futures_modify_preset_plan_order_request.additional_properties = d
        return futures_modify_preset_plan_order_request

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
