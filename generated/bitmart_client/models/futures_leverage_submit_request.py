from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_open_type import FuturesOpenType, check_futures_open_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesLeverageSubmitRequest")


@_attrs_define
class FuturesLeverageSubmitRequest:
    """
    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        open_type (FuturesOpenType): Margin type: `cross` (the whole futures balance backs the position) or `isolated`
            (only the margin assigned to the position).
        leverage (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    symbol: str
    open_type: FuturesOpenType
    leverage: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        open_type: str = self.open_type

        leverage = decimal_text(self.leverage, self._sent_fields, "leverage")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "open_type": open_type,
            }
        )
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
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
            symbol = note("FuturesLeverageSubmitRequest", "symbol", "str", symbol)

        open_type: FuturesOpenType
        _open_type = d.pop("open_type", UNSET)
        open_type = check_futures_open_type(
            _open_type, "FuturesLeverageSubmitRequest", "open_type"
        )

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note(
                    "FuturesLeverageSubmitRequest", "leverage", "decimal", leverage
                )
        elif leverage is not UNSET:
            leverage = note(
                "FuturesLeverageSubmitRequest", "leverage", "decimal", leverage
            )

        futures_leverage_submit_request = cls(
            symbol=symbol,
            open_type=open_type,
            leverage=leverage,
        )
        futures_leverage_submit_request._sent_fields = src_dict

        if d:
            note_extra("FuturesLeverageSubmitRequest", d)
        futures_leverage_submit_request.additional_properties = d
        return futures_leverage_submit_request

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
