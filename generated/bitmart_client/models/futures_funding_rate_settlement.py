from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesFundingRateSettlement")


@_attrs_define
class FuturesFundingRateSettlement:
    """One past funding settlement.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        funding_rate (Decimal): A decimal number, possibly signed, sent as a JSON string.
        funding_time (str): Unix time in milliseconds, sent as a string.
    """

    symbol: str
    funding_rate: Decimal
    funding_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        funding_rate = decimal_text(
            self.funding_rate, self._sent_fields, "funding_rate"
        )

        funding_time = self.funding_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "funding_rate": funding_rate,
                "funding_time": funding_time,
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
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesFundingRateSettlement", "symbol", "str", symbol)

        funding_rate = d.pop("funding_rate", UNSET)
        if funding_rate.__class__ is str:
            try:
                funding_rate = Decimal(funding_rate)
            except ArithmeticError:
                funding_rate = note(
                    "FuturesFundingRateSettlement",
                    "funding_rate",
                    "decimal",
                    funding_rate,
                )
        else:
            funding_rate = note(
                "FuturesFundingRateSettlement", "funding_rate", "decimal", funding_rate
            )

        funding_time = d.pop("funding_time", UNSET)
        if funding_time.__class__ is not str:
            funding_time = note(
                "FuturesFundingRateSettlement", "funding_time", "str", funding_time
            )

        futures_funding_rate_settlement = cls(
            symbol=symbol,
            funding_rate=funding_rate,
            funding_time=funding_time,
        )
        futures_funding_rate_settlement._sent_fields = src_dict

        if d:
            note_extra("FuturesFundingRateSettlement", d)
        futures_funding_rate_settlement.additional_properties = d
        return futures_funding_rate_settlement

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
