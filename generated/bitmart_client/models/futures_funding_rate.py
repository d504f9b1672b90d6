from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesFundingRate")


@_attrs_define
class FuturesFundingRate:
    """The funding state of one contract.

    Attributes:
        timestamp (int): Unix time in milliseconds.
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        rate_value (str): A decimal number, possibly signed, sent as a JSON string.
        expected_rate (str): A decimal number, possibly signed, sent as a JSON string.
        funding_time (int | Unset): Unix time in milliseconds.
        funding_upper_limit (str | Unset): A decimal number, possibly signed, sent as a JSON string.
        funding_lower_limit (str | Unset): A decimal number, possibly signed, sent as a JSON string.
    """

    timestamp: int
    symbol: str
    rate_value: str
    expected_rate: str
    funding_time: int | Unset = UNSET
    funding_upper_limit: str | Unset = UNSET
    funding_lower_limit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        symbol = self.symbol

        rate_value = self.rate_value

        expected_rate = self.expected_rate

        funding_time = self.funding_time

        funding_upper_limit = self.funding_upper_limit

        funding_lower_limit = self.funding_lower_limit

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
        if rate_value.__class__ is not str:
            rate_value = note("FuturesFundingRate", "rate_value", "str", rate_value)

        expected_rate = d.pop("expected_rate", UNSET)
        if expected_rate.__class__ is not str:
            expected_rate = note(
                "FuturesFundingRate", "expected_rate", "str", expected_rate
            )

        funding_time = d.pop("funding_time", UNSET)
        if funding_time.__class__ is not int and funding_time is not UNSET:
            funding_time = note(
                "FuturesFundingRate", "funding_time", "int", funding_time
            )

        funding_upper_limit = d.pop("funding_upper_limit", UNSET)
        if (
            funding_upper_limit.__class__ is not str
            and funding_upper_limit is not UNSET
        ):
            funding_upper_limit = note(
                "FuturesFundingRate", "funding_upper_limit", "str", funding_upper_limit
            )

        funding_lower_limit = d.pop("funding_lower_limit", UNSET)
        if (
            funding_lower_limit.__class__ is not str
            and funding_lower_limit is not UNSET
        ):
            funding_lower_limit = note(
                "FuturesFundingRate", "funding_lower_limit", "str", funding_lower_limit
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
