from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesFundingRate")


@_attrs_define
class FuturesFundingRate:
    """The funding state of one contract.

    Attributes:
        timestamp (int): Unix time in milliseconds.
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        rate_value (Decimal): A decimal number, possibly signed, sent as a JSON string.
        expected_rate (Decimal): A decimal number, possibly signed, sent as a JSON string.
        funding_time (int | Unset): Unix time in milliseconds.
        funding_upper_limit (Decimal | Unset): A decimal number, possibly signed, sent as a JSON string.
        funding_lower_limit (Decimal | Unset): A decimal number, possibly signed, sent as a JSON string.
    """

    timestamp: int
    symbol: str
    rate_value: Decimal
    expected_rate: Decimal
    funding_time: int | Unset = UNSET
    funding_upper_limit: Decimal | Unset = UNSET
    funding_lower_limit: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        symbol = self.symbol

        rate_value = decimal_text(self.rate_value, self._sent_fields, "rate_value")

        expected_rate = decimal_text(
            self.expected_rate, self._sent_fields, "expected_rate"
        )

        funding_time = self.funding_time

        funding_upper_limit = decimal_text(
            self.funding_upper_limit, self._sent_fields, "funding_upper_limit"
        )

        funding_lower_limit = decimal_text(
            self.funding_lower_limit, self._sent_fields, "funding_lower_limit"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "symbol": symbol,
                "rate_value": rate_value,
                "expected_rate": expected_rate,
            }
        )
        if funding_time is not UNSET:
            field_dict["funding_time"] = funding_time
        if funding_upper_limit is not UNSET:
            field_dict["funding_upper_limit"] = funding_upper_limit
        if funding_lower_limit is not UNSET:
            field_dict["funding_lower_limit"] = funding_lower_limit
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesFundingRate", "timestamp", "int", timestamp)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesFundingRate", "symbol", "str", symbol)

        rate_value = d.pop("rate_value", UNSET)
        if rate_value.__class__ is str:
            try:
                rate_value = Decimal(rate_value)
            except ArithmeticError:
                rate_value = note(
                    "FuturesFundingRate", "rate_value", "decimal", rate_value
                )
        else:
            rate_value = note("FuturesFundingRate", "rate_value", "decimal", rate_value)

        expected_rate = d.pop("expected_rate", UNSET)
        if expected_rate.__class__ is str:
            try:
                expected_rate = Decimal(expected_rate)
            except ArithmeticError:
                expected_rate = note(
                    "FuturesFundingRate", "expected_rate", "decimal", expected_rate
                )
        else:
            expected_rate = note(
                "FuturesFundingRate", "expected_rate", "decimal", expected_rate
            )

        funding_time = d.pop("funding_time", UNSET)
        if funding_time.__class__ is not int and funding_time is not UNSET:
            funding_time = note(
                "FuturesFundingRate", "funding_time", "int", funding_time
            )

        funding_upper_limit = d.pop("funding_upper_limit", UNSET)
        if funding_upper_limit.__class__ is str:
            try:
                funding_upper_limit = Decimal(funding_upper_limit)
            except ArithmeticError:
                funding_upper_limit = note(
                    "FuturesFundingRate",
                    "funding_upper_limit",
                    "decimal",
                    funding_upper_limit,
                )
        elif funding_upper_limit is not UNSET:
            funding_upper_limit = note(
                "FuturesFundingRate",
                "funding_upper_limit",
                "decimal",
                funding_upper_limit,
            )

        funding_lower_limit = d.pop("funding_lower_limit", UNSET)
        if funding_lower_limit.__class__ is str:
            try:
                funding_lower_limit = Decimal(funding_lower_limit)
            except ArithmeticError:
                funding_lower_limit = note(
                    "FuturesFundingRate",
                    "funding_lower_limit",
                    "decimal",
                    funding_lower_limit,
                )
        elif funding_lower_limit is not UNSET:
            funding_lower_limit = note(
                "FuturesFundingRate",
                "funding_lower_limit",
                "decimal",
                funding_lower_limit,
            )

        futures_funding_rate = cls(
            timestamp=timestamp,
            symbol=symbol,
            rate_value=rate_value,
            expected_rate=expected_rate,
            funding_time=funding_time,
            funding_upper_limit=funding_upper_limit,
            funding_lower_limit=funding_lower_limit,
        )
        futures_funding_rate._sent_fields = src_dict

        if d:
            note_extra("FuturesFundingRate", d)
        futures_funding_rate.additional_properties = d
        return futures_funding_rate

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
